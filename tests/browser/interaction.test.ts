import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FusionFeatureEvent } from '../../src/components/events';
import { fixture } from '../fixtures/fusions';
import { mount, panel, settle, svgOf } from './mount';

const EML4_ALK = fixture('eml4-alk-v1').description as string;

afterEach(() => document.body.replaceChildren());

function collect(type: 'fusion-feature-hover' | 'fusion-feature-click'): FusionFeatureEvent[] {
  const seen: FusionFeatureEvent[] = [];
  document.addEventListener(type, (e) => seen.push(e as FusionFeatureEvent));
  return seen;
}

/*
 * Pointer input is dispatched on the SVG node itself: Playwright's actionability wait never
 * settles for shapes of this drawing inside the test iframe (it does for a plain SVG), so
 * userEvent.hover/click on them times out. The events are the real ones the element listens to.
 */
const pointer = {
  hover: async (node: Element) => void node.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true })),
  unhover: async (node: Element) => void node.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true, relatedTarget: null })),
  click: async (node: Element) => void node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })),
};

const tooltip = (el: Element) => el.shadowRoot!.querySelector('[part="tooltip"]') as HTMLElement;

describe('<fusion-diagram> features answer pointer and keyboard', () => {
  it('hovering an exon dispatches fusion-feature-hover with its model id and shows its tooltip', async () => {
    const hovers = collect('fusion-feature-hover');
    const { el } = await mount({ fusion: EML4_ALK });
    const exon = panel(el, 'transcript')!.querySelector('[data-id="EML4:exon:13"]') as SVGElement;
    await pointer.hover(exon);
    await settle(el);
    expect(hovers.at(-1)?.detail).toMatchObject({ id: 'EML4:exon:13', kind: 'exon' });
    expect(hovers.at(-1)?.detail.label).not.toBe('');
    expect(hovers.at(-1)?.composed).toBe(true);
    expect(tooltip(el).hidden).toBe(false);
    expect(tooltip(el).textContent!.trim()).not.toBe('');

    await pointer.unhover(exon);
    await settle(el);
    expect(tooltip(el).hidden).toBe(true);
  });

  it('focusing a feature dispatches fusion-feature-hover and shows the tooltip; Escape hides it', async () => {
    const hovers = collect('fusion-feature-hover');
    const { el } = await mount({ fusion: EML4_ALK });
    const kinase = panel(el, 'protein')!.querySelector('[data-id="ALK:domain:PF07714"]') as SVGElement;
    // Roving focus: one Tab stop per panel, the rest reachable by arrow keys (-1).
    expect(kinase.tabIndex).toBe(-1);
    kinase.focus();
    await settle(el);
    expect(el.shadowRoot!.activeElement).toBe(kinase);
    expect(hovers.at(-1)?.detail).toMatchObject({ id: 'ALK:domain:PF07714', kind: 'domain' });
    expect(tooltip(el).hidden).toBe(false);

    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect(tooltip(el).hidden).toBe(true);
  });

  it('Enter on a focused feature and a click both dispatch fusion-feature-click', async () => {
    const clicks = collect('fusion-feature-click');
    const { el } = await mount({ fusion: EML4_ALK });
    const exon = panel(el, 'transcript')!.querySelector('[data-id="ALK:exon:20"]') as SVGElement;
    exon.focus();
    await userEvent.keyboard('{Enter}');
    expect(clicks.at(-1)?.detail).toMatchObject({ id: 'ALK:exon:20', kind: 'exon' });
    await pointer.click(panel(el, 'transcript')!.querySelector('[data-id="EML4:exon:1"]') as SVGElement);
    expect(clicks.at(-1)?.detail.id).toBe('EML4:exon:1');
    expect(clicks).toHaveLength(2);
  });

  it('one listener on the svg serves every feature (delegation): a feature redrawn on resize still answers', async () => {
    const clicks = collect('fusion-feature-click');
    const { el, box } = await mount({ fusion: EML4_ALK });
    box.style.width = '600px';
    await settle(el);
    await settle(el);
    await pointer.click(panel(el, 'transcript')!.querySelector('[data-id="ALK:exon:29"]') as SVGElement);
    expect(clicks.at(-1)?.detail.id).toBe('ALK:exon:29');
  });
});

describe('<fusion-diagram> keyboard', () => {
  it('has one Tab stop per panel and moves between features with the arrow keys', async () => {
    const hovers = collect('fusion-feature-hover');
    const { el } = await mount({ fusion: EML4_ALK });
    const stops = [...svgOf(el).querySelectorAll('[data-kind][tabindex="0"]')].map((n) => n.closest('[data-panel]')!.getAttribute('data-panel'));
    expect(stops).toEqual(['genes', 'transcript', 'protein']);
    const first = panel(el, 'transcript')!.querySelector('[data-kind][tabindex="0"]') as SVGElement;
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    const now = el.shadowRoot!.activeElement as SVGElement;
    expect(now).not.toBe(first);
    expect(now.closest('[data-panel]')!.getAttribute('data-panel')).toBe('transcript');
    expect(now.getAttribute('tabindex')).toBe('0');
    expect(first.getAttribute('tabindex')).toBe('-1');
    expect(hovers.at(-1)?.detail.id).toBe(now.getAttribute('data-id'));
    await userEvent.keyboard('{ArrowDown}');
    expect((el.shadowRoot!.activeElement as Element).closest('[data-panel]')!.getAttribute('data-panel')).toBe('protein');
  });
});

describe('<fusion-diagram> exports', () => {
  it('toSVG() is a standalone SVG document of the same drawing', async () => {
    const { el } = await mount({ fusion: EML4_ALK });
    const text = el.toSVG();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.localName).toBe('svg');
    const liveIds = Array.from(svgOf(el).querySelectorAll('[data-id]'), (n) => n.getAttribute('data-id')).sort();
    const exportIds = Array.from(doc.querySelectorAll('[data-id]'), (n) => n.getAttribute('data-id')).sort();
    expect(exportIds).toEqual(liveIds);
  });

  it('toPNG() gives a PNG twice the drawing size by default', async () => {
    const { el } = await mount({ fusion: EML4_ALK });
    const blob = await el.toPNG();
    expect(blob.type).toBe('image/png');
    const bitmap = await createImageBitmap(blob);
    const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml').documentElement;
    const width = Number(svg.getAttribute('width'));
    expect(bitmap.width).toBe(Math.ceil(width * 2));
  });

  it('toSVG() works on an element that was never put in a page', async () => {
    const el = document.createElement('fusion-diagram');
    el.fusion = EML4_ALK;
    expect(el.toSVG()).toContain('EML4:exon:13');
  });
});
