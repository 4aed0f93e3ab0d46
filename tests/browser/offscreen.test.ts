/**
 * A diagram out of view puts off its relayout when its width changes (src/components/offscreen.ts):
 * it keeps its drawing, clipped, until it comes near the viewport, the page is idle, or something
 * asks it to be current. The idle queue is held here (requestIdleCallback stubbed) so each way out
 * is seen on its own.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/register';
import type { FusionDiagram } from '../../src/components/fusion-diagram.component';
import { frame, settle, svgOf } from './mount';

const FUSION = 'EML4:e.13::ALK:e.20';
const drawnWidth = (el: FusionDiagram) => svgOf(el).getAttribute('width');
const deferred = (el: FusionDiagram) => el.matches(':state(deferred)');

type IdleCallback = (deadline: { timeRemaining(): number; didTimeout: boolean }) => void;
let held: IdleCallback[] = [];
let realIdle: typeof requestIdleCallback;

beforeEach(() => {
  held = [];
  realIdle = window.requestIdleCallback;
  window.requestIdleCallback = ((cb: IdleCallback) => (held.push(cb), held.length)) as typeof requestIdleCallback;
});
afterEach(() => {
  window.requestIdleCallback = realIdle;
  runIdle(); // what a test left put off is laid out, and the queue is free for the next one
  document.body.replaceChildren();
  scrollTo(0, 0);
});

/** Runs the held idle callbacks with ample time left. */
function runIdle(): void {
  const now = held;
  held = [];
  for (const cb of now) cb({ timeRemaining: () => 50, didTimeout: false });
}

/** One diagram at the top of the page and two far below it, in a 960-px column. */
async function page(): Promise<{ box: HTMLDivElement; near: FusionDiagram; far: FusionDiagram; farther: FusionDiagram }> {
  const box = document.createElement('div');
  box.style.width = '960px';
  const el = () => Object.assign(document.createElement('fusion-diagram'), { fusion: FUSION });
  const gap = () => Object.assign(document.createElement('div'), { style: `height: ${4 * innerHeight}px` });
  const [near, far, farther] = [el(), el(), el()];
  box.append(near, gap(), far, gap(), farther);
  document.body.append(box);
  await Promise.all([near, far, farther].map(settle));
  return { box, near, far, farther };
}

/** Frames until `test` holds (at most 30), without awaiting updateComplete (which applies a put-off width). */
async function frames(test: () => boolean): Promise<boolean> {
  for (let i = 0; i < 30 && !test(); i++) await frame();
  return test();
}

describe('a diagram out of view when its width changes', () => {
  it('keeps its drawing, clipped to the element, while the one in view is laid out at once', async () => {
    const { box, near, far } = await page();
    expect([drawnWidth(near), drawnWidth(far)]).toEqual(['960', '960']);
    box.style.width = '720px';
    expect(await frames(() => drawnWidth(near) === '720'), 'the diagram in view is laid out again').toBe(true);
    expect(await frames(() => deferred(far)), 'the far one puts its relayout off').toBe(true);
    await frame();
    expect(drawnWidth(far)).toBe('960');
    expect(deferred(near)).toBe(false);
    // Clipped: the old 960-px drawing does not widen the 720-px column or the page.
    expect(box.scrollWidth).toBe(720);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(innerWidth);
  });

  it('is laid out when it scrolls into view, when the page is idle, or when asked to be current', async () => {
    const { box, far, farther } = await page();
    box.style.width = '720px';
    expect(await frames(() => deferred(far) && deferred(farther))).toBe(true);

    far.scrollIntoView();
    expect(await frames(() => drawnWidth(far) === '720'), 'laid out on coming into view').toBe(true);
    expect(deferred(far)).toBe(false);
    expect(drawnWidth(farther)).toBe('960');

    runIdle();
    expect(drawnWidth(farther), 'laid out by the idle callback, in it').toBe('720');
    expect(deferred(farther)).toBe(false);
  });

  it('exports and completes at its current width', async () => {
    const { box, far, farther } = await page();
    box.style.width = '640px';
    expect(await frames(() => deferred(far) && deferred(farther))).toBe(true);
    // toSVG() is the figure at the element's width as it is now.
    expect(far.toSVG()).toMatch(/^<svg[^>]* width="640"/m);
    await far.updateComplete;
    expect(drawnWidth(far)).toBe('640');
    // Awaiting updateComplete asks for the element to be current.
    await farther.updateComplete;
    expect(drawnWidth(farther)).toBe('640');
    expect([deferred(far), deferred(farther)]).toEqual([false, false]);
  });

  it('drops a put-off width when its width goes back, and is collected once removed', async () => {
    // In a function of its own, so the test holds no reference to the removed element.
    const ref = await (async () => {
      const { box, far } = await page();
      box.style.width = '720px';
      expect(await frames(() => deferred(far))).toBe(true);
      box.style.width = '960px';
      expect(await frames(() => !deferred(far)), 'back at the width it is drawn at').toBe(true);
      expect(drawnWidth(far)).toBe('960');

      box.style.width = '700px';
      expect(await frames(() => deferred(far))).toBe(true);
      far.remove();
      return new WeakRef(far);
    })();
    runIdle(); // nothing left to lay out
    const gc = (globalThis as unknown as { gc: () => void }).gc;
    let alive = true;
    // The observer may still hold queued reports for it; a few frames and collections settle them.
    for (let i = 0; i < 10 && alive; i++) {
      await frame();
      await new Promise((r) => setTimeout(r, 0));
      gc();
      alive = ref.deref() !== undefined;
    }
    expect(alive, 'the removed diagram is collected').toBe(false);
  });
});
