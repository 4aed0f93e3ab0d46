/**
 * A diagram far from the viewport is skipped by the browser (`content-visibility: auto` on its
 * figure box): no style, layout or paint for it. Its box keeps the height the drawing has when
 * shown, so the page's height does not change as diagrams come into view: for each element kind,
 * a column narrow enough that the drawing is scaled down, an error, and after a relayout made
 * while skipped. Printing draws every figure: tests/e2e/print.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/register';
import type { FusionDiagram } from '../../src/components/fusion-diagram.component';
import { frame, settle, svgOf } from './mount';

afterEach(() => {
  document.body.replaceChildren();
  scrollTo(0, 0);
});

const skipped = (el: FusionDiagram) => !svgOf(el).checkVisibility({ contentVisibilityAuto: true });
const height = (el: FusionDiagram) => el.getBoundingClientRect().height;

/** Diagrams in a column of `width` px below a spacer three viewports tall, so none is near the screen. */
async function farBelow(width: number, items: { tag?: string; fusion: string; panels?: string }[]): Promise<FusionDiagram[]> {
  const spacer = document.createElement('div');
  spacer.style.height = `${3 * innerHeight}px`;
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const els = items.map(({ tag = 'fusion-diagram', fusion, panels }) => {
    const el = document.createElement(tag) as FusionDiagram;
    el.setAttribute('fusion', fusion);
    if (panels) el.setAttribute('panels', panels);
    return el;
  });
  box.append(...els);
  document.body.append(spacer, box);
  for (const el of els) await settle(el);
  await frame();
  await frame();
  return els;
}

/** Brings each diagram into view in turn and returns its height as drawn there. */
async function shownHeights(els: FusionDiagram[]): Promise<number[]> {
  const out: number[] = [];
  for (const el of els) {
    el.scrollIntoView({ block: 'center' });
    await frame();
    await frame();
    if (!svgOf(el).hasAttribute('hidden')) expect(skipped(el), `${el.localName} ${el.getAttribute('fusion')} drawn once in view`).toBe(false);
    out.push(height(el));
  }
  return out;
}

describe('a diagram far from the viewport', () => {
  it('is skipped, and keeps the height it has when shown: each element kind, one panel, an error', async () => {
    const els = await farBelow(960, [
      { fusion: 'NSF:e.1_20::ALK:e.20_29' },
      { fusion: 'EML4:e.13::ALK:e.20', panels: 'transcript,protein' },
      { tag: 'fusion-genes', fusion: 'EML4:e.13::ALK:e.20' },
      { tag: 'fusion-transcript', fusion: 'NSF:e.20+10::ALK:e.20' },
      { tag: 'fusion-protein', fusion: 'NPM1:e.4::ALK:e.20' },
      { fusion: 'NSF:e.99::ALK:e.20' },
    ]);
    const drawn = els.slice(0, 5);
    for (const el of drawn) expect(skipped(el), `${el.localName} ${el.getAttribute('fusion')} skipped`).toBe(true);
    const whileSkipped = els.map(height);
    for (const h of whileSkipped.slice(0, 5)) expect(h).toBeGreaterThan(100);
    const error = els[5]!;
    expect(error.shadowRoot!.querySelector('[part="error"]')).not.toBeNull();
    // The error box is not in the skipped figure box, and the empty figure box holds no height.
    expect((svgOf(error).parentElement as HTMLElement).style.getPropertyValue('contain-intrinsic-block-size')).toBe('');
    const shown = await shownHeights(els);
    shown.forEach((h, i) => expect(h, `${els[i]!.localName} ${els[i]!.getAttribute('fusion')}`).toBeCloseTo(whileSkipped[i]!, 0));
  });

  it('keeps the height of a drawing scaled down to a column narrower than the layout', async () => {
    const els = await farBelow(200, [{ fusion: 'NSF:e.1_20::ALK:e.20_29' }, { tag: 'fusion-protein', fusion: 'EML4:e.13::ALK:e.20' }]);
    for (const el of els) {
      expect(svgOf(el).hasAttribute('data-fit'), 'drawn wider than the element, scaled down').toBe(true);
      expect(skipped(el)).toBe(true);
    }
    const whileSkipped = els.map(height);
    const shown = await shownHeights(els);
    shown.forEach((h, i) => expect(h).toBeCloseTo(whileSkipped[i]!, 0));
  });

  it('follows a relayout made while skipped: the new height, not the old one', async () => {
    const [el] = await farBelow(960, [{ fusion: 'NSF:e.1_20::ALK:e.20_29' }]);
    const before = height(el!);
    el!.parentElement!.style.width = '420px';
    await frame();
    await frame();
    await el!.updateComplete; // lays out a width put off while out of view
    expect(svgOf(el!).getAttribute('width')).toBe('420');
    expect(skipped(el!)).toBe(true);
    const whileSkipped = height(el!);
    expect(whileSkipped, 'a narrower layout is taller').not.toBeCloseTo(before, 0);
    const [shown] = await shownHeights([el!]);
    expect(shown).toBeCloseTo(whileSkipped, 0);
  });

  it('follows a relayout made while skipped after it was shown: the height it had on screen is not kept', async () => {
    const box = document.createElement('div');
    box.style.width = '960px';
    const el = document.createElement('fusion-diagram') as FusionDiagram;
    el.setAttribute('fusion', 'NSF:e.1_20::ALK:e.20_29');
    const spacer = document.createElement('div');
    spacer.style.height = `${4 * innerHeight}px`;
    box.append(el);
    document.body.append(box, spacer);
    await settle(el);
    await frame();
    await frame();
    expect(skipped(el), 'drawn on screen first').toBe(false);
    const onScreen = height(el);
    scrollTo(0, 3 * innerHeight);
    for (let i = 0; i < 3; i++) await frame();
    expect(skipped(el), 'skipped once scrolled away').toBe(true);
    box.style.width = '420px';
    await frame();
    await frame();
    await el.updateComplete; // the width put off while out of view
    for (let i = 0; i < 3; i++) await frame();
    expect(skipped(el)).toBe(true);
    const whileSkipped = height(el);
    expect(whileSkipped, 'not the height it had on screen at 960 px').not.toBeCloseTo(onScreen, 0);
    scrollTo(0, 0);
    for (let i = 0; i < 3; i++) await frame();
    expect(skipped(el)).toBe(false);
    expect(height(el)).toBeCloseTo(whileSkipped, 0);
  });
});
