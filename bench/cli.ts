/**
 * The CLI's speed, as ratios measured in this run (wall clock of whole commands, runs interleaved):
 *  - one fusion's `annotate` against bare `node -e 0` (aim: within 2×), and `--version` likewise;
 *  - the review cohort's batch (`render --input fusions.tsv`, the side-by-side's input, both
 *    pairs: our GTF export as the annotation, and the bundled packs with domains) against the
 *    Arriba draw_fusions.R times recorded by `npm run bench:arriba` (bench/arriba-result.json;
 *    aim: at least 50× faster). Arriba is not rerun here: it takes tens of seconds.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureBuilt } from '../tests/support/built';
import type { ArribaResult } from './arriba';
import { arribaTsv, gtfOf, reviewFusions, transcriptsOf } from './arriba-inputs';
import { fmtMs, spread, timeInterleaved } from './cli-timing';

export default function benchCli(): string {
  ensureBuilt();
  const cli = resolve('dist/cli.js');
  const node = process.execPath;
  const [bare, version, annotate] = timeInterleaved([
    [node, ['-e', '0']],
    [node, [cli, '--version']],
    [node, [cli, 'annotate', 'NSF:e.1_20::ALK:e.20_29']],
  ], 15, 2);
  const lines = [
    `start-up: annotate of one fusion ${spread(annotate!)} = ${(annotate!.median / bare!.median).toFixed(2)}× bare node -e 0 ${spread(bare!)} ` +
      `(aim ≤ 2×; --version ${(version!.median / bare!.median).toFixed(2)}×; medians of 15)`,
  ];

  const dir = mkdtempSync(join(tmpdir(), 'fv-bench-cli-'));
  try {
    const fusions = reviewFusions();
    const tsv = join(dir, 'fusions.tsv');
    const gtf = join(dir, 'annotation.gtf');
    writeFileSync(tsv, arribaTsv(fusions));
    writeFileSync(gtf, gtfOf(transcriptsOf(fusions)));
    const [structure, domains] = timeInterleaved([
      [node, [cli, 'render', '--input', tsv, '--annotation', gtf, '-o', join(dir, 'gtf'), '--overwrite']],
      [node, [cli, 'render', '--input', tsv, '-o', join(dir, 'packs'), '--overwrite']],
    ], 5, 1);
    const recorded = existsSync(new URL('./arriba-result.json', import.meta.url))
      ? (JSON.parse(readFileSync(new URL('./arriba-result.json', import.meta.url), 'utf8')) as ArribaResult)
      : null;
    const vs = (ours: typeof structure, arriba: number | undefined) => (arriba ? `${(arriba / ours!.median).toFixed(1)}× faster than Arriba's recorded ${fmtMs(arriba)}` : 'no recorded Arriba run (npm run bench:arriba)');
    lines.push(
      `render batch of the ${fusions.length} review-cohort fusions (Arriba fusions.tsv, one SVG each; aim ≥ 50× Arriba): ` +
        `on the exported GTF ${spread(structure!)}, ${vs(structure, recorded?.structure.arriba.median)}; ` +
        `on the bundled packs with domains ${spread(domains!)}, ${vs(domains, recorded?.domains.arriba.median)} (medians of 5` +
        `${recorded ? `; Arriba recorded ${recorded.date.slice(0, 10)}, median of ${recorded.runs}` : ''})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines.join('\n  ');
}

if (process.argv[1]?.endsWith('bench/cli.ts')) console.log(`cli: ${benchCli()}`);
