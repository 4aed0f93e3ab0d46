/**
 * Where the render bench's time goes, from Chromium's own counters (CDP Performance.getMetrics):
 * for one warm mount of 100 diagrams, one resize 960 → 720 px and one innerHTML insert of the
 * same markup, the number of layouts and style recalculations and the time in script, layout
 * and style. A mount that forces a layout per element shows ~100 layouts here. Not timed
 * pass/fail anywhere; `npx tsx bench/render-profile.ts` (after `npm run build`).
 */
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../tests/support/chromium';
import { benchContext, benchInputs, call } from './render';
import type { Resized } from './render-page';

const KEYS = ['LayoutCount', 'RecalcStyleCount', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskDuration'] as const;

export async function profileRender(count = 100): Promise<Record<string, Record<string, number>>> {
  const { library, script, descriptions } = await benchInputs(count);
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
    // Until every diagram is drawn again (those out of view in idle time): the counters cover all of it.
    await phase('resize', async () => (await call<Resized>(page, 'resize', 720)).all);
    const markup = await call<string[]>(page, 'exportMarkup');
    await phase('insert', () => call<number>(page, 'insert', markup));
    return out;
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.table(await profileRender());
