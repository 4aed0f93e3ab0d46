import { afterEach, describe, expect, it } from 'vitest';
import { resolveFusion } from '../../src/api';
import { describeFusion } from '../../src/model/explain';
import type { FusionErrorEvent } from '../../src/components/events';
import { fixture } from '../fixtures/fusions';
import { left, mount, panel, right, settle, svgOf } from './mount';

const NSF_ALK = fixture('nsf-alk-rna').description as string;
const EML4_ALK = fixture('eml4-alk-v1').description as string;

afterEach(() => document.body.replaceChildren());

describe('<fusion-diagram> draws the three levels', () => {
  it('NSF:e.1_20::ALK:e.20_29 draws NSF exons 1–20 then ALK exons 20–29, 5′→3′ left to right, in the transcript panel', async () => {
    const { el } = await mount({ fusion: NSF_ALK });
    const tx = panel(el, 'transcript')!;
    expect(tx).not.toBeNull();
    const ids = [
      ...Array.from({ length: 20 }, (_, i) => `NSF:exon:${i + 1}`),
      ...Array.from({ length: 10 }, (_, i) => `ALK:exon:${i + 20}`),
    ];
    const nodes = ids.map((id) => tx.querySelector(`[data-id="${id}"]`));
    expect(nodes.map((n, i) => (n ? ids[i] : `missing ${ids[i]}`))).toEqual(ids);
    expect(tx.querySelectorAll('[data-id^="NSF:exon:"]')).toHaveLength(20);
    expect(tx.querySelectorAll('[data-id^="ALK:exon:"]')).toHaveLength(10);
    const xs = nodes.map((n) => left(n!));
    for (let i = 1; i < xs.length; i++) expect(xs[i], `${ids[i]} right of ${ids[i - 1]}`).toBeGreaterThan(xs[i - 1]);
  });

  it('NSF:e.1_20::ALK:e.20_29 puts the transcript junction between NSF exon 20 and ALK exon 20', async () => {
    const { el } = await mount({ fusion: NSF_ALK });
    const tx = panel(el, 'transcript')!;
    const junction = tx.querySelector('[data-kind="junction"], [data-id*="junction"]');
    expect(junction).not.toBeNull();
    const box = (junction as SVGGraphicsElement).getBBox();
    const mid = box.x + box.width / 2;
    expect(mid).toBeGreaterThanOrEqual(right(tx.querySelector('[data-id="NSF:exon:20"]')!) - 0.5);
    expect(mid).toBeLessThanOrEqual(left(tx.querySelector('[data-id="ALK:exon:20"]')!) + 0.5);
  });

  it('NSF:e.1_20::ALK:e.20_29 shows the frameshift in the protein panel and no in-frame ALK kinase domain', async () => {
    const { el } = await mount({ fusion: NSF_ALK });
    const protein = panel(el, 'protein')!;
    expect(protein).not.toBeNull();
    expect(protein.textContent).toMatch(/frameshift|out of frame/i);
    const fusionTrack = protein.querySelector('[data-track="fusion"], [part~="track-fusion"], .fusion-protein');
    const scope = fusionTrack ?? protein;
    const kinase = Array.from(scope.querySelectorAll('[data-id="ALK:domain:PF07714"]'));
    // The wild-type ALK track may show the kinase domain; the fusion protein must not.
    expect(kinase.filter((k) => !k.closest('[data-track="wild-type"], [data-track="partner"]'))).toHaveLength(0);
  });

  it('EML4:e.13::ALK:e.20 draws the ALK kinase domain in the protein panel, right of the junction', async () => {
    const { el } = await mount({ fusion: EML4_ALK });
    const protein = panel(el, 'protein')!;
    const kinase = Array.from(protein.querySelectorAll('[data-id="ALK:domain:PF07714"]')).find(
      (k) => !k.closest('[data-track="wild-type"], [data-track="partner"]'),
    );
    expect(kinase).toBeDefined();
    const junction = protein.querySelector('[data-kind="junction"], [data-id*="junction"]');
    expect(junction).not.toBeNull();
    const j = (junction as SVGGraphicsElement).getBBox();
    expect(left(kinase!)).toBeGreaterThanOrEqual(j.x);
  });

  it('labels the drawing with the model summary, which says whether the junction is in frame', async () => {
    for (const [text, frame] of [[NSF_ALK, 'out of frame'], [EML4_ALK, 'in frame']] as const) {
      const { el } = await mount({ fusion: text });
      const r = resolveFusion(text);
      if (!r.ok) throw new Error(`${text} does not resolve`);
      const label = svgOf(el).getAttribute('aria-label');
      expect(label).toBe(describeFusion(r.value));
      expect(label).toContain(frame);
      expect(svgOf(el).getAttribute('role')).toBe('img');
      expect(el.result?.frame).toBe(r.value.frame);
      expect(el.fusionModel?.label).toBe(r.value.label);
    }
  });

  it('draws from the JSON description property (NSF::ALK from DNA breakpoints)', async () => {
    const { el } = await mount({});
    el.description = fixture('nsf-alk-dna').description as object;
    await settle(el);
    expect(el.fusionModel?.evidence).toBe('dna');
    expect(panel(el, 'transcript')!.querySelectorAll('[data-id^="NSF:exon:"]')).toHaveLength(20);
  });
});

describe('<fusion-diagram> shows bad input and recovers', () => {
  it('NSF:e.1_31::ALK:e.20_29 shows an alert naming the field and dispatches fusion-error, then recovers', async () => {
    const errors: FusionErrorEvent[] = [];
    document.addEventListener('fusion-error', (e) => errors.push(e as FusionErrorEvent), { once: true });
    const { el } = await mount({ fusion: 'NSF:e.1_31::ALK:e.20_29' });
    const box = el.shadowRoot!.querySelector('[part="error"]') as HTMLElement;
    expect(box).not.toBeNull();
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(box.textContent).toContain('fivePrime.exon');
    expect(box.textContent).toContain('exon 31 does not exist');
    expect(errors).toHaveLength(1);
    expect(errors[0].detail.issues[0].path).toBe('fivePrime.exon');
    expect(errors[0].detail.description).toBe('NSF:e.1_31::ALK:e.20_29');
    expect(errors[0].composed && errors[0].bubbles).toBe(true);
    expect(el.issues).toHaveLength(1);
    expect(el.result).toBeNull();

    el.fusion = NSF_ALK;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')).toBeNull();
    expect(el.issues).toHaveLength(0);
    expect(panel(el, 'transcript')!.querySelector('[data-id="NSF:exon:20"]')).not.toBeNull();
  });

  it('an unknown panel name is an error naming the panels attribute', async () => {
    const { el } = await mount({ fusion: NSF_ALK, panels: 'genes exons' });
    expect(el.shadowRoot!.querySelector('[part="error"]')?.textContent).toMatch(/panels.*"exons"/s);
  });
});

describe('<fusion-diagram> follows its container', () => {
  it('relayouts when the container is resized, updating the same feature nodes (keyed)', async () => {
    const { el, box } = await mount({ fusion: EML4_ALK }, { width: 900 });
    const before = svgOf(el).getBoundingClientRect().width;
    const exon = panel(el, 'transcript')!.querySelector('[data-id="EML4:exon:13"]')!;
    const x0 = left(exon);
    box.style.width = '520px';
    await settle(el);
    await settle(el);
    const after = svgOf(el).getBoundingClientRect().width;
    expect(before).toBeGreaterThan(800);
    expect(after).toBeLessThan(560);
    expect(panel(el, 'transcript')!.querySelector('[data-id="EML4:exon:13"]')).toBe(exon);
    expect(left(exon)).not.toBe(x0);
  });

  it('draws only the panels asked for', async () => {
    const { el } = await mount({ fusion: EML4_ALK, panels: 'protein, transcript' });
    expect(panel(el, 'genes')).toBeNull();
    expect(panel(el, 'transcript')).not.toBeNull();
    expect(panel(el, 'protein')).not.toBeNull();
  });

  it('<fusion-protein> draws the protein panel alone', async () => {
    const { el } = await mount({ fusion: EML4_ALK, panels: 'genes' }, { tag: 'fusion-protein' });
    expect(panel(el, 'genes')).toBeNull();
    expect(panel(el, 'transcript')).toBeNull();
    expect(panel(el, 'protein')).not.toBeNull();
  });
});
