/**
 * The junction read from real sequence: a genome or transcript FASTA the user gave (SequenceSet,
 * fetched at the edge for the regions sequenceRequest() names) or the caller's own fusion
 * transcript (CallerSequenceInput). Pure: strings in, a SequenceCall out.
 *
 * Everything is computed on one string X (the whole fusion transcript, or the caller's window)
 * with three indices taken from the resolved fusion: `jx` (0-based index of the first base after
 * the 5' partner), `ins` (nt between the partners) and `orf` (0-based index of the first base of
 * the fusion's reading frame, possibly before X starts). Codon k is read from X[k..k+2], k ≡ orf (mod 3).
 */
import { genomicToTx, stepAlong, transcriptLength, cdsTxRange } from './coordinates';
import type { CallerSequenceInput, Fusion, PartnerResolved, SequenceCall, SequenceRequest, SequenceSet, TranscriptRecord } from './types';

export type { SequenceRequest };

export const WINDOW_NT = 30;

const CODE: Record<string, string> = {};
{
  const bases = 'TCAG';
  const aas = 'FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG';
  let i = 0;
  for (const a of bases) for (const b of bases) for (const c of bases) CODE[a + b + c] = aas[i++]!;
}

/** One-letter translation of a codon, `*` for a stop, `?` when it holds a base other than A, C, G, T. */
export function translateCodon(codon: string): string {
  return CODE[codon.toUpperCase()] ?? '?';
}

const COMPLEMENT: Record<string, string> = { A: 'T', C: 'G', G: 'C', T: 'A', N: 'N' };
export function reverseComplement(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += COMPLEMENT[s[i]!.toUpperCase()] ?? 'N';
  return out;
}

const mod3 = (n: number): number => ((n % 3) + 3) % 3;
const known = (s: string) => /^[ACGT]+$/.test(s);
const n = (x: number) => x.toLocaleString('en-US');
const plural = (k: number, w: string) => `${n(k)} ${w}${k === 1 ? '' : 's'}`;
const unversioned = (a: string) => a.replace(/\.\d+$/, '').toUpperCase();
const chromKey = (c: string) => c.replace(/^chr/i, '').toUpperCase().replace(/^M$/, 'MT');

function firstAlong(t: TranscriptRecord, lo: number, hi: number): number {
  return t.strand === '+' ? lo : hi;
}

function mergeIntervals(xs: { chrom: string; start: number; end: number }[]): { chrom: string; start: number; end: number }[] {
  const sorted = [...xs].sort((a, b) => (a.chrom === b.chrom ? a.start - b.start : a.chrom < b.chrom ? -1 : 1));
  const out: { chrom: string; start: number; end: number }[] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last && last.chrom === x.chrom && x.start <= last.end + 1) last.end = Math.max(last.end, x.end);
    else out.push({ ...x });
  }
  return out;
}

/** The sequence a fusion needs: every exon of both transcripts (to check them against the annotation) and the kept intron pieces. */
export function sequenceRequest(f: Fusion): SequenceRequest {
  const genomic: { chrom: string; start: number; end: number }[] = [];
  const transcripts: string[] = [];
  for (const p of [f.fivePrime, f.threePrime]) {
    const t = p.transcript;
    if (!t || !p.hasJunction) continue;
    transcripts.push(t.accession, ...t.aliases);
    for (const [lo, hi] of t.exons) genomic.push({ chrom: t.chrom, start: lo, end: hi });
    for (const x of p.pieces) if (x.kind === 'intron') genomic.push({ chrom: t.chrom, start: x.start, end: x.end });
  }
  return { genomic: mergeIntervals(genomic), transcripts };
}

// ------------------------------------------------------------------ reading a SequenceSet

interface Reader {
  /** Forward-strand bases of chrom:lo-hi, N where the set has none; null when it has none at all. */
  genomic(chrom: string, lo: number, hi: number): string | null;
  transcript(t: TranscriptRecord): string | undefined;
}

function reader(set: SequenceSet): Reader {
  const byChrom = new Map<string, { start: number; end: number; seq: string }[]>();
  for (const g of set.genomic ?? []) {
    const k = chromKey(g.chrom);
    byChrom.set(k, [...(byChrom.get(k) ?? []), g]);
  }
  const tx = new Map<string, string>();
  for (const [acc, seq] of Object.entries(set.transcripts ?? {})) {
    tx.set(acc.toUpperCase(), seq);
    if (!tx.has(unversioned(acc))) tx.set(unversioned(acc), seq);
  }
  return {
    genomic(chrom, lo, hi) {
      const xs = byChrom.get(chromKey(chrom));
      if (!xs) return null;
      const out = new Array<string>(hi - lo + 1).fill('N');
      let any = false;
      for (const x of xs) {
        const a = Math.max(lo, x.start);
        const b = Math.min(hi, x.end);
        for (let g = a; g <= b; g++) out[g - lo] = x.seq[g - x.start]!.toUpperCase();
        if (a <= b) any = true;
      }
      return any ? out.join('') : null;
    },
    transcript(t) {
      for (const a of [t.accession, ...t.aliases]) {
        const s = tx.get(a.toUpperCase()) ?? tx.get(unversioned(a));
        if (s) return s.toUpperCase();
      }
      return undefined;
    },
  };
}

/** A partner's spliced transcript (all its exons, 5'→3') from the set, and where it came from. */
function wholeTranscript(t: TranscriptRecord, r: Reader, notes: string[]): { seq: string; from: 'genome' | 'transcripts' } | null {
  const parts = t.exons.map(([lo, hi]) => r.genomic(t.chrom, lo, hi));
  if (parts.every((p) => p !== null)) {
    const fwd = parts as string[];
    return { seq: fwd.map((p) => (t.strand === '+' ? p : reverseComplement(p))).join(''), from: 'genome' };
  }
  const m = r.transcript(t);
  if (!m) return null;
  const len = transcriptLength(t);
  if (m.length !== len) {
    // refGene's exons are an alignment of an older mRNA: a tail (poly-A) may differ; positions hold only if the CDS does.
    const cds = cdsTxRange(t);
    const ok = cds && m.slice(cds[0] - 1, cds[0] + 2) === 'ATG' && /^(TAA|TAG|TGA)$/.test(m.slice(cds[1] - 3, cds[1]));
    if (!ok) {
      notes.push(`the transcript sequence of ${t.accession} is ${n(m.length)} nt, but the annotation's exons total ${n(len)} nt and its start and stop codons are not where the annotation puts them: that sequence is not used`);
      return null;
    }
    notes.push(`the transcript sequence of ${t.accession} is ${n(m.length)} nt, the annotation's exons ${n(len)} nt (another version or a poly-A tail); its start and stop codons are where the annotation puts them, so it is used`);
  }
  return { seq: m, from: 'transcripts' };
}

/** Checks a partner's CDS against the annotation: start ATG, stop at its end, no stop inside. */
function checkCds(t: TranscriptRecord, seq: string, where: string, notes: string[]): void {
  const cds = cdsTxRange(t);
  if (!cds) return;
  const c = seq.slice(cds[0] - 1, cds[1]);
  if (!known(c)) {
    notes.push(`${where} does not cover the whole CDS of ${t.gene} ${t.accession}: it is not checked against the annotation`);
    return;
  }
  if (c.slice(0, 3) !== 'ATG') notes.push(`${where} has ${c.slice(0, 3)}, not ATG, at the annotated start codon of ${t.gene} ${t.accession}`);
  if (c.length % 3 !== 0) notes.push(`the CDS of ${t.gene} ${t.accession} is ${n(c.length)} nt, not a whole number of codons`);
  const last = translateCodon(c.slice(c.length - 3));
  if (last !== '*') notes.push(`${where} has ${c.slice(c.length - 3)}, not a stop codon, at the annotated end of ${t.gene} ${t.accession}'s CDS`);
  for (let k = 0; k + 3 <= c.length - 3; k += 3) {
    if (translateCodon(c.slice(k, k + 3)) === '*') {
      notes.push(`${where} has a stop codon (${c.slice(k, k + 3)}) at codon ${n(k / 3 + 1)} of ${t.gene} ${t.accession}, inside its annotated CDS (${n(c.length / 3 - 1)} codons): the sequence and the annotation disagree`);
      break;
    }
  }
  if (t.proteinLength !== null && c.length % 3 === 0 && c.length / 3 - 1 !== t.proteinLength) {
    notes.push(`the CDS of ${t.gene} ${t.accession} encodes ${n(c.length / 3 - 1)} residues, the annotation's protein has ${n(t.proteinLength)}`);
  }
}

/** The fusion transcript's bases, 5'→3', from the set (N where unknown). */
function assemble(f: Fusion, r: Reader, notes: string[]): { seq: string; from: Set<'genome' | 'transcripts'> } {
  const from = new Set<'genome' | 'transcripts'>();
  const whole = new Map<PartnerResolved, { seq: string; from: 'genome' | 'transcripts' } | null>();
  for (const p of [f.fivePrime, f.threePrime]) {
    const w = p.transcript ? wholeTranscript(p.transcript, r, notes) : null;
    whole.set(p, w);
    if (w) checkCds(p.transcript!, w.seq, w.from === 'genome' ? 'the genome' : 'the transcript sequence', notes);
  }
  const side = (p: PartnerResolved): string => {
    const t = p.transcript!;
    let out = '';
    const missing: number[] = [];
    for (const x of p.pieces) {
      const g = r.genomic(t.chrom, x.start, x.end);
      if (g !== null && known(g)) {
        out += t.strand === '+' ? g : reverseComplement(g);
        from.add('genome');
        continue;
      }
      const w = whole.get(p);
      const tx = x.kind === 'exon' ? genomicToTx(t, firstAlong(t, x.start, x.end)) : null;
      if (w && w.from === 'transcripts' && tx !== null) {
        out += w.seq.slice(tx - 1, tx - 1 + x.length).padEnd(x.length, 'N');
        from.add('transcripts');
      } else {
        if (x.kind === 'intron') notes.push(`the sequence given holds no ${t.gene} intron ${x.number}: its ${plural(x.length, 'nt')} kept in the fusion are not known${w?.from === 'transcripts' ? ' (a transcript FASTA has no introns; give a genome)' : ''}`);
        else missing.push(x.number);
        out += 'N'.repeat(x.length);
      }
    }
    if (missing.length > 0) {
      const which = missing.length === 1 ? `exon ${missing[0]}` : `exons ${missing[0]}–${missing[missing.length - 1]}`;
      notes.push(`the sequence given does not cover ${t.gene} ${t.accession} ${which} kept in the fusion (${t.chrom})`);
    }
    return out;
  };
  return { seq: side(f.fivePrime) + f.linker + side(f.threePrime), from };
}

// ------------------------------------------------------------------ the analysis on one string

interface Frame {
  /** 0-based index in X of the first base of the reading frame, or null when none runs through the junction. */
  readonly orf: number | null;
  /** True when orf is a start codon (the protein's N-terminus), so residue counts from it are protein lengths. */
  readonly isStart: boolean;
}

interface Track {
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
function genomicAt(f: Fusion, p: number): number | null {
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

function frameOf(f: Fusion, tr: Track): Frame {
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

/** Frame of X (0, 1, 2) whose translation holds the caller's peptide, or null. */
function frameFromPeptide(seq: string, peptide: string): number | null {
  for (let fr = 0; fr < 3; fr++) {
    let tr = '';
    for (let k = fr; k + 3 <= seq.length; k += 3) tr += translateCodon(seq.slice(k, k + 3));
    const p = peptide.replace(/\*$/, '');
    if (p.length >= 5 && tr.includes(p)) return fr;
  }
  return null;
}

function analyse(f: Fusion, tr: Track, frame: Frame, notes: string[], callerPeptide?: string): SequenceCall {
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

// ------------------------------------------------------------------ entry points

/** The junction from a SequenceSet (genome / transcripts), or null when the set covers neither partner. */
export function sequenceFromSet(f: Fusion, set: SequenceSet): SequenceCall | null {
  if (!f.transcript || !f.fivePrime.transcript || !f.threePrime.transcript) return null;
  const notes: string[] = [];
  const r = reader(set);
  const { seq, from } = assemble(f, r, notes);
  if (from.size === 0) return null;
  const J = f.transcript.junction;
  const tr: Track = {
    seq,
    jx: J,
    ins: f.linker.length,
    pos: (i) => (i >= 0 && i < seq.length ? i + 1 : null),
    index: (p) => p - 1,
    origin: from.has('genome') ? 'genome' : 'transcripts',
    source: set.source,
    whole: true,
  };
  return analyse(f, tr, frameOf(f, tr), notes);
}

/**
 * Normalises a caller's fusion-transcript text: `|` marks the junction; a second `|` closes
 * non-templated nt inserted there (Arriba `…|acg|…`). Arriba's marks are read as its documentation
 * gives them: lower case = a mismatch (kept, upper-cased), `[…]` inserted bases (kept), `-` deleted
 * bases and `___` splice junctions (dropped), `...` a gap (the sequence beyond it is not contiguous:
 * cut there), `?` ambiguous (N). FusionCatcher's `*` is turned into `|` by its reader.
 */
export function normaliseCallerTranscript(raw: string): { fivePrime: string; inserted: string; threePrime: string; notes: string[] } | null {
  const notes: string[] = [];
  const parts = raw.trim().split('|');
  if (parts.length < 2 || parts.length > 3) return null;
  const clean = (s: string) => s.replace(/___/g, '').replace(/[[\]]/g, '').replace(/-/g, '').replace(/\?/g, 'N').replace(/\s+/g, '').toUpperCase();
  let five = parts[0]!;
  let three = parts[parts.length - 1]!;
  if (five.includes('...')) {
    five = five.slice(five.lastIndexOf('...') + 3);
    notes.push("the caller's sequence has a gap (...) before the junction: only the part after it is used");
  }
  if (three.includes('...')) {
    three = three.slice(0, three.indexOf('...'));
    notes.push("the caller's sequence has a gap (...) after the junction: only the part before it is used");
  }
  const out = { fivePrime: clean(five), inserted: parts.length === 3 ? clean(parts[1]!) : '', threePrime: clean(three), notes };
  if (!/^[ACGTN]*$/.test(out.fivePrime + out.inserted + out.threePrime)) return null;
  return out;
}

/** The junction from the caller's own sequence. */
export function sequenceFromCaller(f: Fusion, input: CallerSequenceInput): SequenceCall | null {
  const norm = normaliseCallerTranscript(input.transcript);
  if (!norm || !f.transcript) return null;
  const first = callerCall(f, input, norm.fivePrime, norm.inserted, norm.threePrime, [...norm.notes]);
  if (!first.callerPeptide || first.callerPeptide.agrees || norm.inserted) return first;
  // Microhomology: bases at the junction that fit both partners let a caller put its mark a base or two
  // off the annotation's exon boundary. If the caller's peptide is read with the mark moved, the mark moved.
  const seq = norm.fivePrime + norm.threePrime;
  for (const shift of [-1, 1, -2, 2]) {
    const jx = norm.fivePrime.length + shift;
    if (jx < 1 || jx >= seq.length) continue;
    const moved = callerCall(f, input, seq.slice(0, jx), '', seq.slice(jx), [
      ...norm.notes,
      `the caller's peptide is read in the annotation's frame only with the junction ${plural(Math.abs(shift), 'nt')} ${shift < 0 ? 'before' : 'after'} the caller's mark: the mark is likely shifted by microhomology (bases that fit both partners), so the junction is placed there`,
    ]);
    if (moved.callerPeptide?.agrees) return moved;
  }
  return first;
}

function callerCall(f: Fusion, input: CallerSequenceInput, five: string, inserted: string, three: string, notes: string[]): SequenceCall {
  const ft = f.transcript!;
  const seq = five + inserted + three;
  const jx = five.length;
  const ins = inserted.length;
  const J = ft.junction;
  const L = f.linker.length;
  if (ins !== L) {
    notes.push(`the caller's sequence has ${plural(ins, 'nt')} between the partners where the description has ${plural(L, 'nt')}${mod3(ins - L) !== 0 ? ': the frame after the junction shifts accordingly' : ''}`);
  }
  const tr: Track = {
    seq,
    jx,
    ins,
    pos: (i) => (i < jx ? J - jx + i + 1 : i >= jx + ins ? J + L + (i - jx - ins) + 1 : ins === L ? J + (i - jx) + 1 : null),
    index: (p) => (p <= J ? p - 1 - (J - jx) : p > J + L ? jx + ins + (p - J - L - 1) : ins === L ? jx + (p - J - 1) : null),
    origin: 'caller',
    source: input.source,
    whole: false,
  };
  let frame = frameOf(f, tr);
  if (frame.orf === null && input.peptide && f.frame !== 'five-prime-utr') {
    const fr = frameFromPeptide(seq, input.peptide.replace(/\|/g, '').toUpperCase());
    if (fr !== null) {
      frame = { orf: fr, isStart: false };
      notes.push("the annotation gives no reading frame through the junction; the frame is the one in which the caller's peptide is read");
    }
  }
  return analyse(f, tr, frame, notes, input.peptide);
}

/** Sequence for a built fusion: the user's set when it covers the junction, else the caller's. */
export function junctionSequence(f: Fusion, set?: SequenceSet, caller?: CallerSequenceInput): SequenceCall | null {
  const fromSet = set ? sequenceFromSet(f, set) : null;
  const fromCaller = caller ? sequenceFromCaller(f, caller) : null;
  if (fromSet && fromCaller?.callerPeptide) {
    // Keep the caller's peptide comparison with the user's sequence.
    return { ...fromSet, callerPeptide: fromCaller.callerPeptide, notes: [...fromSet.notes, ...fromCaller.notes.filter((x) => x.startsWith("the caller's peptide"))] };
  }
  return fromSet && fromSet.coveredAfterJunction > 0 ? fromSet : fromCaller ?? fromSet;
}
