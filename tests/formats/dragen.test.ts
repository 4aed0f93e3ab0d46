import { describe, expect, it } from 'vitest';
import { bundledAnnotation } from '../../src/annotation/bundled';
import type { CallerRowOk } from '../../src/formats/caller-types';
import { dataLines, expectEveryRowAccounted, fixtureText, readFixture, resolveAll } from '../support/callers';

const REL = 'dragen/fusion-report-dragen.tsv';

describe('DRAGEN fusion_candidates.final', () => {
  it('every data row annotates or yields an error naming its line', () => {
    const file = readFixture(REL);
    expect(file.format).toBe('dragen');
    expectEveryRowAccounted(file, resolveAll(file, bundledAnnotation()), dataLines(fixtureText(REL)));
  });

  it('reads genes from FusionGene, chr:pos:strand breakpoints, the score and the count of named reads', () => {
    const lines = fixtureText(REL).split('\n').filter(Boolean).slice(1).map((l) => l.split('\t'));
    const rows = readFixture(REL).rows as CallerRowOk[];
    rows.forEach((r, k) => {
      const [name, score, left, right, reads] = lines[k]!;
      expect(r.evidence.genes).toEqual({ fivePrime: name!.split('--')[0], threePrime: name!.split('--')[1] });
      const [chrom, pos, strand] = left!.split(':');
      expect(r.input.fivePrime.breakpoint).toEqual({ chrom, pos: Number(pos), strand });
      expect(r.input.threePrime.breakpoint!.pos).toBe(Number(right!.split(':')[1]));
      expect(r.evidence.score).toBe(Number(score));
      expect(r.evidence.namedReads).toBe(reads!.split(';').filter(Boolean).length);
    });
  });

  it('EWSR1::FLI1 (GRCh38, bundled genes) resolves at the file\'s breakpoints', () => {
    const resolved = resolveAll(readFixture(REL), bundledAnnotation());
    const row = fixtureText(REL).split('\n').findIndex((l) => l.startsWith('EWSR1--FLI1')) + 1;
    const r = resolved.find((x) => x.line === row)!;
    expect(r.fusion!.label).toBe('EWSR1::FLI1');
    const [left, right] = fixtureText(REL).split('\n')[row - 1]!.split('\t').slice(2, 4);
    expect(r.fusion!.fivePrime.breakpoint!.genomic).toBe(Number(left!.split(':')[1]));
    expect(r.fusion!.threePrime.breakpoint!.genomic).toBe(Number(right!.split(':')[1]));
    expect(r.support).toMatch(/^DRAGEN · \d+ supporting reads$/);
  });
});
