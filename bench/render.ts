/**
 * Render cost in real Chromium, on the shipped dist/fusion-viz.js (run `npm run build` first):
 * 100 `<fusion-diagram>`s of the ALK fusions in one page against inserting the same figures'
 * styled export markup (`toSVG()`, styles inlined) with innerHTML, which is what a
 * server-rendered report would pay. Reported as ratios measured in the same run, with
 * min / median / max over rounds:
 *   - cold: a fresh browser context per round, loading the library and mounting (first page load),
 *     against a fresh context inserting the markup;
 *   - warm: mounting again in the same page, against inserting again; and against inserting the
 *     markup with each figure skipped out of view as the element's figure box is
 *     (content-visibility: auto), so the part of the ratio that skipping earns is visible;
 *   - resize: the container narrowed 960 → 720 px, as a ratio to the warm mount: until the diagrams
 *     in the viewport (1200 × 900) are drawn again, and until all are (out of view ones are laid
 *     out in idle time, src/components/offscreen.ts);
 *   - memory: JS heap and event listeners with 100 diagrams mounted vs the markup alone;
 *   - the browser's own counters (CDP Performance.getMetrics) for one more warm mount, resize
 *     and insert: layouts and style recalculations (an element that reads its width
 *     synchronously shows as one forced layout per element) and their time.
 * Part of `npm run bench`; alone: `npm run bench:render`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../tests/support/chromium';
import { build } from 'vite';
import { alkPartnerFixtures } from '../tests/fixtures/fusions';
import type { BenchPage, Resized } from './render-page';

const ORIGIN = 'http://bench.local';
export const DROP_IN = resolve(fileURLToPath(new URL('..', import.meta.url)), 'dist/fusion-viz.js');

/** The page-side module `entry` (relative to bench/) as one IIFE script. */
export async function bundle(entry = './render-page.ts', name = 'fusionVizBench'): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'fusion-viz-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        minify: true,
        lib: { entry: fileURLToPath(new URL(entry, import.meta.url)), formats: ['iife'], name, fileName: () => 'bench.js' },
      },
    });
    return readFileSync(join(outDir, 'bench.js'), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** A context whose `http://bench.local/` serves an empty page and the shipped drop-in file, no network. */
export async function benchContext(browser: Browser, library: string, script: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/fusion-viz.js') return route.fulfill({ body: library, contentType: 'text/javascript' });
    return route.fulfill({ body: `<!doctype html><html><head><script>${script}</script></head><body></body></html>`, contentType: 'text/html' });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('close', () => { if (errors.length) console.error(`bench: page errors: ${errors.join('; ')}`); });
  await page.goto(`${ORIGIN}/`);
  return { context, page };
}

type Call = { [K in keyof BenchPage]: [K, ...Parameters<BenchPage[K]>] }[keyof BenchPage];
export const call = <R>(page: Page, ...[name, ...args]: Call) =>
  page.evaluate(([n, a]) => (window as unknown as { fusionBench: Record<string, (...x: unknown[]) => unknown> }).fusionBench[n as string]!(...(a as unknown[])), [name, args] as const) as Promise<R>;

export interface Spread { min: number; median: number; max: number }
const spread = (xs: number[]): Spread => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
};

export interface Counters { layouts: number; styleRecalcs: number; layoutMs: number; styleMs: number }

export interface RenderBench {
  count: number;
  rounds: number;
  warmRounds: number;
  cold: { mount: Spread; library: Spread; markup: Spread; ratio: Spread };
  warm: { mount: Spread; markup: Spread; ratio: Spread; skippedMarkup: Spread; skippedRatio: Spread };
  resize: { inView: Spread; inViewRatio: Spread; all: Spread; allRatio: Spread; inViewCount: number };
  memory: { mountedHeapMB: number; markupHeapMB: number; mountedListeners: number; markupListeners: number };
  counters: { mount: Counters; resize: Counters; insert: Counters };
}

/** Layouts and style recalculations (count and time) during `run`, from Chromium's counters. */
async function counted(page: Page, run: () => Promise<unknown>): Promise<Counters> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const a = await read();
  await run();
  const b = await read();
  await cdp.detach();
  const d = (k: string) => (b[k] ?? 0) - (a[k] ?? 0);
  return { layouts: d('LayoutCount'), styleRecalcs: d('RecalcStyleCount'), layoutMs: d('LayoutDuration') * 1000, styleMs: d('RecalcStyleDuration') * 1000 };
}

const ratios = (a: number[], b: number[]) => spread(a.map((x, i) => x / b[i]!));

async function heapAndListeners(page: Page): Promise<{ heapMB: number; listeners: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  return { heapMB: heap.usedSize / 2 ** 20, listeners: counters.jsEventListeners };
}

/** What every render bench page starts from: the shipped drop-in, the page script, `count` ALK descriptions. */
export async function benchInputs(count: number): Promise<{ library: string; script: string; descriptions: string[] }> {
  if (!existsSync(DROP_IN)) throw new Error('bench: dist/fusion-viz.js is missing: run `npm run build` first');
  const fixtures = alkPartnerFixtures();
  return {
    library: readFileSync(DROP_IN, 'utf8'),
    script: await bundle(),
    descriptions: Array.from({ length: count }, (_, i) => fixtures[i % fixtures.length]!.description as string),
  };
}

export async function benchRender(count = 100, rounds = 5, warmRounds = 7): Promise<RenderBench> {
  const { library, script, descriptions } = await benchInputs(count);
  const browser = await launchChromium();
  try {
    const cold = { mount: [] as number[], library: [] as number[], markup: [] as number[] };
    let markup: string[] = [];
    for (let r = 0; r < rounds; r++) {
      const a = await benchContext(browser, library, script);
      const libraryMs = await call<number>(a.page, 'loadLibrary');
      cold.library.push(libraryMs);
      cold.mount.push(libraryMs + (await call<number>(a.page, 'mount', descriptions)));
      if (r === 0) markup = await call<string[]>(a.page, 'exportMarkup');
      await a.context.close();
      const b = await benchContext(browser, library, script);
      cold.markup.push(await call<number>(b.page, 'insert', markup));
      await b.context.close();
    }

    const { context, page } = await benchContext(browser, library, script);
    await call(page, 'loadLibrary');
    await call(page, 'mount', descriptions); // warm-up: JIT, style sheets, annotation parse
    const warm = { mount: [] as number[], markup: [] as number[], skippedMarkup: [] as number[] };
    const resized: Resized[] = [];
    for (let r = 0; r < warmRounds; r++) {
      warm.mount.push(await call<number>(page, 'mount', descriptions, 960));
      resized.push(await call<Resized>(page, 'resize', 720));
      warm.markup.push(await call<number>(page, 'insert', markup));
      warm.skippedMarkup.push(await call<number>(page, 'insert', markup, true));
    }
    const counters = {
      mount: await counted(page, () => call(page, 'mount', descriptions, 960)),
      resize: await counted(page, () => call(page, 'resize', 720)),
      insert: await counted(page, () => call(page, 'insert', markup)),
    };
    await call(page, 'mount', descriptions, 960);
    const mounted = await heapAndListeners(page);
    await call(page, 'insert', markup);
    const inserted = await heapAndListeners(page);
    await context.close();

    const c = { mount: spread(cold.mount), library: spread(cold.library), markup: spread(cold.markup) };
    const w = { mount: spread(warm.mount), markup: spread(warm.markup) };
    const inView = resized.map((r) => r.inView);
    const all = resized.map((r) => r.all);
    return {
      count, rounds, warmRounds,
      cold: { ...c, ratio: ratios(cold.mount, cold.markup) },
      warm: { ...w, ratio: ratios(warm.mount, warm.markup), skippedMarkup: spread(warm.skippedMarkup), skippedRatio: ratios(warm.mount, warm.skippedMarkup) },
      resize: { inView: spread(inView), inViewRatio: ratios(inView, warm.mount), all: spread(all), allRatio: ratios(all, warm.mount), inViewCount: resized[0]!.inViewCount },
      memory: { mountedHeapMB: mounted.heapMB, markupHeapMB: inserted.heapMB, mountedListeners: mounted.listeners, markupListeners: inserted.listeners },
      counters,
    };
  } finally {
    await browser.close();
  }
}

const ms = (s: Spread) => `${s.median.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})`;
const x = (s: Spread) => `${s.median.toFixed(2)}× (min ${s.min.toFixed(2)}, max ${s.max.toFixed(2)})`;
const counts = (c: Counters) => `${c.layouts} layouts ${c.layoutMs.toFixed(0)} ms, ${c.styleRecalcs} style recalcs ${c.styleMs.toFixed(0)} ms`;

/** For bench/run.ts: the ratios first, then the spread. */
export default async function renderSummary(): Promise<string> {
  const r = await benchRender();
  return [
    `${r.count} <fusion-diagram>s of ALK fusions from dist/fusion-viz.js vs innerHTML of their styled toSVG() markup, Chromium; ` +
      `ratios per round, median (min, max) over ${r.rounds} cold and ${r.warmRounds} warm rounds:`,
    `  cold (first page load): mount ${x(r.cold.ratio)} markup — ${ms(r.cold.mount)} incl. loading the library ${ms(r.cold.library)}, vs ${ms(r.cold.markup)}`,
    `  warm: mount ${x(r.warm.ratio)} markup (aim ≤ 1.5×) — ${ms(r.warm.mount)} vs ${ms(r.warm.markup)}`,
    `  warm, against the markup skipped out of view alike (content-visibility: auto, as the element's figure box): ` +
      `${x(r.warm.skippedRatio)} — vs ${ms(r.warm.skippedMarkup)}`,
    `  resize 960 → 720 px, the ${r.resize.inViewCount} diagrams in view drawn again: ${x(r.resize.inViewRatio)} the warm mount (aim ≤ 0.3×) — ${ms(r.resize.inView)}; ` +
      `all ${r.count} (the rest in idle time): ${x(r.resize.allRatio)} — ${ms(r.resize.all)}`,
    `  browser work, one more run each: mount ${counts(r.counters.mount)}; resize ${counts(r.counters.resize)}; markup ${counts(r.counters.insert)}`,
    `  memory with ${r.count} mounted: JS heap ${r.memory.mountedHeapMB.toFixed(1)} MB, ${r.memory.mountedListeners} listeners; ` +
      `markup alone: ${r.memory.markupHeapMB.toFixed(1)} MB, ${r.memory.markupListeners} listeners`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`render: ${await renderSummary()}`);
}
