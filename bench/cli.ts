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
import type { ArribaResult, Pair } from './arriba';
import { arribaTsv, gtfOf, reviewFusions, transcriptsOf } from './arriba-inputs';
import { fmtMs, spread, timeInterleaved } from './cli-timing';

type Measured = ReturnType<typeof timeInterleaved>[number];
const ratio = (a: Measured, b: Measured, key: 'wall' | 'cpu') => (a[key] && b[key] ? (a[key].median / b[key].median).toFixed(2) : '?');
const cpuOf = (m: Measured) => (m.cpu ? `, CPU ${fmtMs(m.cpu.median)}` : '');

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
    `start-up: annotate of one fusion ${spread(annotate!.wall)}${cpuOf(annotate!)} against bare node -e 0 ${spread(bare!.wall)}${cpuOf(bare!)}: ` +
      `${ratio(annotate!, bare!, 'wall')}× wall, ${ratio(annotate!, bare!, 'cpu')}× CPU (aim ≤ 2×); --version ${ratio(version!, bare!, 'wall')}× wall (medians of 15)`,
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
    const file = new URL('./arriba-result.json', import.meta.url);
    const recorded = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ArribaResult) : null;
    const vs = (ours: Measured, pair: Pair | undefined) => {
      if (!pair) return 'no recorded Arriba run (npm run bench:arriba)';
      const wall = `${(pair.arriba.median / ours.wall.median).toFixed(1)}× faster than Arriba's recorded ${fmtMs(pair.arriba.median)} wall`;
      return pair.cpu && ours.cpu ? `${wall}, ${(pair.cpu.arriba.median / ours.cpu.median).toFixed(1)}× its ${fmtMs(pair.cpu.arriba.median)} CPU` : wall;
    };
    lines.push(
      `render batch of the ${fusions.length} review-cohort fusions (Arriba fusions.tsv, one SVG each; aim ≥ 50× Arriba): ` +
        `on the exported GTF ${spread(structure!.wall)}${cpuOf(structure!)}: ${vs(structure!, recorded?.structure)}; ` +
        `on the bundled packs with domains ${spread(domains!.wall)}${cpuOf(domains!)}: ${vs(domains!, recorded?.domains)} (medians of 5` +
        `${recorded ? `; Arriba recorded ${recorded.date.slice(0, 10)}, medians of ${recorded.runs}` : ''})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines.join('\n  ');
}

if (process.argv[1]?.endsWith('bench/cli.ts')) console.log(`cli: ${benchCli()}`);
