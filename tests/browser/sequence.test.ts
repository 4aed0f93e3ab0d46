import { afterEach, describe, expect, it } from 'vitest';
import { resolveFusion } from '../../src/api';
import type { FusionDiagram } from '../../src/components/fusion-diagram.component';
import { loadedSequence, loadSequence } from '../../src/lazy-sequence';
import type { Fusion, SequenceRequest } from '../../src/model/types';
import { designFrame, fillPieces, genomeSet, SyntheticGenome } from '../support/synthetic-sequence';
import { mount, settle } from './mount';

const FGFR3_TACC3 = 'FGFR3:e.17::TACC3:e.11';

function synthetic(): { f: Fusion; g: SyntheticGenome } {
  const r = resolveFusion(FGFR3_TACC3);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const f = r.value;
  const g = new SyntheticGenome(31);
  g.writeTranscript(f.fivePrime.transcript!);
  g.writeTranscript(f.threePrime.transcript!);
  fillPieces(g, f);
  designFrame(g, f, { until: f.transcript!.junction + 3 });
  return { f, g };
}

afterEach(() => document.body.replaceChildren());

const loading = (el: FusionDiagram) => el.shadowRoot!.querySelector('[part="loading"]');

/** settle(), then wait out a loading state (the junction-sequence code is loaded on first use). */
async function settled(el: FusionDiagram): Promise<void> {
  await settle(el);
  for (let k = 0; k < 400 && loading(el); k++) {
    await new Promise((r) => setTimeout(r, 25));
    await settle(el);
  }
}

describe('<fusion-diagram> sequence property', () => {
  it('loads the junction-sequence code the first time it is given sequence (a loading state meanwhile), then draws the strip', async () => {
    const { f, g } = synthetic();
    const { el } = await mount({ fusion: FGFR3_TACC3 });
    expect(loadedSequence(), 'a figure without sequence does not load the sequence code').toBeUndefined();
    expect(el.shadowRoot!.querySelector('svg .seq-aa')).toBeNull();
    el.sequence = genomeSet(g, f, 'genome synthetic.2bit');
    await el.updateComplete;
    expect(loading(el)?.textContent).toBe('Loading the junction-sequence code…');
    expect(() => el.toSVG()).toThrow('toSVG: nothing to export: still loading the junction-sequence code');
    await settled(el);
    expect(loadedSequence()).toBeDefined();
    expect(el.issues).toEqual([]);
    expect(el.shadowRoot!.querySelectorAll('svg .seq-aa').length).toBeGreaterThan(3);
    expect(el.toSVG()).toContain('class="seq-aa');
  });

  it('takes a SequenceSet: the result carries the junction read from it', async () => {
    const { f, g } = synthetic();
    const { el } = await mount({ fusion: FGFR3_TACC3 });
    expect(el.result?.sequence).toBeUndefined();
    await loadSequence();
    el.sequence = genomeSet(g, f, 'genome synthetic.2bit');
    // With the code loaded the input resolves at once, as any other.
    expect(el.result?.sequence).toMatchObject({ origin: 'genome', source: 'genome synthetic.2bit', coversUnchecked: true });
    await settle(el);
    expect(el.result?.sequence).toMatchObject({ origin: 'genome', source: 'genome synthetic.2bit', coversUnchecked: true });
  });

  it('takes a provider, asks it once for what the fusion needs, and draws again with the answer', async () => {
    const { f, g } = synthetic();
    const asked: SequenceRequest[] = [];
    const { el } = await mount({ fusion: FGFR3_TACC3 });
    el.sequence = { source: 'genome remote.2bit', fetch: async (request) => (asked.push(request), genomeSet(g, f, 'genome remote.2bit')) };
    await settled(el);
    await new Promise((r) => setTimeout(r, 50));
    await settle(el as FusionDiagram);
    expect(asked).toHaveLength(1);
    expect(el.result?.sequence).toMatchObject({ origin: 'genome', source: 'genome remote.2bit' });
    expect(el.issues).toEqual([]);
  });
});
