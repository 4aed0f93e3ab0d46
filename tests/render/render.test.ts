import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { resolveFusion } from '../../src/api';
import { layoutFusion } from '../../src/layout';
import { renderFusion, svgDocument } from '../../src/render';
import type { Fusion } from '../../src/model/types';

function fusion(description: string): Fusion {
  const r = resolveFusion(description);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
function svgElement(): SVGSVGElement {
  const doc = new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"></svg>', 'image/svg+xml');
  return doc.documentElement as unknown as SVGSVGElement;
}

describe('renderFusion in Node (linkedom)', () => {
  it('draws NSF::ALK: 20 NSF and 10 ALK exons in the transcript panel, a junction, and no ALK domain in the fusion track', () => {
    const svg = svgElement();
    renderFusion(svg, layoutFusion(fusion('NSF:e.1_20::ALK:e.20_29'), { width: 1000 }));
    const transcript = svg.querySelector('[data-panel="transcript"]')!;
    const ids = [...transcript.querySelectorAll('[data-kind="exon"]')].map((e) => e.getAttribute('data-id'));
    expect(ids.filter((i) => i!.startsWith('NSF:')).length).toBe(20);
    expect(ids.filter((i) => i!.startsWith('ALK:'))).toEqual(Array.from({ length: 10 }, (_, k) => `ALK:exon:${k + 20}`));
    expect(transcript.querySelectorAll('[data-kind="junction"]').length).toBe(1);
    expect(svg.querySelector('[data-track="fusion"] [data-id^="ALK:domain:"]')).toBeNull();
    expect(svg.querySelector('[data-track="wild-type"] [data-id="ALK:domain:PF07714"]')).not.toBeNull();
    expect(svg.querySelector('[part="panel-protein"]')!.textContent).toMatch(/frameshift/);
  });

  it('features carry data-kind, data-id, a roving tabindex and a <title> tooltip', () => {
    const svg = svgElement();
    renderFusion(svg, layoutFusion(fusion('EML4:e.13::ALK:e.20'), { width: 900 }));
    const kinase = svg.querySelector('[data-track="fusion"] [data-id="ALK:domain:PF07714"]')!;
    expect(kinase.getAttribute('data-kind')).toBe('domain');
    expect(kinase.getAttribute('tabindex')).toBe('-1');
    expect(kinase.getAttribute('role')).toBe('graphics-symbol');
    expect(kinase.getAttribute('aria-label')).toMatch(/^ALK Pkinase_Tyr \(PF07714\)/);
    // Every feature, in every panel: a kind, a model id, a name and a native tooltip.
    for (const node of svg.querySelectorAll('[data-kind]')) {
      expect(node.getAttribute('data-id')).toBeTruthy();
      expect(node.getAttribute('aria-label')).toBeTruthy();
      expect(node.querySelector('title')?.textContent).toBe(node.getAttribute('aria-label'));
    }
    for (const name of ['genes', 'transcript', 'protein']) expect(svg.querySelector(`g.panel.panel-${name}[part="panel-${name}"][data-panel="${name}"]`)).not.toBeNull();
    // One Tab stop per panel; the element moves it with the arrow keys.
    expect([...svg.querySelectorAll('[data-kind][tabindex="0"]')].map((n) => n.closest('[data-panel]')!.getAttribute('data-panel'))).toEqual(['genes', 'transcript', 'protein']);
    expect(kinase.querySelector('title')!.textContent).toMatch(/^ALK Pkinase_Tyr \(PF07714\) · residues 1116–1382/);
  });

  it('updates by key: a relayout at another width keeps the same nodes for the same ids', () => {
    const svg = svgElement();
    const f = fusion('EML4:e.13::ALK:e.20');
    renderFusion(svg, layoutFusion(f, { width: 1000 }));
    const before = svg.querySelector('[data-panel="transcript"] [data-id="EML4:exon:13"]')!;
    const x = before.getAttribute('d');
    // The legend grows when names drop out (it keys the domains left unnamed): counted apart.
    const nodes = () => svg.querySelectorAll('*').length - svg.querySelectorAll('[data-panel="legend"] *').length;
    const count = nodes();
    renderFusion(svg, layoutFusion(f, { width: 600 }));
    const after = svg.querySelector('[data-panel="transcript"] [data-id="EML4:exon:13"]')!;
    expect(after).toBe(before);
    expect(after.getAttribute('d')).not.toBe(x);
    expect(svg.getAttribute('width')).toBe('600');
    // Same fusion, narrower: labels may drop out, but no node is duplicated.
    expect(nodes()).toBeLessThanOrEqual(count + 5);
    expect(new Set([...svg.querySelectorAll('[data-key]')].map((e) => e.getAttribute('data-key'))).size).toBe(svg.querySelectorAll('[data-key]').length);
  });

  it('redrawing the same layout keeps every node (no exit and re-enter)', () => {
    const svg = svgElement();
    const layout = layoutFusion(fusion('NSF:e.1_20::ALK:e.20_29'), { width: 1000 });
    renderFusion(svg, layout);
    const before = [...svg.querySelectorAll('[data-key]')];
    renderFusion(svg, layout);
    const after = [...svg.querySelectorAll('[data-key]')];
    expect(after.length).toBe(before.length);
    expect(after.every((n, i) => n === before[i])).toBe(true);
  });

  it('svgDocument is a standalone file: title, desc, resolved styles, fonts with fallbacks, no external reference', () => {
    const text = svgDocument(layoutFusion(fusion('NSF:e.1_20::ALK:e.20_29'), { width: 1000 }), { DOMParser: DOMParser as never });
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(text).toContain('<title>NSF::ALK fusion</title>');
    expect(text).toMatch(/<desc>NSF::ALK fusion: NSF exons 1–20 joined out of frame to ALK exons 20–29/);
    expect(text).toContain('font-family: system-ui, -apple-system, "Segoe UI", Roboto');
    expect(text).toMatch(/sans-serif;/);
    expect(text.replace(' xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/var\(|:where|@media|href=|xlink|https?:\/\/|url\((?!#)/);
    const dark = svgDocument(layoutFusion(fusion('NSF:e.1_20::ALK:e.20_29'), { width: 1000 }), { DOMParser: DOMParser as never, theme: 'dark' });
    expect(dark).toContain('.fusion-figure .background, .track-background { fill: #0D1117; }');
  });
});
