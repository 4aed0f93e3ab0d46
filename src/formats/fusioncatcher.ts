/**
 * FusionCatcher `final-list_candidate-fusion-genes.txt` (tab-separated, header by name).
 *
 *   Gene_1_symbol(5end_fusion_partner) Gene_2_symbol(3end_fusion_partner) Fusion_description
 *   Counts_of_common_mapping_reads Spanning_pairs Spanning_unique_reads Longest_anchor_found Fusion_finding_method
 *   Fusion_point_for_gene_1(5end_fusion_partner) Fusion_point_for_gene_2(3end_fusion_partner) Gene_1_id… Gene_2_id…
 *   Exon_1_id… Exon_2_id… Fusion_sequence Predicted_effect
 *   EML4 ALK known,…,exon-exon 39165 545 27 30 BOWTIE;BOWTIE+STAR 2:42295516:+ 2:29223528:- ENSG00000143924
 *   ENSG00000171094 ENSE00003554806 ENSE00001154407 AGCAAAACTACTGTAGAGCCCACACCTGGGAAAGGACCTAAAG*TGTACC… in-frame
 *   (fusioncatcher/fusor-fusion_catcher_test.txt, from cancervariants/fusor)
 *
 * Spanning_unique_reads are junction (split) reads, Spanning_pairs are read pairs; `*` marks the
 * junction of Fusion_sequence. Fusion_description words (known, banned, healthy, …) are kept as tags.
 */
import type { CallerFile, CallerRow } from './caller-types';
import { compact, frameCall, list, num, partnerInput, readBreakpoint, RowIssues, tsvRows, type Cells } from './table';

export const FUSIONCATCHER_HEAD = /^Gene_1_symbol\(5end_fusion_partner\)\t/;

const G1 = 'Gene_1_symbol(5end_fusion_partner)';
const G2 = 'Gene_2_symbol(3end_fusion_partner)';
const P1 = 'Fusion_point_for_gene_1(5end_fusion_partner)';
const P2 = 'Fusion_point_for_gene_2(3end_fusion_partner)';

function readRow(cells: Cells): CallerRow {
  const issues = new RowIssues();
  const gene1 = issues.need(cells, G1);
  const gene2 = issues.need(cells, G2);
  const p1 = issues.need(cells, P1);
  const p2 = issues.need(cells, P2);
  const bp5 = p1 === undefined ? undefined : readBreakpoint(p1, P1, issues);
  const bp3 = p2 === undefined ? undefined : readBreakpoint(p2, P2, issues);
  const pairs = num(cells, 'Spanning_pairs', issues);
  const unique = num(cells, 'Spanning_unique_reads', issues);
  const genes = { fivePrime: gene1, threePrime: gene2 };
  if (issues.list.length > 0 || !bp5 || !bp3) return { line: cells.line, issues: issues.list, evidence: { caller: 'FusionCatcher', format: 'fusioncatcher', line: cells.line, genes } };
  return {
    line: cells.line,
    input: { fivePrime: partnerInput(gene1, bp5), threePrime: partnerInput(gene2, bp3), evidence: 'rna' },
    evidence: compact({
      caller: 'FusionCatcher',
      format: 'fusioncatcher' as const,
      line: cells.line,
      lines: [cells.line],
      nature: 'rna' as const,
      genes,
      splitReads: unique,
      spanningPairs: pairs,
      tags: list(cells.get('Fusion_description')),
      frame: frameCall(cells.get('Predicted_effect'), /^in-frame$/, /^out-of-frame$/),
      junctionSequence: cells.get('Fusion_sequence')?.replace('*', '|'),
      type: cells.get('Predicted_effect'),
    }),
    warnings: [],
  };
}

export function readFusionCatcher(text: string): CallerFile {
  return { format: 'fusioncatcher', caller: 'FusionCatcher', rows: tsvRows(text).rows.map(readRow) };
}
