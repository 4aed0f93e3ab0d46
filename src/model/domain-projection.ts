/**
 * Domains are annotated on one RefSeq protein per gene. This maps them onto any other
 * transcript of the gene through the genome, as Arriba does with genomic domain annotation:
 *
 * 1. the domain's residues s–e on the reference protein are its coding bases c.(3s−2)…c.(3e)
 *    of the reference transcript, i.e. a set of genomic intervals;
 * 2. those bases that are coding in the other transcript *and read in the same frame there*
 *    (same codon position) are the domain's bases on that isoform;
 * 3. the domain is whole on the isoform when every base maps, in frame and contiguously; partly
 *    kept (an exon skipped, a different start or end) when some do; absent when none do, and
 *    then listed among `otherDomains` with the reason.
 */
import type { DomainRecord, TranscriptRecord } from './types';

interface CdsSegment {
  readonly lo: number;
  readonly hi: number;
  /** c. of the segment's first base along transcription. */
  readonly c0: number;
}

function cdsSegments(t: Pick<TranscriptRecord, 'exons' | 'strand' | 'cdsStart' | 'cdsEnd'>): CdsSegment[] {
  if (t.cdsStart === null || t.cdsEnd === null) return [];
  const out: CdsSegment[] = [];
  let c = 1;
  for (const e of t.exons) {
    const lo = Math.max(e[0], t.cdsStart);
    const hi = Math.min(e[1], t.cdsEnd);
    if (lo > hi) continue;
    out.push({ lo, hi, c0: c });
    c += hi - lo + 1;
  }
  return out;
}

/** c. of genomic base g inside segment s. */
const cAt = (s: CdsSegment, g: number, plus: boolean): number => s.c0 + (plus ? g - s.lo : s.hi - g);

export type Projection = 'whole' | 'partial';

export interface ProjectedDomains {
  readonly domains: DomainRecord[];
  readonly other: DomainRecord[];
}

/** Residue range of one hit on the target, or null when no base maps in frame. */
export function projectRange(
  ref: Pick<TranscriptRecord, 'exons' | 'strand' | 'cdsStart' | 'cdsEnd'>,
  target: Pick<TranscriptRecord, 'exons' | 'strand' | 'cdsStart' | 'cdsEnd'>,
  start: number,
  end: number,
): { start: number; end: number; whole: boolean } | null {
  return projectOnSegments(ref.strand === '+', cdsSegments(ref), cdsSegments(target), start, end);
}

/** projectRange on the two transcripts' CDS segments (projectDomains makes them once for all hits). */
function projectOnSegments(plus: boolean, refSegs: readonly CdsSegment[], tgtSegs: readonly CdsSegment[], start: number, end: number): { start: number; end: number; whole: boolean } | null {
  const c1 = 3 * start - 2;
  const c2 = 3 * end;
  let mapped = 0;
  let minC = Infinity;
  let maxC = -Infinity;
  // Indexed loops: this runs for every hit on every transcript of a gene read, mostly while cold.
  for (let i = 0; i < refSegs.length; i++) {
    const r = refSegs[i]!;
    // Genomic part of this reference segment inside the domain's c. range.
    const rc1 = r.c0;
    const rc2 = r.c0 + (r.hi - r.lo);
    const from = Math.max(c1, rc1);
    const to = Math.min(c2, rc2);
    if (from > to) continue;
    const gA = plus ? r.lo + (from - rc1) : r.hi - (to - rc1);
    const gB = plus ? r.lo + (to - rc1) : r.hi - (from - rc1);
    for (let k = 0; k < tgtSegs.length; k++) {
      const s = tgtSegs[k]!;
      const lo = Math.max(gA, s.lo);
      const hi = Math.min(gB, s.hi);
      if (lo > hi) continue;
      if ((cAt(r, lo, plus) - cAt(s, lo, plus)) % 3 !== 0) continue;
      mapped += hi - lo + 1;
      const ca = cAt(s, lo, plus);
      const cb = cAt(s, hi, plus);
      minC = Math.min(minC, ca, cb);
      maxC = Math.max(maxC, ca, cb);
    }
  }
  if (mapped === 0) return null;
  const length = c2 - c1 + 1;
  return { start: Math.ceil(minC / 3), end: Math.ceil(maxC / 3), whole: mapped === length && maxC - minC + 1 === length };
}

/**
 * The reference protein's hits (display ones without `dropped`) placed on `target`.
 * On the reference transcript itself they are returned unchanged.
 */
export function projectDomains(ref: TranscriptRecord | Omit<TranscriptRecord, 'domains' | 'otherDomains' | 'provenance'>, hits: readonly DomainRecord[], target: typeof ref): ProjectedDomains {
  const domains: DomainRecord[] = [];
  const other: DomainRecord[] = [];
  const same = ref === target || (ref.accession === target.accession && ref.chrom === target.chrom);
  const refSegs = same ? [] : cdsSegments(ref);
  const tgtSegs = same ? [] : cdsSegments(target);
  for (const h of hits) {
    if (same) {
      (h.dropped ? other : domains).push(h);
      continue;
    }
    const p = projectOnSegments(ref.strand === '+', refSegs, tgtSegs, h.start, h.end);
    if (!p) {
      other.push({ ...h, dropped: `not on ${target.accession}: none of residues ${h.start}-${h.end} of ${ref.proteinAccession ?? ref.accession} is coded in frame by this isoform` });
      continue;
    }
    const moved: DomainRecord = {
      ...h,
      start: p.start,
      end: p.end,
      source: `${h.source}, projected from ${ref.proteinAccession ?? ref.accession} ${h.start}-${h.end}${p.whole ? '' : ' (partly coded by this isoform)'}`,
    };
    (h.dropped ? other : domains).push(moved);
  }
  return { domains, other };
}
