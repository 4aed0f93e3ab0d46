/**
 * Which transcript of a gene a junction is read on, when the input names the gene but no
 * transcript. The default transcript (first in the source: MANE Select, or the documented
 * rule of the pack) is used whenever the junction fits it. An RNA junction is moved to
 * another transcript only when
 *   - it lies outside the default transcript but inside another one, or
 *   - it falls inside an exon or intron of the default but exactly on an exon boundary
 *     (a splice site) of another transcript: callers report junctions at splice sites;
 * a DNA break is moved only when it lies outside the default transcript. Candidates are
 * taken in the source's order, which is the ranking: MANE Select, MANE Plus Clinical,
 * coding transcripts by CDS length (longest first), then non-coding ones.
 */
import { exonFirstBase, exonLastBase, locate } from './coordinates';
import { findJunction } from './partner';
import type { Evidence, PartnerInput, Side, TranscriptChoice, TranscriptRecord } from './types';

const chromName = (c: string): string => {
  const n = c.replace(/^chr/i, '').toUpperCase();
  return `chr${n === 'MT' ? 'M' : n}`;
};

/** True when pos is a splice-site end of an exon of t on this side (5': exon end; 3': exon start). */
function onBoundary(t: TranscriptRecord, side: Side, pos: number): boolean {
  const where = locate(t, pos);
  if (where.exon === null) return false;
  return side === 'fivePrime' ? pos === exonLastBase(t, where.exon) : pos === exonFirstBase(t, where.exon);
}

/** Where pos lies on t, as the object of "lies …": `in exon 3 of NM_x`, `upstream of NM_x`. */
function describe(t: TranscriptRecord, pos: number, what = t.accession): string {
  const w = locate(t, pos);
  if (w.exon !== null) return `in exon ${w.exon} of ${what}`;
  if (w.intron !== null) return `in intron ${w.intron} of ${what}`;
  return `${w.region === 'upstream' ? 'upstream' : 'downstream'} of ${what}`;
}

export function chooseTranscript(
  list: readonly TranscriptRecord[],
  input: PartnerInput,
  side: Side,
  evidence: Evidence,
): { transcript: TranscriptRecord; choice: TranscriptChoice | null } {
  const def = list[0]!;
  const bp = input.breakpoint;
  if (!bp || list.length < 2) return { transcript: def, choice: null };
  const chrom = chromName(bp.chrom);
  // Position alone decides; an exon number given with it is checked afterwards on the chosen transcript.
  const located: PartnerInput = { ...input, exon: undefined, offset: undefined, segment: undefined };
  const fits = (t: TranscriptRecord) => t.chrom === chrom && findJunction(t, located, side, evidence).ok;
  const at = `${chrom}:${bp.pos}`;
  const pick = (t: TranscriptRecord, reason: string) => ({
    transcript: t,
    choice: { accession: t.accession, defaultAccession: def.accession, reason },
  });
  const defFits = fits(def);
  if (evidence === 'rna') {
    if (defFits && onBoundary(def, side, bp.pos)) return { transcript: def, choice: null };
    const spliced = list.filter((t) => t !== def && fits(t) && onBoundary(t, side, bp.pos));
    const best = spliced[0];
    if (best) {
      const end = side === 'fivePrime' ? 'end' : 'start';
      return pick(best, `the junction ${at} lies ${describe(def, bp.pos, `the default ${def.accession}`)}${defFits ? ', not at a splice site,' : ''} but on the ${end} of exon ${locate(best, bp.pos).exon} of ${best.accession}${defFits ? ', a splice site' : ''}`);
    }
  }
  if (defFits) return { transcript: def, choice: null };
  const other = list.find((t) => t !== def && fits(t));
  if (!other) return { transcript: def, choice: null };
  return pick(other, `the ${evidence === 'rna' ? 'junction' : 'break'} ${at} lies ${describe(def, bp.pos, `the default ${def.accession}`)}, but ${describe(other, bp.pos)}`);
}
