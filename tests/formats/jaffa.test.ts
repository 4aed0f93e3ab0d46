import { describe, expect, it } from 'vitest';
import { bundledAnnotation } from '../../src/annotation/bundled';
import type { CallerRowOk } from '../../src/formats/caller-types';
import { splitCsv } from '../../src/formats/jaffa';
import { dataLines, expectEveryRowAccounted, fixtureText, readFixture, resolveAll } from '../support/callers';

const REL = 'jaffa/fusor-jaffa_results.csv';

function table(): Record<string, string>[] {
  const [head, ...rows] = fixtureText(REL).split('\n').filter(Boolean);
  const names = splitCsv(head!);
  return rows.map((r) => Object.fromEntries(splitCsv(r).map((v, i) => [names[i]!, v])));
}

describe('JAFFA jaffa_results.csv', () => {
  it('every data row annotates or yields an error naming its line', () => {
    const file = readFixture(REL);
    expect(file.format).toBe('jaffa');
    expectEveryRowAccounted(file, resolveAll(file, bundledAnnotation()), dataLines(fixtureText(REL)));
  });

  it('reads quoted CSV: genes split at ":", positions, strands, reads, classification and inframe', () => {
    const cells = table();
    const rows = readFixture(REL).rows as CallerRowOk[];
    expect(rows).toHaveLength(cells.length);
    rows.forEach((r, k) => {
      const c = cells[k]!;
      expect(r.evidence.genes).toEqual({ fivePrime: c['fusion genes']!.split(':')[0], threePrime: c['fusion genes']!.split(':')[1] });
      expect(r.input.threePrime.breakpoint).toEqual({ chrom: c.chrom2, pos: Number(c.base2), strand: c.strand2 });
      expect(r.evidence.splitReads).toBe(Number(c['spanning reads']));
      expect(r.evidence.spanningPairs).toBe(Number(c['spanning pairs']));
      expect(r.evidence.confidence).toBe(c.classification);
      expect(r.evidence.frame?.call).toBe({ TRUE: 'in-frame', FALSE: 'out-of-frame' }[c.inframe!]); // NA: no call
    });
  });

  it('HighConfidence in-frame SeraCare controls on bundled genes compute in frame too', () => {
    const cells = table();
    const resolved = resolveAll(readFixture(REL), bundledAnnotation());
    const checked = resolved.filter((r, k) => r.fusion && cells[k]!.classification === 'HighConfidence' && cells[k]!.inframe === 'TRUE');
    // LMNA::NTRK1 (line 3) and FGFR3::TACC3 (line 4) are among them.
    expect(checked.map((r) => r.line)).toEqual(expect.arrayContaining([3, 4]));
    for (const r of checked) expect(r.frame).toMatchObject({ agrees: true, computed: 'in-frame' });
  });

  it('splits CSV fields on commas outside quotes', () => {
    expect(splitCsv('"a,b",1,"say ""hi"""')).toEqual(['a,b', '1', 'say "hi"']);
  });
});
