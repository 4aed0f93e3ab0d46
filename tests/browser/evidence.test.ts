/**
 * The element's `evidence` property (issue 8 item 4): a caller's read support and frame note drawn
 * under the title, validated at the edge (a bad value shows the error box naming the field, and
 * the element recovers), and carried into toSVG().
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from '../fixtures/fusions';
import { mount, settle, svgOf } from './mount';

const EML4_ALK = fixture('eml4-alk-v1').description as string;
// Evidence as a <fusion-table> row gives it (src/rows.ts builds these lines from the caller's columns).
const support = 'Arriba · high · 11 split + 0 discordant reads';
const frameNote = 'Arriba calls out-of-frame, fusion-viz computes in-frame on NM_019063.5::NM_004304.5: the breakpoints may be shifted by microhomology at the junction, or the caller predicts on another transcript';

afterEach(() => document.body.replaceChildren());

const titleTexts = (svg: SVGSVGElement) => [...svg.querySelectorAll('[part="title"] text')].map((t) => t.textContent ?? '');

describe('<fusion-diagram evidence>', () => {
  it('draws the support line under the title and the frame note in full, and exports them', async () => {
    const { el } = await mount({ fusion: EML4_ALK }, { width: 700 });
    const before = svgOf(el).getBBox().height;
    el.evidence = { support, frameNote };
    await settle(el);
    const texts = titleTexts(svgOf(el));
    expect(texts[0]).toBe('EML4::ALK');
    expect(texts[1]).toBe(support);
    expect(texts.slice(2).join(' ')).toBe(`Frame call differs: ${frameNote}`);
    expect(svgOf(el).getBBox().height).toBeGreaterThan(before);
    // Screen readers hear it too.
    expect(svgOf(el).getAttribute('aria-label')).toContain(`Caller evidence: ${support}.`);
    expect(svgOf(el).getAttribute('aria-label')).toContain(`Frame call differs: ${frameNote}`);
    const svg = el.toSVG();
    expect(svg).toContain(`>${support}<`);
    expect(svg).toMatch(/<desc>[^<]*Caller evidence: Arriba · high/);
    expect(svg).toContain('Frame call differs: Arriba calls out-of-frame');
  });

  it('a bad evidence value shows the error box naming the field, never throws, and recovers', async () => {
    const { el } = await mount({ fusion: EML4_ALK }, { width: 700 });
    (el as unknown as { evidence: unknown }).evidence = { support: 88 };
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')?.textContent).toMatch(/evidence\.support.*must be text/s);
    expect(el.issues[0]!.path).toBe('evidence.support');
    (el as unknown as { evidence: unknown }).evidence = 'Arriba';
    await settle(el);
    expect(el.issues[0]!.path).toBe('evidence');
    (el as unknown as { evidence: unknown }).evidence = { suport: support };
    await settle(el);
    expect(el.issues[0]!.path).toBe('evidence.suport');
    el.evidence = { support };
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')).toBeNull();
    expect(titleTexts(svgOf(el))[1]).toBe(support);
  });
});
