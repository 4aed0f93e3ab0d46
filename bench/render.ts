/**
 * Render cost in real Chromium: 100 `<fusion-diagram>`s of the ALK fusions mounted in one page,
 * as a ratio to inserting the same final SVG markup with innerHTML in the same run (what a
 * server-rendered page would pay). Part of `npm run bench`; alone: `npm run bench:render`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

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

export interface RenderBench {
  count: number;
  mountMs: number;
  markupMs: number;
  ratio: number;
}

export async function benchRender(count = 100): Promise<RenderBench> {
  const script = await bundle();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: script });
    const r = await page.evaluate((n) => (window as unknown as { benchRenderInPage(n: number): Promise<Omit<RenderBench, 'ratio'>> }).benchRenderInPage(n), count);
    if (errors.length > 0) throw new Error(`bench: page errors: ${errors.join('; ')}`);
    return { ...r, ratio: r.mountMs / r.markupMs };
  } finally {
    await browser.close();
  }
}

/** For bench/run.ts: one line. */
export default async function renderSummary(): Promise<string> {
  const r = await benchRender();
  const fmt = (x: number, d = 1) => x.toFixed(d);
  return `${r.count} <fusion-diagram>s of ALK fusions mounted in ${fmt(r.mountMs)} ms (median of 7) = ` +
    `${fmt(r.ratio, 2)}× inserting their final SVG markup with innerHTML (${fmt(r.markupMs)} ms), Chromium, same run`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`render: ${await renderSummary()}`);
}
