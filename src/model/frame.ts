/**
 * The reading frame across a junction, the residues each partner keeps, and the fate of
 * every domain. Computed from exon lengths and CDS bounds only; the annotation holds no
 * sequence, so stop codons inside retained intron, UTR or linker sequence are not seen.
 *
 * Convention, as in the literature: a codon split across the junction counts on the 3' side
 * (NPM1 exon 4 :: ALK exon 20 keeps NPM1 1–117 and ALK 1058–1620).
 */
import { cdsTxRange, codonBase, cdsToResidue, exonTxEnd, exonTxStart } from './coordinates';
import type { Junction } from './partner';
import type { DomainCall, DomainStatus, FrameStatus, Side, TranscriptRecord } from './types';

/** What one side brings to the open reading frame. */
export interface SideCoding {
  /** 5': coding nt from the start codon to the junction (exonic only); 3': c. of its first retained coding base. */
  readonly kind: 'coding' | 'before-cds' | 'after-cds' | 'non-coding';
  readonly codingNt: number;
  /** Retained intronic nt (5': after its last exon; 3': before its first exon). */
  readonly intronicNt: number;
  /** 3' only: nt of 5'UTR kept ahead of the start codon. */
  readonly utrLeadNt: number;
  /** 3' only: CDS position of the first retained coding base (1 when the whole CDS is kept). */
  readonly firstCds: number;
}

export function fivePrimeCoding(t: TranscriptRecord, j: Junction): SideCoding {
  const cds = cdsTxRange(t);
  const base = { intronicNt: j.intronic, utrLeadNt: 0, firstCds: 0 };
  if (!cds) return { kind: 'non-coding', codingNt: 0, ...base };
  const lastTx = exonTxEnd(t, j.exon) - j.trimmed;
  if (lastTx < cds[0]) return { kind: 'before-cds', codingNt: 0, ...base };
  if (lastTx >= cds[1]) return { kind: 'after-cds', codingNt: cds[1] - cds[0] + 1, ...base };
  return { kind: 'coding', codingNt: lastTx - cds[0] + 1, ...base };
}

export function threePrimeCoding(t: TranscriptRecord, j: Junction): SideCoding {
  const cds = cdsTxRange(t);
  const base = { intronicNt: j.intronic, codingNt: 0 };
  if (!cds) return { kind: 'non-coding', utrLeadNt: 0, firstCds: 0, ...base };
  const firstTx = exonTxStart(t, j.exon) + j.trimmed;
  if (firstTx > cds[1]) return { kind: 'after-cds', utrLeadNt: 0, firstCds: 0, ...base };
  if (firstTx <= cds[0]) return { kind: 'before-cds', utrLeadNt: cds[0] - firstTx, firstCds: 1, ...base };
  return { kind: 'coding', utrLeadNt: 0, firstCds: firstTx - cds[0] + 1, ...base };
}

export interface FrameResult {
  readonly frame: FrameStatus;
  /** Nt between the last complete 5' codon and the 3' part's first codon boundary that enter the ORF. */
  readonly pre: number;
  readonly fivePrimeResidues: readonly [number, number] | null;
  readonly threePrimeResidues: readonly [number, number] | null;
  readonly novelResidues: number;
  readonly junctionResidue: number;
  readonly length: number | null;
  readonly frameshift: boolean;
  /** Nt to insert to restore the frame. */
  readonly restoringInsertion: 1 | 2 | null;
}

const mod3 = (n: number): number => ((n % 3) + 3) % 3;

/** The frame call and residues for two resolved sides and a linker of `linkerNt`. */
export function callFrame(
  five: SideCoding,
  three: SideCoding,
  len5: number | null,
  len3: number | null,
  linkerNt: number,
): FrameResult {
  const none = { novelResidues: 0, junctionResidue: 0, frameshift: false, restoringInsertion: null, pre: 0 } as const;
  if (five.kind === 'non-coding' || five.kind === 'before-cds') {
    // No 5' ORF: the 3' partner is translated from its own start codon only if it keeps it.
    const intact = three.kind === 'before-cds' && len3 !== null;
    return {
      ...none,
      frame: 'five-prime-utr',
      fivePrimeResidues: null,
      threePrimeResidues: intact ? [1, len3] : null,
      length: intact ? len3 : null,
    };
  }
  const a = Math.floor(five.codingNt / 3);
  if (five.kind === 'after-cds') {
    return { ...none, frame: 'three-prime-non-coding', fivePrimeResidues: len5 ? [1, len5] : null, threePrimeResidues: null, length: len5, junctionResidue: len5 ?? a };
  }
  const fivePrimeResidues = a >= 1 ? ([1, a] as const) : null;
  if (three.kind === 'non-coding' || three.kind === 'after-cds') {
    return { ...none, frame: 'three-prime-non-coding', fivePrimeResidues, threePrimeResidues: null, length: null, junctionResidue: a };
  }
  const pre = five.codingNt + five.intronicNt + linkerNt + three.intronicNt + three.utrLeadNt;
  // Bases of the 3' part's first codon that must come from upstream sequence.
  const missing = codonBase(three.firstCds) - 1;
  const inFrame = mod3(pre) === missing;
  if (!inFrame || len3 === null) {
    return {
      ...none,
      frame: 'out-of-frame',
      pre,
      fivePrimeResidues,
      threePrimeResidues: null,
      length: null,
      junctionResidue: a,
      frameshift: true,
      restoringInsertion: mod3(missing - pre) as 1 | 2,
    };
  }
  const b = cdsToResidue(three.firstCds);
  const novel = (mod3(five.codingNt) + five.intronicNt + linkerNt + three.intronicNt + three.utrLeadNt - missing) / 3;
  // A 3' part that starts inside its stop codon adds no residue of its own.
  const keeps3 = b <= len3;
  return {
    frame: 'in-frame',
    pre,
    fivePrimeResidues,
    threePrimeResidues: keeps3 ? [b, len3] : null,
    novelResidues: novel,
    junctionResidue: a,
    length: a + novel + (keeps3 ? len3 - b + 1 : 0),
    frameshift: false,
    restoringInsertion: null,
  };
}

/** Fate of each display domain of one partner, with its position in the fusion protein. */
export function callDomains(
  t: TranscriptRecord,
  side: Side,
  kept: readonly [number, number] | null,
  /** Fusion-protein position of the partner's residue `kept[0]`. */
  fusionOffset: number,
): DomainCall[] {
  const seen = new Map<string, number>();
  return t.domains.map((d) => {
    const key = d.accession ?? d.name.replace(/\s+/g, '_');
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    let status: DomainStatus = 'lost';
    let from: number | null = null;
    let to: number | null = null;
    if (kept) {
      const s = Math.max(d.start, kept[0]);
      const e = Math.min(d.end, kept[1]);
      if (s <= e) {
        status = s === d.start && e === d.end ? 'retained' : 'truncated';
        from = s - kept[0] + fusionOffset;
        to = e - kept[0] + fusionOffset;
      }
    }
    return {
      id: `${t.gene}:domain:${key}${count > 1 ? `.${count}` : ''}`,
      side,
      gene: t.gene,
      name: d.name,
      description: d.description,
      accession: d.accession,
      source: d.source,
      start: d.start,
      end: d.end,
      status,
      fusionStart: from,
      fusionEnd: to,
    };
  });
}
