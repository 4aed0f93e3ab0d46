/**
 * The side-by-side run with Arriba's draw_fusions.R recorded in the README ("CLI speed against
 * Arriba"): the same review-cohort ALK fusions (one Arriba fusions.tsv, bench/arriba-inputs.ts)
 * and the same small annotation (a GTF exported from ours), Arriba's circos panel off (no
 * --cytobands, the only way this version turns it off), no BAM. Two pairs, each timed as whole
 * commands, wall clock, runs interleaved, median of 3:
 *   structure  Arriba with the GTF      vs  fusion-viz render --input fusions.tsv --annotation annotation.gtf
 *   domains    Arriba + domains GFF3    vs  fusion-viz render --input fusions.tsv (bundled packs: domains)
 * It writes bench/arriba-result.json (read by `npm run bench`, bench/cli.ts) and the first page
 * of each as PNG beside the inputs for a look.
 *
 *   npm run bench:arriba       (ARRIBA_BENCH_DIR: folder with draw_fusions.R; default ../arriba-bench)
 *
 * Skips, saying why, when Rscript, its Bioconductor packages or draw_fusions.R are missing.
 * draw_fusions.R is Arriba's (MIT, github.com/suhrig/arriba) and is not part of this repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureBuilt } from '../tests/support/built';
import { arribaTsv, domainsGff3, gtfOf, reviewFusions, transcriptsOf } from './arriba-inputs';
import { fmtMs, spread, summary, timeOnce, timeRun, type Timed } from './cli-timing';

export const RESULT_FILE = new URL('./arriba-result.json', import.meta.url);

export interface Pair {
  readonly arriba: Timed;
  readonly fusionViz: Timed;
  readonly cpu: { readonly arriba: Timed; readonly fusionViz: Timed } | null;
}

export interface ArribaResult {
  readonly date: string;
  readonly fusions: number;
  readonly transcripts: number;
  readonly runs: number;
  /** Wall clock, and CPU time (user + system) where GNU time was there: `cpu` null otherwise. */
  readonly structure: Pair;
  readonly domains: Pair;
  readonly commands: Record<string, string>;
  readonly versions: Record<string, string>;
  readonly machine: string;
}

const dir = resolve(process.env.ARRIBA_BENCH_DIR ?? '../arriba-bench');
const script = join(dir, 'draw_fusions.R');

function rscript(expr: string): string | null {
  const r = spawnSync('Rscript', ['-e', expr], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Why the run cannot happen here, or null when it can. */
export function missing(): string | null {
  if (spawnSync('Rscript', ['--version'], { encoding: 'utf8' }).error) return 'Rscript is not installed (Debian: apt-get install -y r-base-core r-bioc-genomicranges r-cran-circlize)';
  if (!existsSync(script)) return `${script} is missing (Arriba's draw_fusions.R, from github.com/suhrig/arriba; set ARRIBA_BENCH_DIR)`;
  if (rscript('suppressPackageStartupMessages(library(GenomicRanges)); cat("ok")') !== 'ok') return 'the R package GenomicRanges is not installed (Debian: r-bioc-genomicranges)';
  return null;
}

function versions(): Record<string, string> {
  const sha = createHash('sha256').update(readFileSync(script)).digest('hex');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  return {
    R: rscript('cat(R.version.string)') ?? '?',
    GenomicRanges: rscript('cat(as.character(packageVersion("GenomicRanges")))') ?? '?',
    circlize: rscript('cat(as.character(packageVersion("circlize")))') ?? '?',
    'draw_fusions.R': `sha256 ${sha}`,
    node: process.version,
    'fusion-viz': `${pkg.version} (${git})`,
  };
}

function firstPages(outDir: string, ours: string): void {
  // Arriba's first page and our first figure as PNG, to look at side by side.
  if (spawnSync('pdftoppm', ['-v']).error) return;
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '100', '-png', '-singlefile', join(outDir, 'arriba-domains.pdf'), join(outDir, 'arriba-page1')]);
  const first = readdirSync(ours).filter((f) => f.endsWith('.svg')).sort()[0]!;
  execFileSync(process.execPath, [resolve(process.env.FUSION_VIZ_CLI ?? 'dist/cli.js'), 'render', '--input', join(dir, 'in/fusions.tsv'), '-o', join(outDir, 'fusion-viz-png'), '--format', 'png', '--overwrite', '--scale', '1'], { stdio: 'ignore' });
  console.log(`first pages: ${join(outDir, 'arriba-page1.png')} and ${join(outDir, 'fusion-viz-png', first.replace(/\.svg$/, '.png'))}`);
}

export function runArriba(runs = 3): ArribaResult {
  ensureBuilt();
  const fusions = reviewFusions();
  const transcripts = transcriptsOf(fusions);
  const input = join(dir, 'in');
  const out = join(dir, 'out');
  mkdirSync(input, { recursive: true });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const tsv = join(input, 'fusions.tsv');
  const gtf = join(input, 'annotation.gtf');
  const gff = join(input, 'protein_domains.gff3');
  writeFileSync(tsv, arribaTsv(fusions));
  writeFileSync(gtf, gtfOf(transcripts));
  writeFileSync(gff, domainsGff3(transcripts));
  // FUSION_VIZ_CLI: another build's dist/cli.js (a snapshot, so the repository can be rebuilt meanwhile).
  const cli = resolve(process.env.FUSION_VIZ_CLI ?? 'dist/cli.js');
  const commands: Record<string, [string, string[]]> = {
    arribaStructure: ['Rscript', [script, `--fusions=${tsv}`, `--annotation=${gtf}`, `--output=${join(out, 'arriba.pdf')}`]],
    fusionVizStructure: [process.execPath, [cli, 'render', '--input', tsv, '--annotation', gtf, '-o', join(out, 'fusion-viz-gtf'), '--overwrite']],
    arribaDomains: ['Rscript', [script, `--fusions=${tsv}`, `--annotation=${gtf}`, `--proteinDomains=${gff}`, `--output=${join(out, 'arriba-domains.pdf')}`]],
    fusionVizDomains: [process.execPath, [cli, 'render', '--input', tsv, '-o', join(out, 'fusion-viz'), '--overwrite']],
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  // One untimed round of ours (the first run of a build reads the packs cold), then interleaved rounds.
  timeOnce(...commands.fusionVizDomains!);
  for (let i = 0; i < runs; i++) {
    for (const [k, [c, a]] of Object.entries(commands)) {
      const t = timeRun(c, a);
      times[k]!.push(t.wall);
      if (t.cpu !== null) cpu[k]!.push(t.cpu);
      console.log(`  ${k} run ${i + 1}: ${fmtMs(t.wall)} wall${t.cpu !== null ? `, ${fmtMs(t.cpu)} CPU` : ''}`);
    }
  }
  const pair = (a: string, b: string): Pair => ({
    arriba: summary(times[a]!),
    fusionViz: summary(times[b]!),
    cpu: cpu[a]!.length === runs && cpu[b]!.length === runs ? { arriba: summary(cpu[a]!), fusionViz: summary(cpu[b]!) } : null,
  });
  firstPages(out, join(out, 'fusion-viz'));
  const show = (c: [string, string[]]) => [c[0] === process.execPath ? 'node' : c[0], ...c[1]].join(' ').replaceAll(dir, '$ARRIBA_BENCH_DIR').replaceAll(resolve('.'), '.');
  return {
    date: new Date().toISOString(),
    fusions: fusions.length,
    transcripts: transcripts.length,
    runs,
    structure: pair('arribaStructure', 'fusionVizStructure'),
    domains: pair('arribaDomains', 'fusionVizDomains'),
    commands: Object.fromEntries(Object.entries(commands).map(([k, c]) => [k, show(c)])),
    versions: versions(),
    machine: `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end`,
  };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bench/arriba.ts')) {
  const why = missing();
  if (why) {
    console.log(`arriba: skipped: ${why}`);
  } else {
    const r = runArriba(Number(process.env.ARRIBA_RUNS ?? 3));
    writeFileSync(RESULT_FILE, JSON.stringify(r, null, 2) + '\n');
    for (const [name, pair] of [['structure (GTF only)', r.structure], ['with domains', r.domains]] as const) {
      console.log(`${name}: wall: Arriba ${spread(pair.arriba)}, fusion-viz ${spread(pair.fusionViz)}: ${(pair.arriba.median / pair.fusionViz.median).toFixed(1)}× faster (medians, ${r.fusions} fusions)`);
      if (pair.cpu) console.log(`${name}: CPU: Arriba ${spread(pair.cpu.arriba)}, fusion-viz ${spread(pair.cpu.fusionViz)}: ${(pair.cpu.arriba.median / pair.cpu.fusionViz.median).toFixed(1)}×`);
    }
    console.log(JSON.stringify({ versions: r.versions, machine: r.machine }, null, 2));
  }
}
