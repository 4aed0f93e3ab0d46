/**
 * DRAGEN RNA `*.fusion_candidates.final` (tab-separated, header by name).
 *
 *   #FusionGene Score LeftBreakpoint RightBreakpoint ReadNames
 *   EWSR1--FLI1 21 chr22:29287134:+ chr11:128807180:+ K00113:172:H337GBBXY:5:1104:12063:18740;…
 *   (dragen/fusion-report-dragen.tsv, from Clinical-Genomics/fusion-report)
 *
 * The gene before `--` is 5'. Newer DRAGEN versions add NumSplitReads, NumSoftClippedReads,
 * NumPairedReads, Filter and Transcript1/2; they are read when present. ReadNames only lists the
 * supporting reads, so its count is reported as named reads, not as split or paired reads.
 */
import type { CallerFile, CallerRow } from './caller-types';
import { compact, list, num, partnerInput, readBreakpoint, RowIssues, tsvRows, type Cells } from './table';
import { show } from './common';

export const DRAGEN_HEAD = /^#FusionGene\t/;

function readRow(cells: Cells): CallerRow {
  const issues = new RowIssues();
  const name = issues.need(cells, 'FusionGene');
  const genes = name?.split('--');
  if (name !== undefined && genes?.length !== 2) issues.add('FusionGene', 'invalid-value', `FusionGene must name two genes as GENE1--GENE2, got ${show(name)}`);
  const lb = issues.need(cells, 'LeftBreakpoint');
  const rb = issues.need(cells, 'RightBreakpoint');
  const bp5 = lb === undefined ? undefined : readBreakpoint(lb, 'LeftBreakpoint', issues);
  const bp3 = rb === undefined ? undefined : readBreakpoint(rb, 'RightBreakpoint', issues);
  const score = num(cells, 'Score', issues);
  const split = num(cells, 'NumSplitReads', issues);
  const paired = num(cells, 'NumPairedReads', issues);
  const g = { fivePrime: genes?.[0], threePrime: genes?.[1] };
  if (issues.list.length > 0 || !bp5 || !bp3) return { line: cells.line, issues: issues.list, evidence: { caller: 'DRAGEN', format: 'dragen', line: cells.line, genes: g } };
  const t1 = cells.get('Transcript1');
  const t2 = cells.get('Transcript2');
  return {
    line: cells.line,
    input: { fivePrime: partnerInput(g.fivePrime, bp5), threePrime: partnerInput(g.threePrime, bp3), evidence: 'rna' },
    evidence: compact({
      caller: 'DRAGEN',
      format: 'dragen' as const,
      line: cells.line,
      lines: [cells.line],
      nature: 'rna' as const,
      genes: g,
      splitReads: split,
      spanningPairs: paired,
      namedReads: list(cells.get('ReadNames'), ';')?.length,
      score,
      filters: list(cells.get('Filter'), ';'),
      transcripts: t1 || t2 ? compact({ fivePrime: t1, threePrime: t2 }) : undefined,
    }),
    warnings: [],
  };
}

export function readDragen(text: string): CallerFile {
  return { format: 'dragen', caller: 'DRAGEN', rows: tsvRows(text).rows.map(readRow) };
}
