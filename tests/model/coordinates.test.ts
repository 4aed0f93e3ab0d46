import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../src/annotation/bundled';
import {
  cdsToResidue, cdsToTx, cdsTxRange, codonBase, genomicToTx, locate, residueToCds, transcriptLength, txToCds, txToGenomic,
} from '../../src/model/coordinates';
import { genesJson } from '../support/shared-data';

/** Small deterministic PRNG so the property tests are repeatable. */
function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

describe('coordinates round-trip genome ↔ transcript ↔ CDS ↔ residue', () => {
  const transcripts = bundledPack.transcripts;

  it('genome → transcript → genome is the identity on 200 random exonic positions of every transcript', { timeout: 30_000 }, () => {
    const r = rng(42);
    for (const t of transcripts) {
      const len = transcriptLength(t);
      for (let k = 0; k < 200; k++) {
        const tx = 1 + r(len);
        const g = txToGenomic(t, tx)!;
        expect(genomicToTx(t, g)).toBe(tx);
        expect(locate(t, g).exon).not.toBeNull();
      }
      expect(txToGenomic(t, len + 1)).toBeNull();
    }
  });

  it('transcript → CDS → residue → CDS → transcript round-trips, and the CDS length is 3 × (protein + stop)', { timeout: 30_000 }, () => {
    const r = rng(7);
    for (const t of transcripts) {
      const [a, b] = cdsTxRange(t)!;
      expect(b - a + 1, t.gene).toBe(3 * (t.proteinLength! + 1));
      for (let k = 0; k < 100; k++) {
        const tx = a + r(b - a + 1);
        const c = txToCds(t, tx)!;
        expect(cdsToTx(t, c)).toBe(tx);
        const res = cdsToResidue(c);
        expect(residueToCds(res) + codonBase(c) - 1).toBe(c);
      }
    }
  });

  it('the start codon and the last base of the stop codon map to the genes.json start and stop positions', () => {
    const g = genesJson();
    for (const t of transcripts) {
      const [a, b] = cdsTxRange(t)!;
      expect(txToGenomic(t, a), t.gene).toBe(g[t.gene]!.startCodon);
      expect(txToGenomic(t, b), t.gene).toBe(g[t.gene]!.stopCodonEnd);
    }
  });

  it('residues per exon agree with the codon ranges of genes.json for every exon of every gene', () => {
    const g = genesJson();
    for (const t of transcripts) {
      const ranges = g[t.gene]!.exonAaRanges;
      const [a, b] = cdsTxRange(t)!;
      let tx = 1;
      t.exons.forEach(([lo, hi], i) => {
        const first = Math.max(tx, a);
        const last = Math.min(tx + hi - lo, b);
        tx += hi - lo + 1;
        const expected = first <= last ? [cdsToResidue(txToCds(t, first)!), Math.min(cdsToResidue(txToCds(t, last)!), t.proteinLength!)] : null;
        // genes.json counts the stop codon's exon as touching codon proteinLength+1 at most; clamp the same way.
        const given = ranges[i] ? [ranges[i]![0], Math.min(ranges[i]![1], t.proteinLength!)] : null;
        if (expected && given && expected[0] > t.proteinLength!) return;
        expect(expected, `${t.gene} exon ${i + 1}`).toEqual(given);
      });
    }
  });

  it('locates introns, UTRs and outside positions on both strands', () => {
    const alk = transcripts.find((t) => t.gene === 'ALK')!;
    const nsf = transcripts.find((t) => t.gene === 'NSF')!;
    expect(locate(alk, alk.exons[19]![0] - 1)).toEqual({ region: 'intron', exon: null, intron: 20 });
    expect(locate(alk, alk.exons[19]![1] + 1)).toEqual({ region: 'intron', exon: null, intron: 19 });
    expect(locate(alk, alk.exons[0]![1] + 1).region).toBe('upstream');
    expect(locate(nsf, nsf.exons[0]![0]).region).toBe('5utr');
    expect(locate(nsf, nsf.exons[20]![1]).region).toBe('3utr');
    expect(locate(nsf, nsf.exons[20]![1] + 1).region).toBe('downstream');
  });
});
