/**
 * The one place that converts between coordinate systems (conventions in types.ts):
 * genome (1-based inclusive, forward strand) ↔ transcript nt (tx) ↔ CDS nt (c.) ↔ residue.
 * Everything "before/after" here is along the direction of transcription.
 */
import type { Region, TranscriptRecord } from './types';

// Exons are read by index, not destructured: these run for every exon of every transcript pair a
// row is tried with, and `[lo, hi] = exon` walks an iterator (allocating) until the code is optimised.

/** Genomic position of the first base (along transcription) of exon n (1-based). */
export function exonFirstBase(t: TranscriptRecord, n: number): number {
  const e = t.exons[n - 1]!;
  return t.strand === '+' ? e[0] : e[1];
}

/** Genomic position of the last base (along transcription) of exon n. */
export function exonLastBase(t: TranscriptRecord, n: number): number {
  const e = t.exons[n - 1]!;
  return t.strand === '+' ? e[1] : e[0];
}

export function exonLength(t: TranscriptRecord, n: number): number {
  const e = t.exons[n - 1]!;
  return e[1] - e[0] + 1;
}

/** The genomic position k nt downstream (k > 0) or upstream (k < 0) of g, along transcription. */
export function stepAlong(t: TranscriptRecord, g: number, k: number): number {
  return t.strand === '+' ? g + k : g - k;
}

/** Signed distance from a to b along transcription (positive when b lies downstream of a). */
export function distanceAlong(t: TranscriptRecord, a: number, b: number): number {
  return t.strand === '+' ? b - a : a - b;
}

/** Transcript position of the first base of exon n. */
export function exonTxStart(t: TranscriptRecord, n: number): number {
  let tx = 1;
  for (let i = 1; i < n; i++) tx += exonLength(t, i);
  return tx;
}

export function exonTxEnd(t: TranscriptRecord, n: number): number {
  return exonTxStart(t, n) + exonLength(t, n) - 1;
}

export function transcriptLength(t: TranscriptRecord): number {
  return exonTxEnd(t, t.exons.length);
}

/** Exon number holding genomic position g, or null when g is not exonic. */
export function exonAt(t: TranscriptRecord, g: number): number | null {
  const exons = t.exons;
  for (let i = 0; i < exons.length; i++) if (g >= exons[i]![0] && g <= exons[i]![1]) return i + 1;
  return null;
}

/** Transcript position of an exonic genomic position, or null when g is not in an exon. */
export function genomicToTx(t: TranscriptRecord, g: number): number | null {
  const n = exonAt(t, g);
  if (n === null) return null;
  return exonTxStart(t, n) + Math.abs(g - exonFirstBase(t, n));
}

/** Genomic position of transcript position tx (1..length), or null when out of range. */
export function txToGenomic(t: TranscriptRecord, tx: number): number | null {
  if (!Number.isInteger(tx) || tx < 1) return null;
  let start = 1;
  for (let n = 1; n <= t.exons.length; n++) {
    const len = exonLength(t, n);
    if (tx < start + len) return stepAlong(t, exonFirstBase(t, n), tx - start);
    start += len;
  }
  return null;
}

/** Transcript positions of the CDS: first base of the start codon and last base of the stop codon. */
export function cdsTxRange(t: TranscriptRecord): readonly [number, number] | null {
  if (t.cdsStart === null || t.cdsEnd === null) return null;
  const first = t.strand === '+' ? t.cdsStart : t.cdsEnd;
  const last = t.strand === '+' ? t.cdsEnd : t.cdsStart;
  const a = genomicToTx(t, first);
  const b = genomicToTx(t, last);
  return a === null || b === null ? null : [a, b];
}

/** CDS position (c.) of a transcript position; ≤ 0 in the 5'UTR, > CDS length in the 3'UTR. */
export function txToCds(t: TranscriptRecord, tx: number): number | null {
  const cds = cdsTxRange(t);
  return cds ? tx - cds[0] + 1 : null;
}

export function cdsToTx(t: TranscriptRecord, c: number): number | null {
  const cds = cdsTxRange(t);
  return cds ? c + cds[0] - 1 : null;
}

/** Residue encoded by CDS position c (c ≥ 1). */
export function cdsToResidue(c: number): number {
  return Math.ceil(c / 3);
}

/** Which base of its codon CDS position c is (1, 2 or 3). */
export function codonBase(c: number): 1 | 2 | 3 {
  return (((c - 1) % 3) + 1) as 1 | 2 | 3;
}

/** First CDS position of residue r. */
export function residueToCds(r: number): number {
  return 3 * r - 2;
}

export interface Location {
  readonly region: Region;
  readonly exon: number | null;
  readonly intron: number | null;
}

/** Where genomic position g lies on transcript t. */
export function locate(t: TranscriptRecord, g: number): Location {
  const first = exonFirstBase(t, 1);
  const last = exonLastBase(t, t.exons.length);
  if (distanceAlong(t, first, g) < 0) return { region: 'upstream', exon: null, intron: null };
  if (distanceAlong(t, last, g) > 0) return { region: 'downstream', exon: null, intron: null };
  const exon = exonAt(t, g);
  if (exon === null) {
    // The intron after the last exon whose first base lies upstream of g.
    let n = 1;
    while (n < t.exons.length && distanceAlong(t, exonFirstBase(t, n + 1), g) > 0) n++;
    return { region: 'intron', exon: null, intron: n };
  }
  const c = txToCds(t, genomicToTx(t, g)!);
  const cds = cdsTxRange(t);
  if (c === null || cds === null) return { region: '5utr', exon, intron: null };
  const region = c < 1 ? '5utr' : c > cds[1] - cds[0] + 1 ? '3utr' : 'cds';
  return { region, exon, intron: null };
}
