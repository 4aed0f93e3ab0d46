import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('fusion-viz annotate', () => {
  it('prints the documented JSON object for NSF::ALK', async () => {
    const { code, out, err } = await cli('annotate', 'NSF:e.1_20::ALK:e.20_29');
    expect(code).toBe(0);
    expect(err).toBe('');
    const r = JSON.parse(out);
    expect(Object.keys(r).slice(0, 8)).toEqual(['nomenclature', 'fivePrime', 'threePrime', 'frame', 'proteinLength', 'domains', 'annotation', 'evidence']);
    expect(r.nomenclature).toBe('NM_006178.4(NSF):e.1_20::NM_004304.5(ALK):e.20_29');
    expect(r.frame).toBe('out-of-frame');
    expect(r.proteinLength).toBeNull();
    expect(r.fivePrime.residues).toEqual([1, 737]);
    expect(r.domains.find((d: { accession: string }) => d.accession === 'PF07714')).toMatchObject({ gene: 'ALK', status: 'lost', fusionStart: null, fusionEnd: null });
  });

  it('reads the JSON form with --input, one object or an array', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fv-'));
    const one = join(dir, 'one.json');
    writeFileSync(one, JSON.stringify({ fivePrime: { gene: 'EML4', breakpoint: { chrom: 'chr2', pos: 42295516 } }, threePrime: { gene: 'ALK', exon: 20 } }));
    const a = await cli('annotate', '--input', one);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.out)).toMatchObject({ frame: 'in-frame', proteinLength: 1059, fivePrime: { exons: [1, 13] } });
    const many = join(dir, 'many.json');
    writeFileSync(many, JSON.stringify(['NPM1:e.4::ALK:e.20', 'NSF:e.1_20::ALK:e.20_29']));
    const b = await cli('annotate', '--input', many);
    expect(JSON.parse(b.out).map((r: { frame: string }) => r.frame)).toEqual(['in-frame', 'out-of-frame']);
  });

  it('exits non-zero with the message on stderr and nothing on stdout for a bad description', async () => {
    const { code, out, err } = await cli('annotate', 'NSF:e.1_31::ALK:e.20_29');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('fusion-viz: fivePrime.exon: exon 31 does not exist: NM_006178.4 has 21 exons\n');
  });

  it('exits 2 with usage for a missing description or an unknown option', async () => {
    expect((await cli('annotate')).code).toBe(2);
    expect((await cli('annotate', '--nope', 'x')).err).toMatch(/unknown option --nope/);
    expect((await cli('frobnicate')).err).toMatch(/unknown command frobnicate/);
  });

  it('runs as the installed bin (npx fusion-viz) in a child process', () => {
    const ok = execFileSync(process.execPath, ['bin/fusion-viz.js', 'annotate', 'EML4:e.13::ALK:e.20'], { encoding: 'utf8' });
    expect(JSON.parse(ok).proteinLength).toBe(1059);
    const bad = spawnSync(process.execPath, ['bin/fusion-viz.js', 'annotate', ''], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/description is empty/);
  }, 30_000);
});
