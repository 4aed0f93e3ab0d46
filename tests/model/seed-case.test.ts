import { describe, expect, it } from 'vitest';
import { resolveFusion } from '../../src/api';
import { bundledAnnotation, defaultAnnotation } from '../../src/annotation/bundled';
import { exonFirstBase, exonLastBase, stepAlong } from '../../src/model/coordinates';
import { toAnnotateReport } from '../../src/model/report';
import type { Fusion } from '../../src/model/types';
import { genesJson } from '../support/shared-data';

function fusion(description: string | object): Fusion {
  const r = resolveFusion(description);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** Middle of intron n of a gene's bundled transcript, computed from the annotation. */
function midIntron(gene: string, n: number): { chrom: string; pos: number } {
  const t = bundledAnnotation().transcriptsOf(gene)[0]!;
  const a = exonLastBase(t, n);
  const b = exonFirstBase(t, n + 1);
  return { chrom: t.chrom, pos: stepAlong(t, a, Math.floor(Math.abs(b - a) / 2)) };
}

const rna = () => fusion('NSF:e.1_20::ALK:e.20_29');
const dna = () =>
  fusion({ evidence: 'dna', fivePrime: { gene: 'NSF', breakpoint: midIntron('NSF', 20) }, threePrime: { gene: 'ALK', breakpoint: midIntron('ALK', 19) } });

describe('NSF::ALK, the seed case', () => {
  it('NSF:e.1_20::ALK:e.20_29 and the DNA form (NSF intron 20, ALK intron 19) give the same fusion transcript', () => {
    const a = rna();
    const b = dna();
    expect(b.fivePrime.breakpoint).toMatchObject({ region: 'intron', intron: 20, exon: null });
    expect(b.threePrime.breakpoint).toMatchObject({ region: 'intron', intron: 19, exon: null });
    expect(b.transcript!.blocks).toEqual(a.transcript!.blocks);
    expect(b.nomenclature).toBe(a.nomenclature);
    expect(b.frame).toBe(a.frame);
    expect(a.fivePrime.exons).toEqual([1, 20]);
    expect(a.threePrime.exons).toEqual([20, 29]);
  });

  it('reads the accession form the same as the symbol form', () => {
    const a = fusion('NM_006178.4(NSF):e.1_20::NM_004304.5(ALK):e.20_29');
    expect(toAnnotateReport(a)).toEqual(toAnnotateReport(rna()));
    expect(a.nomenclature).toBe('NM_006178.4(NSF):e.1_20::NM_004304.5(ALK):e.20_29');
  });

  it('is out of frame on the MANE transcripts, with diagnostics in plain words', () => {
    const f = rna();
    expect(f.frame).toBe('out-of-frame');
    expect(f.protein.length).toBeNull();
    expect(f.protein.frameshift).toBe(true);
    expect(f.diagnostics.fivePrimeCodingNt).toBe(2213);
    expect(f.diagnostics.threePrimeFirstCodingNt).toBe(3173);
    expect(f.diagnostics.threePrimeCodon).toBe(1058);
    expect(f.diagnostics.threePrimeCodonBase).toBe(2);
    expect(f.diagnostics.restoringInsertion).toBe(2);
    expect(f.diagnostics.sentences).toContain(
      'NSF exons 1–20 bring 2,213 coding nt: 737 complete codons and 2 bases of codon 738 (NM_006178.4).',
    );
    expect(f.diagnostics.sentences).toContain('ALK exon 20 begins at c.3173, the 2nd base of codon 1058 (NM_004304.5).');
    expect(f.diagnostics.sentences.join(' ')).toMatch(/insertion of 2 nt at the junction/);
    // Every transcript pair of NSF and ALK in the GRCh38 pack is checked at the same genomic junction.
    const pairs = defaultAnnotation().transcriptsOf('NSF').length * defaultAnnotation().transcriptsOf('ALK').length;
    expect(f.diagnostics.alternatives).toHaveLength(pairs - 1);
    expect(f.diagnostics.alternatives.every((a) => a.frame !== 'in-frame')).toBe(true);
    expect(f.frameExplanation).toMatch(/^Out of frame/);
  });

  it("keeps NSF residues 1–737 and NSF's N-terminal and AAA domains, and makes no ALK domain", () => {
    const f = rna();
    expect(f.fivePrime.residues).toEqual([1, 737]);
    expect(f.threePrime.residues).toBeNull();
    const nsf = f.domains.filter((d) => d.gene === 'NSF').map((d) => [d.name, d.accession, d.status, d.fusionStart, d.fusionEnd]);
    expect(nsf).toEqual([
      ['CDC48_N', 'PF02359', 'retained', 6, 84],
      ['CDC48_2', 'PF02933', 'retained', 111, 159],
      ['AAA', 'SM00382', 'retained', 254, 399],
      ['AAA', 'SM00382', 'retained', 538, 670],
    ]);
    const alk = f.domains.filter((d) => d.gene === 'ALK');
    expect(alk.map((d) => d.status)).toEqual(alk.map(() => 'lost'));
    expect(alk.find((d) => d.accession === 'PF07714')).toMatchObject({ status: 'lost', fusionStart: null });
  });

  it('prints the annotate contract', () => {
    const r = toAnnotateReport(rna());
    expect(r.fivePrime).toEqual({
      gene: 'NSF', transcript: 'NM_006178.4', chrom: 'chr17', strand: '+', exons: [1, 20],
      breakpoint: { region: 'cds', exon: 20, intron: null, offset: 0, genomic: 46755369 },
      residues: [1, 737],
    });
    expect(r.threePrime).toMatchObject({ gene: 'ALK', transcript: 'NM_004304.5', chrom: 'chr2', strand: '-', exons: [20, 29] });
    expect(r.threePrime.breakpoint).toEqual({ region: 'cds', exon: 20, intron: null, offset: 0, genomic: 29223528 });
    expect(r.annotation.assembly).toBe('GRCh38');
  });

  it('agrees with the exon boundaries and codon ranges of genes.json', () => {
    const g = genesJson();
    // ALK exon 20 = chr2:29223342-29223528 on the minus strand: the junction's first ALK base is its high end.
    expect(g.ALK!.exons[19]).toEqual([29223342, 29223528]);
    expect(g.ALK!.exonAaRanges[19]![0]).toBe(1058);
    expect(g.NSF!.exons[19]![1]).toBe(rna().fivePrime.breakpoint!.genomic);
    expect(g.NSF!.exonAaRanges[19]![1]).toBe(738);
  });
});
