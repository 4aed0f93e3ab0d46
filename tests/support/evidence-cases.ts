/**
 * Caller rows drawn with their evidence and junction sequence, for layout tests and snapshots:
 * real rows of ../shared/callers resolved against the bundled packs, their SequenceCall computed by
 * the model from the caller's own sequence (src/model/sequence-caller.ts).
 */
import { defaultAnnotation } from '../../src/annotation/bundled';
import type { FigureEvidence } from '../../src/layout/types';
import type { Assembly, Fusion } from '../../src/model/types';
import { resolveCallerFile, type ResolvedCallerRow } from '../../src/rows';
import { readFixture } from './callers';

export interface EvidenceCase {
  readonly key: string;
  readonly row: ResolvedCallerRow;
  /** The row's fusion with its SequenceCall. */
  readonly fusion: Fusion;
  readonly evidence: FigureEvidence;
}

const ROWS: readonly { key: string; file: string; assembly: Assembly; line: number }[] = [
  // In frame, Arriba's reading_frame and peptide given: the drawn peptide must agree with it.
  { key: 'arriba-bcr-abl1', file: 'arriba/arriba-test-bcr-abl1.tsv', assembly: 'GRCh37', line: 2 },
  // Out of frame, both agree; a stop 3 codons after the junction in FusionCatcher's sequence.
  { key: 'fusioncatcher-rmnd5a-anapc1', file: 'fusioncatcher/fusor-final-list_candidate-fusion-genes.txt', assembly: 'GRCh38', line: 80 },
  // FusionCatcher calls in-frame, fusion-viz computes out-of-frame: the figure says both.
  { key: 'fusioncatcher-smg1-npipb5', file: 'fusioncatcher/fusor-final-list_candidate-fusion-genes.txt', assembly: 'GRCh38', line: 38 },
];

let cached: EvidenceCase[] | undefined;

export function evidenceCases(): readonly EvidenceCase[] {
  cached ??= ROWS.map((c) => {
    const file = readFixture(c.file);
    const row = resolveCallerFile({ ...file, rows: file.rows.filter((r) => r.line === c.line) }, defaultAnnotation(c.assembly), { assembly: c.assembly })[0]!;
    if (!row.fusion) throw new Error(`${c.file} line ${c.line} does not resolve: ${JSON.stringify(row.issues)}`);
    if (!row.fusion.sequence) throw new Error(`${c.file} line ${c.line}: the model gave no sequence for the caller's sequence`);
    return { key: c.key, row, fusion: row.fusion, evidence: { support: row.support, ...(row.frame?.note ? { frameNote: row.frame.note } : {}) } };
  });
  return cached;
}

export const evidenceCase = (key: string): EvidenceCase => evidenceCases().find((c) => c.key === key)!;
