/**
 * Render cost in real Chromium, on the shipped dist/fusion-viz.js (run `npm run build` first):
 * 100 `<fusion-diagram>`s of the ALK fusions in one page against inserting the same figures'
 * styled export markup (`toSVG()`, styles inlined) with innerHTML, which is what a
 * server-rendered report would pay. Reported as ratios measured in the same run, with
 * min / median / max over rounds:
 *   - cold: a fresh browser context per round, loading the library and mounting (first page load),
 *     against a fresh context inserting the markup;
 *   - warm: mounting again in the same page, against inserting again;
 *   - resize: the container narrowed 960 → 720 px, as a ratio to the warm mount;
 *   - memory: JS heap and event listeners with 100 diagrams mounted vs the markup alone.
 * Part of `npm run bench`; alone: `npm run bench:render`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { alkPartnerFixtures } from '../tests/fixtures/fusions';
import type { BenchPage } from './render-page';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ORIGIN = 'http://bench.local';
const DROP_IN = resolve(fileURLToPath(new URL('..', import.meta.url)), 'dist/fusion-viz.js');

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
async function benchContext(browser: Browser, library: string, script: string): Promise<{ context: BrowserContext; page: Page }> {
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
const call = <R>(page: Page, ...[name, ...args]: Call) =>
  page.evaluate(([n, a]) => (window as unknown as { fusionBench: Record<string, (...x: unknown[]) => unknown> }).fusionBench[n as string]!(...(a as unknown[])), [name, args] as const) as Promise<R>;

export interface Spread { min: number; median: number; max: number }
const spread = (xs: number[]): Spread => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
};

export interface RenderBench {
  count: number;
  rounds: number;
  cold: { mount: Spread; library: Spread; markup: Spread; ratio: number };
  warm: { mount: Spread; markup: Spread; ratio: number };
  resize: { ms: Spread; ratio: number };
  memory: { mountedHeapMB: number; markupHeapMB: number; mountedListeners: number; markupListeners: number };
}

async function heapAndListeners(page: Page): Promise<{ heapMB: number; listeners: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  return { heapMB: heap.usedSize / 2 ** 20, listeners: counters.jsEventListeners };
}

export async function benchRender(count = 100, rounds = 5): Promise<RenderBench> {
  if (!existsSync(DROP_IN)) throw new Error('bench: dist/fusion-viz.js is missing: run `npm run build` first');
  const library = readFileSync(DROP_IN, 'utf8');
  const script = await bundle();
  const fixtures = alkPartnerFixtures();
  const descriptions = Array.from({ length: count }, (_, i) => fixtures[i % fixtures.length]!.description as string);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
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
    const warm = { mount: [] as number[], markup: [] as number[] };
    const resized: number[] = [];
    for (let r = 0; r < rounds; r++) {
      warm.mount.push(await call<number>(page, 'mount', descriptions, 960));
      resized.push(await call<number>(page, 'resize', 720));
      warm.markup.push(await call<number>(page, 'insert', markup));
    }
    await call(page, 'mount', descriptions, 960);
    const mounted = await heapAndListeners(page);
    await call(page, 'insert', markup);
    const inserted = await heapAndListeners(page);
    await context.close();

    const c = { mount: spread(cold.mount), library: spread(cold.library), markup: spread(cold.markup) };
    const w = { mount: spread(warm.mount), markup: spread(warm.markup) };
    const rs = spread(resized);
    return {
      count, rounds,
      cold: { ...c, ratio: c.mount.median / c.markup.median },
      warm: { ...w, ratio: w.mount.median / w.markup.median },
      resize: { ms: rs, ratio: rs.median / w.mount.median },
      memory: { mountedHeapMB: mounted.heapMB, markupHeapMB: inserted.heapMB, mountedListeners: mounted.listeners, markupListeners: inserted.listeners },
    };
  } finally {
    await browser.close();
  }
}

const ms = (s: Spread) => `${s.median.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})`;

/** For bench/run.ts: the ratios first, then the spread. */
export default async function renderSummary(): Promise<string> {
  const r = await benchRender();
  return [
    `${r.count} <fusion-diagram>s of ALK fusions from dist/fusion-viz.js vs innerHTML of their styled toSVG() markup, Chromium, ${r.rounds} rounds, medians:`,
    `  cold (first page load): mount ${r.cold.ratio.toFixed(2)}× markup — ${ms(r.cold.mount)} incl. loading the library ${ms(r.cold.library)}, vs ${ms(r.cold.markup)}`,
    `  warm: mount ${r.warm.ratio.toFixed(2)}× markup (aim ≤ 1.5×) — ${ms(r.warm.mount)} vs ${ms(r.warm.markup)}`,
    `  resize 960 → 720 px: ${r.resize.ratio.toFixed(2)}× the warm mount (aim ≤ 0.3×) — ${ms(r.resize.ms)}`,
    `  memory with ${r.count} mounted: JS heap ${r.memory.mountedHeapMB.toFixed(1)} MB, ${r.memory.mountedListeners} listeners; ` +
      `markup alone: ${r.memory.markupHeapMB.toFixed(1)} MB, ${r.memory.markupListeners} listeners`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`render: ${await renderSummary()}`);
}
