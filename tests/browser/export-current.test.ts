/**
 * The element's exports and state follow its input at once: toSVG() right after a change draws
 * the new input (or refuses an invalid one), toPNG() is drawn from the same SVG, `result` and
 * `issues` are there before the first render, and hostile theme values never reach an export.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { svgDocument } from '../../src/render';
import { layoutFusion } from '../../src/layout';
import { resolveFusion } from '../../src/api';
import { HOSTILE, UNSAFE } from '../support/hostile';
import { fixture } from '../fixtures/fusions';
import { mount } from './mount';

const NSF_ALK = fixture('nsf-alk-rna').description as string;
const EML4_ALK = fixture('eml4-alk-v1').description as string;

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** The SVG the library draws for `description` at `width`, computed without the element. */
function expected(description: string, width: number): string {
  const r = resolveFusion(description);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return svgDocument(layoutFusion(r.value, { width }));
}

describe('exports are current', () => {
  it('toSVG() right after setAttribute("fusion", …) exports the new fusion, before the element updates', async () => {
    const { el } = await mount({ fusion: NSF_ALK }, { width: 800 });
    el.setAttribute('fusion', EML4_ALK);
    const svg = el.toSVG();
    expect(svg).toContain('<title>EML4::ALK fusion</title>');
    expect(svg).toBe(expected(EML4_ALK, 800));
  });

  it('toSVG() right after an invalid fusion throws with its issue instead of returning the previous figure', async () => {
    const { el } = await mount({ fusion: NSF_ALK }, { width: 800 });
    el.setAttribute('fusion', 'NSF:e.99::ALK:e.20');
    expect(() => el.toSVG()).toThrow(/^toSVG: nothing to export: fivePrime\.exon: /);
    expect(el.issues.map((i) => i.path)).toEqual(['fivePrime.exon']);
  });

  it('toPNG() right after a change is drawn from the same SVG toSVG() gives at that moment', async () => {
    const { el } = await mount({ fusion: NSF_ALK }, { width: 800 });
    el.setAttribute('fusion', EML4_ALK);
    const svg = el.toSVG();
    const spy = vi.spyOn(el, 'toSVG');
    const png = await el.toPNG({ scale: 1 });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.results[0]!.value).toBe(svg);
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).toEqual([800, Number(/height="(\d+)"/.exec(svg)![1])]);
  });
});

describe('toPNG scale', () => {
  it.each([0, -1, NaN, Infinity, 11])('rejects scale %s with a RangeError', async (scale) => {
    const { el } = await mount({ fusion: NSF_ALK }, { width: 400 });
    await expect(el.toPNG({ scale })).rejects.toThrow(/^toPNG: scale must be a number above 0 and at most 10, got /);
  });
});

describe('state before the first render', () => {
  it('a new element with a bad fusion attribute reports its issue at once, before it is connected', () => {
    const el = document.createElement('fusion-diagram');
    el.setAttribute('fusion', 'NSF:e.99::ALK:e.20');
    expect(el.issues).toHaveLength(1);
    expect(el.issues[0]!.path).toBe('fivePrime.exon');
    expect(el.result).toBeNull();
  });

  it('result holds the annotate report as soon as the fusion is set, before any update', () => {
    const el = document.createElement('fusion-diagram');
    el.fusion = NSF_ALK;
    expect(el.hasUpdated).toBe(false);
    expect(el.result?.fivePrime.gene).toBe('NSF');
    expect(el.result?.threePrime.gene).toBe('ALK');
    expect(el.issues).toEqual([]);
  });

  it('a fusion-error listener added after the first render finds the initial error in el.issues', async () => {
    const { el } = await mount({ fusion: 'NSF:e.99::ALK:e.20' });
    const heard: string[] = [];
    el.addEventListener('fusion-error', (e) => heard.push(e.detail.issues[0]!.path));
    expect(el.issues.map((i) => i.path)).toEqual(['fivePrime.exon']);
    el.setAttribute('fusion', 'NSF:e.98::ALK:e.20');
    await el.updateComplete;
    expect(heard).toEqual(['fivePrime.exon']);
  });
});

describe('over-long input in the element', () => {
  it('a 50,000-character fusion attribute shows an error box quoting at most 200 characters of it', async () => {
    const { el } = await mount({ fusion: `NSF:e.20::${'A'.repeat(50_000)}::ALK:e.20` });
    const box = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(el.issues.map((i) => i.path)).toEqual(['description']);
    expect(box.textContent!.length).toBeLessThan(600);
    expect(box.querySelector('.input code')!.textContent).toHaveLength(200);
  });
});

describe('theme values in an export', () => {
  it('hostile --fusion-* values set on the element are dropped from toSVG() with a console warning each', async () => {
    const { el } = await mount({ fusion: NSF_ALK }, { width: 800 });
    for (const [name, value] of Object.entries(HOSTILE)) el.style.setProperty(`--fusion-${name}`, value);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const svg = el.toSVG();
    expect(svg).not.toMatch(UNSAFE);
    expect(svg).not.toContain('host/');
    // The browser itself refuses some (a `;` or `}` cannot be a custom property's value); each one it kept is warned about.
    const kept = Object.keys(HOSTILE).filter((n) => el.style.getPropertyValue(`--fusion-${n}`) !== '').map((n) => `--fusion-${n}`);
    expect(kept.length).toBeGreaterThanOrEqual(6);
    expect(warn.mock.calls.map((c) => String(c[0]).split(' ')[1]).sort()).toEqual(kept.sort());
  });
});
