import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../src/annotation/bundled';
import { parseRefGene } from '../../src/formats/refgene';
import { createAnnotationSource } from '../../src/model/annotation-source';
import { resolveFusion } from '../../src/api';
import { readShared } from '../support/shared-data';

const genes = new Set(['NSF', 'ALK', 'NPM1', 'EML4', 'TPM3']);
const refGene = parseRefGene(readShared('full/refGene.hg38.txt.gz'), { genes });
// The bundled MANE records first (the defaults), then every refGene isoform not already there.
const bundled = bundledPack.transcripts.filter((t) => genes.has(t.gene));
const fuller = createAnnotationSource(
  [...bundled, ...refGene.records.filter((r) => !bundled.some((b) => b.accession.startsWith(`${r.accession}.`)))],
  { assembly: 'GRCh38', description: 'bundled MANE + UCSC hg38 refGene isoforms' },
);

describe('frame diagnostics over a fuller annotation source', () => {
  it('reads every primary-assembly refGene row of the chosen genes without issues', () => {
    expect(refGene.issues).toEqual([]);
    expect(fuller.transcriptsOf('TPM3').length).toBe(11);
    expect(fuller.transcriptsOf('NSF').map((t) => t.accession)).toEqual(['NM_006178.4', 'NR_040116']);
  });

  it('the refGene NSF and ALK records have the bundled exons and derive the protein lengths', () => {
    const nsf = refGene.records.find((r) => r.accession === 'NM_006178')!;
    const mane = bundled.find((b) => b.gene === 'NSF')!;
    expect(nsf.exons).toEqual(mane.exons);
    expect(nsf.proteinLength).toBe(744);
    expect(refGene.records.find((r) => r.accession === 'NM_004304')!.proteinLength).toBe(1620);
  });

  it('NSF::ALK checks the other NSF transcript and finds no in-frame pair', () => {
    const r = resolveFusion('NSF:e.1_20::ALK:e.20_29', { annotation: fuller });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.frame).toBe('out-of-frame');
    expect(r.value.diagnostics.alternatives.map((a) => [a.fivePrime, a.threePrime])).toEqual([['NR_040116', 'NM_004304.5']]);
    expect(r.value.diagnostics.alternatives[0]!.frame).not.toBe('in-frame');
    expect(r.value.diagnostics.sentences.join(' ')).toMatch(/The one other transcript pair of the annotation \(NR_040116 :: NM_004304.5\) does not join in frame/);
  });

  it('NPM1::ALK lists the NPM1 isoforms that also join in frame at the same genomic junction', () => {
    const r = resolveFusion('NPM1:e.4::ALK:e.20', { annotation: fuller });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const inFrame = r.value.diagnostics.alternatives.filter((a) => a.frame === 'in-frame').map((a) => a.fivePrime).sort();
    expect(inFrame).toEqual(['NM_001037738', 'NM_199185']);
    expect(r.value.diagnostics.sentences.join(' ')).toMatch(/Other transcripts of the annotation join in frame/);
  });

  it('reports a malformed refGene row with its line number and keeps the good rows', () => {
    const good = readShared('full/refGene.hg38.txt.gz').split('\n').find((l) => l.split('\t')[12] === 'NSF')!;
    const bad = good.split('\t').slice(0, 8).join('\t');
    const read = parseRefGene([good, bad, good].join('\n'));
    expect(read.records.length).toBe(2);
    expect(read.issues.map((i) => i.path)).toEqual(['line 2']);
    expect(read.issues[0]!.message).toMatch(/has 7 columns, expected at least 12/);
  });
});
