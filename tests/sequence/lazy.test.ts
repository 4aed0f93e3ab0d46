/**
 * The junction-sequence code loaded on first use (src/lazy-sequence.ts), as the drop-in's front
 * door and the elements use it: before it is loaded an input with sequence says so (after any
 * other problem it has), never draws without it; once loaded, the results are the static ones.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/api';
import { resolveForElement } from '../../src/annotation/load-and-resolve';
import * as layout from '../../src/layout';
import { layoutFusion, loadedSequence, loadSequence, resolveFusion } from '../../src/lazy-sequence';
import { FGFR3_TACC3, sequenceFixture } from '../support/sequence-files';
import { genomeSet } from '../support/synthetic-sequence';

describe('the junction-sequence code loaded on first use', () => {
  it('before it is loaded: a bad input says what is wrong with it, a good one that the code is not loaded', () => {
    const fx = sequenceFixture();
    const sequence = genomeSet(fx.genome, fx.fusion);
    expect(loadedSequence()).toBeUndefined();
    const bad = resolveFusion('FGFR3:e.99::TACC3:e.11', { sequence });
    expect(!bad.ok && bad.issues.map((i) => i.path)).toEqual(['fivePrime.exon']);
    const element = resolveForElement('FGFR3:e.1x7::TACC3', { sequence });
    expect(element.loading).toBeUndefined();
    expect(element.result?.ok).toBe(false);
    const good = resolveFusion(FGFR3_TACC3, { sequence });
    expect(good.ok).toBe(false);
    if (!good.ok) {
      expect(good.issues).toHaveLength(1);
      expect(good.issues[0]).toMatchObject({ path: 'sequence', code: 'code-unavailable' });
      expect(good.issues[0]!.message).toMatch(/fusion-viz-sequence\.js.*await loadSequence\(\) first/);
    }
    const withSequence = api.resolveFusion(FGFR3_TACC3, { sequence });
    if (!withSequence.ok) throw new Error('the static front door reads sequence');
    expect(() => layoutFusion(withSequence.value, { width: 800 })).toThrow(/has sequence.*await loadSequence\(\) first/);
    // Without sequence nothing is loaded, nothing is missing.
    expect(resolveFusion(FGFR3_TACC3).ok).toBe(true);
    expect(loadedSequence()).toBeUndefined();
  });

  it('once loaded, resolves and lays out exactly as the static front door does', async () => {
    const fx = sequenceFixture();
    const sequence = genomeSet(fx.genome, fx.fusion);
    await loadSequence();
    const lazy = resolveFusion(FGFR3_TACC3, { sequence });
    const stat = api.resolveFusion(FGFR3_TACC3, { sequence });
    if (!lazy.ok || !stat.ok) throw new Error('both resolve');
    expect(lazy.value.sequence).toMatchObject({ origin: 'genome', coversUnchecked: true });
    expect(JSON.stringify(lazy.value)).toBe(JSON.stringify(stat.value));
    expect(JSON.stringify(layoutFusion(lazy.value, { width: 800 }))).toBe(JSON.stringify(layout.layoutFusion(stat.value, { width: 800 })));
  });
});
