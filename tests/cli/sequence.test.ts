import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { FGFR3_TACC3, sequenceFixture, type SequenceFixture } from '../support/sequence-files';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

let fx: SequenceFixture;
beforeAll(() => {
  fx = sequenceFixture();
});

describe('fusion-viz annotate --genome / --transcripts', () => {
  it('adds the junction read from a .2bit genome to the JSON report', async () => {
    const { code, out, err } = await cli('annotate', FGFR3_TACC3, '--genome', fx.files.twoBit);
    expect(err).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.frame).toBe('in-frame');
    expect(r.sequence).toMatchObject({ origin: 'genome', source: 'genome synthetic.2bit', coversUnchecked: true, stop: { truncates: false, proteinLength: r.proteinLength } });
    expect(r.sequence.fivePrime).toHaveLength(30);
    expect(r.diagnostics.join(' ')).toContain('(sequence: genome synthetic.2bit)');
  });

  it('reads an indexed FASTA genome and a gzipped transcript FASTA the same way', async () => {
    const a = JSON.parse((await cli('annotate', FGFR3_TACC3, '--genome', fx.files.fasta)).out);
    const b = JSON.parse((await cli('annotate', FGFR3_TACC3, '--transcripts', fx.files.gencodeGz)).out);
    expect(a.sequence.source).toBe('genome synthetic.fa');
    expect(b.sequence).toMatchObject({ origin: 'transcripts', source: 'transcripts gencode.pc_transcripts.fa.gz' });
    expect(b.sequence.threePrime).toBe(a.sequence.threePrime);
    expect(b.sequence.codons).toEqual(a.sequence.codons);
  });

  it('a batch: each entry gets the sequence the file holds for it, and says when it holds none', async () => {
    const input = join(fx.dir, 'batch.json');
    writeFileSync(input, JSON.stringify([FGFR3_TACC3, 'NSF:e.1_20::ALK:e.20_29']));
    const { code, out } = await cli('annotate', '--input', input, '--genome', fx.files.twoBit);
    expect(code).toBe(0);
    const [one, two] = JSON.parse(out);
    expect(one.sequence.origin).toBe('genome');
    expect(two.sequence).toBeNull();
    expect(two.warnings.join(' ')).toContain('covers neither partner');
  });

  it('bad sequence files are one clear line naming the flag and the path, with the usage exit code', async () => {
    const missing = join(fx.dir, 'nope.2bit');
    const a = await cli('annotate', FGFR3_TACC3, '--genome', missing);
    expect(a.code).toBe(2);
    expect(a.out).toBe('');
    expect(a.err.split('\n')[0]).toBe(`fusion-viz: --genome ${missing}: no such file`);
    const noFai = join(fx.dir, 'copy.fa');
    writeFileSync(noFai, readFileSync(fx.files.fasta));
    const b = await cli('annotate', FGFR3_TACC3, '--genome', noFai);
    expect(b.code).toBe(2);
    expect(b.err.split('\n')[0]).toBe(`fusion-viz: --genome ${noFai}: no index copy.fa.fai beside it (make one with samtools faidx copy.fa)`);
    const c = await cli('annotate', FGFR3_TACC3, '--transcripts', fx.files.twoBit);
    expect(c.code).toBe(2);
    expect(c.err.split('\n')[0]).toBe(`fusion-viz: --transcripts ${fx.files.twoBit}: not a FASTA file (it does not start with '>')`);
    expect(a.err + b.err + c.err).not.toContain('internal error');
  });
});

describe('fusion-viz render --genome', () => {
  it('draws the figure with the sequence read from the genome', async () => {
    const file = join(fx.dir, 'fgfr3-tacc3.svg');
    const { code, err } = await cli('render', FGFR3_TACC3, '-o', file, '--genome', fx.files.twoBit);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(existsSync(file)).toBe(true);
    const bad = await cli('render', FGFR3_TACC3, '-o', file, '--transcripts', join(fx.dir, 'none.fa'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(`--transcripts ${join(fx.dir, 'none.fa')}: no such file`);
  });
});
