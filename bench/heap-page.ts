/**
 * Browser side of bench/heap.ts, bundled by vite: mounts and removes 1,000 diagrams of every
 * fixture (and the retained-intron case), 20 at a time, and reports the JS heap after a forced
 * GC against the heap after a warm-up, plus how many removed elements are still alive.
 */
import '../src/register';
import { fusionFixtures } from '../tests/fixtures/fusions';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const gc = () => (globalThis as unknown as { gc(): void }).gc();
const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

async function collect(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 0));
    gc();
  }
}

async function cycle(count: number, refs: WeakRef<Element>[]): Promise<void> {
  const inputs = [...fusionFixtures().map((f) => f.description), 'NSF:e.20+10::ALK:e.20'];
  const host = document.createElement('div');
  host.style.width = '960px';
  document.body.append(host);
  for (let done = 0; done < count; done += 20) {
    const els = Array.from({ length: Math.min(20, count - done) }, (_, i) => {
      const el = document.createElement('fusion-diagram');
      const d = inputs[(done + i) % inputs.length]!;
      if (typeof d === 'string') el.fusion = d;
      else el.description = d;
      refs.push(new WeakRef(el));
      return el;
    });
    host.append(...els);
    await Promise.all(els.map((el) => el.updateComplete));
    await frame();
    await frame();
    host.replaceChildren();
  }
  host.remove();
}

export async function benchHeapInPage(count = 1000): Promise<{ count: number; growthBytes: number; alive: number; ms: number }> {
  await cycle(40, []);
  await collect();
  const before = heap();
  const refs: WeakRef<Element>[] = [];
  const t0 = performance.now();
  await cycle(count, refs);
  const ms = performance.now() - t0;
  await collect();
  return { count, growthBytes: heap() - before, alive: refs.filter((r) => r.deref()).length, ms };
}

(window as unknown as { benchHeapInPage: typeof benchHeapInPage }).benchHeapInPage = benchHeapInPage;
