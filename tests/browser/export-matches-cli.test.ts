import { afterEach, describe, expect, it } from 'vitest';
import nsfAlk960 from './.generated/nsf-alk-960.svg?raw';
import eml4Alk700 from './.generated/eml4-alk-700.svg?raw';
import eml4Alk1400 from './.generated/eml4-alk-1400.svg?raw';
import { mount } from './mount';

afterEach(() => document.body.replaceChildren());

describe('toSVG() and the CLI share one drawing path', () => {
  it('NSF:e.1_20::ALK:e.20_29 at 960 px: the element exports exactly what `fusion-viz render --width 960 --text-scale 1` writes', async () => {
    const { el } = await mount({ fusion: 'NSF:e.1_20::ALK:e.20_29' }, { width: 960 });
    expect(el.toSVG()).toBe(nsfAlk960);
  });

  it('EML4:e.13::ALK:e.20 at 700 px: the same', async () => {
    const { el } = await mount({ fusion: 'EML4:e.13::ALK:e.20' }, { width: 700 });
    expect(el.toSVG()).toBe(eml4Alk700);
  });

  it('toSVG({ width: 1400 }) from a 700-px element is `fusion-viz render --width 1400`: text scaled for a 700-px column', async () => {
    const { el } = await mount({ fusion: 'EML4:e.13::ALK:e.20' }, { width: 700 });
    const svg = el.toSVG({ width: 1400 });
    expect(svg).toBe(eml4Alk1400);
    expect(svg).toContain('viewBox="0 0 700 ');
    expect(svg).toContain('width="1400"');
    // No options: the figure as shown.
    expect(el.toSVG()).toBe(eml4Alk700);
    // toPNG rasterises the same export at its size.
    const bitmap = await createImageBitmap(await el.toPNG({ width: 1400, scale: 1 }));
    expect([bitmap.width, bitmap.height]).toEqual([1400, Number(/ height="(\d+)" role="img"/.exec(svg)![1])]);
  });

  it('a colour set on the element is resolved into the exported file', async () => {
    const { el } = await mount({ fusion: 'EML4:e.13::ALK:e.20' }, { width: 700 });
    el.style.setProperty('--fusion-five-prime-color', '#6a3d9a');
    const svg = el.toSVG();
    expect(svg).toContain('fill: #6a3d9a;');
    expect(svg).not.toContain('var(');
  });
});
