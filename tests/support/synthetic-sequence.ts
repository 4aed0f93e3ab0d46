/**
 * Synthetic genomes built in the test from the annotation: random bases (seeded), each partner's
 * CDS written as ATG + sense codons + a stop along its refGene exons and CDS bounds, and codons
 * designed at the junction in the fusion's frame (no stop, or a stop where the test asks). Nothing
 * is typed: every position comes from the annotation or the resolved fusion. Writers for `.2bit`,
 * FASTA + `.fai` and transcript FASTA (UCSC, NCBI, GENCODE headers) so the edge readers get real files.
 */
import { cdsTxRange, genomicToTx, stepAlong, transcriptLength, txToGenomic } from '../../src/model/coordinates';
import { sequenceRequest, translateCodon } from '../../src/model/sequence';
import type { Fusion, SequenceSet, TranscriptRecord } from '../../src/model/types';

const BASES = 'ACGT';
const COMP: Record<string, string> = { A: 'T', C: 'G', G: 'C', T: 'A', N: 'N' };

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Where { readonly chrom: string; readonly strand: '+' | '-'; readonly g: number }

export class SyntheticGenome {
  readonly chroms = new Map<string, Map<number, string>>();
  readonly random: () => number;
  constructor(seed = 1) {
    this.random = rng(seed);
  }
  base(): string {
    return BASES[Math.floor(this.random() * 4)]!;
  }
  private map(chrom: string): Map<number, string> {
    let m = this.chroms.get(chrom);
    if (!m) this.chroms.set(chrom, (m = new Map()));
    return m;
  }
  /** Random bases over lo..hi where none is set yet. */
  fill(chrom: string, lo: number, hi: number): void {
    const m = this.map(chrom);
    for (let g = lo; g <= hi; g++) if (!m.has(g)) m.set(g, this.base());
  }
  /** Base at a genomic position read along a strand. */
  get(w: Where): string {
    const b = this.chroms.get(w.chrom)?.get(w.g) ?? 'N';
    return w.strand === '+' ? b : COMP[b]!;
  }
  set(w: Where, base: string): void {
    this.map(w.chrom).set(w.g, w.strand === '+' ? base : COMP[base]!);
  }

  /** Exons random, the CDS ATG + random sense codons + a stop (refGene CDS bounds), nothing else. */
  writeTranscript(t: TranscriptRecord): void {
    for (const [lo, hi] of t.exons) this.fill(t.chrom, lo, hi);
    const cds = cdsTxRange(t);
    if (!cds) return;
    const at = (tx: number): Where => ({ chrom: t.chrom, strand: t.strand, g: txToGenomic(t, tx)! });
    for (let tx = cds[0]; tx + 2 <= cds[1]; tx += 3) {
      const last = tx + 2 === cds[1];
      const codon = tx === cds[0] ? 'ATG' : last ? this.stopCodon() : this.senseCodon();
      for (let i = 0; i < 3; i++) this.set(at(tx + i), codon[i]!);
    }
  }
  senseCodon(): string {
    for (;;) {
      const c = this.base() + this.base() + this.base();
      if (translateCodon(c) !== '*') return c;
    }
  }
  stopCodon(): string {
    for (;;) {
      const c = this.base() + this.base() + this.base();
      if (translateCodon(c) === '*') return c;
    }
  }

  /** Spliced mRNA of a transcript, from the genome. */
  mrna(t: TranscriptRecord): string {
    let out = '';
    for (let tx = 1; tx <= transcriptLength(t); tx++) out += this.get({ chrom: t.chrom, strand: t.strand, g: txToGenomic(t, tx)! });
    return out;
  }

  /** Chromosome strings, N where nothing is set (each as long as its last set base). */
  sequences(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [c, m] of this.chroms) {
      const len = Math.max(...m.keys());
      const buf = Buffer.alloc(len, 'N');
      for (const [g, b] of m) buf[g - 1] = b.charCodeAt(0);
      out.set(c, buf.toString('latin1'));
    }
    return out;
  }

  /** A `.2bit` file (version 0; N blocks for unset stretches). */
  twoBit(): Buffer {
    const seqs = [...this.sequences()];
    const code: Record<string, number> = { T: 0, C: 1, A: 2, G: 3 };
    const records = seqs.map(([, s]) => {
      const nStarts: number[] = [];
      const nSizes: number[] = [];
      for (let i = 0; i < s.length; ) {
        if (s[i] !== 'N') { i++; continue; }
        let j = i;
        while (j < s.length && s[j] === 'N') j++;
        nStarts.push(i);
        nSizes.push(j - i);
        i = j;
      }
      const head = Buffer.alloc(4 * (2 + 2 * nStarts.length + 1 + 1));
      let o = 0;
      head.writeUInt32LE(s.length, o); o += 4;
      head.writeUInt32LE(nStarts.length, o); o += 4;
      for (const x of nStarts) { head.writeUInt32LE(x, o); o += 4; }
      for (const x of nSizes) { head.writeUInt32LE(x, o); o += 4; }
      head.writeUInt32LE(0, o); o += 4; // mask blocks
      head.writeUInt32LE(0, o); // reserved
      const packed = Buffer.alloc(Math.ceil(s.length / 4));
      for (let i = 0; i < s.length; i++) {
        const v = code[s[i]!] ?? 0;
        packed[i >> 2] |= v << (6 - 2 * (i & 3));
      }
      return Buffer.concat([head, packed]);
    });
    const header = Buffer.alloc(16);
    header.writeUInt32LE(0x1a412743, 0);
    header.writeUInt32LE(0, 4);
    header.writeUInt32LE(seqs.length, 8);
    const indexSize = seqs.reduce((n, [name]) => n + 1 + name.length + 4, 0);
    const index = Buffer.alloc(indexSize);
    let off = 16 + indexSize;
    let o = 0;
    seqs.forEach(([name], k) => {
      index.writeUInt8(name.length, o++);
      index.write(name, o, 'latin1'); o += name.length;
      index.writeUInt32LE(off, o); o += 4;
      off += records[k]!.length;
    });
    return Buffer.concat([header, index, ...records]);
  }

  /** FASTA (60 bases a line) and its samtools-style `.fai`. */
  fasta(rename: (c: string) => string = (c) => c): { fa: string; fai: string } {
    let fa = '';
    let fai = '';
    for (const [c, s] of this.sequences()) {
      const name = rename(c);
      fa += `>${name}\n`;
      const offset = Buffer.byteLength(fa);
      for (let i = 0; i < s.length; i += 60) fa += `${s.slice(i, i + 60)}\n`;
      fai += `${name}\t${s.length}\t${offset}\t60\t61\n`;
    }
    return { fa, fai };
  }
}

/** Transcript FASTA records in the style of UCSC refMrna.fa, NCBI *_rna.fna or GENCODE. */
export function transcriptFasta(g: SyntheticGenome, ts: readonly TranscriptRecord[], style: 'ucsc' | 'ncbi' | 'gencode'): string {
  return ts.map((t) => {
    const acc = t.accession;
    const base = acc.replace(/\.\d+$/, '');
    const header = style === 'ucsc' ? `>${base} 1` : style === 'ncbi' ? `>${acc.includes('.') ? acc : `${acc}.1`} Homo sapiens ${t.gene}, mRNA` : `>${t.aliases.find((a) => a.startsWith('ENST')) ?? acc}|ENSG00000000000.1|-|-|${t.gene}-201|${t.gene}|${transcriptLength(t)}|protein_coding|`;
    const seq = g.mrna(t);
    return `${header}\n${seq.replace(/(.{70})/g, '$1\n')}\n`;
  }).join('');
}

/** Where fusion-transcript position p (1-based) lies in the genome, or null in the linker. */
export function fusionWhere(f: Fusion, p: number): (Where & { t: TranscriptRecord }) | null {
  let tx = 0;
  for (const part of [f.fivePrime, null, f.threePrime]) {
    if (part === null) {
      if (p <= tx + f.linker.length) return null;
      tx += f.linker.length;
      continue;
    }
    const t = part.transcript!;
    for (const x of part.pieces) {
      if (p <= tx + x.length) {
        const first = t.strand === '+' ? x.start : x.end;
        return { chrom: t.chrom, strand: t.strand, g: stepAlong(t, first, p - tx - 1), t };
      }
      tx += x.length;
    }
  }
  throw new Error(`position ${p} is past the fusion transcript`);
}

/** Fills every retained piece (exons and kept intron) of a fusion with random bases where unset. */
export function fillPieces(g: SyntheticGenome, f: Fusion): void {
  for (const p of [f.fivePrime, f.threePrime]) for (const x of p.pieces) g.fill(p.transcript!.chrom, x.start, x.end);
}

/** The partner's own codon (its CDS frame) holding genomic position w, as three positions, or null outside its CDS. */
function ownCodon(t: TranscriptRecord, w: Where): Where[] | null {
  const tx = genomicToTx(t, w.g);
  const cds = cdsTxRange(t);
  if (tx === null || !cds || tx < cds[0] || tx > cds[1]) return null;
  const first = tx - ((tx - cds[0]) % 3);
  return [0, 1, 2].map((i) => ({ chrom: t.chrom, strand: t.strand, g: txToGenomic(t, first + i)! }));
}

/**
 * Designs the fusion's reading frame from the first base after the 5' partner's exonic CDS: sense
 * codons, and a stop `stopAt` codons after the junction codon (the codon holding the first base after
 * the junction; negative: before it, in the 5' retained intron), or none up to `until` (a fusion
 * position). The partners' own CDS codons stay free of stops. Returns the fusion positions written.
 */
export function designFrame(g: SyntheticGenome, f: Fusion, o: { stopAt?: number; until?: number }): void {
  const ft = f.transcript!;
  const orf = ft.cdsStart!;
  const J = ft.junction;
  const intron5 = f.fivePrime.pieces.filter((x) => x.kind === 'intron').reduce((s, x) => s + x.length, 0);
  const firstUnchecked = J - intron5 + 1;
  const codonOf = (p: number) => orf + 3 * Math.floor((p - orf) / 3);
  const kJ = codonOf(J + 1);
  const end = o.stopAt !== undefined ? kJ + 3 * o.stopAt : codonOf(o.until!);
  for (let k = codonOf(firstUnchecked); k <= end; k += 3) {
    const wantStop = o.stopAt !== undefined && k === end;
    const ws = [k, k + 1, k + 2].map((p) => fusionWhere(f, p));
    let ok = false;
    for (let attempt = 0; attempt < 500 && !ok; attempt++) {
      const keep = ws.map((w) => (w ? g.get(w) : ''));
      for (const w of ws) if (w && attempt > 0) g.set(w, g.base());
      const codon = [k, k + 1, k + 2].map((p, i) => (ws[i] ? g.get(ws[i]!) : f.linker[p - J - 1]!)).join('');
      const isStop = translateCodon(codon) === '*';
      const ownOk = ws.every((w) => {
        if (!w) return true;
        const own = ownCodon(w.t, w);
        if (!own) return true;
        const c = own.map((x) => g.get(x)).join('');
        const cds = cdsTxRange(w.t)!;
        const isOwnStop = genomicToTx(w.t, own[2]!.g) === cds[1];
        return isOwnStop || translateCodon(c) !== '*';
      });
      ok = isStop === wantStop && ownOk;
      if (!ok && attempt === 0) ws.forEach((w, i) => w && g.set(w, keep[i]!));
    }
    if (!ok) throw new Error(`could not design the codon at fusion position ${k}`);
  }
}

/** Removes every ATG (any frame) from fusion positions from..to, keeping the partners' own CDS free of stops. */
export function clearStarts(g: SyntheticGenome, f: Fusion, from: number, to: number): void {
  for (let p = from; p + 2 <= to; p++) {
    const ws = [p, p + 1, p + 2].map((x) => fusionWhere(f, x));
    if (ws.some((w) => !w)) continue;
    if (ws.map((w) => g.get(w!)).join('') !== 'ATG') continue;
    const w = ws[2]!;
    const own = ownCodon(w.t, w);
    for (let attempt = 0; ; attempt++) {
      if (attempt > 200) throw new Error(`could not clear the ATG at ${p}`);
      g.set(w, g.base());
      const isAtg = ws.map((x) => g.get(x!)).join('') === 'ATG';
      if (!isAtg && !(own && translateCodon(own.map((x) => g.get(x)).join('')) === '*')) break;
    }
  }
}

/** The SequenceSet the edge would fetch for a fusion from this genome (what sequenceRequest names). */
export function genomeSet(g: SyntheticGenome, f: Fusion, source = 'genome synthetic.2bit'): SequenceSet {
  return {
    source,
    genomic: sequenceRequest(f).genomic.map((r) => {
      let seq = '';
      for (let p = r.start; p <= r.end; p++) seq += g.chroms.get(r.chrom)?.get(p) ?? 'N';
      return { ...r, seq };
    }),
  };
}
