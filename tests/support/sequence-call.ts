/**
 * SequenceCall fixtures for layout tests, derived from real caller rows (until the model computes
 * them, src/model/sequence.ts): the caller's fusion transcript around `|`, read in the frame the
 * fusion model computed (its 5' coding nt), translated with the standard genetic code. Nothing
 * here types a sequence: every base comes from a file in ../shared/callers.
 */
import type { ResolvedCallerRow } from '../../src/rows';
import type { Fusion, SequenceCall } from '../../src/model/types';

const BASES = 'TCAG';
/** The standard genetic code in TCAG order (codon TTT first, GGG last). */
const CODE = 'FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG';
const translate = (codon: string) => {
  const i = [...codon].map((b) => BASES.indexOf(b));
  return i.some((k) => k < 0) ? 'X' : CODE[i[0]! * 16 + i[1]! * 4 + i[2]!]!;
};

/** The contiguous sequence either side of the junction (Arriba `___` splice marks dropped, cut at a `...` gap). */
function sides(junctionSequence: string): [string, string] {
  const [left = '', right = ''] = junctionSequence.toUpperCase().split('|');
  const clean = (s: string) => s.replace(/_+/g, '');
  return [clean(left.split('...').pop()!), clean(right.split('...')[0]!)];
}

/**
 * The SequenceCall the model would give for this caller row: up to `each` nt each side of the
 * junction, codons in the fusion's frame, the first stop after the junction searched in all the
 * caller's sequence after it.
 */
export function sequenceCallFromRow(row: ResolvedCallerRow, each = 30, source = `${row.caller} ${({ arriba: 'fusion_transcript', fusioncatcher: 'Fusion_sequence', 'star-fusion': 'FUSION_CDS', cicero: 'contig' } as Record<string, string>)[row.format] ?? 'sequence'}`): SequenceCall {
  const f = row.fusion!;
  const [left, right] = sides(row.evidence!.junctionSequence!);
  return sequenceCallFrom(f, left, right, each, source, row.evidence?.peptide);
}

export function sequenceCallFrom(f: Fusion, left: string, right: string, each: number, source: string, peptide?: string): SequenceCall {
  const fivePrime = left.slice(-each);
  const inserted = '';
  const threePrime = right.slice(0, each);
  const window = fivePrime + inserted + threePrime;
  const c5 = f.diagnostics.fivePrimeCodingNt;
  const phase = c5 === null ? null : ((((c5 - fivePrime.length) % 3) + 3) % 3 as 0 | 1 | 2);
  const codons: { start: number; aa: string }[] = [];
  let stop: SequenceCall['stop'] = null;
  if (phase !== null) {
    const first = (3 - phase) % 3;
    for (let i = first; i + 3 <= window.length; i += 3) codons.push({ start: i, aa: translate(window.slice(i, i + 3)) });
    // The first stop after the junction, in all the sequence the caller gives after it.
    const all = left + inserted + right;
    const jAll = left.length + inserted.length;
    const firstAll = ((3 - ((((c5! - left.length) % 3) + 3) % 3)) % 3);
    // The codon holding the junction's last 5' (or inserted) base; a stop in it counts as 0 codons after.
    const junctionCodon = Math.floor((jAll - 1 - firstAll) / 3);
    for (let i = firstAll, k = 0; i + 3 <= all.length; i += 3, k++) {
      if (i + 3 <= jAll) continue;
      if (translate(all.slice(i, i + 3)) === '*') {
        stop = { codonsAfterJunction: Math.max(0, k - junctionCodon - 1), proteinLength: f.fivePrime.residues ? (c5! - left.length + i) / 3 : null };
        break;
      }
    }
  }
  const translated = codons.map((c) => c.aa).join('');
  const pep = peptide?.replace(/\|/g, '').toUpperCase();
  return {
    origin: 'caller',
    source,
    fivePrime,
    inserted,
    threePrime,
    phase,
    codons,
    stop,
    coveredAfterJunction: right.length,
    coversUnchecked: true,
    callerPeptide: pep ? { peptide: peptide!, agrees: pep.includes(translated.split('*')[0]!) } : null,
    notes: [],
  };
}
