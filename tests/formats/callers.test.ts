import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callerReaders, detectCallerFormat, readCallerFile } from '../../src/formats/callers';
import { callersDir, fixtureText } from '../support/callers';

const FIXTURES = readdirSync(callersDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(callersDir, d.name)).map((f) => ({ rel: `${d.name}/${f}`, folder: d.name })));
const FORMAT_OF_FOLDER: Record<string, string> = { arriba: 'arriba', 'star-fusion': 'star-fusion', fusioncatcher: 'fusioncatcher', jaffa: 'jaffa', cicero: 'cicero', dragen: 'dragen', vcf: 'vcf', fusor: 'fusor' };

describe('caller-file registry', () => {
  it('has a fixture for every format, in ../shared/callers', () => {
    expect(new Set(FIXTURES.map((f) => FORMAT_OF_FOLDER[f.folder]))).toEqual(new Set(callerReaders.map((r) => r.name)));
  });

  it.each(FIXTURES)('$rel is accepted by exactly one reader, the one for its caller', ({ rel, folder }) => {
    const head = fixtureText(rel).slice(0, 8192);
    expect(callerReaders.filter((r) => r.accepts(head)).map((r) => r.name)).toEqual([FORMAT_OF_FOLDER[folder]]);
  });

  it('accepts a UTF-8 byte-order mark and CRLF line ends, with the same rows and lines', () => {
    const text = fixtureText('star-fusion/fusor-star-fusion.fusion_predictions.abridged.tsv');
    const plain = readCallerFile(text)!;
    const windows = readCallerFile('\uFEFF' + text.replace(/\n/g, '\r\n'))!;
    expect(windows.format).toBe('star-fusion');
    expect(windows.rows).toEqual(plain.rows);
  });

  it('recognises neither our JSON description nor unrelated text, and --format forces a reader', () => {
    expect(detectCallerFormat('{"fivePrime": {"gene": "EML4", "exon": 13}, "threePrime": {"gene": "ALK", "exon": 20}}')).toBeUndefined();
    expect(detectCallerFormat('gene\tpos\nEML4\t1\n')).toBeUndefined();
    expect(readCallerFile('gene\tpos\n')).toBeUndefined();
    const arriba = fixtureText('arriba/arriba-test-bcr-abl1.tsv').replace(/^#gene1/, 'gene1');
    expect(detectCallerFormat(arriba)).toBeUndefined();
    expect(readCallerFile(arriba, { format: 'arriba' })!.rows[0]).toHaveProperty('input');
  });

  it('sets --assembly on rows whose file does not state one, and keeps a stated one', () => {
    const arriba = readCallerFile(fixtureText('arriba/arriba-test-bcr-abl1.tsv'), { assembly: 'GRCh37' })!;
    expect(arriba.rows.every((r) => 'input' in r && r.input.assembly === 'GRCh37')).toBe(true);
    const fc = readCallerFile(fixtureText('vcf/fusioncatcher-test-final-list.vcf'), { assembly: 'GRCh37' })!;
    expect(fc.rows.every((r) => !('input' in r) || r.input.assembly === 'GRCh38')).toBe(true);
    expect(fc.rows.every((r) => !('input' in r) || r.warnings.includes('the file states GRCh38; the GRCh37 asked for is not used'))).toBe(true);
  });

  it('reports a row with a bad cell by its line, naming the column and the value, and keeps the others', () => {
    const lines = fixtureText('star-fusion/fusor-star-fusion.fusion_predictions.abridged.tsv').split('\n');
    const cells = lines[2]!.split('\t');
    cells[5] = 'chr2:forty-two:+';
    lines[2] = cells.join('\t');
    const file = readCallerFile(lines.join('\n'))!;
    const bad = file.rows.find((r) => r.line === 3)!;
    expect('issues' in bad && bad.issues[0]).toMatchObject({ path: 'LeftBreakpoint', message: expect.stringContaining('"chr2:forty-two:+"') });
    expect(file.rows.filter((r) => 'input' in r)).toHaveLength(file.rows.length - 1);
  });
});
