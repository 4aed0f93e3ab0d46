import { describe, expect, it } from 'vitest';
import { bundledAnnotation } from '../../src/annotation/bundled';
import type { CallerRowOk } from '../../src/formats/caller-types';
import { dataLines, expectEveryRowAccounted, fixtureText, readFixture, resolveAll } from '../support/callers';

const FILES = ['fusioncatcher/fusor-fusion_catcher_test.txt', 'fusioncatcher/fusor-final-list_candidate-fusion-genes.txt'];

function table(rel: string): Record<string, string>[] {
  const [head, ...rows] = fixtureText(rel).split('\n').filter(Boolean);
  const names = head!.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [names[i]!, v])));
}

describe('FusionCatcher final-list_candidate-fusion-genes.txt', () => {
  it.each(FILES)('%s: every data row annotates or yields an error naming its line', (rel) => {
    const file = readFixture(rel);
    expect(file.format).toBe('fusioncatcher');
    expectEveryRowAccounted(file, resolveAll(file, bundledAnnotation()), dataLines(fixtureText(rel)));
  });

  it('reads partners, reads, the junction sequence and the predicted effect of every row', () => {
    const rel = FILES[1]!;
    const cells = table(rel);
    const rows = readFixture(rel).rows as CallerRowOk[];
    expect(rows).toHaveLength(cells.length);
    rows.forEach((r, k) => {
      const c = cells[k]!;
      const [chrom, pos, strand] = c['Fusion_point_for_gene_1(5end_fusion_partner)']!.split(':');
      expect(r.input.fivePrime.breakpoint).toEqual({ chrom, pos: Number(pos), strand });
      expect(r.evidence.genes.threePrime).toBe(c['Gene_2_symbol(3end_fusion_partner)']);
      expect(r.evidence.splitReads).toBe(Number(c.Spanning_unique_reads));
      expect(r.evidence.spanningPairs).toBe(Number(c.Spanning_pairs));
      expect(r.evidence.junctionSequence).toBe(c.Fusion_sequence!.replace('*', '|'));
      expect(r.evidence.frame?.raw).toBe(c.Predicted_effect);
    });
  });

  it('the caller\'s in-frame and out-of-frame calls agree with the frame computed on GRCh38 for the bundled genes', () => {
    const rel = FILES[0]!;
    const cells = table(rel);
    const resolved = resolveAll(readFixture(rel), bundledAnnotation());
    // All three rows (ALK::EML4 reciprocal, EML4::ALK, TPM3::NTRK1) are bundled genes on GRCh38.
    expect(resolved.map((r) => r.fusion?.label)).toEqual(cells.map((c) => `${c['Gene_1_symbol(5end_fusion_partner)']}::${c['Gene_2_symbol(3end_fusion_partner)']}`));
    resolved.forEach((r, k) => {
      expect(r.fusion!.frame).toBe(cells[k]!.Predicted_effect);
      expect(r.frame?.agrees).toBe(true);
    });
  });

  it('resolved rows of the long list whose effect is a plain frame call mostly agree; disagreements carry a note naming both calls', () => {
    const rel = FILES[1]!;
    for (const r of resolveAll(readFixture(rel), bundledAnnotation())) {
      if (r.frame?.agrees === false) expect(r.frame.note).toMatch(new RegExp(`FusionCatcher calls ${r.frame.caller.raw}, fusion-viz computes ${r.fusion!.frame}`));
    }
  });
});
