/**
 * Theme: `auto` (the default) follows the page's color-scheme, not the system preference alone,
 * so a light page under a dark system keeps dark text; `theme="dark"` gives the dark figure.
 * Also the report layout and pointer targets, which depend on the element's styles.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { TOKENS } from '../../src/render/styles';
import { mount, svgOf } from './mount';

const emulate = (value: 'dark' | 'light') =>
  cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const textFill = (svg: SVGSVGElement) => getComputedStyle(svg.querySelector('text.figure-title')!).fill;

describe('theme', { timeout: 30_000 }, () => {
  afterEach(async () => {
    await emulate('light');
    document.documentElement.style.colorScheme = '';
    document.body.replaceChildren();
  });

  it('a dark system preference on a light page keeps dark text', async () => {
    await emulate('dark');
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
    const { el } = await mount({ fusion: 'EML4:e.13::ALK:e.20' });
    expect(textFill(svgOf(el))).toBe(rgb(TOKENS['text-color'][0]));
  });

  it('auto follows a page that declares a dark mode', async () => {
    await emulate('dark');
    document.documentElement.style.colorScheme = 'light dark';
    const { el } = await mount({ fusion: 'EML4:e.13::ALK:e.20' });
    expect(textFill(svgOf(el))).toBe(rgb(TOKENS['text-color'][1]));
  });

  it('theme="dark" gives the dark figure on a light page, with its own background', async () => {
    const { el } = await mount({ fusion: 'EML4:e.13::ALK:e.20', theme: 'dark' });
    const svg = svgOf(el);
    expect(textFill(svg)).toBe(rgb(TOKENS['text-color'][1]));
    expect(getComputedStyle(svg).backgroundColor).toBe(rgb(TOKENS.background[1]));
    expect(el.toSVG()).toContain(TOKENS['text-color'][1]);
  });

  it('theme="light" stays light under a dark page', async () => {
    await emulate('dark');
    document.documentElement.style.colorScheme = 'dark';
    const { el } = await mount({ fusion: 'EML4:e.13::ALK:e.20', theme: 'light' });
    expect(textFill(svgOf(el))).toBe(rgb(TOKENS['text-color'][0]));
  });

  it('layout="report" draws a print-sized figure for a 700-px column, titled with its label', async () => {
    const { el } = await mount({ fusion: 'EML4:e.13::ALK:e.20', layout: 'report', label: 'Case 12' }, { width: 700 });
    const svg = svgOf(el);
    expect(svg.querySelector('text.figure-title')!.textContent).toBe('EML4::ALK · Case 12');
    // A4 portrait at 96 dpi is 1123 px tall: about 40% of it at most.
    expect(svg.getBoundingClientRect().height).toBeLessThanOrEqual(0.45 * 1123);
    expect(svg.querySelector('[data-track="wild-type"] [data-kind]')).toBeNull();
  });

  it('a narrow exon answers the pointer over at least 8 px where its neighbours leave room', async () => {
    const { el } = await mount({ fusion: 'EML4:e.13::ALK:e.20' }, { width: 1400 });
    const svg = svgOf(el);
    const exons = [...svg.querySelectorAll<SVGGraphicsElement>('[data-panel="genes"] path.exon[data-kind]')];
    // A narrow exon with room beside it (in a dense run neighbours share the space between them).
    const boxes = exons.map((e) => e.getBoundingClientRect());
    const narrow = exons.find((_, i) => boxes[i]!.width < 4 && i < exons.length - 1 && boxes[i + 1]!.left > boxes[i]!.left + boxes[i]!.width / 2 + 7.5)!;
    expect(narrow).toBeDefined();
    const box = narrow.getBoundingClientRect();
    const cy = box.top + box.height / 2;
    const centre = box.left + box.width / 2;
    for (const dx of [-3.5, 3.5]) expect(el.shadowRoot!.elementFromPoint(centre + dx, cy), `${dx}`).toBe(narrow);
  });

  it('labels let the pointer through to their feature', async () => {
    const { el } = await mount({ fusion: 'EML4:e.13::ALK:e.20' });
    const label = svgOf(el).querySelector('[data-track="fusion"] text.domain-label')!;
    expect(getComputedStyle(label).pointerEvents).toBe('none');
  });
});
