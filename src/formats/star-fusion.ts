/**
 * STAR-Fusion `star-fusion.fusion_predictions.abridged.tsv` (also `.coding_effect` and the
 * FusionInspector `finspector.FusionInspector.fusions.abridged` outputs), read by header name.
 *
 *   #FusionName JunctionReadCount SpanningFragCount SpliceType LeftGene LeftBreakpoint RightGene RightBreakpoint …
 *   KIF5B--RET 286 27 ONLY_REF_SPLICE KIF5B^ENSG00000170759.10 chr10:32017143:- RET^ENSG00000165731.18 chr10:43114480:+ …
 *   (star-fusion/fusor-star-fusion.fusion_predictions.abridged.tsv, from cancervariants/fusor)
 *
 * With --examine_coding_effect: CDS_LEFT_ID CDS_LEFT_RANGE CDS_RIGHT_ID CDS_RIGHT_RANGE PROT_FUSION_TYPE
 * FUSION_MODEL FUSION_CDS FUSION_TRANSL (FUSION_CDS is lowercase for the 5' part, so the case change is
 * the junction). FusionInspector adds LeftLocalBreakpoint and FAF_left/FAF_right (fusion allele fraction).
 * Left is the 5' partner; the strand after the position is the gene's, which the fusion reads.
 */
import type { CallerFile, CallerRow } from './caller-types';
import { compact, frameCall, list, num, partnerInput, range, readBreakpoint, RowIssues, tsvRows, type Cells } from './table';

export const STAR_FUSION_HEAD = /^#FusionName\t/;

/** `RP11-9L18.2^ENSG00000215835.2` → `RP11-9L18.2`. */
const symbol = (name: string | undefined) => name?.split('^')[0];

/** Marks the junction of FUSION_CDS where lowercase (5') turns to uppercase (3'). */
export function markCaseJunction(seq: string | undefined): string | undefined {
  if (!seq) return undefined;
  const m = /^([a-z]+)([A-Z].*)$/.exec(seq);
  return m ? `${m[1]}|${m[2]}` : seq;
}

function readRow(cells: Cells, caller: string): CallerRow {
  const issues = new RowIssues();
  const left = issues.need(cells, 'LeftGene');
  const right = issues.need(cells, 'RightGene');
  const lb = issues.need(cells, 'LeftBreakpoint');
  const rb = issues.need(cells, 'RightBreakpoint');
  const bp5 = lb === undefined ? undefined : readBreakpoint(lb, 'LeftBreakpoint', issues);
  const bp3 = rb === undefined ? undefined : readBreakpoint(rb, 'RightBreakpoint', issues);
  const junction = num(cells, 'JunctionReadCount', issues);
  const spanning = num(cells, 'SpanningFragCount', issues);
  const ffpm = num(cells, 'FFPM', issues) ?? num(cells, 'J_FFPM', issues);
  const fafLeft = num(cells, 'FAF_left', issues);
  const fafRight = num(cells, 'FAF_right', issues);
  const genes = { fivePrime: left, threePrime: right };
  if (issues.list.length > 0 || !bp5 || !bp3) return { line: cells.line, issues: issues.list, evidence: { caller, format: 'star-fusion', line: cells.line, genes } };
  const cdsLeft = cells.get('CDS_LEFT_ID');
  const cdsRight = cells.get('CDS_RIGHT_ID');
  return {
    line: cells.line,
    input: { fivePrime: partnerInput(symbol(left), bp5), threePrime: partnerInput(symbol(right), bp3), evidence: 'rna' },
    evidence: compact({
      caller,
      format: 'star-fusion' as const,
      line: cells.line,
      lines: [cells.line],
      nature: 'rna' as const,
      genes,
      splitReads: junction,
      spanningPairs: spanning,
      fraction: fafLeft !== undefined || fafRight !== undefined ? compact({ fivePrime: fafLeft, threePrime: fafRight }) : undefined,
      score: ffpm,
      tags: list(cells.get('annots')?.replace(/^\[|\]$/g, '').replace(/"/g, '')),
      transcripts: cdsLeft || cdsRight ? compact({ fivePrime: cdsLeft, threePrime: cdsRight }) : undefined,
      frame: frameCall(cells.get('PROT_FUSION_TYPE'), /^INFRAME$/, /^FRAMESHIFT$/),
      codingRanges: cells.get('CDS_LEFT_RANGE') || cells.get('CDS_RIGHT_RANGE')
        ? compact({ fivePrime: range(cells.get('CDS_LEFT_RANGE')), threePrime: range(cells.get('CDS_RIGHT_RANGE')) })
        : undefined,
      junctionSequence: markCaseJunction(cells.get('FUSION_CDS')),
      peptide: cells.get('FUSION_TRANSL'),
      type: cells.get('SpliceType'),
    }),
    warnings: [],
  };
}

export function readStarFusion(text: string): CallerFile {
  const t = tsvRows(text);
  const caller = t.index.has('LeftLocalBreakpoint') ? 'FusionInspector' : 'STAR-Fusion';
  return { format: 'star-fusion', caller, rows: t.rows.map((c) => readRow(c, caller)) };
}
