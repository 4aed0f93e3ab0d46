/**
 * Cohort layout + render (Node, linkedom, the CLI's path) of 100 and 1,000 rows: per-row cost,
 * and the ratio of the two per-row costs measured in the same run (≈1 means linear growth).
 * Rows are the review cohort's resolved fusions repeated with fresh ids, so resolving is not timed.
 */
import { performance } from 'node:perf_hooks';
import { DOMParser } from 'linkedom';
import { resolveCohort } from '../src/api-cohort';
import { layoutCohort } from '../src/layout/cohort';
import type { Cohort } from '../src/model/cohort';
import { cohortSvgDocument } from '../src/render/cohort';
import { cohortFixtureRecords } from '../tests/fixtures/cohort';

function cohortOf(base: Cohort, n: number): Cohort {
  const rows = Array.from({ length: n }, (_, i) => ({ ...base.rows[i % base.rows.length]!, id: `row-${i + 1}` }));
  return { ...base, rows };
}

/** Mean ms of one layout + SVG document of `c` (and of the layout alone), over at least `minMs` and 3 runs. */
function timeOnce(c: Cohort, minMs = 1500): { total: number; layout: number } {
  let runs = 0;
  let layout = 0;
  const t0 = performance.now();
  while (runs < 3 || performance.now() - t0 < minMs) {
    const t1 = performance.now();
    const l = layoutCohort(c, { width: 1100 });
    layout += performance.now() - t1;
    cohortSvgDocument(l, { DOMParser: DOMParser as never });
    runs++;
  }
  return { total: (performance.now() - t0) / runs, layout: layout / runs };
}

export interface CohortBench {
  perRow100: number;
  perRow1000: number;
  ratio: number;
  /** Share of the 1,000-row time spent in the pure layout (the rest is linkedom drawing and serialising). */
  layoutShare: number;
}

export function benchCohort(): CohortBench {
  const base = resolveCohort(cohortFixtureRecords()).cohort!;
  timeOnce(cohortOf(base, 100), 300); // warm-up
  const t100 = timeOnce(cohortOf(base, 100));
  const t1000 = timeOnce(cohortOf(base, 1000));
  const perRow100 = t100.total / 100;
  const perRow1000 = t1000.total / 1000;
  return { perRow100, perRow1000, ratio: perRow1000 / perRow100, layoutShare: t1000.layout / t1000.total };
}

/** The same in Chromium: layout + render into a live <svg>, ms per row at 100 and 1,000 rows. */
export async function benchCohortChromium(): Promise<{ perRow100: number; perRow1000: number; ratio: number }> {
  const { bundle } = await import('./render');
  const { launchChromium } = await import('../tests/support/chromium');
  const script = await bundle('./cohort-page.ts');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: script });
    const r = await page.evaluate(() => (window as unknown as { benchCohortInPage(): Promise<Record<number, number>> }).benchCohortInPage());
    return { perRow100: r[100]!, perRow1000: r[1000]!, ratio: r[1000]! / r[100]! };
  } finally {
    await browser.close();
  }
}

export default async function report(): Promise<string> {
  const c = await benchCohortChromium();
  const b = benchCohort();
  return `Chromium layout + render of 1,000 rows: ${c.perRow1000.toFixed(3)} ms/row; 100 rows: ${c.perRow100.toFixed(3)} ms/row; per-row cost at 1,000 is ${c.ratio.toFixed(2)}× that at 100 (1 = linear). ` +
    `Node (linkedom, the CLI's path) layout + SVG of 1,000 rows: ${b.perRow1000.toFixed(3)} ms/row; 100 rows: ${b.perRow100.toFixed(3)} ms/row; per-row cost at 1,000 is ${b.ratio.toFixed(2)}× that at 100 (1 = linear); layout is ${Math.round(b.layoutShare * 100)}% of the time`;
}
