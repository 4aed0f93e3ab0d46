/**
 * How the element learns its width: from its ResizeObserver's entry, never by reading layout
 * (clientWidth, offsetWidth, getBoundingClientRect), so a page of many diagrams lays out once,
 * not once per element; and `updateComplete` resolves once it has drawn at that width.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/register';
import type { FusionDiagram } from '../../src/components/fusion-diagram.component';
import { fusionFixtures } from '../fixtures/fusions';
import { frame, svgOf } from './mount';

afterEach(() => document.body.replaceChildren());

/** Counts layout reads (the ones that force a synchronous layout) while `run` runs. */
async function countLayoutReads(run: () => Promise<void>): Promise<number> {
  let reads = 0;
  const restore: (() => void)[] = [];
  for (const [proto, name] of [[Element.prototype, 'clientWidth'], [Element.prototype, 'clientHeight'], [HTMLElement.prototype, 'offsetWidth'], [HTMLElement.prototype, 'offsetHeight']] as const) {
    const d = Object.getOwnPropertyDescriptor(proto, name)!;
    Object.defineProperty(proto, name, { configurable: true, get() { reads++; return d.get!.call(this); } });
    restore.push(() => Object.defineProperty(proto, name, d));
  }
  const rect = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function () { reads++; return rect.call(this); };
  restore.push(() => { Element.prototype.getBoundingClientRect = rect; });
  try {
    await run();
  } finally {
    for (const r of restore) r();
  }
  return reads;
}

const descriptions = () => fusionFixtures().map((f) => f.description).filter((d): d is string => typeof d === 'string').slice(0, 12);

describe('<fusion-diagram> takes its width from its ResizeObserver', () => {
  it('mounting a dozen diagrams reads no layout, and updateComplete means drawn at the container width', async () => {
    const box = document.createElement('div');
    box.style.width = '840px';
    // A pointer left over the page by an earlier test would hover a feature as it moves, and a tooltip is placed by reading layout.
    box.style.pointerEvents = 'none';
    document.body.append(box);
    let els: FusionDiagram[] = [];
    const reads = await countLayoutReads(async () => {
      els = descriptions().map((d) => {
        const el = document.createElement('fusion-diagram');
        el.fusion = d;
        return el;
      });
      box.append(...els);
      await Promise.all(els.map((el) => el.updateComplete));
    });
    expect(reads).toBe(0);
    for (const el of els) expect(svgOf(el).getAttribute('width')).toBe('840');
  });

  it('a narrower container relayouts every diagram within a frame of the notification, reading no layout', async () => {
    const box = document.createElement('div');
    box.style.width = '900px';
    box.style.pointerEvents = 'none';
    document.body.append(box);
    const els = descriptions().map((d) => {
      const el = document.createElement('fusion-diagram');
      el.fusion = d;
      return el;
    });
    box.append(...els);
    await Promise.all(els.map((el) => el.updateComplete));
    const reads = await countLayoutReads(async () => {
      box.style.width = '600px';
      await frame(); // laid out at 600 px: the observer's notification
      await frame(); // the relayout's frame
      await Promise.all(els.map((el) => el.updateComplete));
    });
    expect(reads).toBe(0);
    for (const el of els) expect(svgOf(el).getAttribute('width')).toBe('600');
  });

  it('an element that is never laid out (display: none) still draws, at the fallback width, and updateComplete resolves', async () => {
    const box = document.createElement('div');
    box.style.display = 'none';
    document.body.append(box);
    const el = document.createElement('fusion-diagram');
    el.fusion = 'EML4:e.13::ALK:e.20';
    box.append(el);
    await el.updateComplete;
    expect(svgOf(el).getAttribute('width')).toBe('720');
    box.style.display = 'block';
    box.style.width = '500px';
    await frame();
    await frame();
    await el.updateComplete;
    expect(svgOf(el).getAttribute('width')).toBe('500');
  });
});
