import { describe, expect, it } from 'vitest';
import { resolveFusion } from '../../src/api';
import { bundledAnnotation } from '../../src/annotation/bundled';
import { exonFirstBase, exonLastBase, stepAlong } from '../../src/model/coordinates';
import type { Fusion } from '../../src/model/types';
import { genesJson, readShared } from '../support/shared-data';

function fusion(description: string | object): Fusion {
  const r = resolveFusion(description);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const kinase = (f: Fusion) => f.domains.find((d) => d.id === 'ALK:domain:PF07714')!;

describe('ALK fusions in frame', () => {
  it('EML4:e.13::ALK:e.20 is in frame and keeps the ALK kinase domain whole', () => {
    const f = fusion('EML4:e.13::ALK:e.20');
    expect(f.frame).toBe('in-frame');
    expect(f.fivePrime.residues).toEqual([1, 496]);
    expect(f.threePrime.residues).toEqual([1058, 1620]);
    expect(f.protein.length).toBe(496 + (1620 - 1058 + 1));
    expect(kinase(f)).toMatchObject({ status: 'retained', start: 1116, end: 1382, fusionStart: 496 + 1116 - 1058 + 1, fusionEnd: 496 + 1382 - 1058 + 1 });
    expect(f.domains.find((d) => d.gene === 'EML4' && d.name === 'HELP')).toMatchObject({ status: 'retained' });
  });

  it('NPM1:e.4::ALK:e.20 keeps NPM1 1–117 and ALK 1058–1620: the 680-residue NPM-ALK protein', () => {
    const f = fusion('NPM1:e.4::ALK:e.20');
    expect(f.frame).toBe('in-frame');
    expect(f.fivePrime.residues).toEqual([1, 117]);
    expect(f.threePrime.residues).toEqual([1058, 1620]);
    expect(f.protein.length).toBe(680);
    expect(kinase(f).status).toBe('retained');
  });

  it('every published ALK junction of alk-fusions.json gets a frame that agrees with the exon phases of genes.json', () => {
    const g = genesJson();
    const list = JSON.parse(readShared('alk-fusions.json')) as { fusions: { fivePrime: string; fivePrimeLastExon: number | null; threePrime: string; threePrimeFirstExon: number }[] };
    const withExon = list.fusions.filter((x) => x.fivePrimeLastExon !== null);
    expect(withExon.length).toBeGreaterThanOrEqual(9);
    for (const x of withExon) {
      const f = fusion(`${x.fivePrime}:e.${x.fivePrimeLastExon}::${x.threePrime}:e.${x.threePrimeFirstExon}`);
      const five = g[x.fivePrime]!;
      const [, lastCodon] = five.exonAaRanges[x.fivePrimeLastExon! - 1]!;
      const [firstCodon] = g.ALK!.exonAaRanges[x.threePrimeFirstExon - 1]!;
      // Coding nt of exons 1..k, from genes.json alone: coding bases within [cdsStart, cdsEnd].
      const nt = five.exons.slice(0, x.fivePrimeLastExon!).reduce((n, [a, b]) => n + Math.max(0, Math.min(b, five.cdsEnd) - Math.max(a, five.cdsStart) + 1), 0);
      expect(f.diagnostics.fivePrimeCodingNt, x.fivePrime).toBe(nt);
      expect(f.fivePrime.residues![1], x.fivePrime).toBe(nt % 3 === 0 ? lastCodon : lastCodon - 1);
      const alkMissing = (f.diagnostics.threePrimeCodonBase! - 1);
      expect(f.diagnostics.threePrimeCodon).toBe(firstCodon);
      expect(f.frame, x.fivePrime).toBe(nt % 3 === alkMissing ? 'in-frame' : 'out-of-frame');
      if (f.frame === 'in-frame') expect(f.protein.length).toBe(Math.floor(nt / 3) + 1620 - firstCodon + 1);
    }
  });
});

describe('strands, offsets, linkers and special regions', () => {
  it('a minus-strand 5′ partner (TPM3) with an exonic offset and a 3′ exonic start (PDGFRB)', () => {
    const f = fusion('NM_152263.4(TPM3):e.8-66::NM_002609.4(PDGFRB):e.11+2');
    const tpm3 = bundledAnnotation().transcriptsOf('TPM3')[0]!;
    expect(tpm3.strand).toBe('-');
    expect(f.fivePrime.breakpoint).toMatchObject({ region: 'cds', exon: 8, offset: -66, genomic: exonLastBase(tpm3, 8) + 66 });
    expect(f.threePrime.breakpoint).toMatchObject({ exon: 11, offset: 2 });
    const last5 = f.transcript!.blocks.filter((b) => b.side === 'fivePrime').at(-1)!;
    expect(last5).toMatchObject({ id: 'TPM3:exon:8', partial: true });
    expect(last5.length).toBe(Math.abs(exonLastBase(tpm3, 8) - exonFirstBase(tpm3, 8)) + 1 - 66);
    expect(f.nomenclature).toBe('NM_152263.4(TPM3):e.1_8-66::NM_002609.4(PDGFRB):e.11+2_23');
    expect(f.frame).toBe('out-of-frame');
    expect(f.diagnostics.fivePrimeCodingNt).toBe(709);
    expect(f.diagnostics.threePrimeFirstCodingNt).toBe(1582);
  });

  it('a linker and intronic offsets on both sides enter the frame and the fusion transcript', () => {
    const f = fusion('NM_004327.4(BCR):e.2+182::ACTAAAGCG::NM_005157.5(ABL1):e.2-173');
    expect(f.linker).toBe('ACTAAAGCG');
    expect(f.transcript!.blocks.map((b) => b.kind).filter((k) => k !== 'exon')).toEqual(['intron', 'linker', 'intron']);
    expect(f.transcript!.blocks.find((b) => b.kind === 'linker')!.length).toBe(9);
    // 1461 + 182 + 9 + 173 = 1825 ≡ 1 (mod 3) and ABL1 exon 2 starts at base 2 of codon 27: in frame.
    expect(f.diagnostics.fivePrimeCodingNt).toBe(1461);
    expect(f.frame).toBe('in-frame');
    expect(f.protein.novelResidues).toBe((182 + 9 + 173 - 1) / 3);
    expect(f.threePrime.residues).toEqual([27, 1130]);
    expect(f.warnings[0]).toMatch(/NM_005157\.5 was asked for; the annotation has NM_005157\.6/);
  });

  it('a junction in the 5′ UTR gives five-prime-utr, and keeping the 3′ start codon gives the whole 3′ protein', () => {
    const f = fusion('TMPRSS2:e.1::ERG:e.2');
    expect(f.frame).toBe('five-prime-utr');
    expect(f.fivePrime.breakpoint!.region).toBe('5utr');
    const t = bundledAnnotation().transcriptsOf('ERG')[0]!;
    const firstCodingExon = t.exons.findIndex(([a, b]) => t.cdsStart! <= b && t.cdsEnd! >= a) + 1;
    const whole = fusion(`TMPRSS2:e.1::ERG:e.${firstCodingExon}`);
    expect(whole.threePrime.residues).toEqual([1, t.proteinLength]);
    expect(whole.protein.length).toBe(t.proteinLength);
    expect(whole.domains.filter((d) => d.gene === 'ERG').every((d) => d.status === 'retained')).toBe(true);
  });

  it('a 3′ partner joined after its stop codon is three-prime-non-coding', () => {
    const alk = bundledAnnotation().transcriptsOf('ALK')[0]!;
    const f = fusion(`EML4:e.13::ALK:e.${alk.exons.length}+1000`);
    expect(f.frame).toBe('three-prime-non-coding');
    expect(f.protein.length).toBeNull();
    expect(f.domains.filter((d) => d.gene === 'ALK').every((d) => d.status === 'lost')).toBe(true);
  });

  it('a DNA break inside a 5′ exon keeps the exons up to the previous donor; inside a 3′ exon skips that exon', () => {
    const nsf = bundledAnnotation().transcriptsOf('NSF')[0]!;
    const alk = bundledAnnotation().transcriptsOf('ALK')[0]!;
    const f = fusion({
      evidence: 'dna',
      fivePrime: { gene: 'NSF', breakpoint: { chrom: 'chr17', pos: stepAlong(nsf, exonFirstBase(nsf, 21), 10) } },
      threePrime: { gene: 'ALK', breakpoint: { chrom: 'chr2', pos: stepAlong(alk, exonFirstBase(alk, 19), 5) } },
    });
    expect(f.fivePrime.exons).toEqual([1, 20]);
    expect(f.fivePrime.breakpoint).toMatchObject({ region: 'cds', exon: 21 });
    expect(f.threePrime.exons).toEqual([20, 29]);
    expect(f.threePrime.breakpoint).toMatchObject({ exon: 19, offset: 5 });
  });

  it('an RNA junction inside an intron keeps the intronic nt (EML4 v3b: exon 6 plus 33 nt of intron 6)', () => {
    const eml4 = bundledAnnotation().transcriptsOf('EML4')[0]!;
    const a = fusion('EML4:e.6+33::ALK:e.20');
    const b = fusion({ fivePrime: { gene: 'EML4', breakpoint: { chrom: 'chr2', pos: stepAlong(eml4, exonLastBase(eml4, 6), 33) } }, threePrime: { gene: 'ALK', exon: 20 } });
    expect(a.transcript!.blocks).toEqual(b.transcript!.blocks);
    expect(a.transcript!.blocks.find((x) => x.id === 'EML4:intron:6')!.length).toBe(33);
    expect(a.frame).toBe(b.frame);
  });

  it('a gene-only element and an unknown partner give an unknown frame and no junction', () => {
    const f = fusion('?(::)ALK(hgnc:427)');
    expect(f.frame).toBe('unknown');
    expect(f.inferred).toBe(true);
    expect(f.fivePrime.known).toBe(false);
    expect(f.threePrime).toMatchObject({ gene: 'ALK', hasJunction: false, exons: null });
    expect(f.transcript).toBeNull();
    expect(f.nomenclature).toBe('?(::)ALK(hgnc:427)');
  });
});

describe('edge of the 3′ coding sequence', () => {
  it('a 3′ part that starts inside its stop codon keeps no 3′ residue and never gives an impossible range', () => {
    const alk = bundledAnnotation().transcriptsOf('ALK')[0]!;
    const stopFirst = stepAlong(alk, alk.strand === '-' ? alk.cdsStart! : alk.cdsEnd!, -2); // first base of the stop codon
    const f = fusion({ fivePrime: { gene: 'EML4', exon: 13 }, threePrime: { gene: 'ALK', breakpoint: { chrom: 'chr2', pos: stepAlong(alk, stopFirst, 1) } } });
    expect(f.threePrime.residues).toBeNull();
    if (f.frame === 'in-frame') expect(f.protein.length).toBe(496 + f.protein.novelResidues);
    expect(f.domains.filter((d) => d.gene === 'ALK').every((d) => d.status === 'lost')).toBe(true);
  });
});
