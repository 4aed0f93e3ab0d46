/**
 * Arriba `fusions.tsv` (v1 and v2): columns are read by header name, never by position.
 *
 *   #gene1 gene2 strand1(gene/fusion) strand2(gene/fusion) breakpoint1 breakpoint2 site1 site2 type
 *   split_reads1 split_reads2 discordant_mates coverage1 coverage2 confidence reading_frame … transcript_id1
 *   transcript_id2 … filters fusion_transcript peptide_sequence …
 *   BCR ABL1 +/+ +/+ 22:23632600 9:133729451 CDS/splice-site CDS/splice-site translocation 4 7 0 4 12 high
 *   in-frame … ENST00000305877.8 ENST00000372348.2 … . AGCTTC…|AAGCCC… SFSLTS…|kALQRP…
 *   (arriba/arriba-test-bcr-abl1.tsv, from suhrig/arriba test/fusions.tsv)
 *
 * gene1 is the 5' partner (Arriba orders them by read strand and splicing). The strand after `/`
 * is the strand the fusion transcribes at that breakpoint; `.` there means Arriba could not tell,
 * and the row keeps gene1 as 5' with a warning. Intergenic partners (`GENE1(1234),GENE2(5678)`) are
 * left unnamed here and placed by the resolver. Older v1 files name split reads `split_reads`.
 */
import type { CallerFile, CallerRow } from './caller-types';
import { show } from './common';
import { compact, frameCall, list, num, partnerInput, readBreakpoint, RowIssues, tsvRows, type Cells } from './table';

export const ARRIBA_HEAD = /^#gene1\tgene2\t/;

function strands(cells: Cells, k: 1 | 2, issues: RowIssues): [string | undefined, string | undefined] {
  const column = `strand${k}(gene/fusion)`;
  const v = cells.get(column, `strand${k}`);
  if (v === undefined) return [undefined, undefined];
  const m = /^([+\-.])(?:\/([+\-.]))?$/.exec(v);
  if (!m) return issues.add(column, 'invalid-value', `${column} must look like +/+ (gene strand/fusion strand), got ${show(v)}`), [undefined, undefined];
  return [m[1], m[2] ?? m[1]];
}

function readRow(cells: Cells): CallerRow {
  const issues = new RowIssues();
  const warnings: string[] = [];
  const gene1 = issues.need(cells, 'gene1');
  const gene2 = issues.need(cells, 'gene2');
  const [, fusion1] = strands(cells, 1, issues);
  const [, fusion2] = strands(cells, 2, issues);
  const b1 = issues.need(cells, 'breakpoint1');
  const b2 = issues.need(cells, 'breakpoint2');
  const bp1 = b1 === undefined ? undefined : readBreakpoint(b1, 'breakpoint1', issues, fusion1);
  const bp2 = b2 === undefined ? undefined : readBreakpoint(b2, 'breakpoint2', issues, fusion2);
  if (fusion1 === '.' || fusion2 === '.') warnings.push("Arriba could not tell the fusion's strand: gene1 is taken as the 5' partner");
  const split1 = num(cells, 'split_reads1', issues);
  const split2 = num(cells, 'split_reads2', issues);
  const splitOld = num(cells, 'split_reads', issues);
  const discordant = num(cells, 'discordant_mates', issues);
  const cov1 = num(cells, 'coverage1', issues);
  const cov2 = num(cells, 'coverage2', issues);
  const genes = { fivePrime: gene1, threePrime: gene2 };
  if (issues.list.length > 0 || !bp1 || !bp2) return { line: cells.line, issues: issues.list, evidence: { caller: 'Arriba', format: 'arriba', line: cells.line, genes } };
  const splitReads = split1 !== undefined || split2 !== undefined ? (split1 ?? 0) + (split2 ?? 0) : splitOld;
  // Per side: the reads anchored there (its split reads + the discordant mates) over its coverage.
  const fraction = (split?: number, cov?: number) => (cov && cov > 0 && split !== undefined ? (split + (discordant ?? 0)) / cov : undefined);
  return {
    line: cells.line,
    input: { fivePrime: partnerInput(gene1, bp1), threePrime: partnerInput(gene2, bp2), evidence: 'rna' },
    evidence: compact({
      caller: 'Arriba',
      format: 'arriba' as const,
      line: cells.line,
      lines: [cells.line],
      nature: 'rna' as const,
      genes,
      splitReads,
      splitReadsPerPartner: split1 !== undefined || split2 !== undefined ? { fivePrime: split1, threePrime: split2 } : undefined,
      spanningPairs: discordant,
      coverage: cov1 !== undefined || cov2 !== undefined ? compact({ fivePrime: cov1, threePrime: cov2 }) : undefined,
      fraction: cov1 !== undefined && cov2 !== undefined ? compact({ fivePrime: fraction(split1, cov1), threePrime: fraction(split2, cov2) }) : undefined,
      confidence: cells.get('confidence'),
      filters: list(cells.get('filters')),
      tags: list(cells.get('tags')),
      transcripts: cells.get('transcript_id1') || cells.get('transcript_id2') ? compact({ fivePrime: cells.get('transcript_id1'), threePrime: cells.get('transcript_id2') }) : undefined,
      frame: frameCall(cells.get('reading_frame'), /^in-frame$/, /^out-of-frame$/),
      junctionSequence: cells.get('fusion_transcript'),
      peptide: cells.get('peptide_sequence'),
      sites: compact({ fivePrime: cells.get('site1'), threePrime: cells.get('site2') }),
      type: cells.get('type'),
    }),
    warnings,
  };
}

export function readArriba(text: string): CallerFile {
  return { format: 'arriba', caller: 'Arriba', rows: tsvRows(text).rows.map(readRow) };
}
