import { describe, expect, it } from 'vitest';
import { bundledAnnotation } from '../../src/annotation/bundled';
import type { CallerRowOk } from '../../src/formats/caller-types';
import { resolveCallerRow } from '../../src/rows';
import { dataLines, expectEveryRowAccounted, fixtureText, readFixture, refGeneSource, resolveAll } from '../support/callers';

const REL = 'cicero/cicero-test-final_fusions.txt';

function cells(): Record<string, string> {
  const [head, row] = fixtureText(REL).split('\n');
  const names = head!.split('\t');
  return Object.fromEntries(row!.split('\t').map((v, i) => [names[i]!, v]));
}
const first = (v: string) => v.split(',')[0]!;

describe('CICERO final_fusions.txt', () => {
  it('every data row annotates or yields an error naming its line', () => {
    const file = readFixture(REL);
    expect(file.format).toBe('cicero');
    expectEveryRowAccounted(file, resolveAll(file, bundledAnnotation()), dataLines(fixtureText(REL)));
  });

  it('reads TCF3::PBX1: strands from ortA/ortB, reads, coverage, ratios, rating, first transcript pair, contig junction', () => {
    const c = cells();
    const r = readFixture(REL).rows[0] as CallerRowOk;
    expect(r.input.fivePrime).toEqual({ gene: c.geneA, breakpoint: { chrom: c.chrA, pos: Number(c.posA), strand: c.ortA } });
    expect(r.input.threePrime).toEqual({ gene: c.geneB, breakpoint: { chrom: c.chrB, pos: Number(c.posB), strand: c.ortB } });
    expect(r.evidence).toMatchObject({
      splitReads: Number(c.readsA) + Number(c.readsB),
      coverage: { fivePrime: Number(c.coverageA), threePrime: Number(c.coverageB) },
      fraction: { fivePrime: Number(c.ratioA), threePrime: Number(c.ratioB) },
      confidence: c.rating,
      transcripts: { fivePrime: first(c.sv_refseqA!), threePrime: first(c.sv_refseqB!) },
      peptide: first(c.sv_AA!),
    });
    const cut = Number(first(c.sv_refseqA_contig_index!));
    expect(r.evidence.junctionSequence).toBe(`${c.contig!.slice(0, cut)}|${c.contig!.slice(cut)}`);
  });

  it("on GRCh38 refGene, CICERO's own transcripts give its exons (sv_refseqA_exon, sv_refseqB_exon) and its in-frame call", () => {
    const c = cells();
    const file = readFixture(REL);
    const r = resolveCallerRow(file, file.rows[0]!, refGeneSource('hg38', [c.geneA!, c.geneB!]));
    expect(r.issues).toBeUndefined();
    expect(r.fusion!.fivePrime.transcript!.accession).toBe(first(c.sv_refseqA!));
    expect(r.fusion!.threePrime.transcript!.accession).toBe(first(c.sv_refseqB!));
    expect(r.fusion!.fivePrime.exons![1]).toBe(Number(first(c.sv_refseqA_exon!)));
    expect(r.fusion!.threePrime.exons![0]).toBe(Number(first(c.sv_refseqB_exon!)));
    expect(r.frame).toMatchObject({ caller: { call: 'in-frame', raw: first(c.frame!) }, agrees: true });
  }, 60_000);
});
