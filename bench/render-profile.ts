/**
 * Where the render bench's time goes, from Chromium's own counters (CDP Performance.getMetrics):
 * for one warm mount of 100 diagrams, one resize 960 → 720 px and one innerHTML insert of the
 * same markup, the number of layouts and style recalculations and the time in script, layout
 * and style. A mount that forces a layout per element shows ~100 layouts here. Not timed
 * pass/fail anywhere; `npx tsx bench/render-profile.ts` (after `npm run build`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { alkPartnerFixtures } from '../tests/fixtures/fusions';
import { bundle } from './render';

const ORIGIN = 'http://bench.local';
const DROP_IN = resolve(fileURLToPath(new URL('..', import.meta.url)), 'dist/fusion-viz.js');
const KEYS = ['LayoutCount', 'RecalcStyleCount', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskDuration'] as const;

export async function profileRender(count = 100): Promise<Record<string, Record<string, number>>> {
  const library = readFileSync(DROP_IN, 'utf8');
  const script = await bundle();
  const fixtures = alkPartnerFixtures();
  const descriptions = Array.from({ length: count }, (_, i) => fixtures[i % fixtures.length]!.description as string);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    await context.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/fusion-viz.js') return route.fulfill({ body: library, contentType: 'text/javascript' });
      return route.fulfill({ body: `<!doctype html><html><head><script>${script}</script></head><body></body></html>`, contentType: 'text/html' });
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.error(`console: ${m.text()}`); });
    await page.goto(`${ORIGIN}/`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const run = (name: string, args: unknown[]) => page.evaluate(([n, a]) => (window as any).fusionBench[n](...a), [name, args] as const) as Promise<unknown>;
    await run('loadLibrary', []);
    await run('mount', [descriptions, 960]);
    const out: Record<string, Record<string, number>> = {};
    const phase = async (label: string, name: string, args: unknown[]) => {
      const a = await metrics();
      const ms = (await run(name, args)) as number;
      const b = await metrics();
      out[label] = { wallMs: Math.round(ms), ...Object.fromEntries(KEYS.map((k) => [k, k.endsWith('Count') ? b[k]! - a[k]! : Math.round((b[k]! - a[k]!) * 1000)])) };
    };
    await phase('mount', 'mount', [descriptions, 960]);
    await phase('resize', 'resize', [720]);
    const markup = await run('exportMarkup', []);
    await phase('insert', 'insert', [markup]);
    return out;
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.table(await profileRender());
