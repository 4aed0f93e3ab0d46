/**
 * The whole-genome packs, as ratios measured in this run:
 *  - the CLI for one fusion with the whole-genome pack vs with the embedded genes only;
 *  - annotate throughput over 1,000 fusions drawn across the genome vs over the ALK fusions;
 *  - the first figure of a gene outside the embedded set in Chromium (shards fetched) vs an embedded one;
 *  - Node's peak memory (max RSS) resolving the 1,000 fusions with the packs loaded on demand.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { resolveFusion } from '../src/api';
import { defaultAnnotation } from '../src/annotation/bundled';
import { launchChromium } from '../tests/support/chromium';
import { serveStatic } from '../tests/support/static-server';
import { ensureBuilt } from '../tests/support/built';
import { alkDescriptions } from './model';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function cliMs(env: Record<string, string>): number {
  const t0 = performance.now();
  execFileSync(process.execPath, ['bin/fusion-viz.js', 'annotate', 'NSF:e.1_20::ALK:e.20_29'], { env: { ...process.env, ...env }, stdio: 'pipe' });
  return performance.now() - t0;
}

/** 1,000 fusions of coding genes spread over the genome (every k-th symbol of the index). */
export function genomeDescriptions(count = 1000): string[] {
  const source = defaultAnnotation('GRCh38');
  const symbols = source.genes();
  // Spread over the index; about half the symbols are non-coding or short, hence the margin.
  const step = Math.max(1, Math.floor(symbols.length / (count * 5)));
  const coding: string[] = [];
  for (let i = 0; i < symbols.length && coding.length < count * 2; i += step) {
    const t = source.transcriptsOf(symbols[i]!)[0];
    if (t && t.cdsStart !== null && t.exons.length >= 3) coding.push(t.gene);
  }
  const out: string[] = [];
  for (let k = 0; k + 1 < coding.length && out.length < count; k += 2) {
    const a = source.transcriptsOf(coding[k]!)[0]!;
    out.push(`${a.gene}:e.${Math.ceil(a.exons.length / 2)}::${coding[k + 1]}:e.2`);
  }
  return out;
}

function perSecond(list: string[]): number {
  const t0 = performance.now();
  for (const d of list) resolveFusion(d);
  return list.length / ((performance.now() - t0) / 1000);
}

async function firstFigureRatio(): Promise<string> {
  ensureBuilt();
  const site = await serveStatic(process.cwd());
  const browser = await launchChromium();
  const time = async (fusion: string) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/examples/plain.html`);
    await page.waitForFunction(() => document.querySelector('fusion-diagram')?.shadowRoot?.querySelector('svg [data-kind="exon"]'));
    const ms = await page.evaluate(async (f) => {
      const el = document.createElement('fusion-diagram');
      el.setAttribute('fusion', f);
      const t0 = performance.now();
      document.body.append(el);
      while (!el.shadowRoot?.querySelector('svg [data-kind="exon"]') && !el.shadowRoot?.querySelector('[part~="error"]')) await new Promise((r) => setTimeout(r, 5));
      return performance.now() - t0;
    }, fusion);
    await page.close();
    return ms;
  };
  const embedded: number[] = [];
  const fetched: number[] = [];
  for (let i = 0; i < 3; i++) {
    embedded.push(await time('EML4:e.13::ALK:e.20'));
    fetched.push(await time(`PAX8:e.9::PPARG:e.${2 + i}`));
  }
  await browser.close();
  site.server.close();
  return `first figure of a gene outside the embedded set (shards fetched) ${median(fetched).toFixed(0)} ms vs embedded ${median(embedded).toFixed(0)} ms: ${(median(fetched) / median(embedded)).toFixed(2)}×`;
}

export default async function benchAnnotation(): Promise<string> {
  ensureBuilt();
  const whole: number[] = [];
  const embedded: number[] = [];
  for (let i = 0; i < 5; i++) {
    whole.push(cliMs({}));
    embedded.push(cliMs({ FUSION_VIZ_ANNOTATION_DIR: '/nonexistent-fusion-viz-packs' }));
  }
  const genome = genomeDescriptions();
  const alk = alkDescriptions();
  perSecond(genome.slice(0, 50));
  const g = perSecond(genome);
  const a = perSecond(alk);
  const rss = execFileSync(process.execPath, ['--import', 'tsx', '-e',
    "const { resolveFusion } = await import('./src/api.ts'); const { genomeDescriptions } = await import('./bench/annotation.ts'); for (const d of genomeDescriptions()) resolveFusion(d); console.log(process.resourceUsage().maxRSS)"],
  { encoding: 'utf8' }).trim();
  return [
    `CLI annotate, one fusion: whole-genome pack ${median(whole).toFixed(0)} ms vs embedded genes only ${median(embedded).toFixed(0)} ms: ${(median(whole) / median(embedded)).toFixed(2)}× (aim ≤ 1.2×)`,
    `annotate ${genome.length} fusions across the genome: ${g.toFixed(0)}/s vs ${a.toFixed(0)}/s for the ${alk.length} ALK fusions (${(a / g).toFixed(2)}× slower: shards read on first use)`,
    `Node peak memory (max RSS) resolving them: ${(Number(rss.split('\n').pop()) / 1024).toFixed(0)} MB`,
    await firstFigureRatio(),
  ].join('\n  ');
}
