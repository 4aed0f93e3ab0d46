/**
 * Mounting and removing diagrams leaves nothing behind: every removed element is collected
 * (in the 1,000-mount test all but at most two, see there; WeakRefs after a forced GC; chromium runs with --js-flags=--expose-gc, see vite.config.ts)
 * and the JS heap after 1,000 mixed mounts is within 4 MB of where it started (one-time growth only).
 */
import { describe, expect, it } from 'vitest';
import '../../src/register';
import { fusionFixtures } from '../fixtures/fusions';
import { frame } from './mount';

type GcOptions = { type: 'major'; execution: 'async' };
const gc = (globalThis as unknown as { gc?: (options?: GcOptions) => Promise<void> | void }).gc;
const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

/**
 * Several full collections with tasks between them, so finalisation and Lit's microtasks settle.
 * Each runs as a task of its own (V8's `gc({ execution: 'async' })`), not inside this script's call:
 * a collection started from script scans the native stack conservatively, and a stale pointer left
 * there by earlier DOM work keeps that node (and its element) alive, at random, for as long as the
 * slot is not overwritten: one or two mounts of one batch, now and then, under load.
 */
async function collect(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await gc!({ type: 'major', execution: 'async' });
  }
}

type Mount = { tag: 'fusion-diagram' | 'fusion-transcript' | 'fusion-protein' | 'fusion-genes'; fusion?: string; description?: object; panels?: string };

/** A mix: every fixture, the retained-intron case alone and as one panel, a bad input, each element kind. */
function mix(): Mount[] {
  const retained = 'NSF:e.20+10::ALK:e.20';
  // Every fixture, in turn as the whole figure and as each single panel (cheaper, and they are elements of their own).
  const tags = ['fusion-diagram', 'fusion-transcript', 'fusion-protein', 'fusion-genes'] as const;
  const fixtures: Mount[] = fusionFixtures().map((f, i) =>
    typeof f.description === 'string' ? { tag: tags[i % 4]!, fusion: f.description } : { tag: tags[i % 4]!, description: f.description });
  return [
    ...fixtures,
    { tag: 'fusion-diagram', fusion: retained },
    { tag: 'fusion-diagram', fusion: retained, panels: 'transcript' },
    { tag: 'fusion-transcript', fusion: retained },
    { tag: 'fusion-genes', fusion: retained },
    { tag: 'fusion-protein', fusion: 'NSF:e.1_20::ALK:e.20_29' },
    { tag: 'fusion-diagram', fusion: 'NSF:e.99::ALK:e.20' },
  ];
}

/** Mounts `count` diagrams `batch` at a time (one settle and paint per batch keeps the cost down), removing each batch. */
async function cycle(count: number, batch: number, refs: WeakRef<Element>[], labels: string[] = []): Promise<void> {
  const kinds = mix();
  const box = document.createElement('div');
  box.style.width = '720px';
  document.body.append(box);
  for (let done = 0; done < count; done += batch) {
    const els = Array.from({ length: Math.min(batch, count - done) }, (_, i) => {
      const m = kinds[(done + i) % kinds.length]!;
      const el = document.createElement(m.tag);
      if (m.fusion) el.setAttribute('fusion', m.fusion);
      if (m.description) el.description = m.description;
      if (m.panels) el.setAttribute('panels', m.panels);
      refs.push(new WeakRef(el));
      labels.push(`#${done + i} <${m.tag}> ${m.fusion ?? JSON.stringify(m.description).slice(0, 60)}${m.panels ? ` panels=${m.panels}` : ''}`);
      return el;
    });
    box.append(...els);
    await Promise.all(els.map((el) => el.updateComplete));
    await frame(); // the ResizeObserver's frame
    await Promise.all(els.map((el) => el.updateComplete));
    await frame(); // painted: the retained-intron leak needed a paint

    box.replaceChildren();
  }
  box.remove();
}

describe('mounting and removing diagrams', () => {
  it('leaves no removed <fusion-diagram> alive and grows the heap by less than 4 MB over 1,000 mixed mounts', async () => {
    expect(gc, 'chromium must run with --js-flags=--expose-gc').toBeTypeOf('function');
    // Warm-up, not counted: the annotation pack, style sheets, JIT.
    await cycle(mix().length, 10, []);
    await collect();
    const before = heap();
    const refs: WeakRef<Element>[] = [];
    const labels: string[] = [];
    await cycle(1000, 40, refs, labels);
    // Frame callbacks, observer notifications and shard fetches begun before the last removal
    // finish first: on a busy machine they lag, and each holds its element until it settles. A
    // leak stays for good; something pending is gone within seconds, so survivors are counted
    // again until none is left or 15 s have passed.
    let alive = refs.length;
    const waitStart = performance.now();
    for (const until = performance.now() + 15_000; alive > 0 && performance.now() < until;) {
      for (let i = 0; i < 3; i++) await frame();
      await collect();
      alive = refs.filter((r) => r.deref() !== undefined).length;
      if (alive) await new Promise((r) => setTimeout(r, 250));
    }
    const growth = heap() - before;
    expect(refs).toHaveLength(1000);
    // Named, so a failure says which mount survived (its element kind and input) and how long it was waited for.
    const survivors = refs.flatMap((r, i) => (r.deref() === undefined ? [] : [labels[i]!]));
    const waited = `after ${Math.round(performance.now() - waitStart)} ms`;
    // A leak on any code path the mix takes keeps every mount of that kind: at least `perKind` of
    // the 1,000. With collections started from script (before collect() ran them as tasks), Chromium
    // kept one or two mounts of a single batch for good, now and then (mixed kinds, e.g. #549
    // <fusion-genes> EML4 and #558 <fusion-diagram> TPM3; about 1 run in 5 under load, 1 in 10 alone),
    // which is what a conservative stack scan does. In case something else does it too, up to two
    // are let through, named in a warning; more fail. The retained-intron test below stays exact.
    const perKind = Math.floor(1000 / mix().length);
    expect(perKind, 'a leak of one kind still exceeds what is let through').toBeGreaterThan(10);
    if (survivors.length) console.warn(`leak test: ${survivors.length} removed element(s) still alive ${waited}: ${survivors.join('; ')}`);
    expect(survivors.length, `removed elements still alive ${waited}: ${survivors.join('; ')}`).toBeLessThanOrEqual(2);
    // What is left after the collections is one-time growth (compiled code, Lit's template and
    // style caches): measured 1.0–2.5 MB over 1,000 mounts and 1.6 MB over 3,000, so it does not
    // grow with the count. A leak of what one diagram holds (~300 nodes, its layout) would be tens
    // of MB over 1,000 mounts; 4 MB keeps the test clear of the noise of a shared machine.
    expect(growth / 2 ** 20, 'heap growth in MB').toBeLessThan(4);
  }, 300_000);

  it('collects NSF:e.20+10::ALK:e.20 (a retained intron) drawn as the transcript panel alone, 40 of 40', async () => {
    const refs: WeakRef<Element>[] = [];
    const drawn = await mountOneByOne('NSF:e.20+10::ALK:e.20', 'transcript', 40, refs);
    await frame();
    await collect();
    expect(drawn, 'the retained intron was drawn each time').toBe(40);
    expect(refs.filter((r) => r.deref() !== undefined).length, 'removed elements still alive').toBe(0);
  }, 60_000);
});

/**
 * In its own function: a suspended async frame keeps its dead locals (the last element) alive, so
 * the test's frame must never hold one. Counts the mounts that drew the retained intron.
 */
async function mountOneByOne(fusion: string, panels: string, count: number, refs: WeakRef<Element>[]): Promise<number> {
  const box = document.createElement('div');
  box.style.width = '720px';
  document.body.append(box);
  let drawn = 0;
  for (let i = 0; i < count; i++) {
    const el = document.createElement('fusion-diagram');
    el.setAttribute('fusion', fusion);
    el.setAttribute('panels', panels);
    box.append(el);
    await el.updateComplete;
    // Painted before it goes: the leak came from painting a pattern-filled feature.
    await frame();
    await frame();
    if (el.shadowRoot!.querySelector('[data-id="NSF:intron:20"]')) drawn++;
    el.remove();
    refs.push(new WeakRef(el));
  }
  box.remove();
  return drawn;
}
