import { describe, expect, it } from 'vitest';
import { resolveFusion } from '../../src/api';
import { defaultAnnotation } from '../../src/annotation/bundled';
import { exonFirstBase, exonLastBase, distanceAlong, stepAlong } from '../../src/model/coordinates';
import { normaliseCallerTranscript, translateCodon } from '../../src/model/sequence';
import type { Fusion, SequenceSet, TranscriptRecord } from '../../src/model/types';
import { resolveCallerFile } from '../../src/rows';
import { fixtureText, readFixture } from '../support/callers';
import { clearStarts, designFrame, fillPieces, fusionWhere, genomeSet, SyntheticGenome } from '../support/synthetic-sequence';

function fusion(description: string | object, sequence?: SequenceSet): Fusion {
  const r = resolveFusion(description, sequence ? { sequence } : {});
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** The columns of a caller fixture's data rows, by header name. */
function columns(rel: string): Record<string, string>[] {
  const lines = fixtureText(rel).split('\n').filter(Boolean);
  const head = lines[0]!.replace(/^#/, '').split('\t');
  return lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [head[i]!, v])));
}

const intronLength = (t: TranscriptRecord, n: number) => Math.abs(distanceAlong(t, exonLastBase(t, n), exonFirstBase(t, n + 1))) - 1;

/** A genome with both partners' CDS written (ATG, sense codons, stop) and the fusion's pieces filled. */
function genomeFor(f: Fusion, seed: number): SyntheticGenome {
  const g = new SyntheticGenome(seed);
  g.writeTranscript(f.fivePrime.transcript!);
  g.writeTranscript(f.threePrime.transcript!);
  fillPieces(g, f);
  return g;
}

describe("the caller's own sequence", () => {
  it("Arriba BCR::ABL1: the translation in the computed frame is the row's peptide_sequence on both sides of the junction", () => {
    const file = readFixture('arriba/arriba-test-bcr-abl1.tsv');
    const [row] = resolveCallerFile(file, defaultAnnotation('GRCh37'), { assembly: 'GRCh37' });
    const cols = columns('arriba/arriba-test-bcr-abl1.tsv')[0]!;
    const f = row!.fusion!;
    expect(f.frame).toBe(cols.reading_frame);
    const s = f.sequence!;
    expect(s).toMatchObject({ origin: 'caller', source: 'Arriba fusion_transcript', callerPeptide: { peptide: cols.peptide_sequence, agrees: true } });
    const [pep5, pep3] = cols.peptide_sequence!.split('|').map((x) => x.toUpperCase());
    const jx = s.fivePrime.length + s.inserted.length;
    const before = s.codons.filter((c) => c.start + 3 <= s.fivePrime.length).map((c) => c.aa).join('');
    const after = s.codons.filter((c) => c.start >= jx).map((c) => c.aa).join('');
    expect(before.length).toBeGreaterThan(5);
    expect(pep5!.endsWith(before)).toBe(true);
    expect(pep3!.includes(after)).toBe(true);
    // The window is the row's own bases around its `|`.
    const [t5, t3] = cols.fusion_transcript!.split('|');
    expect(t5!.replace(/_/g, '').toUpperCase().endsWith(s.fivePrime)).toBe(true);
    expect(t3!.replace(/_/g, '').toUpperCase().startsWith(s.threePrime)).toBe(true);
    expect(s.coversUnchecked).toBe(true);
    expect(f.diagnostics.sentences.join(' ')).toContain("caller's peptide agrees");
  });

  it("STAR-Fusion FUSION_TRANSL: the frameshifted KANSL1::ARL17B protein ends at the peptide's first stop", () => {
    const rel = 'star-fusion/chimeraviz-abridged.annotated.coding_effect.tsv';
    const rows = resolveCallerFile(readFixture(rel), defaultAnnotation('GRCh37'), { assembly: 'GRCh37' });
    const cols = columns(rel).find((c) => c.FUSION_TRANSL && c.FUSION_TRANSL !== '.')!;
    const row = rows.find((r) => r.evidence?.peptide === cols.FUSION_TRANSL)!;
    const f = row.fusion!;
    expect(cols.PROT_FUSION_TYPE).toBe('FRAMESHIFT');
    expect(f.frame).toBe('out-of-frame');
    const [, cdsEnd] = cols.CDS_LEFT_RANGE!.split('-').map(Number);
    expect(f.diagnostics.fivePrimeCodingNt).toBe(cdsEnd);
    const s = f.sequence!;
    expect(s.callerPeptide).toEqual({ peptide: cols.FUSION_TRANSL, agrees: true });
    expect(s.stop!.proteinLength).toBe(cols.FUSION_TRANSL!.indexOf('*'));
    expect(s.stop!.codonsAfterJunction).toBe(cols.FUSION_TRANSL!.indexOf('*') - Math.floor(cdsEnd! / 3));
    expect(f.frameExplanation).toContain(`stop codon ${s.stop!.codonsAfterJunction} codons after the junction`);
    expect(f.frameExplanation).toContain('(sequence: STAR-Fusion FUSION_CDS)');
  });

  it('CICERO TCF3::PBX1: a junction mark shifted by microhomology is found from the caller\'s peptide, so no false stop is reported', () => {
    const rel = 'cicero/cicero-test-final_fusions.txt';
    const [row] = resolveCallerFile(readFixture(rel), defaultAnnotation('GRCh38'), { assembly: 'GRCh38' });
    const cols = columns(rel)[0]!;
    const f = row!.fusion!;
    expect(f.frame).toBe('in-frame');
    const s = f.sequence!;
    expect(s.callerPeptide).toEqual({ peptide: cols.sv_AA!.split(',')[0], agrees: true });
    expect(s.notes.join(' ')).toContain('likely shifted by microhomology');
    expect(s.stop).toBeNull();
    expect(s.fivePrime + s.threePrime).toBe(cols.contig!.slice(Number(cols.sv_refseqA_contig_index!.split(',')[0]) - 31, Number(cols.sv_refseqA_contig_index!.split(',')[0]) + 29));
    expect(f.warnings.join(' ')).not.toContain('truncated');
  });

  it('every resolved caller row that gives a sequence with a junction mark gets fusion.sequence, named after its column', () => {
    const files: [string, 'GRCh37' | 'GRCh38', string][] = [
      ['arriba/arriba-test-bcr-abl1.tsv', 'GRCh37', 'Arriba fusion_transcript'],
      ['arriba/fusor-arriba_fusions_itd.tsv', 'GRCh38', 'Arriba fusion_transcript'],
      ['star-fusion/chimeraviz-abridged.annotated.coding_effect.tsv', 'GRCh37', 'STAR-Fusion FUSION_CDS'],
      ['fusioncatcher/fusor-final-list_candidate-fusion-genes.txt', 'GRCh38', 'FusionCatcher Fusion_sequence'],
      ['cicero/cicero-test-final_fusions.txt', 'GRCh38', 'CICERO contig'],
    ];
    for (const [rel, assembly, source] of files) {
      const rows = resolveCallerFile(readFixture(rel), defaultAnnotation(assembly), { assembly });
      const withSeq = rows.filter((r) => r.fusion && r.evidence?.junctionSequence?.includes('|'));
      expect(withSeq.length, rel).toBeGreaterThan(0);
      for (const r of withSeq) expect(r.fusion!.sequence, `${rel} line ${r.line}`).toMatchObject({ origin: 'caller', source });
    }
  });

  it("reads Arriba's marks: ___ splice sites dropped, lower case upper-cased, [] insertions kept, ... cuts, |x| non-templated", () => {
    const g = new SyntheticGenome(3);
    const part = (k: number) => Array.from({ length: k }, () => g.base()).join('');
    const [a, b, c, d, e] = [part(12), part(9), part(6), part(3), part(15)];
    const raw = `${part(7)}...${a}___${b.toLowerCase()}[${d}]|${c.toLowerCase()}|${e}-${a}...${b}`;
    expect(normaliseCallerTranscript(raw)).toMatchObject({ fivePrime: a + b + d, inserted: c, threePrime: e + a });
    expect(normaliseCallerTranscript(`${a}${b}`)).toBeNull();
  });
});

describe('sequence from a genome, built on the annotation', () => {
  /** BCR exon 14 + part of intron 14 :: linker :: part of ABL1 intron 1 + exon 2, brought in frame. */
  function bcrAbl1(seed: number): { f0: Fusion; g: SyntheticGenome } {
    const bcr = defaultAnnotation().transcriptsOf('BCR')[0]!;
    const abl1 = defaultAnnotation().transcriptsOf('ABL1')[0]!;
    const g = new SyntheticGenome(seed);
    const keep5 = Math.floor(intronLength(bcr, 14) / 100);
    let keep3 = Math.floor(intronLength(abl1, 1) / 1000);
    for (let attempt = 0; attempt < 20; attempt++) {
      const linker = g.senseCodon() + g.base() + g.base() + g.base();
      for (let k = 0; k < 3; k++) {
        const f0 = fusion(`${bcr.accession}(BCR):e.14+${keep5}::${linker}::${abl1.accession}(ABL1):e.2-${keep3}`);
        if (f0.frame === 'in-frame') {
          g.writeTranscript(bcr);
          g.writeTranscript(abl1);
          fillPieces(g, f0);
          try {
            designFrame(g, f0, { until: f0.transcript!.junction + f0.linker.length + f0.diagnostics.threePrimeLeadNt + 1 });
            return { f0, g };
          } catch {
            break; // a stop inside the linker itself: another linker
          }
        }
        keep3 += f0.diagnostics.restoringInsertion ?? 1;
      }
    }
    throw new Error('no in-frame BCR::ABL1 design');
  }

  it('BCR::ABL1 with retained intron and linker and no stop in them: the caveat is covered and the protein ends at ABL1\'s own stop', () => {
    const { f0, g } = bcrAbl1(11);
    expect(f0.diagnostics.sentences.join(' ')).toContain('stop codons in retained intron, UTR, linker or shifted-frame sequence are not checked');
    const f = fusion(f0.nomenclature, genomeSet(g, f0));
    const s = f.sequence!;
    expect(s.origin).toBe('genome');
    expect(s.notes).toEqual([]);
    expect(s.inserted).toBe(f0.linker);
    expect(s.fivePrime.length).toBe(30);
    expect(s.threePrime.length).toBe(30);
    expect(s.coversUnchecked).toBe(true);
    expect(s.stop).toMatchObject({ truncates: false, proteinLength: f0.protein.length, where: `ABL1 exon ${f0.threePrime.transcript!.exons.length}` });
    expect(f.diagnostics.sentences.join(' ')).not.toContain('are not checked');
    expect(f.diagnostics.sentences.join(' ')).toContain("to ABL1's own stop codon (sequence: genome synthetic.2bit)");
    expect(f.frame).toBe('in-frame');
    // Codons are the window's bases read in phase, whole codons only.
    const w = s.fivePrime + s.inserted + s.threePrime;
    expect(s.codons[0]!.start).toBe((3 - s.phase!) % 3);
    for (const c of s.codons) expect(translateCodon(w.slice(c.start, c.start + 3))).toBe(c.aa);
  });

  it('a stop after the junction, in the linker or ABL1 intron read into an in-frame protein, is reported as truncating it', () => {
    const { f0, g } = bcrAbl1(11);
    // The first codon wholly past the linker lies in the kept ABL1 intron.
    const k = Math.ceil((f0.linker.length + 2) / 3) + 1;
    designFrame(g, f0, { stopAt: k });
    const f = fusion(f0.nomenclature, genomeSet(g, f0));
    const s = f.sequence!;
    expect(f.frame).toBe('in-frame');
    expect(s.stop).toMatchObject({ codonsAfterJunction: k, truncates: true, where: 'ABL1 intron 1' });
    // Residues before the junction codon: the 5' coding nt and the kept BCR intron, read on.
    const intron5 = f0.fivePrime.pieces.filter((x) => x.kind === 'intron').reduce((n, x) => n + x.length, 0);
    expect(intron5).toBeGreaterThan(0);
    expect(s.stop!.proteinLength).toBe(Math.floor((f0.diagnostics.fivePrimeCodingNt! + intron5) / 3) + k);
    expect(s.codons.filter((c) => c.aa === '*')).toHaveLength(1);
    expect(s.coversUnchecked).toBe(true);
    expect(f.frameExplanation).toContain('truncates the protein');
    expect(f.warnings.some((x) => x.includes('the protein is truncated there'))).toBe(true);
  });

  it('a stop in the retained BCR intron ends the protein before the junction', () => {
    const { f0, g } = bcrAbl1(12);
    designFrame(g, f0, { stopAt: -2 });
    const s = fusion(f0.nomenclature, genomeSet(g, f0)).sequence!;
    expect(s.stop).toMatchObject({ codonsAfterJunction: -2, where: 'BCR intron 14', truncates: true });
  });

  it('NSF::ALK out of frame: the frameshifted protein ends at the stop 12 codons after the junction', () => {
    const f0 = fusion('NSF:e.1_20::ALK:e.20_29');
    const g = genomeFor(f0, 5);
    designFrame(g, f0, { stopAt: 12 });
    const f = fusion('NSF:e.1_20::ALK:e.20_29', genomeSet(g, f0));
    const s = f.sequence!;
    expect(f.frame).toBe('out-of-frame');
    expect(s.stop).toMatchObject({ codonsAfterJunction: 12, proteinLength: Math.floor(f0.diagnostics.fivePrimeCodingNt! / 3) + 12, where: 'ALK exon 20', truncates: false });
    expect(s.coversUnchecked).toBe(true);
    expect(s.notes).toEqual([]);
    expect(f.frameExplanation).toContain('stop codon 12 codons after the junction, in ALK exon 20 (sequence: genome synthetic.2bit)');
  });

  it('says when the genome disagrees with the annotation (no ATG at the start codon)', () => {
    const f0 = fusion('NSF:e.1_20::ALK:e.20_29');
    const g = genomeFor(f0, 6);
    const t = f0.fivePrime.transcript!;
    const atg = { chrom: t.chrom, strand: t.strand, g: t.strand === '+' ? t.cdsStart! : t.cdsEnd! };
    g.set(atg, 'C');
    const f = fusion('NSF:e.1_20::ALK:e.20_29', genomeSet(g, f0));
    expect(f.sequence!.notes.join(' ')).toContain(`not ATG, at the annotated start codon of NSF ${t.accession}`);
    expect(f.warnings.join(' ')).toContain('not ATG');
  });

  it("TMPRSS2 exon 1 :: ERG exon 2 (5' UTR): the first ATG is the annotated start of the shorter ERG isoform", () => {
    const f0 = fusion('TMPRSS2:e.1::ERG:e.2');
    expect(f0.frame).toBe('five-prime-utr');
    const alt = f0.protein.alternativeStart!;
    const g = genomeFor(f0, 7);
    const t3 = f0.threePrime.transcript!;
    for (let i = 0; i < 3; i++) g.set({ chrom: t3.chrom, strand: t3.strand, g: stepAlong(t3, alt.genomic, i) }, 'ATG'[i]!);
    let altPos = 1;
    while (fusionWhere(f0, altPos)?.g !== alt.genomic) altPos++;
    clearStarts(g, f0, 1, altPos + 1);
    const f = fusion('TMPRSS2:e.1::ERG:e.2', genomeSet(g, f0));
    const s = f.sequence!;
    expect(s.firstStart).toMatchObject({
      genomic: alt.genomic,
      gene: 'ERG',
      fromJunction: altPos - f0.transcript!.junction - 1,
      inFrameWithThreePrime: true,
      matchesAnnotatedStart: true,
      threePrimeResidues: f0.threePrime.residues,
      proteinLength: f0.protein.length,
    });
    expect(f.frameExplanation).toContain('The first ATG in the sequence lies');

    // An ATG in TMPRSS2's exon 1 comes first: the scan finds it, and says it is not the annotated start.
    const p = Math.floor(f0.transcript!.junction / 2);
    for (let i = 0; i < 3; i++) g.set(fusionWhere(f0, p + i)!, 'ATG'[i]!);
    const f2 = fusion('TMPRSS2:e.1::ERG:e.2', genomeSet(g, f0));
    expect(f2.sequence!.firstStart).toMatchObject({ gene: 'TMPRSS2', fromJunction: p - f0.transcript!.junction - 1, matchesAnnotatedStart: false });
    expect(f2.sequence!.notes.join(' ')).toContain(`not the annotated start codon of ${alt.transcript}`);
  });
});

describe('sequence from transcript FASTA', () => {
  it('EML4:e.13::ALK:e.20 from the two mRNAs gives the same junction as the genome', () => {
    const f0 = fusion('EML4:e.13::ALK:e.20');
    const g = genomeFor(f0, 8);
    designFrame(g, f0, { until: f0.transcript!.junction + 3 });
    const [t5, t3] = [f0.fivePrime.transcript!, f0.threePrime.transcript!];
    const fromTx = fusion('EML4:e.13::ALK:e.20', { source: 'transcripts synthetic.fa', transcripts: { [t5.accession]: g.mrna(t5), [t3.accession.replace(/\.\d+$/, '')]: g.mrna(t3) } }).sequence!;
    const fromGenome = fusion('EML4:e.13::ALK:e.20', genomeSet(g, f0)).sequence!;
    expect(fromTx.origin).toBe('transcripts');
    expect({ ...fromTx, origin: 'genome', source: '' }).toEqual({ ...fromGenome, source: '' });
    expect(fromTx.stop).toMatchObject({ truncates: false, proteinLength: f0.protein.length });
  });

  it('a transcript FASTA cannot show a retained intron: the window has N there and the caveat stays', () => {
    const t5 = defaultAnnotation().transcriptsOf('EML4')[0]!;
    const keep = Math.floor(intronLength(t5, 13) / 50);
    const d = `EML4:e.13+${keep}::ALK:e.20`;
    const f0 = fusion(d);
    const g = genomeFor(f0, 9);
    const t3 = f0.threePrime.transcript!;
    const f = fusion(d, { source: 'transcripts synthetic.fa', transcripts: { [t5.accession]: g.mrna(t5), [t3.accession]: g.mrna(t3) } });
    const s = f.sequence!;
    expect(s.fivePrime.endsWith('N'.repeat(Math.min(30, keep)))).toBe(true);
    expect(s.coversUnchecked).toBe(false);
    expect(s.notes.join(' ')).toContain('a transcript FASTA has no introns; give a genome');
  });
});
