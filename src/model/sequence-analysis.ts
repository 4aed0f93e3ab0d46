/**
 * The junction analysed on one string X (the whole fusion transcript, or the caller's window)
 * with indices taken from the resolved fusion: `jx` (0-based index of the first base after the
 * 5' partner), `ins` (nt between the partners) and the reading frame's first base `orf`
 * (possibly before X starts). Codon k is read from X[k..k+2], k ≡ orf (mod 3).
 */
import { translateCodon } from './codons';
import { stepAlong } from './coordinates';
import { firstAlong, known, mod3, n, plural } from './sequence-util';
import type { Fusion, SequenceCall } from './types';

export const WINDOW_NT = 30;

export interface Frame {
  /** 0-based index in X of the first base of the reading frame, or null when none runs through the junction. */
  readonly orf: number | null;
  /** True when orf is a start codon (the protein's N-terminus), so residue counts from it are protein lengths. */
  readonly isStart: boolean;
}

export interface Track {
  readonly seq: string;
  readonly jx: number;
  readonly ins: number;
  /** Fusion-transcript position (1-based) of X index i, where the model's positions apply. */
  readonly pos: (i: number) => number | null;
  /** X index of fusion-transcript position p. */
  readonly index: (p: number) => number | null;
  readonly origin: SequenceCall['origin'];
  readonly source: string;
  /** True when X[0] is the fusion transcript's first base (a genome or transcript set). */
  readonly whole: boolean;
}

/** Genomic position of fusion-transcript position p, or null (linker, unknown). */
export function genomicAt(f: Fusion, p: number): number | null {
  let tx = 0;
  for (const part of [f.fivePrime, null, f.threePrime]) {
    if (part === null) {
      if (p <= tx + f.linker.length) return null;
      tx += f.linker.length;
      continue;
    }
    const t = part.transcript;
    for (const x of part.pieces) {
      if (p <= tx + x.length) return t ? stepAlong(t, firstAlong(t, x.start, x.end), p - tx - 1) : null;
      tx += x.length;
    }
  }
  return null;
}

/** The part of the fusion transcript X index i lies in, in words: `BCR intron 13`, `the linker`, `ABL1 exon 2`. */
function whereIs(f: Fusion, tr: Track, i: number): string {
  const p = tr.pos(i);
  if (p === null) return 'the nt between the partners';
  const b = f.transcript?.blocks.find((x) => p >= x.txStart && p <= x.txEnd);
  if (!b) return i < tr.jx ? f.fivePrime.gene : f.threePrime.gene;
  if (b.kind === 'linker') return 'the linker';
  return `${b.gene} ${b.kind} ${b.number}`;
}

export function frameOf(f: Fusion, tr: Track): Frame {
  const ft = f.transcript;
  if (!ft || ft.cdsStart === null) return { orf: null, isStart: false };
  // The 5' ORF ends before the junction: nothing is read across it.
  if (ft.cdsEnd !== null && ft.cdsEnd <= ft.junction) return { orf: null, isStart: false };
  const i = tr.index(ft.cdsStart);
  return i === null ? { orf: null, isStart: false } : { orf: i, isStart: true };
}

interface Scan {
  /** X index of the stop codon's first base, or null. */
  readonly stop: number | null;
  /** True when the scan ended on unknown sequence or the end of X before a stop. */
  readonly ranOut: boolean;
}

function scanStop(seq: string, orf: number, from: number): Scan {
  let k = orf + 3 * Math.max(0, Math.floor((from - orf) / 3));
  if (k < 0) k += 3 * Math.ceil(-k / 3);
  for (; k + 3 <= seq.length; k += 3) {
    const c = seq.slice(k, k + 3);
    if (!known(c)) return { stop: null, ranOut: true };
    if (translateCodon(c) === '*') return { stop: k, ranOut: false };
  }
  return { stop: null, ranOut: true };
}

function knownRun(seq: string, from: number): number {
  let i = from;
  while (i < seq.length && 'ACGT'.includes(seq[i]!)) i++;
  return i - from;
}

function translate(seq: string, from: number, to = seq.length): string {
  let out = '';
  for (let k = from; k + 3 <= to; k += 3) {
    const aa = translateCodon(seq.slice(k, k + 3));
    out += aa;
    if (aa === '*') break;
  }
  return out;
}

/** Drops a leading partial/unknown stretch and compares two peptides: one must hold the other. */
function peptidesAgree(ours: string, theirs: string): boolean {
  const a = ours.replace(/\*$/, '');
  const b = theirs.replace(/\*$/, '');
  if (!a || !b) return false;
  const match = (x: string, y: string) => {
    for (let s = 0; s + y.length <= x.length; s++) {
      let ok = true;
      for (let i = 0; i < y.length && ok; i++) ok = y[i] === '?' || x[s + i] === '?' || x[s + i] === y[i];
      if (ok) return true;
    }
    return false;
  };
  return a.length >= b.length ? match(a, b) : match(b, a);
}

export function analyse(f: Fusion, tr: Track, frame: Frame, notes: string[], callerPeptide?: string): SequenceCall {
  const { seq, jx, ins } = tr;
  const d = f.diagnostics;
  const p3 = jx + ins; // first 3' base
  const intron5 = f.fivePrime.pieces.filter((x) => x.kind === 'intron').reduce((s, x) => s + x.length, 0);
  let orf = frame.orf;
  let isStart = frame.isStart;
  let firstStart: SequenceCall['firstStart'] = null;

  // 5' UTR fusions whose 3' partner lost its start: the first ATG downstream (scanning model).
  if (f.frame === 'five-prime-utr' && !(f.threePrime.residues && f.threePrime.residues[0] === 1)) {
    firstStart = findFirstStart(f, tr, notes);
    if (firstStart) {
      orf = jx + firstStart.fromJunction;
      isStart = true;
    } else if (frame.orf !== null) {
      notes.push('no start codon is seen in the sequence; the annotated start is used for the frame');
    }
  }

  const w0 = Math.max(0, jx - WINDOW_NT);
  const w1 = Math.min(seq.length, p3 + WINDOW_NT);
  const phase = orf === null ? null : (mod3(w0 - orf) as 0 | 1 | 2);
  let stopIdx: number | null = null;
  let coversUnchecked = false;
  let stop: SequenceCall['stop'] = null;
  if (orf !== null) {
    // Stops are looked for from the first base the annotation cannot vouch for: after the 5' exonic CDS.
    const fiveCoding = f.fivePrime.residues !== null || (d.fivePrimeCodingNt ?? 0) > 0;
    const from = fiveCoding && !firstStart ? Math.max(orf, jx - intron5) : orf;
    if (fiveCoding && !firstStart && tr.origin === 'caller') {
      const before = scanStop(seq, orf, Math.max(orf, 0));
      if (before.stop !== null && before.stop + 3 <= jx - intron5) {
        notes.push(`the caller's sequence has a stop codon ${plural(Math.floor((jx - intron5 - before.stop) / 3), 'codon')} before the junction, inside ${f.fivePrime.gene}'s annotated CDS, in the computed frame: the caller's transcript or junction differs from the annotation`);
      }
    }
    // A caller's window that starts inside the retained intron does not show the stops before it.
    const blind = fiveCoding && !firstStart && jx - intron5 < 0;
    if (blind) {
      notes.push(`the sequence starts ${plural(intron5 - jx, 'nt')} into the ${plural(intron5, 'nt')} of ${f.fivePrime.gene} intron kept before the junction: stop codons before it are not seen, so a stop in it need not be the first`);
    }
    const s = scanStop(seq, orf, from);
    stopIdx = s.stop;
    const kJ = orf + 3 * Math.floor((jx - orf) / 3);
    if (stopIdx !== null) {
      const expected = f.frame === 'in-frame' && f.transcript?.cdsEnd != null ? tr.index(f.transcript.cdsEnd - 2) : null;
      stop = {
        codonsAfterJunction: (stopIdx - kJ) / 3,
        proteinLength: isStart && !blind ? (stopIdx - orf) / 3 : null,
        where: whereIs(f, tr, stopIdx),
        truncates: f.frame === 'in-frame' && stopIdx !== expected,
      };
    }
    // What the annotation cannot vouch for: retained intron, linker, 3' intron/UTR lead (in frame), or everything (shifted).
    const uncheckedEnd = f.frame === 'in-frame' ? p3 + d.threePrimeLeadNt : Infinity;
    const uncheckedStart = firstStart ? 0 : jx - intron5;
    // A caller's window may not hold the transcript's first ATG: where the protein starts stays unchecked.
    if (blind || (firstStart && !tr.whole)) coversUnchecked = false;
    else if (stopIdx !== null) coversUnchecked = true;
    else if (uncheckedEnd === Infinity) coversUnchecked = false;
    else coversUnchecked = uncheckedStart >= uncheckedEnd || (uncheckedStart >= 0 && uncheckedEnd <= seq.length && known(seq.slice(uncheckedStart, uncheckedEnd)));
  } else if (f.frame === 'three-prime-non-coding' && f.transcript?.cdsEnd !== null && (f.transcript?.cdsEnd ?? Infinity) <= f.transcript!.junction) {
    coversUnchecked = true; // the 5' stop comes first: nothing unannotated is read into the protein
  } else {
    notes.push(`no reading frame runs through the junction${tr.origin === 'caller' ? " (the annotation gives none and the caller's peptide does not place one)" : ''}: no codons are shown`);
  }

  const codons: { start: number; aa: string }[] = [];
  if (orf !== null) {
    let k = orf + 3 * Math.ceil((Math.max(w0, orf) - orf) / 3);
    for (; k + 3 <= w1; k += 3) {
      const aa = translateCodon(seq.slice(k, k + 3));
      codons.push({ start: k - w0, aa });
      if (aa === '*') break;
    }
  }

  let peptide: SequenceCall['callerPeptide'] = null;
  if (callerPeptide !== undefined) {
    const theirs = callerPeptide.replace(/\|/g, '').toUpperCase();
    const start = orf === null ? null : orf >= 0 ? orf : orf + 3 * Math.ceil(-orf / 3);
    const ours = start === null ? '' : translate(seq, start);
    const agrees = ours !== '' && peptidesAgree(ours, theirs);
    peptide = { peptide: callerPeptide, agrees };
    if (!agrees) notes.push(`the caller's peptide ${theirs.length > 24 ? `${theirs.slice(0, 24)}…` : theirs} is not the translation of its sequence in the computed frame${ours ? ` (${ours.length > 24 ? `${ours.slice(0, 24)}…` : ours})` : ''}`);
  }

  return {
    origin: tr.origin,
    source: tr.source,
    fivePrime: seq.slice(w0, jx),
    inserted: seq.slice(jx, p3),
    threePrime: seq.slice(p3, w1),
    phase,
    codons,
    stop,
    coveredAfterJunction: knownRun(seq, jx),
    coversUnchecked,
    callerPeptide: peptide,
    notes,
    firstStart,
  };
}

function findFirstStart(f: Fusion, tr: Track, notes: string[]): SequenceCall['firstStart'] {
  const { seq, jx, ins } = tr;
  const d = f.diagnostics;
  let a = -1;
  for (let i = 0; i + 3 <= seq.length; i++) {
    const c = seq.slice(i, i + 3);
    if (c === 'ATG') { a = i; break; }
    if (!known(seq[i]!)) {
      notes.push(`the sequence is not known ${plural(Math.abs(i - jx), 'nt')} ${i < jx ? 'before' : 'after'} the junction: the first start codon of the fusion transcript cannot be found`);
      return null;
    }
  }
  if (a < 0) {
    notes.push(`no ATG in the ${plural(seq.length, 'nt')} of sequence: the start of a protein, if any, lies beyond it`);
    return null;
  }
  if (!tr.whole) notes.push(`the caller's sequence begins ${plural(jx, 'nt')} before the junction: an ATG further upstream would not be seen, so the first ATG in it may not be the transcript's first`);
  const s = scanStop(seq, a, a + 3);
  const len3 = f.threePrime.transcript?.proteinLength ?? null;
  const first3 = d.threePrimeFirstCodingNt;
  const p3c = jx + ins + d.threePrimeLeadNt; // first 3' coding base
  const origin3 = first3 !== null && first3 > 0 ? p3c - (first3 - 1) : null;
  const inFrame = origin3 !== null && mod3(a - origin3) === 0;
  let residues: readonly [number, number] | null = null;
  const reachesCds = s.stop === null ? false : s.stop >= p3c;
  if (inFrame && len3 !== null && origin3 !== null) {
    const firstRes = a >= p3c ? (a - origin3) / 3 + 1 : Math.ceil((p3c - origin3) / 3) + 1;
    const expectedStop = origin3 + 3 * len3;
    if (s.stop === expectedStop || (s.stop === null && s.ranOut)) residues = [firstRes, len3];
  }
  const pos = tr.pos(a);
  const genomic = tr.whole && pos !== null ? genomicAt(f, pos) : a >= jx + ins && pos !== null ? genomicAt(f, pos) : null;
  const annotated = f.protein.alternativeStart?.genomic ?? null;
  const gene = a < jx ? f.fivePrime.gene : a < jx + ins ? 'linker' : f.threePrime.gene;
  const matches = annotated === null || genomic === null ? null : annotated === genomic;
  if (matches === false && annotated !== null) {
    notes.push(`the first ATG of the fusion transcript (${genomic !== null ? `${f.threePrime.transcript?.chrom ?? ''}:${n(genomic)}, ` : ''}${gene}) is not the annotated start codon of ${f.protein.alternativeStart!.transcript} (${n(annotated)})${inFrame ? '' : '; it reads another frame than the 3\' CDS'}`);
  }
  return {
    windowIndex: a >= Math.max(0, jx - WINDOW_NT) && a < jx + ins + WINDOW_NT ? a - Math.max(0, jx - WINDOW_NT) : null,
    fromJunction: a - jx,
    genomic,
    gene,
    inFrameWithThreePrime: inFrame && (reachesCds || s.stop === null),
    proteinLength: s.stop !== null ? (s.stop - a) / 3 : null,
    threePrimeResidues: residues,
    matchesAnnotatedStart: matches,
  };
}

