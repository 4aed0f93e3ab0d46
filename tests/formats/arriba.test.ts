import { describe, expect, it } from 'vitest';
import { bundledAnnotation } from '../../src/annotation/bundled';
import { readArriba } from '../../src/formats/arriba';
import { isRowError, type CallerRowOk } from '../../src/formats/caller-types';
import { resolveCallerRow } from '../../src/rows';
import { dataLines, expectEveryRowAccounted, fixtureText, readFixture, refGeneSource, resolveAll } from '../support/callers';

const FILES = ['arriba/arriba-test-bcr-abl1.tsv', 'arriba/fusor-arriba_fusions_itd.tsv'];

/** The fixture's own cells by header name, to compare the reader against. */
function cellsOf(rel: string, line: number): Record<string, string> {
  const lines = fixtureText(rel).split('\n');
  const head = lines[0]!.replace(/^#/, '').split('\t');
  const row = lines[line - 1]!.split('\t');
  return Object.fromEntries(head.map((h, i) => [h, row[i]!]));
}

describe('Arriba fusions.tsv', () => {
  it.each(FILES)('%s: every data row annotates or yields an error naming its line', (rel) => {
    const file = readFixture(rel);
    expect(file.format).toBe('arriba');
    expectEveryRowAccounted(file, resolveAll(file, bundledAnnotation()), dataLines(fixtureText(rel)));
  });

  it('reads BCR::ABL1 by header name: genes, breakpoints with the fusion strand, reads, frame, transcripts, sequence', () => {
    const rel = FILES[0]!;
    const c = cellsOf(rel, 2);
    const row = readFixture(rel).rows[0] as CallerRowOk;
    expect(row.line).toBe(2);
    const [chrom1, pos1] = c.breakpoint1!.split(':');
    expect(row.input.fivePrime).toEqual({ gene: c.gene1, breakpoint: { chrom: chrom1, pos: Number(pos1), strand: c['strand1(gene/fusion)']!.split('/')[1] } });
    expect(row.input.threePrime.gene).toBe(c.gene2);
    expect(row.evidence).toMatchObject({
      caller: 'Arriba',
      nature: 'rna',
      splitReads: Number(c.split_reads1) + Number(c.split_reads2),
      splitReadsPerPartner: { fivePrime: Number(c.split_reads1), threePrime: Number(c.split_reads2) },
      spanningPairs: Number(c.discordant_mates),
      coverage: { fivePrime: Number(c.coverage1), threePrime: Number(c.coverage2) },
      confidence: c.confidence,
      transcripts: { fivePrime: c.transcript_id1, threePrime: c.transcript_id2 },
      frame: { call: 'in-frame', raw: c.reading_frame },
      junctionSequence: c.fusion_transcript,
      peptide: c.peptide_sequence,
    });
    expect(row.evidence.filters).toBeUndefined(); // "." means none
  });

  it('reads columns by name whatever their order (v1 and v2 files place them differently)', () => {
    const text = fixtureText(FILES[0]!).split('\n').filter(Boolean);
    const reversed = text.map((l) => l.split('\t').reverse().join('\t')).join('\n');
    const a = readArriba(text.join('\n')).rows[0] as CallerRowOk;
    const b = readArriba(reversed).rows[0] as CallerRowOk;
    expect(b.input).toEqual(a.input);
    expect(b.evidence).toEqual(a.evidence);
  });

  it("BCR::ABL1 on GRCh37: Arriba's reading_frame matches the frame computed on the caller's own transcripts", () => {
    const rel = FILES[0]!;
    const file = readFixture(rel);
    const source = refGeneSource('hg19', ['BCR', 'ABL1']);
    const r = resolveCallerRow(file, file.rows[0]!, source, { assembly: 'GRCh37' });
    expect(r.issues).toBeUndefined();
    const c = cellsOf(rel, 2);
    // The caller's ENST ids map one-to-one to these RefSeq transcripts, so they are the ones used.
    expect(r.fusion!.fivePrime.transcript!.aliases).toContain(c.transcript_id1!.replace(/\.\d+$/, ''));
    expect(r.fusion!.threePrime.transcript!.aliases).toContain(c.transcript_id2!.replace(/\.\d+$/, ''));
    expect(r.fusion!.frame).toBe(c.reading_frame);
    expect(r.frame).toMatchObject({ agrees: true, computed: c.reading_frame });
    // The junction peptide Arriba gives: the residues it shows left of `|` end the 5' part of the fusion protein.
    const left = c.peptide_sequence!.split('|')[0]!;
    expect(r.fusion!.fivePrime.residues![1]).toBeGreaterThanOrEqual(left.length);
    expect(r.support).toBe(`Arriba · ${c.confidence} · ${Number(c.split_reads1) + Number(c.split_reads2)} split + ${c.discordant_mates} discordant reads`);
  });

  it('BCR::ABL1 against the GRCh38 bundled annotation with --assembly GRCh37 is a per-row assembly error', () => {
    const file = readFixture(FILES[0]!);
    const r = resolveCallerRow(file, file.rows[0]!, bundledAnnotation(), { assembly: 'GRCh37' });
    expect(r.issues![0]).toMatchObject({ path: 'assembly' });
    expect(r.issues![0]!.message).toMatch(/GRCh37 but the annotation is GRCh38/);
  });

  it('keeps the ITD row\'s filters and both partners in one gene', () => {
    const rel = FILES[1]!;
    const c = cellsOf(rel, 2);
    const row = readFixture(rel).rows[0]!;
    expect(isRowError(row)).toBe(false);
    const ok = row as CallerRowOk;
    expect(ok.evidence.filters).toEqual(c.filters!.split(','));
    expect(ok.evidence.type).toBe(c.type);
    expect(ok.input.fivePrime.gene).toBe(ok.input.threePrime.gene);
  });

  it('leaves an intergenic partner unnamed for the resolver, which places it by position or says why not', () => {
    const text = fixtureText(FILES[1]!).split('\n');
    const c = text[1]!.split('\t');
    c[0] = 'NBEAL2(1234),CDCP1(5678)';
    const file = readArriba([text[0], c.join('\t')].join('\n'));
    const row = file.rows[0] as CallerRowOk;
    expect(row.input.fivePrime.gene).toBeUndefined();
    expect(row.evidence.genes.fivePrime).toBe('NBEAL2(1234),CDCP1(5678)');
    const r = resolveCallerRow(file, row, bundledAnnotation());
    // The whole-genome pack places the 5' breakpoint inside the gene that holds it (the row is an NBEAL2 ITD) and says so.
    const [chrom, pos] = c[4]!.split(':');
    const near = bundledAnnotation().genesNear!(chrom!, Number(pos), 1)[0]!;
    expect(near).toMatchObject({ distance: 0, where: 'inside' });
    expect(r.fusion?.fivePrime.gene).toBe(near.gene);
    expect(r.warnings.join(' ')).toMatch(new RegExp(`"NBEAL2\\(1234\\),CDCP1\\(5678\\)" is not a gene symbol; it lies inside ${near.gene}, so ${near.gene} is used`));
  });
});
