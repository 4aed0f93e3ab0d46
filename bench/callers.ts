/**
 * Caller files: rows per second from file text to `annotate` report on the largest fixture of
 * ../shared/callers, and a 500-row STAR-Fusion file rendered to SVG as a ratio to the same fusions
 * given as JSON descriptions (what reading a caller file adds). Part of `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DOMParser } from 'linkedom';
import { bundledAnnotation } from '../src/annotation/bundled';
import { readCallerFile } from '../src/formats/callers';
import { parseDescription } from '../src/formats/index';
import { layoutFusion } from '../src/layout';
import { buildFusion } from '../src/model/fusion';
import { toAnnotateReport } from '../src/model/report';
import { svgDocument } from '../src/render';
import { resolveCallerFile } from '../src/rows';

const callers = resolve(process.env.FUSION_VIZ_CALLERS ?? join(dirname(fileURLToPath(import.meta.url)), '../../shared/callers'));
const read = (rel: string) => readFileSync(join(callers, rel), 'utf8');
const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

function seconds(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

const svg = (f: Parameters<typeof layoutFusion>[0]) =>
  svgDocument(layoutFusion(f, { width: 1000 }), { DOMParser: DOMParser as unknown as NonNullable<Parameters<typeof svgDocument>[1]>['DOMParser'] });

export default function benchCallers(): string {
  const source = bundledAnnotation();
  const largest = 'jaffa/fusor-jaffa_results.csv';
  const text = read(largest);
  let rows = 0;
  const t = seconds(() => {
    for (let k = 0; k < 5; k++) {
      const file = readCallerFile(text)!;
      for (const r of resolveCallerFile(file, source)) if (r.fusion) toAnnotateReport(r.fusion);
      rows += file.rows.length;
    }
  });
  // 500 rows: the STAR-Fusion fixture's resolvable rows repeated, against the same fusions as JSON,
  // in five interleaved rounds of 100 so that warm-up and a busy machine weigh on both alike.
  const star = read('star-fusion/fusor-star-fusion.fusion_predictions.abridged.tsv').split('\n').filter(Boolean);
  const good = resolveCallerFile(readCallerFile(star.join('\n'))!, source).filter((r) => r.fusion);
  const lines = good.map((r) => star[r.line - 1]!);
  const chunk = [star[0]!, ...Array.from({ length: 100 }, (_, k) => lines[k % lines.length]!)].join('\n');
  const json = Array.from({ length: 100 }, (_, k) => JSON.stringify(good[k % good.length]!.input));
  let fromFile = 0;
  let fromJson = 0;
  for (let round = 0; round < 5; round++) {
    fromJson += seconds(() => {
      for (const d of json) {
        const p = parseDescription(d);
        if (!p.ok) continue;
        const f = buildFusion(p.value, source);
        if (f.ok) svg(f.value);
      }
    });
    fromFile += seconds(() => {
      for (const r of resolveCallerFile(readCallerFile(chunk)!, source)) if (r.fusion) svg(r.fusion);
    });
  }
  return `${fmt(rows / t)} rows/s from ${largest} text to annotate reports; 500 STAR-Fusion rows to SVG take ${fmt(fromFile / fromJson, 2)}× the same fusions as JSON (${fmt(fromFile, 1)} s vs ${fmt(fromJson, 1)} s)`;
}
