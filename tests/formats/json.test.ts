import { describe, it, expect } from 'vitest';
import { parseJsonDescription } from '../../src/formats/json';
import { parseVicc } from '../../src/formats/vicc';
import type { FusionInput, Issue } from '../../src/model/types';

function parsed(input: unknown): FusionInput {
  const result = parseJsonDescription(input);
  if (!result.ok) throw new Error(`expected to parse: ${result.issues.map((i) => i.message).join('; ')}`);
  return result.value;
}

function issues(input: unknown): readonly Issue[] {
  const result = parseJsonDescription(input);
  if (result.ok) throw new Error(`expected to fail, got ${JSON.stringify(result.value)}`);
  return result.issues;
}

const EML4_ALK = {
  fivePrime: { gene: 'EML4', transcript: 'NM_019063.5', exon: 13 },
  threePrime: { gene: 'ALK', exon: 20, breakpoint: { chrom: '2', pos: 29223528, strand: '-' } },
};

describe('JSON fusion descriptions', () => {
  it('EML4::ALK as an object fills kind, a zero offset and a chr-prefixed chromosome', () => {
    expect(parsed(EML4_ALK)).toStrictEqual({
      fivePrime: { kind: 'transcript', gene: 'EML4', transcript: 'NM_019063.5', exon: 13, offset: 0 },
      threePrime: { kind: 'transcript', gene: 'ALK', exon: 20, offset: 0, breakpoint: { chrom: 'chr2', pos: 29223528, strand: '-' } },
    });
  });

  it('the same description as a JSON string parses the same', () => {
    expect(parsed(JSON.stringify(EML4_ALK))).toStrictEqual(parsed(EML4_ALK));
  });

  it('a breakpoint alone locates a partner, and linker, evidence and inferred come through', () => {
    expect(
      parsed({
        fivePrime: { gene: 'BCR', hgnc: 'HGNC:1014', breakpoint: { chrom: 'chr22', pos: 23290555 } },
        threePrime: { gene: 'ABL1', exon: 2, offset: -173 },
        linker: 'actaaagcg',
        evidence: 'dna',
        inferred: true,
      }),
    ).toStrictEqual({
      fivePrime: { kind: 'transcript', gene: 'BCR', hgnc: 'hgnc:1014', breakpoint: { chrom: 'chr22', pos: 23290555 } },
      threePrime: { kind: 'transcript', gene: 'ABL1', exon: 2, offset: -173 },
      linker: 'ACTAAAGCG',
      evidence: 'dna',
      inferred: true,
    });
  });

  it('a partner with neither exon nor breakpoint is gene-only and kind unknown stands for ?', () => {
    expect(parsed({ fivePrime: { kind: 'unknown' }, threePrime: { gene: 'ALK' } })).toStrictEqual({
      fivePrime: { kind: 'unknown' },
      threePrime: { kind: 'gene', gene: 'ALK' },
    });
  });

  it('chromosomes are normalised to chrN, chrX, chrY and chrM', () => {
    const chromOf = (chrom: unknown) =>
      parsed({ fivePrime: { gene: 'A1', breakpoint: { chrom, pos: 1 } }, threePrime: { kind: 'unknown' } }).fivePrime.breakpoint?.chrom;
    expect(['chr2', '2', 'CHR2', 2, 'x', 'chrY', 'MT', 'chrM', 'M'].map(chromOf)).toStrictEqual([
      'chr2', 'chr2', 'chr2', 'chr2', 'chrX', 'chrY', 'chrM', 'chrM', 'chrM',
    ]);
  });

  it('a parsed VICC segment survives a round trip through JSON', () => {
    const vicc = parseVicc('NM_006178.4(NSF):e.1_20::ACG::NM_004304.5(ALK):e.3-5_29');
    if (!vicc.ok) throw new Error('fixture does not parse');
    expect(parsed(JSON.stringify(vicc.value))).toStrictEqual(vicc.value);
  });

  it('a segment without exon gives the junction exon for each side', () => {
    expect(
      parsed({
        fivePrime: { gene: 'NSF', segment: { start: 1, end: 20, endOffset: 3 } },
        threePrime: { gene: 'ALK', segment: { start: 20, end: 29 } },
      }),
    ).toStrictEqual({
      fivePrime: { kind: 'transcript', gene: 'NSF', exon: 20, offset: 3, segment: { start: 1, startOffset: 0, end: 20, endOffset: 3 } },
      threePrime: { kind: 'transcript', gene: 'ALK', exon: 20, offset: 0, segment: { start: 20, startOffset: 0, end: 29, endOffset: 0 } },
    });
  });
});

describe('JSON errors name the path and the value', () => {
  it('bad JSON text is a syntax error quoting the parser message', () => {
    const [issue] = issues('{"fivePrime": ');
    expect(issue).toMatchObject({ path: 'description', code: 'syntax' });
    expect(issue.message).toMatch(/^description is not valid JSON: ./);
    let native = '';
    try {
      JSON.parse('{"fivePrime": ');
    } catch (error) {
      native = (error as Error).message;
    }
    expect(issue.message).toContain(native);
  });

  it('an empty string is empty and a non-object is an invalid value', () => {
    expect(issues('  ')[0]).toMatchObject({ path: 'description', code: 'empty' });
    const [issue] = issues([1, 2]);
    expect(issue).toMatchObject({ path: 'description', code: 'invalid-value' });
    expect(issue.message).toContain('[1,2]');
  });

  it('every problem is reported, each at its own path with the offending value', () => {
    const found = issues({
      fivePrime: { gene: 'EML4', exon: '13', breakpoint: { chrom: 'chr23', pos: 'abc', strand: 'plus' } },
      threePrime: { gene: 'ALK', exon: 0, offset: 1.5 },
      linker: 'ACGN',
      evidence: 'protein',
    });
    expect(found.map((i) => [i.path, i.code])).toStrictEqual([
      ['fivePrime.exon', 'invalid-value'],
      ['fivePrime.breakpoint.chrom', 'invalid-value'],
      ['fivePrime.breakpoint.pos', 'invalid-value'],
      ['fivePrime.breakpoint.strand', 'invalid-value'],
      ['threePrime.exon', 'invalid-value'],
      ['threePrime.offset', 'invalid-value'],
      ['linker', 'invalid-value'],
      ['evidence', 'invalid-value'],
    ]);
    const messages = found.map((i) => i.message);
    expect(messages[0]).toBe('fivePrime.exon must be a positive integer, got "13"');
    expect(messages[1]).toContain('"chr23"');
    expect(messages[2]).toBe('fivePrime.breakpoint.pos must be a positive integer, got "abc"');
    expect(messages[3]).toContain('"plus"');
    expect(messages[4]).toContain('got 0');
    expect(messages[5]).toContain('1.5');
    expect(messages[6]).toContain('"ACGN"');
    expect(messages[7]).toContain('"protein"');
  });

  it('unknown keys are invalid values listing the allowed keys', () => {
    const found = issues({ ...EML4_ALK, genes: ['EML4'], threePrime: { gene: 'ALK', exons: 20 } });
    expect(found.map((i) => i.path)).toStrictEqual(['genes', 'threePrime.exons']);
    expect(found[0].code).toBe('invalid-value');
    expect(found[0].message).toContain('fivePrime, threePrime, linker, evidence, inferred');
    expect(found[1].message).toContain('kind, gene, hgnc, transcript, exon, offset, segment, breakpoint');
  });

  it('a missing partner or one that is not an object is an invalid value', () => {
    const found = issues({ fivePrime: 'EML4:e.13' });
    expect(found.map((i) => [i.path, i.code])).toStrictEqual([
      ['fivePrime', 'invalid-value'],
      ['threePrime', 'invalid-value'],
    ]);
    expect(found[0].message).toContain('"EML4:e.13"');
    expect(found[1].message).toContain('missing');
  });

  it('a partner needs a gene or a transcript', () => {
    const [issue] = issues({ fivePrime: { exon: 13 }, threePrime: { gene: 'ALK', exon: 20 } });
    expect(issue).toMatchObject({ path: 'fivePrime', code: 'invalid-value' });
    expect(issue.message).toContain('needs a gene or a transcript');
  });

  it('an offset without an exon is an invalid value', () => {
    const [issue] = issues({ fivePrime: { gene: 'EML4', offset: 5 }, threePrime: { gene: 'ALK' } });
    expect(issue).toMatchObject({ path: 'fivePrime.offset', code: 'invalid-value' });
  });

  it('kinds that contradict the other fields are invalid values', () => {
    expect(issues({ fivePrime: { kind: 'gene', gene: 'EML4', exon: 13 }, threePrime: { gene: 'ALK' } })[0]).toMatchObject({
      path: 'fivePrime.kind', code: 'invalid-value',
    });
    expect(issues({ fivePrime: { kind: 'unknown', gene: 'EML4' }, threePrime: { gene: 'ALK' } })[0]).toMatchObject({
      path: 'fivePrime.kind', code: 'invalid-value',
    });
    expect(issues({ fivePrime: { kind: 'fusion', gene: 'EML4' }, threePrime: { gene: 'ALK' } })[0].message).toContain('"fusion"');
  });

  it('a segment that disagrees with the exon is an invalid value', () => {
    const [issue] = issues({ fivePrime: { gene: 'NSF', exon: 19, segment: { start: 1, end: 20 } }, threePrime: { gene: 'ALK' } });
    expect(issue).toMatchObject({ path: 'fivePrime.segment', code: 'invalid-value' });
  });

  it('both partners unknown is an error', () => {
    expect(issues({ fivePrime: { kind: 'unknown' }, threePrime: { kind: 'unknown' } })[0]).toMatchObject({
      path: 'description', code: 'invalid-value',
    });
  });
});
