/**
 * Model throughput: descriptions resolved per second for the bundled ALK fusions, measured
 * against parsing alone in the same run (the ratio is what to compare across machines).
 */
import { performance } from 'node:perf_hooks';
import { resolveFusion } from '../src/api';
import { bundledAnnotation } from '../src/annotation/bundled';
import { parseDescription } from '../src/formats/index';

export interface ModelBench {
  descriptions: number;
  perSecond: number;
  parsePerSecond: number;
  ratioToParse: number;
}

/** Every ALK partner in the bundled set joined at its exon boundaries to ALK exon 20. */
export function alkDescriptions(): string[] {
  const source = bundledAnnotation();
  const out: string[] = [];
  for (const gene of source.genes()) {
    if (gene === 'ALK') continue;
    if (!['NSF', 'EML4', 'NPM1', 'RANBP2', 'CLTC', 'TPM3', 'TPM4', 'SEC31A', 'TRAF3', 'LRRFIP1', 'FN1', 'NUMA1', 'RRBP1', 'TNS1', 'DCTN1', 'CARS1', 'MPRIP', 'KLC1', 'KIF5B', 'HIP1', 'GPC1', 'STRN', 'TFG', 'ATIC', 'VCL'].includes(gene)) continue;
    const t = source.transcriptsOf(gene)[0]!;
    for (let k = 1; k < t.exons.length; k++) out.push(`${gene}:e.${k}::ALK:e.20`);
  }
  return out;
}

function rate(fn: () => void, items: number, minMs = 1500): number {
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    fn();
    n += items;
  }
  return n / ((performance.now() - t0) / 1000);
}

export function benchModel(): ModelBench {
  const descriptions = alkDescriptions();
  for (const d of descriptions) if (!resolveFusion(d).ok) throw new Error(`bench: ${d} did not resolve`);
  const perSecond = rate(() => descriptions.forEach((d) => resolveFusion(d)), descriptions.length);
  const parsePerSecond = rate(() => descriptions.forEach((d) => parseDescription(d)), descriptions.length);
  return { descriptions: descriptions.length, perSecond, parsePerSecond, ratioToParse: parsePerSecond / perSecond };
}
