import { describe, it, expect } from 'vitest';
import { parseVicc } from '../../src/formats/vicc';
import { parseDescription } from '../../src/formats/index';
import type { FusionInput, Issue } from '../../src/model/types';

function parsed(text: string): FusionInput {
  const result = parseVicc(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.issues.map((i) => i.message).join('; ')}`);
  return result.value;
}

function issues(text: string): readonly Issue[] {
  const result = parseVicc(text);
  if (result.ok) throw new Error(`expected ${text} to fail, got ${JSON.stringify(result.value)}`);
  return result.issues;
}

/** Exactly one issue, at `path` with `code`, whose message quotes every one of `quoted`. */
function expectOneIssue(text: string, path: string, code: Issue['code'], ...quoted: string[]): Issue {
  const found = issues(text);
  expect(found).toHaveLength(1);
  expect(found[0].path).toBe(path);
  expect(found[0].code).toBe(code);
  for (const q of quoted) expect(found[0].message).toContain(q);
  return found[0];
}

describe('VICC transcript segments', () => {
  it('NSF::ALK with RefSeq segments keeps accessions, symbols and both segments', () => {
    expect(parsed('NM_006178.4(NSF):e.1_20::NM_004304.5(ALK):e.20_29')).toStrictEqual({
      fivePrime: {
        kind: 'transcript',
        transcript: 'NM_006178.4',
        gene: 'NSF',
        exon: 20,
        offset: 0,
        segment: { start: 1, startOffset: 0, end: 20, endOffset: 0 },
      },
      threePrime: {
        kind: 'transcript',
        transcript: 'NM_004304.5',
        gene: 'ALK',
        exon: 20,
        offset: 0,
        segment: { start: 20, startOffset: 0, end: 29, endOffset: 0 },
      },
    });
  });

  it('a segment without a gene symbol in parentheses leaves gene unset', () => {
    expect(parsed('NM_006178.4:e.1_20::NM_004304.5:e.20_29').fivePrime).toStrictEqual({
      kind: 'transcript',
      transcript: 'NM_006178.4',
      exon: 20,
      offset: 0,
      segment: { start: 1, startOffset: 0, end: 20, endOffset: 0 },
    });
  });

  it('an Ensembl transcript is an accession', () => {
    expect(parsed('NM_006178.4(NSF):e.1_20::ENST00000389048.8(ALK):e.20_29').threePrime).toStrictEqual({
      kind: 'transcript',
      transcript: 'ENST00000389048.8',
      gene: 'ALK',
      exon: 20,
      offset: 0,
      segment: { start: 20, startOffset: 0, end: 29, endOffset: 0 },
    });
  });

  it('the 5\' junction is the segment end and the 3\' junction the segment start, offsets included', () => {
    expect(parsed('NSF:e.1_8+12::ALK:e.3-5_11')).toStrictEqual({
      fivePrime: { kind: 'transcript', gene: 'NSF', exon: 8, offset: 12, segment: { start: 1, startOffset: 0, end: 8, endOffset: 12 } },
      threePrime: { kind: 'transcript', gene: 'ALK', exon: 3, offset: -5, segment: { start: 3, startOffset: -5, end: 11, endOffset: 0 } },
    });
  });

  it('a refseq: namespace before the accession is dropped', () => {
    expect(parsed('refseq:NM_152263.3(TPM3):e.1_8::ALK:e.20').fivePrime.transcript).toBe('NM_152263.3');
  });
});

describe('VICC junction components', () => {
  it('TPM3::PDGFRB offsets pass through as written, signs along transcription', () => {
    expect(parsed('NM_152263.4(TPM3):e.8-66::NM_002609.4(PDGFRB):e.11+2')).toStrictEqual({
      fivePrime: { kind: 'transcript', transcript: 'NM_152263.4', gene: 'TPM3', exon: 8, offset: -66 },
      threePrime: { kind: 'transcript', transcript: 'NM_002609.4', gene: 'PDGFRB', exon: 11, offset: 2 },
    });
  });

  it('EML4:e.13::ALK:e.20 names genes instead of transcripts', () => {
    expect(parsed('EML4:e.13::ALK:e.20')).toStrictEqual({
      fivePrime: { kind: 'transcript', gene: 'EML4', exon: 13, offset: 0 },
      threePrime: { kind: 'transcript', gene: 'ALK', exon: 20, offset: 0 },
    });
  });

  it('NSF:e.1_20::ALK:e.20_29 reads gene symbols in place of accessions', () => {
    const value = parsed('NSF:e.1_20::ALK:e.20_29');
    expect(value.fivePrime).toStrictEqual({
      kind: 'transcript', gene: 'NSF', exon: 20, offset: 0, segment: { start: 1, startOffset: 0, end: 20, endOffset: 0 },
    });
    expect(value.threePrime.transcript).toBeUndefined();
  });

  it('C19orf-style symbols keep their lowercase letters', () => {
    expect(parsed('C19orf47:e.3::ALK:e.20').fivePrime.gene).toBe('C19orf47');
  });

  it('a gene symbol may carry its HGNC id before the exon', () => {
    expect(parsed('ALK(hgnc:427):e.19::?').fivePrime).toStrictEqual({ kind: 'transcript', gene: 'ALK', hgnc: 'hgnc:427', exon: 19, offset: 0 });
  });
});

describe('VICC linkers, gene-only and unknown partners', () => {
  it('BCR::ABL1 with a linker upper-cases it and puts it between the partners', () => {
    expect(parsed('NM_004327.4(BCR):e.2+182::actaaagcg::NM_005157.5(ABL1):e.2-173')).toStrictEqual({
      fivePrime: { kind: 'transcript', transcript: 'NM_004327.4', gene: 'BCR', exon: 2, offset: 182 },
      threePrime: { kind: 'transcript', transcript: 'NM_005157.5', gene: 'ABL1', exon: 2, offset: -173 },
      linker: 'ACTAAAGCG',
    });
  });

  it('?(::)ALK(hgnc:427) is an inferred fusion of an unknown partner with a gene-only ALK', () => {
    expect(parsed('?(::)ALK(hgnc:427)')).toStrictEqual({
      fivePrime: { kind: 'unknown' },
      threePrime: { kind: 'gene', gene: 'ALK', hgnc: 'hgnc:427' },
      inferred: true,
    });
  });

  it('v (one of several genes) reads as an unknown partner and a bare symbol as gene-only', () => {
    expect(parsed('v::ALK')).toStrictEqual({ fivePrime: { kind: 'unknown' }, threePrime: { kind: 'gene', gene: 'ALK' } });
  });

  it('whitespace around the description and around :: is ignored', () => {
    expect(parsed('  EML4:e.13 ::  ALK:e.20\n')).toStrictEqual(parsed('EML4:e.13::ALK:e.20'));
    expect(parsed('BCR:e.2 :: ACG :: ABL1:e.2').linker).toBe('ACG');
  });

  it('a nucleotide-only gene symbol at an end is still a partner when the linker sits in the middle', () => {
    expect(parsed('CAT::ACGT::ALK')).toStrictEqual({
      fivePrime: { kind: 'gene', gene: 'CAT' },
      threePrime: { kind: 'gene', gene: 'ALK' },
      linker: 'ACGT',
    });
  });
});

describe('VICC errors name the field and the offending text', () => {
  it('an empty or blank description is reported as empty with an example', () => {
    const issue = expectOneIssue('   ', 'description', 'empty', 'description is empty', 'NSF:e.1_20::ALK:e.20_29');
    expect(issue.message).toBe('description is empty: expected e.g. NSF:e.1_20::ALK:e.20_29');
    expectOneIssue('', 'description', 'empty');
  });

  it('one partner is a syntax error saying a fusion needs two partners joined by ::', () => {
    expectOneIssue('NSF:e.1_20', 'description', 'syntax', 'NSF:e.1_20', 'two partners', '::');
    expectOneIssue('NSF:e.1_20::', 'description', 'syntax', 'two partners');
    expectOneIssue('NSF:e.1_20:ALK:e.20_29', 'description', 'syntax', 'two partners');
  });

  it('an empty element between separators is a syntax error', () => {
    expectOneIssue('NSF:e.1_20::::ALK:e.20', 'description', 'syntax', 'empty element');
  });

  it('NSF:e.1_2O (letter O for zero) is a syntax error at fivePrime.exon quoting 1_2O', () => {
    expectOneIssue('NSF:e.1_2O::ALK:e.20_29', 'fivePrime.exon', 'syntax', '"1_2O"', 'e.1_20');
  });

  it('exon 0 and negative exons are invalid values, reported for both partners', () => {
    const found = issues('NSF:e.0::ALK:e.-1_29');
    expect(found.map((i) => [i.path, i.code])).toStrictEqual([
      ['fivePrime.exon', 'invalid-value'],
      ['threePrime.exon', 'invalid-value'],
    ]);
    expect(found[0].message).toContain('"0"');
    expect(found[1].message).toContain('"-1"');
    expect(found[1].message).toContain('count from 1');
  });

  it('a segment running backwards is an invalid value', () => {
    expectOneIssue('NSF:e.20_1::ALK:e.20', 'fivePrime.segment', 'invalid-value', '20_1');
  });

  it('coordinates other than e. are a syntax error', () => {
    expectOneIssue('NSF:c.100::ALK:e.20', 'fivePrime.exon', 'syntax', 'c.100');
  });

  it('three partners are a syntax error, a linker in the middle is not', () => {
    expectOneIssue('NSF:e.1_20::EML4:e.13::ALK:e.20_29', 'description', 'syntax', '3 partners', 'exactly two');
    expectOneIssue('NSF:e.20::?::ALK:e.20', 'description', 'syntax', '3 partners');
  });

  it('two linkers are a syntax error at linker', () => {
    expectOneIssue('BCR:e.2::ACG::TTA::ABL1:e.2', 'linker', 'syntax', '"ACG"', '"TTA"', 'at most one linker');
  });

  it('a linker outside the partners is a syntax error at linker', () => {
    expectOneIssue('ACGT::BCR:e.2::ABL1:e.2', 'linker', 'syntax', '"ACGT"', 'between the two partners');
  });

  it('a linker with letters other than A, C, G, T is an invalid value at linker', () => {
    expectOneIssue('BCR:e.2::ACTNNAG::ABL1:e.2', 'linker', 'invalid-value', '"ACTNNAG"', 'A, C, G and T');
    expectOneIssue('NSF::KIT::ALK', 'linker', 'invalid-value', '"KIT"', 'exactly two partners');
  });

  it('both partners unknown is an error', () => {
    expectOneIssue('?::v', 'description', 'invalid-value', '?::v', 'at least one partner');
  });

  it('a transcript without an exon junction is a syntax error', () => {
    expectOneIssue('NM_006178.4::ALK:e.20', 'fivePrime.exon', 'syntax', 'NM_006178.4', 'NM_006178.4:e.20');
  });

  it('an identifier that is neither accession nor symbol is a syntax error naming it', () => {
    expectOneIssue('NSF:e.20::NM_ALK:e.20', 'threePrime.transcript', 'syntax', '"NM_ALK"');
  });

  it('a bad HGNC id in parentheses is a syntax error at hgnc', () => {
    expectOneIssue('ALK(427)::?', 'fivePrime.hgnc', 'syntax', '"427"', 'hgnc:427');
  });

  it('regulatory elements are reported as unsupported', () => {
    expectOneIssue('reg_e@IGH::MYC', 'fivePrime', 'syntax', 'reg_e@IGH', 'regulatory');
  });
});

describe('description registry', () => {
  it('sends VICC text to the VICC parser and objects or { text to the JSON parser', () => {
    expect(parseDescription('EML4:e.13::ALK:e.20')).toStrictEqual(parseVicc('EML4:e.13::ALK:e.20'));
    const json = { fivePrime: { gene: 'EML4', exon: 13 }, threePrime: { gene: 'ALK', exon: 20 } };
    expect(parseDescription(json)).toStrictEqual(parseVicc('EML4:e.13::ALK:e.20'));
    expect(parseDescription(`  ${JSON.stringify(json)}`)).toStrictEqual(parseVicc('EML4:e.13::ALK:e.20'));
  });

  it('rejects input that is neither text nor an object', () => {
    const result = parseDescription(null as unknown as string);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: 'description', code: 'invalid-value' });
  });
});
