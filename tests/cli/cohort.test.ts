import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { cohortFixtureRecords } from '../fixtures/cohort';
import { readShared, sharedDataDir } from '../support/shared-data';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('fusion-viz render --cohort', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'fv-cohort-'));

  it('writes one SVG of the review cohort with a row per fusion and the counted summary', async () => {
    const input = join(dir, 'cases.json');
    writeFileSync(input, JSON.stringify(cohortFixtureRecords()));
    const out = join(dir, 'cohort.svg');
    const r = await cli('render', '--cohort', '--input', input, '-o', out, '--group-by', 'partner');
    expect(r.code, r.err).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('<title>ALK fusion cohort</title>');
    expect(svg).toMatch(new RegExp(`<desc>${cohortFixtureRecords().length} fusions of ALK`));
    expect(svg).toContain('data-row="nsf-alk"');
  });

  it('reads the review table as published (partner only) given the shared gene and exon', async () => {
    const input = join(dir, 'review.json');
    writeFileSync(input, readShared('review-cohort.json'));
    const out = join(dir, 'review.svg');
    const r = await cli('render', '--cohort', '--input', input, '-o', out, '--gene', 'ALK', '--shared-exon', '20');
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('illustrative');
  });

  it('reports rows it cannot draw, names the field, and still writes the good ones', async () => {
    const input = join(dir, 'mixed.json');
    writeFileSync(input, JSON.stringify(['EML4:e.13::ALK:e.20', 'NSF:e.1_31::ALK:e.20_29']));
    const out = join(dir, 'mixed.svg');
    const r = await cli('render', '--cohort', '--input', input, '-o', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/description\[1\]\.fivePrime/);
    expect(readFileSync(out, 'utf8')).toContain('EML4');
  });

  it('rejects an unknown filter field with a usage error', async () => {
    const input = join(dir, 'cases2.json');
    writeFileSync(input, JSON.stringify(['EML4:e.13::ALK:e.20']));
    const r = await cli('render', '--cohort', '--input', input, '-o', join(dir, 'x.svg'), '--filter', 'colour=red');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown field "colour"');
  });

  it('reads a caller file: the FusionCatcher calls of SMG1 become one row each, labelled by their line', async () => {
    const rel = '../callers/fusioncatcher/fusor-final-list_candidate-fusion-genes.txt';
    const text = readShared(rel).split('\n');
    const head = text[0]!.split('\t');
    const g1 = head.indexOf('Gene_1_symbol(5end_fusion_partner)');
    const g2 = head.indexOf('Gene_2_symbol(3end_fusion_partner)');
    const mentioning = text.slice(1).filter((l) => { const c = l.split('\t'); return c[g1] === 'SMG1' || c[g2] === 'SMG1'; }).length;
    const out = join(dir, 'smg1.svg');
    const r = await cli('render', '--cohort', '--input', join(sharedDataDir, rel), '-o', out, '--gene', 'SMG1');
    // Rows that do not resolve, or do not hold SMG1, are reported (exit 1); the figure is written all the same.
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/line \d+/);
    const rows = [...readFileSync(out, 'utf8').matchAll(/class="cohort-row[^"]*" data-key="row\/([^"]+)"/g)].map((m) => m[1]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(mentioning);
    expect(readFileSync(out, 'utf8')).toMatch(/line \d+/);
  });
});
