import { beforeAll, describe, expect, it } from 'vitest';
import { resolveForElement } from '../../src/annotation/load-and-resolve';
import { loadedSequence, loadSequence } from '../../src/lazy-sequence';
import type { SequenceProvider, SequenceRequest } from '../../src/model/types';
import { FGFR3_TACC3, sequenceFixture } from '../support/sequence-files';
import { genomeSet } from '../support/synthetic-sequence';

describe("the elements' junction-sequence code", () => {
  it('is loaded the first time an input has sequence, then used at once', async () => {
    const fx = sequenceFixture();
    const plain = resolveForElement(FGFR3_TACC3, {});
    expect(plain.result?.ok).toBe(true);
    expect(loadedSequence()).toBeUndefined();
    const set = genomeSet(fx.genome, fx.fusion);
    const first = resolveForElement(FGFR3_TACC3, { sequence: set });
    expect(first.result).toBeUndefined();
    expect(first.loadingWhat).toBe('the junction-sequence code');
    await first.loading;
    expect(loadedSequence()).toBeDefined();
    const r = resolveForElement(FGFR3_TACC3, { sequence: set }).result!;
    expect(r.ok && r.value.sequence?.origin).toBe('genome');
  });
});

describe("the elements' sequence provider", () => {
  beforeAll(() => loadSequence());

  it('is asked once for what the fusion needs; the fusion is then resolved with the answer', async () => {
    const fx = sequenceFixture();
    const asked: SequenceRequest[] = [];
    const provider: SequenceProvider = {
      source: 'genome synthetic.2bit',
      fetch: async (request) => {
        asked.push(request);
        return genomeSet(fx.genome, fx.fusion);
      },
    };
    const first = resolveForElement(FGFR3_TACC3, { sequenceProvider: provider });
    expect(first.result).toBeUndefined();
    expect(first.loadingWhat).toBe('sequence from genome synthetic.2bit');
    await first.loading;
    const second = resolveForElement(FGFR3_TACC3, { sequenceProvider: provider });
    expect(second.result?.ok && second.result.value.sequence).toMatchObject({ origin: 'genome', source: 'genome synthetic.2bit', coversUnchecked: true });
    expect(asked).toHaveLength(1);
    expect(asked[0]!.transcripts).toContain(fx.fusion.fivePrime.transcript!.accession);
    resolveForElement(FGFR3_TACC3, { sequenceProvider: provider });
    expect(asked).toHaveLength(1);
  });

  it('a provider that fails does not stop the figure: it is drawn without sequence, with a warning', async () => {
    const provider: SequenceProvider = { source: 'https://example.org/hg38.2bit', fetch: async () => Promise.reject(new Error('404 Not Found')) };
    const first = resolveForElement(FGFR3_TACC3, { sequenceProvider: provider });
    await first.loading;
    const r = resolveForElement(FGFR3_TACC3, { sequenceProvider: provider }).result!;
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.sequence).toBeNull();
      expect(r.value.warnings.join(' ')).toContain('could not fetch it from https://example.org/hg38.2bit: 404 Not Found');
    }
  });

  it('a SequenceSet given directly is used at once', () => {
    const fx = sequenceFixture();
    const r = resolveForElement(FGFR3_TACC3, { sequence: genomeSet(fx.genome, fx.fusion) }).result!;
    expect(r.ok && r.value.sequence?.origin).toBe('genome');
  });
});
