/**
 * 5' UTR fusions whose 3' partner lost its own start codon: an annotated start codon of
 * another transcript of the 3' gene may lie in the kept part (TMPRSS2 exon 1 :: ERG exon 4
 * makes an N-terminally truncated ERG). Without sequence only annotated starts can be found.
 */
import { cdsTxRange, exonTxStart, genomicToTx, stepAlong } from './coordinates';
import type { Junction } from './partner';
import type { TranscriptRecord } from './types';

export interface DownstreamStart {
  readonly transcript: string;
  readonly genomic: number;
  /** First residue of the 3' transcript's protein that is made. */
  readonly residue: number;
  readonly truncatedBy: number;
}

export interface StartSearch {
  readonly start: DownstreamStart | null;
  /** Annotated starts in the kept part that read another frame than the 3' transcript's CDS. */
  readonly offFrame: readonly { readonly transcript: string; readonly genomic: number }[];
}

export function findDownstreamStart(t3: TranscriptRecord, j3: Junction, all: readonly TranscriptRecord[]): StartSearch {
  const cds = cdsTxRange(t3);
  if (!cds) return { start: null, offFrame: [] };
  const firstTx = exonTxStart(t3, j3.exon) + j3.trimmed;
  const found: (DownstreamStart & { tx: number })[] = [];
  const offFrame: { transcript: string; genomic: number }[] = [];
  const seen = new Set<number>();
  for (const u of all) {
    if (u.cdsStart === null || u.cdsEnd === null || u.strand !== t3.strand || u.chrom !== t3.chrom) continue;
    const g = u.strand === '+' ? u.cdsStart : u.cdsEnd;
    if (seen.has(g)) continue;
    seen.add(g);
    const tx = genomicToTx(t3, g);
    // The whole ATG must be kept and contiguous in the 3' transcript.
    if (tx === null || tx < firstTx || tx + 2 > cds[1] || genomicToTx(t3, stepAlong(t3, g, 2)) !== tx + 2) continue;
    if ((tx - cds[0]) % 3 !== 0) {
      offFrame.push({ transcript: u.accession, genomic: g });
      continue;
    }
    const residue = (tx - cds[0]) / 3 + 1;
    found.push({ transcript: u.accession, genomic: g, residue, truncatedBy: residue - 1, tx });
  }
  found.sort((a, b) => a.tx - b.tx);
  const best = found[0];
  return { start: best ? { transcript: best.transcript, genomic: best.genomic, residue: best.residue, truncatedBy: best.truncatedBy } : null, offFrame };
}
