import { describe, expect, it } from 'vitest';
import { resolveFusion } from '../../src/api';
import { bundledAnnotation, defaultAnnotation } from '../../src/annotation/bundled';
import { exonFirstBase, exonLastBase, stepAlong } from '../../src/model/coordinates';
import type { Issue } from '../../src/model/types';

function issues(description: string | object): readonly Issue[] {
  const r = resolveFusion(description);
  if (r.ok) throw new Error(`expected an error for ${JSON.stringify(description)}`);
  return r.issues;
}
const alk = () => bundledAnnotation().transcriptsOf('ALK')[0]!;
const nsf = () => bundledAnnotation().transcriptsOf('NSF')[0]!;

describe('invalid input gives typed errors naming the field and the value', () => {
  it('exon out of range names the transcript and its exon count', () => {
    expect(issues('NSF:e.1_31::ALK:e.20_29')).toEqual([
      { path: 'fivePrime.exon', code: 'exon-out-of-range', message: 'exon 31 does not exist: NM_006178.4 has 21 exons' },
    ]);
  });

  it('an unknown gene suggests close symbols', () => {
    const [i] = issues('EML9:e.13::ALK:e.20');
    expect(i).toMatchObject({ path: 'fivePrime.gene', code: 'unknown-gene' });
    // Real near-matches by edit distance: EML1–EML6 and EMC9 are one edit away; nothing that merely shares a prefix.
    expect(i!.message).toMatch(/^unknown gene EML9: did you mean EMC9, EML1, EML2, EML3, EML4, EML5, EML6\?/);
  });

  it('an unknown transcript says which the annotation has', () => {
    const [i] = issues('NM_999999.1(NSF):e.1_20::ALK:e.20_29');
    expect(i).toMatchObject({ path: 'fivePrime.transcript', code: 'unknown-transcript' });
    const nsfTranscripts = defaultAnnotation().transcriptsOf('NSF').map((t) => t.accession).join(', ');
    expect(i!.message).toBe(
      'unknown transcript NM_999999.1: fusion-viz GRCh38 whole-genome pack (GRCh38) holds no transcript NM_999999.1; ' +
        `exon numbers differ between transcripts, so give one it holds: ${nsfTranscripts} (default first), or a genomic breakpoint`,
    );
  });

  it('a transcript of another gene is a gene mismatch', () => {
    expect(issues('NM_004304.5(NSF):e.1_20::ALK:e.20_29')[0]).toMatchObject({ path: 'fivePrime.gene', code: 'gene-mismatch', message: 'NM_004304.5 is a transcript of ALK, not NSF' });
  });

  it('the 3′ segment must run to the last exon', () => {
    expect(issues('NSF:e.1_20::ALK:e.20_28')[0]).toMatchObject({ path: 'threePrime.segment', code: 'exon-out-of-range' });
  });

  it('an offset past the exon or the intron is rejected with the lengths', () => {
    expect(issues('NSF:e.20-56::ALK:e.20')[0]!.message).toBe('offset -56 leaves nothing of exon 20, which is 56 nt long in NM_006178.4');
    const intron20 = Math.abs(exonFirstBase(nsf(), 21) - exonLastBase(nsf(), 20)) - 1;
    expect(issues(`NSF:e.20+${intron20 + 1}::ALK:e.20`)[0]!.message).toBe(`offset +${intron20 + 1} runs past intron 20 of NM_006178.4, which is ${intron20} nt long`);
  });

  it('a breakpoint on the wrong chromosome is a chromosome mismatch', () => {
    expect(issues({ fivePrime: { gene: 'EML4', breakpoint: { chrom: 'chr3', pos: 42295516 } }, threePrime: { gene: 'ALK', exon: 20 } })[0]).toEqual({
      path: 'fivePrime.breakpoint.chrom', code: 'chromosome-mismatch', message: 'chr3 does not hold EML4: NM_019063.5 lies on chr2',
    });
  });

  it('a position outside the gene is rejected for RNA junctions and where nothing would be transcribed', () => {
    const up5 = stepAlong(nsf(), exonFirstBase(nsf(), 1), -100);
    expect(issues({ evidence: 'dna', fivePrime: { gene: 'NSF', breakpoint: { chrom: 'chr17', pos: up5 } }, threePrime: { gene: 'ALK', exon: 20 } })[0])
      .toMatchObject({ path: 'fivePrime.breakpoint.pos', code: 'position-outside-gene' });
    const down3 = stepAlong(alk(), exonLastBase(alk(), 29), 100);
    expect(issues({ fivePrime: { gene: 'NSF', exon: 20 }, threePrime: { gene: 'ALK', breakpoint: { chrom: 'chr2', pos: down3 } } })[0]!.message)
      .toMatch(new RegExp(`^chr2:${down3} lies downstream of ALK: no part of the 3' partner is kept`));
  });

  it('a partner read against its strand cannot be transcribed in this orientation', () => {
    const [i] = issues({ fivePrime: { gene: 'NSF', exon: 20 }, threePrime: { gene: 'ALK', breakpoint: { chrom: 'chr2', pos: exonFirstBase(alk(), 20), strand: '+' } } });
    expect(i).toMatchObject({ path: 'threePrime.breakpoint.strand', code: 'orientation' });
    expect(i!.message).toMatch(/ALK is transcribed on the - strand/);
  });

  it('an exon that disagrees with the breakpoint is reported', () => {
    expect(issues({ fivePrime: { gene: 'NSF', exon: 19, breakpoint: { chrom: 'chr17', pos: exonLastBase(nsf(), 20) } }, threePrime: { gene: 'ALK', exon: 20 } })[0])
      .toMatchObject({ path: 'fivePrime.exon', code: 'invalid-value' });
  });

  it('an empty or malformed description is a syntax error, not a crash', () => {
    expect(issues('')[0]).toMatchObject({ path: 'description', code: 'empty' });
    expect(issues('NSF:e.1_2O::ALK:e.20')[0]!.code).toBe('syntax');
    expect(issues('{"fivePrime": ')[0]!.code).toBe('syntax');
  });
});
