/**
 * CICERO `final_fusions.txt` (tab-separated, header by name).
 *
 *   sample geneA chrA posA ortA featureA geneB chrB posB ortB featureB sv_ort readsA readsB … coverageA coverageB
 *   ratioA ratioB … contig type score rating medal functional effect frame sv_refseqA … sv_refseqA_contig_index
 *   sv_refseqB … sv_refseqB_contig_index sv_AA …
 *   test TCF3 chr19 1619111 - coding PBX1 chr1 164792494 + coding > 62 78 … 1145 1756 0.380 0.770 … CCTCGC…
 *   CTX 5802.00 HQ 4 Fusion 1,1,… NM_001136139,… 96,… NM_001204961,… 97,… LAGSTSLMHNHAALPSQ…
 *   (cicero/cicero-test-final_fusions.txt, from stjude/CICERO test/data/output)
 *
 * geneA is 5' when sv_ort is `>` (CICERO is confident of the orientation); `?` keeps A as 5' with a
 * warning. ortA/ortB are the strands the fusion reads. The per-transcript lists (frame, sv_refseqA…)
 * are read at their first entry, CICERO's preferred pair. frame `1` is read as in-frame and `0` as
 * out-of-frame (TCF3::PBX1 here, a known in-frame fusion, has 1); other codes are kept raw.
 * contig_index A/B mark the junction of the contig.
 */
import type { CallerFile, CallerRow } from './caller-types';
import { show } from './common';
import { compact, frameCall, num, partnerInput, readBreakpoint, RowIssues, tsvRows, type Cells } from './table';

export const CICERO_HEAD = /^(?:sample\t)?geneA\tchrA\tposA\tortA\t/;

const first = (v: string | undefined) => v?.split(',')[0] || undefined;

function contigWithJunction(contig: string | undefined, a: string | undefined, b: string | undefined): string | undefined {
  const ia = Number(first(a));
  const ib = Number(first(b));
  if (!contig || !Number.isInteger(ia) || ib !== ia + 1 || ia < 1 || ia >= contig.length) return contig;
  return `${contig.slice(0, ia)}|${contig.slice(ia)}`;
}

function readRow(cells: Cells): CallerRow {
  const issues = new RowIssues();
  const warnings: string[] = [];
  const geneA = issues.need(cells, 'geneA');
  const geneB = issues.need(cells, 'geneB');
  const side = (k: 'A' | 'B') => {
    const chrom = issues.need(cells, `chr${k}`);
    const pos = issues.need(cells, `pos${k}`);
    return chrom === undefined || pos === undefined ? undefined : readBreakpoint(`${chrom}:${pos}`, `chr${k}/pos${k}`, issues, cells.raw(`ort${k}`)?.trim());
  };
  const bp5 = side('A');
  const bp3 = side('B');
  const readsA = num(cells, 'readsA', issues);
  const readsB = num(cells, 'readsB', issues);
  const covA = num(cells, 'coverageA', issues);
  const covB = num(cells, 'coverageB', issues);
  const ratioA = num(cells, 'ratioA', issues);
  const ratioB = num(cells, 'ratioB', issues);
  const score = num(cells, 'score', issues);
  const genes = { fivePrime: geneA, threePrime: geneB };
  if (issues.list.length > 0 || !bp5 || !bp3) return { line: cells.line, issues: issues.list, evidence: { caller: 'CICERO', format: 'cicero', line: cells.line, genes } };
  if (cells.get('sv_ort') !== '>') warnings.push(`CICERO is not sure of the orientation (sv_ort ${show(cells.raw('sv_ort') ?? '')}): geneA is taken as the 5' partner`);
  const ta = first(cells.get('sv_refseqA'));
  const tb = first(cells.get('sv_refseqB'));
  return {
    line: cells.line,
    input: { fivePrime: partnerInput(geneA, bp5), threePrime: partnerInput(geneB, bp3), evidence: 'rna' },
    evidence: compact({
      caller: 'CICERO',
      format: 'cicero' as const,
      line: cells.line,
      lines: [cells.line],
      nature: 'rna' as const,
      genes,
      splitReads: readsA !== undefined || readsB !== undefined ? (readsA ?? 0) + (readsB ?? 0) : undefined,
      splitReadsPerPartner: compact({ fivePrime: readsA, threePrime: readsB }),
      coverage: covA !== undefined || covB !== undefined ? compact({ fivePrime: covA, threePrime: covB }) : undefined,
      fraction: ratioA !== undefined || ratioB !== undefined ? compact({ fivePrime: ratioA, threePrime: ratioB }) : undefined,
      confidence: cells.get('rating'),
      score,
      tags: cells.get('medal') ? [`medal ${cells.get('medal')}`] : undefined,
      transcripts: ta || tb ? compact({ fivePrime: ta, threePrime: tb }) : undefined,
      frame: frameCall(first(cells.get('frame')), /^1$/, /^0$/),
      junctionSequence: contigWithJunction(cells.get('contig'), cells.get('sv_refseqA_contig_index'), cells.get('sv_refseqB_contig_index')),
      peptide: first(cells.get('sv_AA')),
      sites: compact({ fivePrime: cells.get('featureA'), threePrime: cells.get('featureB') }),
      type: cells.get('type'),
    }),
    warnings,
  };
}

export function readCicero(text: string): CallerFile {
  return { format: 'cicero', caller: 'CICERO', rows: tsvRows(text).rows.map(readRow) };
}
