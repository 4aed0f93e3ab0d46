/**
 * Reading a SequenceSet for a fusion: what to fetch (sequenceRequest), each partner's spliced
 * transcript checked against the annotation (ATG, stop, no stop inside), and the fusion
 * transcript's bases assembled from its pieces (N where the set has none).
 */
import { reverseComplement, translateCodon } from './codons';
import { cdsTxRange, genomicToTx, transcriptLength } from './coordinates';
import { chromKey, firstAlong, known, n, plural, unversioned } from './sequence-util';
import type { Fusion, PartnerResolved, SequenceRequest, SequenceSet, TranscriptRecord } from './types';

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

export interface Reader {
  /** Forward-strand bases of chrom:lo-hi, N where the set has none; null when it has none at all. */
  genomic(chrom: string, lo: number, hi: number): string | null;
  transcript(t: TranscriptRecord): string | undefined;
}

export function reader(set: SequenceSet): Reader {
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
export function assemble(f: Fusion, r: Reader, notes: string[]): { seq: string; from: Set<'genome' | 'transcripts'> } {
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

