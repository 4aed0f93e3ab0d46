/**
 * Heap growth in real Chromium: 1,000 `<fusion-diagram>` mounts and removals (every fixture and
 * the retained-intron case), JS heap after a forced GC minus the heap after a warm-up, and how
 * many removed elements are still alive. Part of `npm run bench`; alone: `npx tsx bench/heap.ts`.
 * The pass/fail version (< 2 MB, none alive) is tests/browser/leak.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { bundle } from './render';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--js-flags=--expose-gc', '--enable-precise-memory-info',
];

export interface HeapBench {
  count: number;
  growthBytes: number;
  alive: number;
  ms: number;
}

export async function benchHeap(count = 1000): Promise<HeapBench> {
  const script = await bundle('./heap-page.ts', 'fusionVizHeapBench');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: script });
    const r = await page.evaluate((n) => (window as unknown as { benchHeapInPage(n: number): Promise<HeapBench> }).benchHeapInPage(n), count);
    if (errors.length > 0) throw new Error(`bench: page errors: ${errors.join('; ')}`);
    return r;
  } finally {
    await browser.close();
  }
}

/** For bench/run.ts: one line. */
export default async function heapSummary(): Promise<string> {
  const r = await benchHeap();
  return `${r.count.toLocaleString('en-US')} <fusion-diagram> mounts and removals grow the JS heap by ${(r.growthBytes / 2 ** 20).toFixed(2)} MB ` +
    `after GC (${(r.growthBytes / r.count / 1024).toFixed(2)} kB per mount), ${r.alive} removed elements still alive, ${(r.ms / r.count).toFixed(1)} ms per mount, Chromium`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`heap: ${await heapSummary()}`);
}
