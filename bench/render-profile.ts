/**
 * Where the render bench's time goes, from Chromium's own counters (CDP Performance.getMetrics):
 * for one warm mount of 100 diagrams, one resize 960 → 720 px and one innerHTML insert of the
 * same markup, the number of layouts and style recalculations and the time in script, layout
 * and style. A mount that forces a layout per element shows ~100 layouts here. Not timed
 * pass/fail anywhere; `npx tsx bench/render-profile.ts` (after `npm run build`).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { alkPartnerFixtures } from '../tests/fixtures/fusions';
import { launchChromium } from '../tests/support/chromium';
import { benchContext, bundle, call, DROP_IN } from './render';

const KEYS = ['LayoutCount', 'RecalcStyleCount', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskDuration'] as const;

export async function profileRender(count = 100): Promise<Record<string, Record<string, number>>> {
  const library = readFileSync(DROP_IN, 'utf8');
  const script = await bundle();
  const fixtures = alkPartnerFixtures();
  const descriptions = Array.from({ length: count }, (_, i) => fixtures[i % fixtures.length]!.description as string);
  const browser = await launchChromium();
  try {
    // The render bench's page: the shipped drop-in served from bench.local, no network.
    const { context, page } = await benchContext(browser, library, script);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await call(page, 'loadLibrary');
    await call(page, 'mount', descriptions, 960);
    const out: Record<string, Record<string, number>> = {};
    const phase = async (label: string, measured: () => Promise<number>) => {
      const a = await metrics();
      const ms = await measured();
      const b = await metrics();
      out[label] = { wallMs: Math.round(ms), ...Object.fromEntries(KEYS.map((k) => [k, k.endsWith('Count') ? b[k]! - a[k]! : Math.round((b[k]! - a[k]!) * 1000)])) };
    };
    await phase('mount', () => call<number>(page, 'mount', descriptions, 960));
    await phase('resize', () => call<number>(page, 'resize', 720));
    const markup = await call<string[]>(page, 'exportMarkup');
    await phase('insert', () => call<number>(page, 'insert', markup));
    return out;
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.table(await profileRender());
