/**
 * Bounded input: over-long descriptions, names and linkers and out-of-range exon numbers are
 * rejected at the field they are in, quoting at most ~80 characters of the value; a byte-order
 * mark is not an error; a width that cannot be drawn is refused where layout starts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveFusion } from '../../src/api';
import { run } from '../../src/cli/main';
import { LIMITS } from '../../src/formats/common';
import { parseDescription } from '../../src/formats/index';
import { MAX_WIDTH, MIN_WIDTH, layoutFusion } from '../../src/layout';
import type { Issue } from '../../src/model/types';
import { fixture, nsfAlkDnaDescription } from '../fixtures/fusions';

const NSF_ALK = fixture('nsf-alk-rna').description as string;

function rejected(input: string | object): readonly Issue[] {
  const r = parseDescription(input);
  if (r.ok) throw new Error(`expected ${String(input).slice(0, 60)} to be rejected`);
  return r.issues;
}

/** The longest run of `ch` quoted in a message: how much of a hostile value reached it. */
const longestRun = (message: string, ch: string) => Math.max(0, ...(message.match(new RegExp(`${ch}+`, 'g')) ?? []).map((m) => m.length));

describe('input limits', () => {
  it('a 9,000-character gene name in VICC text and a 1,000,000-character one in JSON are rejected at fivePrime.gene, quoting at most 80 characters', () => {
    for (const input of [`${'Q'.repeat(9_000)}:e.20::ALK:e.20`, { fivePrime: { gene: 'Q'.repeat(1_000_000), exon: 20 }, threePrime: { gene: 'ALK', exon: 20 } }]) {
      const [first] = rejected(input);
      expect(first!.path).toBe('fivePrime.gene');
      expect(longestRun(first!.message, 'Q')).toBeLessThanOrEqual(80);
      expect(first!.message.length).toBeLessThan(250);
    }
  });

  it(`a description longer than ${LIMITS.descriptionLength.toLocaleString('en-US')} characters is rejected before it is parsed, quoting its start`, () => {
    for (const text of [`NSF:e.20::${'A'.repeat(50_000)}::ALK:e.20`, `{"fivePrime": {"gene": "${'Q'.repeat(50_000)}"}}`]) {
      const [first] = rejected(text);
      expect(first!.path).toBe('description');
      expect(first!.message).toMatch(/^description is 50,0\d\d characters long, more than the 10,000 allowed/);
      expect(first!.message.length).toBeLessThan(200);
    }
  });

  it(`a linker longer than ${LIMITS.linkerLength.toLocaleString('en-US')} nt is rejected at linker, in VICC text and in JSON`, () => {
    const linker = 'ACGT'.repeat(LIMITS.linkerLength / 4 + 1);
    const [vicc] = rejected(`NSF:e.20::${linker}::ALK:e.20`);
    const [json] = rejected({ fivePrime: { gene: 'NSF', exon: 20 }, threePrime: { gene: 'ALK', exon: 20 }, linker });
    for (const i of [vicc!, json!]) {
      expect(i.path).toBe('linker');
      expect(i.message).toContain(`is ${linker.length.toLocaleString('en-US')} nt long`);
      expect(longestRun(i.message, '[ACGT]')).toBeLessThanOrEqual(80);
    }
    const ok = resolveFusion(`NSF:e.20::${'ACG'.repeat(4)}::ALK:e.20`);
    expect(ok.ok).toBe(true);
  });

  it('exon 10^25 is rejected as written, never printed as 1e+25 or Infinity; so are an exon past the limit and a huge offset in JSON', () => {
    const huge = '1'.padEnd(26, '0');
    const [vicc] = rejected(`NSF:e.${huge}::ALK:e.20`);
    expect(vicc!.path).toBe('fivePrime.exon');
    expect(vicc!.message).toContain(`"${huge}"`);
    expect(vicc!.message).not.toMatch(/e\+|Infinity/);
    const [json] = rejected({ fivePrime: { gene: 'NSF', exon: LIMITS.exon + 1 }, threePrime: { gene: 'ALK', exon: 20 } });
    expect(json!.path).toBe('fivePrime.exon');
    expect(json!.message).toBe(`fivePrime.exon ${LIMITS.exon + 1} is not an exon number: at most 1,000`);
    const [offset] = rejected(`NSF:e.20+${'9'.repeat(30)}::ALK:e.20`);
    expect(offset!.path).toBe('fivePrime.offset');
    expect(offset!.message).not.toMatch(/e\+|Infinity/);
    const [segment] = rejected({ fivePrime: { gene: 'NSF', segment: { start: 1, end: 10 ** 9 } }, threePrime: { gene: 'ALK', exon: 20 } });
    expect(segment!.path).toBe('fivePrime.segment.end');
  });

  it('a UTF-8 byte-order mark before JSON or VICC text is accepted, giving the same fusion', () => {
    const json = JSON.stringify(nsfAlkDnaDescription());
    const plain = resolveFusion(json);
    const bom = resolveFusion(`\uFEFF${json}`);
    expect(plain.ok && bom.ok).toBe(true);
    if (plain.ok && bom.ok) expect(bom.value.label).toBe(plain.value.label);
    const vicc = resolveFusion(`\uFEFF${NSF_ALK}`);
    expect(vicc.ok && vicc.value.label).toBe('NSF::ALK');
  });

  it('fusion-viz annotate --input reads a JSON file saved with a byte-order mark', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fusion-viz-bom-')), 'fusion.json');
    writeFileSync(file, `\uFEFF${JSON.stringify(nsfAlkDnaDescription())}`, 'utf8');
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(['annotate', '--input', file], { out: (s: string) => out.push(s), err: (s: string) => err.push(s) } as never);
    expect(err.join('')).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out.join(''));
    expect([report.fivePrime.gene, report.threePrime.gene]).toEqual(['NSF', 'ALK']);
  });
});

describe('layoutFusion width', () => {
  const r = resolveFusion(NSF_ALK);
  const f = r.ok ? r.value : (undefined as never);

  it.each([NaN, Infinity, -Infinity, 0, -100, MAX_WIDTH + 1, 1e6])('refuses width %s with a RangeError naming the width', (width) => {
    expect(() => layoutFusion(f, { width })).toThrow(RangeError);
    expect(() => layoutFusion(f, { width })).toThrow(/^layoutFusion: width must be a number of px above 0 and at most 10000, got /);
  });

  it(`draws a width below ${MIN_WIDTH} px at ${MIN_WIDTH} px, and ${MAX_WIDTH} px as asked`, () => {
    expect(layoutFusion(f, { width: 100 }).width).toBe(MIN_WIDTH);
    expect(layoutFusion(f, { width: MAX_WIDTH, panels: ['transcript'] }).width).toBe(MAX_WIDTH);
  });
});
