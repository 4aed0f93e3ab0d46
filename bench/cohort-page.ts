/**
 * Browser side of the cohort bench (bundled by vite, run in Chromium by bench/cohort.ts): the
 * review cohort's rows repeated to `n`, then layoutCohort + renderCohort into a live <svg>
 * (styles applied, layout forced), the element's own path. Resolving is done once, outside.
 */
import { resolveCohort } from '../src/api-cohort';
import { layoutCohort } from '../src/layout/cohort';
import type { Cohort } from '../src/model/cohort';
import { renderCohort } from '../src/render/cohort';
import { cohortStyles } from '../src/render/cohort-styles';
import { cohortFixtureRecords } from '../tests/fixtures/cohort';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function drawOnce(c: Cohort): number {
  document.body.replaceChildren();
  const style = document.createElement('style');
  style.textContent = cohortStyles.replace(/:host/g, ':root');
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(style, svg);
  const t0 = performance.now();
  renderCohort(svg, layoutCohort(c, { width: 1100 }));
  svg.getBoundingClientRect();
  return performance.now() - t0;
}

/** Median ms per row of layout + render at each size, over `rounds`. */
export async function benchCohortInPage(sizes: number[] = [100, 1000], rounds = 5): Promise<Record<number, number>> {
  const base = resolveCohort(cohortFixtureRecords()).cohort!;
  const out: Record<number, number> = {};
  for (const n of sizes) {
    const c = { ...base, rows: Array.from({ length: n }, (_, i) => ({ ...base.rows[i % base.rows.length]!, id: `row-${i + 1}` })) };
    drawOnce(c); // warm-up
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      await frame();
      times.push(drawOnce(c));
    }
    out[n] = median(times) / n;
  }
  document.body.replaceChildren();
  return out;
}

(window as unknown as { benchCohortInPage: typeof benchCohortInPage }).benchCohortInPage = benchCohortInPage;
