import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { callersDir, fixtureText } from '../support/callers';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const STAR = 'star-fusion/fusor-star-fusion.fusion_predictions.abridged.tsv';
const fixture = (rel: string) => join(callersDir, rel);
const dir = mkdtempSync(join(tmpdir(), 'fv-callers-'));

/** A STAR-Fusion file of `n` rows taken from the fixture's resolvable rows, every tenth broken. */
async function tenPercentBad(n: number): Promise<{ path: string; bad: number[]; good: number[] }> {
  const lines = fixtureText(STAR).split('\n').filter(Boolean);
  const first = JSON.parse((await cli('annotate', '--input', fixture(STAR))).out) as { source: { line: number }; error?: unknown }[];
  const resolvable = first.filter((e) => !e.error).map((e) => lines[e.source.line - 1]!);
  const rows: string[] = [];
  const bad: number[] = [];
  for (let k = 0; k < n; k++) {
    const line = k + 2;
    if (k % 10 === 9) {
      const cells = resolvable[k % resolvable.length]!.split('\t');
      cells[5] = `${cells[5]!.split(':')[0]}:not-a-number:+`;
      rows.push(cells.join('\t'));
      bad.push(line);
    } else rows.push(resolvable[k % resolvable.length]!);
  }
  const path = join(dir, `ten-percent-${n}.tsv`);
  writeFileSync(path, [lines[0], ...rows].join('\n') + '\n');
  const good = rows.map((_, k) => k + 2).filter((l) => !bad.includes(l));
  return { path, bad, good };
}

describe('fusion-viz annotate --input <caller file>', () => {
  it('prints one entry per data row in file order, each with source {format, line}, and exits 3 when some rows fail', async () => {
    const { code, out, err } = await cli('annotate', '--input', fixture(STAR));
    const entries = JSON.parse(out) as { source: { format: string; line: number }; nomenclature?: string; error?: { issues: { message: string }[] } }[];
    const dataLines = fixtureText(STAR).split('\n').filter(Boolean).length - 1;
    expect(entries.map((e) => e.source.line)).toEqual(Array.from({ length: dataLines }, (_, k) => k + 2));
    expect(entries.every((e) => e.source.format === 'star-fusion')).toBe(true);
    expect(entries[0]).toMatchObject({ nomenclature: expect.stringContaining('(KIF5B)'), caller: { support: expect.stringMatching(/^STAR-Fusion · \d+ split \+ \d+ discordant reads$/) } });
    const failed = entries.filter((e) => e.error);
    expect(failed.length).toBeGreaterThan(0);
    for (const e of failed) expect(err).toContain(`fusion-viz: line ${e.source.line}: `);
    expect(err).toMatch(new RegExp(`${entries.length - failed.length} of ${entries.length} STAR-Fusion rows annotated, ${failed.length} failed`));
    expect(code).toBe(3);
  });

  it('a file with 10% bad rows: every good row out, every bad row reported by line, exit 3', async () => {
    const { path, bad, good } = await tenPercentBad(50);
    const { code, out, err } = await cli('annotate', '--input', path);
    const entries = JSON.parse(out) as { source: { line: number }; error?: unknown; frame?: string }[];
    expect(entries.filter((e) => !e.error).map((e) => e.source.line)).toEqual(good);
    expect(entries.filter((e) => e.error).map((e) => e.source.line)).toEqual(bad);
    for (const line of bad) expect(err).toMatch(new RegExp(`^fusion-viz: line ${line}: LeftBreakpoint: .*"chr\\d+:not-a-number:\\+"`, 'm'));
    expect(code).toBe(3);
  });

  it('reports progress on stderr every 500 rows of a long file', async () => {
    const { path } = await tenPercentBad(1200);
    const { err } = await cli('annotate', '--input', path);
    expect(err.match(/^fusion-viz: \d+ of 1200 rows resolved…$/gm)).toEqual(['fusion-viz: 500 of 1200 rows resolved…', 'fusion-viz: 1000 of 1200 rows resolved…']);
  }, 60_000);

  it('exits 0 when every row annotates and 1 when none does', async () => {
    const ok = await cli('annotate', '--input', fixture('fusioncatcher/fusor-fusion_catcher_test.txt'));
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toHaveLength(3);
    // The Arriba test file is GRCh37: read as GRCh38 no row fits, and each error says the positions fit GRCh37.
    const none = await cli('annotate', '--input', fixture('arriba/arriba-test-bcr-abl1.tsv'), '--assembly', 'GRCh38');
    expect(none.code).toBe(1);
    expect(JSON.parse(none.out)[0]).toMatchObject({ source: { format: 'arriba', line: 2 }, error: { issues: expect.arrayContaining([expect.objectContaining({ code: 'assembly-mismatch' })]) } });
    const right = await cli('annotate', '--input', fixture('arriba/arriba-test-bcr-abl1.tsv'), '--assembly', 'GRCh37');
    expect(right.code).toBe(0);
    expect(JSON.parse(right.out)[0]).toMatchObject({ source: { format: 'arriba', line: 2 }, frame: 'in-frame', annotation: { assembly: 'GRCh37' } });
  });

  it('reads a gzipped VCF and states the assembly from its header', async () => {
    const { out, err } = await cli('annotate', '--input', fixture('vcf/manta-demo-somaticSV.vcf.gz'));
    const entries = JSON.parse(out);
    expect(entries[0].source).toMatchObject({ format: 'vcf', caller: 'Manta' });
    // Manta's demo VCF names GRCh37 in its header: its rows are read on the GRCh37 pack.
    const drawn = entries.filter((e: { annotation?: unknown }) => e.annotation);
    expect(drawn.length).toBeGreaterThan(0);
    for (const e of drawn) expect(e.annotation.assembly).toBe('GRCh37');
    for (const e of entries) if (e.error) expect(e.error.issues[0].message).not.toMatch(/annotation is GRCh38/);
    expect(err).not.toMatch(/internal error/);
  });

  it('--filter keeps the confidence classes asked for; a file without confidence is a usage error', async () => {
    const { out } = await cli('annotate', '--input', fixture('jaffa/fusor-jaffa_results.csv'), '--filter', 'HighConfidence');
    const entries = JSON.parse(out) as { caller: { evidence: { confidence: string } } }[];
    const expected = fixtureText('jaffa/fusor-jaffa_results.csv').split('\n').filter((l) => l.includes('"HighConfidence"')).length;
    expect(entries).toHaveLength(expected);
    expect(new Set(entries.map((e) => e.caller.evidence.confidence))).toEqual(new Set(['HighConfidence']));
    const none = await cli('annotate', '--input', fixture(STAR), '--filter', 'high');
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/give no confidence to filter on/);
  });

  it('rejects an unknown --format or --assembly, and an unreadable --input, with one line and exit 2', async () => {
    for (const argv of [['--format', 'excel'], ['--assembly', 'hg18']]) {
      const r = await cli('annotate', '--input', fixture(STAR), ...argv);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')[0]).toMatch(/^fusion-viz: --(format|assembly) must be/);
    }
    const missing = await cli('annotate', '--input', join(dir, 'nope.tsv'));
    expect(missing.err.split('\n')[0]).toBe(`fusion-viz: --input ${join(dir, 'nope.tsv')}: no such file`);
  });

  it('keeps reading our JSON: an array reports every bad entry by its 1-based number and still prints the good ones', async () => {
    const path = join(dir, 'mixed.json');
    writeFileSync(path, JSON.stringify(['EML4:e.13::ALK:e.20', 'NSF:e.1_99::ALK:e.20_29', 'NPM1:e.4::ALK:e.20']));
    const { code, out, err } = await cli('annotate', '--input', path);
    const entries = JSON.parse(out);
    expect(entries.map((e: { frame?: string; error?: unknown }) => e.frame ?? 'error')).toEqual(['in-frame', 'error', 'in-frame']);
    expect(entries[1].source).toEqual({ format: 'json', entry: 2 });
    expect(err).toMatch(/^fusion-viz: entry 2: fivePrime\.exon: exon 99 does not exist/m);
    expect(code).toBe(3);
  });
});

describe('fusion-viz render --input <caller file>', () => {
  it('writes one figure per good row named by line and genes, refuses to overwrite on a second run, and exits 3', async () => {
    const { path, bad, good } = await tenPercentBad(12);
    const out = join(dir, 'figures');
    const first = await cli('render', '--input', path, '-o', out);
    expect(first.code).toBe(3);
    const files = readdirSync(out).sort();
    expect(files.map((f) => Number(f.split('-')[0]))).toEqual(good);
    expect(files[0]).toMatch(/^02-KIF5B-RET\.svg$/);
    expect(readFileSync(join(out, files[0]!), 'utf8')).toMatch(/^(<\?xml[^>]*>\s*)?<svg /);
    for (const line of bad) expect(first.err).toContain(`line ${line}: LeftBreakpoint`);
    const again = await cli('render', '--input', path, '-o', out);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/^fusion-viz render: .*02-KIF5B-RET\.svg already exists \(and \d+ more\): use an empty folder or pass --overwrite\n$/);
    const forced = await cli('render', '--input', path, '-o', out, '--overwrite');
    expect(forced.code).toBe(3);
    expect(readdirSync(out).sort()).toEqual(files); // no temp files left behind
  }, 60_000);

  it("each figure shows its row's read support, and the frame disagreement when the caller's call differs", async () => {
    // The fixture's first 40 lines (their line numbers unchanged): rows whose frame calls agree and differ.
    const path = join(dir, 'fusioncatcher-40.txt');
    writeFileSync(path, fixtureText('fusioncatcher/fusor-final-list_candidate-fusion-genes.txt').split('\n').slice(0, 40).join('\n') + '\n');
    const annotated = JSON.parse((await cli('annotate', '--input', path)).out) as { source: { line: number }; caller: { support: string; frame: { agrees: boolean | null; note?: string } | null } }[];
    const out = join(dir, 'evidence');
    await cli('render', '--input', path, '-o', out);
    const files = readdirSync(out);
    const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    let differing = 0;
    for (const e of annotated.filter((x) => x.caller.frame?.agrees === false).slice(0, 3)) {
      const svg = readFileSync(join(out, files.find((f) => Number(f.split('-')[0]) === e.source.line)!), 'utf8');
      expect(svg).toContain(`>${escape(e.caller.support)}<`);
      // The note wraps over lines: its first words are on the figure.
      expect(svg).toContain(`>Frame call differs: ${escape(e.caller.frame!.note!.split(' ').slice(0, 4).join(' '))}`);
      differing++;
    }
    expect(differing).toBeGreaterThan(0);
  }, 120_000);

  it('write failures give one clear line and exit 2, never a stack', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const asFolder = await cli('render', '--input', fixture('fusioncatcher/fusor-fusion_catcher_test.txt'), '-o', file);
    expect(asFolder).toMatchObject({ code: 2, err: `fusion-viz render: cannot use ${file} as the output folder: it is a file\n` });
    const under = await cli('render', '--input', fixture('fusioncatcher/fusor-fusion_catcher_test.txt'), '-o', join(file, 'out'));
    expect(under.code).toBe(2);
    expect(under.err).toBe(`fusion-viz render: cannot write ${join(file, 'out')}: part of that path is a file, not a folder\n`);
    const single = await cli('render', 'EML4:e.13::ALK:e.20', '-o', dir);
    expect(single).toMatchObject({ code: 2, err: expect.stringMatching(/is a folder: give a file name such as/) });
    const missing = await cli('render', 'EML4:e.13::ALK:e.20', '-o', join(dir, 'no', 'such', 'x.svg'));
    expect(missing).toMatchObject({ code: 2, err: `fusion-viz render: cannot write ${join(dir, 'no', 'such', 'x.svg')}: the folder ${join(dir, 'no', 'such')} does not exist\n` });
    for (const r of [asFolder, under, single, missing]) expect(r.err).not.toMatch(/internal error|\n\s+at /);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only folder is one line and exit 2', async () => {
    const ro = mkdtempSync(join(tmpdir(), 'fv-ro-'));
    chmodSync(ro, 0o555);
    const r = await cli('render', 'EML4:e.13::ALK:e.20', '-o', join(ro, 'x.svg'));
    expect(r).toMatchObject({ code: 2, err: expect.stringMatching(/permission denied/) });
  });
});
