import { describe, expect, it } from 'vitest';
import { resolveFusion } from '../../src/api';
import { layoutFusion } from '../../src/layout';
import { textBox, overlaps, type Box } from '../../src/layout/text';
import type { FusionLayout, PanelLayout, Shape } from '../../src/layout/types';
import type { Fusion } from '../../src/model/types';
import { fusionFixtures } from '../fixtures/fusions';

function fusion(description: string | object): Fusion {
  const r = resolveFusion(description);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const panel = (l: FusionLayout, name: PanelLayout['name']) => l.panels.find((p) => p.name === name)!;
const shapes = (p: PanelLayout, track?: string) => p.tracks.filter((t) => !track || t.name === track).flatMap((t) => t.shapes);
/** Horizontal extent of a path made of rectangles (M x,y h w …). */
function pathSpan(d: string): [number, number] {
  const xs: number[] = [];
  for (const m of d.matchAll(/M(-?[\d.]+),-?[\d.]+h(-?[\d.]+)/g)) xs.push(Number(m[1]), Number(m[1]) + Number(m[2]));
  return [Math.min(...xs), Math.max(...xs)];
}
const span = (s: Shape): [number, number] =>
  s.shape === 'path' ? pathSpan(s.d) : s.shape === 'rect' ? [s.x, s.x + s.width] : s.shape === 'line' ? [Math.min(s.x1, s.x2), Math.max(s.x1, s.x2)] : [textBox(s).x0, textBox(s).x1];
const byId = (p: PanelLayout, id: string, track?: string) => shapes(p, track).find((s) => s.id === id)!;

describe('layoutFusion', () => {
  const nsf = fusion('NSF:e.1_20::ALK:e.20_29');
  const eml4 = fusion('EML4:e.13::ALK:e.20');

  it('NSF:e.1_20::ALK:e.20_29 lays out 20 NSF blocks then ALK blocks 20–29, left to right, with the junction between them', () => {
    const t = panel(layoutFusion(nsf, { width: 1000 }), 'transcript');
    const exons = shapes(t).filter((s) => s.feature?.kind === 'exon');
    expect(exons.map((s) => s.id)).toEqual([
      ...Array.from({ length: 20 }, (_, i) => `NSF:exon:${i + 1}`),
      ...Array.from({ length: 10 }, (_, i) => `ALK:exon:${i + 20}`),
    ]);
    const xs = exons.map(span);
    // Path coordinates are rounded to 0.1 px.
    xs.slice(1).forEach(([a], i) => expect(a).toBeGreaterThanOrEqual(xs[i]![1] - 0.11));
    const j = byId(t, 'junction') as Extract<Shape, { shape: 'line' }>;
    expect(j.x1).toBeGreaterThanOrEqual(xs[19]![1] - 0.11);
    expect(j.x1).toBeLessThanOrEqual(xs[20]![0] + 0.11);
  });

  it('draws both genes 5′→3′ left to right, the minus-strand ALK mirrored, and exon boxes never overlap', () => {
    const g = panel(layoutFusion(nsf, { width: 1000 }), 'genes');
    for (const gene of ['NSF', 'ALK']) {
      const n = gene === 'NSF' ? 21 : 29;
      const xs = Array.from({ length: n }, (_, i) => span(byId(g, `${gene}:exon:${i + 1}`)));
      xs.slice(1).forEach(([a], i) => expect(a, `${gene} exon ${i + 2}`).toBeGreaterThan(xs[i]![1] - 0.01));
    }
    expect(shapes(g).find((s) => s.id === 'introns-not-to-scale')).toBeDefined();
  });

  it('the out-of-frame protein has a frameshift and no ALK domain in the fusion track; ALK domains stay visible in the wild type', () => {
    const p = panel(layoutFusion(nsf, { width: 1000 }), 'protein');
    expect(shapes(p, 'fusion').some((s) => s.id.startsWith('ALK:domain:'))).toBe(false);
    expect(byId(p, 'fusion:frameshift', 'fusion')).toBeDefined();
    expect(shapes(p, 'wild-type').find((s) => s.id === 'ALK:domain:PF07714')!.className).toMatch(/\blost\b/);
    expect(shapes(p, 'note').map((s) => (s as { text: string }).text).join(' ')).toMatch(/^Out of frame/);
  });

  it('EML4:e.13::ALK:e.20 puts the ALK kinase domain in the fusion track right of the junction', () => {
    const p = panel(layoutFusion(eml4, { width: 1000 }), 'protein');
    const kinase = byId(p, 'ALK:domain:PF07714', 'fusion');
    const j = byId(p, 'junction', 'fusion') as Extract<Shape, { shape: 'line' }>;
    expect(span(kinase)[0]).toBeGreaterThan(j.x1);
    expect(kinase.className).toMatch(/\bretained\b/);
  });

  it('genomic and compressed intron scales place exons differently', () => {
    const a = span(byId(panel(layoutFusion(nsf, { width: 1000 }), 'genes'), 'NSF:exon:10'));
    const b = span(byId(panel(layoutFusion(nsf, { width: 1000, intronScale: 'genomic' }), 'genes'), 'NSF:exon:10'));
    expect(Math.abs(a[0] - b[0])).toBeGreaterThan(5);
  });

  it('the protein panel reads 5′→3′: the 5′ part, then the 3′ part, with domains in residue order', () => {
    for (const f of [eml4, fusion('NM_004327.4(BCR):e.2+182::ACTAAAGCG::NM_005157.5(ABL1):e.2-173')]) {
      const p = panel(layoutFusion(f, { width: 900 }), 'protein');
      const five = span(byId(p, 'fusion:five-prime', 'fusion'));
      const three = span(byId(p, 'fusion:three-prime', 'fusion'));
      expect(three[0]).toBeGreaterThanOrEqual(five[1] - 0.01);
      const domains = shapes(p, 'fusion').filter((s) => s.feature?.kind === 'domain').map(span);
      domains.slice(1).forEach(([a], i) => expect(a).toBeGreaterThanOrEqual(domains[i]![1] - 0.01));
    }
  });

  it('the ALK wild type is aligned with the fusion protein: its kinase domain sits right above the fusion kinase', () => {
    const p = panel(layoutFusion(eml4, { width: 1000 }), 'protein');
    const wt = span(shapes(p, 'wild-type').find((s) => s.id === 'ALK:domain:PF07714')!);
    const fused = span(byId(p, 'ALK:domain:PF07714', 'fusion'));
    expect(wt[0]).toBeCloseTo(fused[0], 0);
    expect(wt[1]).toBeCloseTo(fused[1], 0);
  });

  it('out of frame, the frameshift starts under the ALK stretch that is read in the wrong frame, and stays short', () => {
    const p = panel(layoutFusion(nsf, { width: 1000 }), 'protein');
    const fs = span(byId(p, 'fusion:frameshift', 'fusion'));
    const shifted = span(shapes(p, 'wild-type').find((s) => s.id === 'ALK:wt-shifted')!);
    expect(fs[0]).toBeCloseTo(shifted[0], 0);
    expect(fs[1] - fs[0]).toBeLessThan(shifted[1] - shifted[0]);
  });

  it('a truncated domain is drawn with a torn edge and says so in its tooltip', () => {
    const p = panel(layoutFusion(fusion('NM_152263.4(TPM3):e.8-66::NM_002609.4(PDGFRB):e.11+2'), { width: 900 }), 'protein');
    const tropomyosin = byId(p, 'TPM3:domain:PF00261', 'fusion');
    expect(tropomyosin.shape).toBe('path');
    expect((tropomyosin as Extract<Shape, { shape: 'path' }>).d.match(/L/g)!.length).toBeGreaterThanOrEqual(4);
    expect(tropomyosin.feature!.tooltip).toMatch(/\(truncated\)/);
  });

  it('the junction exons keep their numbers in the genes panel, even in a dense run', () => {
    for (const width of [360, 800, 1400]) {
      const g = panel(layoutFusion(nsf, { width }), 'genes');
      expect(shapes(g).some((s) => s.id === 'NSF:exon-number:20'), `NSF 20 @${width}`).toBe(true);
      expect(shapes(g).some((s) => s.id === 'ALK:exon-number:20'), `ALK 20 @${width}`).toBe(true);
    }
  });

  it('a partly kept exon shows its lost part, and a minus-strand heading says so with an arrow', () => {
    const g = panel(layoutFusion(fusion('NM_152263.4(TPM3):e.8-66::NM_002609.4(PDGFRB):e.11+2'), { width: 1000 }), 'genes');
    expect(byId(g, 'TPM3:exon:8:lost-part').className).toMatch(/\blost\b/);
    expect(byId(g, 'PDGFRB:exon:11:lost-part').className).toMatch(/\blost\b/);
    expect((byId(g, 'TPM3:heading:fivePrime') as Extract<Shape, { shape: 'text' }>).text).toMatch(/− strand ←/);
  });

  it('the breakpoints and the junction keep their labels in every panel at every width', { timeout: 30_000 }, () => {
    for (const width of [360, 800, 1400]) {
      for (const f of [nsf, eml4, fusion('NM_004327.4(BCR):e.2+182::ACTAAAGCG::NM_005157.5(ABL1):e.2-173')]) {
        const l = layoutFusion(f, { width, intronScale: width === 800 ? 'genomic' : 'compressed' });
        expect(shapes(panel(l, 'transcript')).some((s) => s.id === 'junction-label'), `${f.label} @${width} transcript`).toBe(true);
        expect(shapes(panel(l, 'protein')).some((s) => s.id === 'junction-residues'), `${f.label} @${width} protein`).toBe(true);
        for (const gene of [f.fivePrime.gene, f.threePrime.gene]) expect(shapes(panel(l, 'genes')).some((s) => s.id === `${gene}:breakpoint-label`), `${gene} @${width}`).toBe(true);
      }
    }
  });

  it('a 5′ UTR-only partner before an intact 3′ protein draws that whole protein with its domains and no junction residue', () => {
    const l = layoutFusion(fusion('TMPRSS2:e.1::ETV1:e.2'), { width: 900 });
    const p = panel(l, 'protein');
    expect(byId(p, 'fusion:three-prime', 'fusion')).toBeDefined();
    expect(shapes(p, 'fusion').some((s) => s.id === 'fusion:five-prime' || s.id === 'junction')).toBe(false);
    expect(shapes(p, 'fusion').filter((s) => s.feature?.kind === 'domain').map((s) => s.id).every((id) => id.startsWith('ETV1:'))).toBe(true);
    expect((byId(panel(l, 'transcript'), 'frame-badge-text') as Extract<Shape, { shape: 'text' }>).text).toBe('5′ UTR only — whole ETV1 protein');
  });

  it('the frame badge is worded for a reader', () => {
    const badge = (d: string) => (byId(panel(layoutFusion(fusion(d), { width: 900 }), 'transcript'), 'frame-badge-text') as Extract<Shape, { shape: 'text' }>).text;
    expect(badge('EML4:e.13::ALK:e.20')).toBe('in frame');
    expect(badge('NSF:e.1_20::ALK:e.20_29')).toBe('out of frame');
    // ERG exon 2 of the MANE transcript lies after its own start codon; ERG exon 3 holds the annotated start of another isoform.
    const erg = resolveFusion('TMPRSS2:e.1::ERG:e.2');
    if (!erg.ok) throw new Error('TMPRSS2::ERG did not resolve');
    expect(erg.value.protein.alternativeStart!.truncatedBy).toBeGreaterThan(0);
    expect(badge('TMPRSS2:e.1::ERG:e.2')).toBe('5′ UTR — ERG from a later start');
    expect(badge('?::ALK(hgnc:427)')).toBe('frame unknown');
    expect(badge('NSF:e.1_21::ALK:e.29')).toBe('3′ partner non-coding');
  });

  it('every feature has a kind, a model id and a tooltip', { timeout: 30_000 }, () => {
    for (const fx of fusionFixtures()) {
      const r = resolveFusion(fx.description);
      if (!r.ok) continue;
      for (const p of layoutFusion(r.value, { width: 800 }).panels)
        for (const s of shapes(p).filter((x) => x.feature)) {
          expect(s.feature!.tooltip.length, `${fx.key} ${s.id}`).toBeGreaterThan(5);
          expect(s.id, fx.key).toMatch(/^(junction(:linker)?|[\w.-]+:(exon|intron|domain|breakpoint)(:[\w.]+)?)$/);
        }
    }
  });

  it('draws only the panels asked for', () => {
    const l = layoutFusion(eml4, { width: 800, panels: ['protein'] });
    expect(l.panels.map((p) => p.name)).toEqual(['title', 'connectors', 'protein', 'legend', 'footer']);
  });

  it('does not mutate the fusion', () => {
    const frozen = fusion('EML4:e.13::ALK:e.20');
    const deepFreeze = (o: unknown): void => {
      if (o && typeof o === 'object' && !Object.isFrozen(o)) {
        Object.freeze(o);
        Object.values(o).forEach(deepFreeze);
      }
    };
    deepFreeze(frozen);
    expect(() => layoutFusion(frozen, { width: 900 })).not.toThrow();
  });

  // Heavy (every fixture × 3 widths): one assertion per fixture and width, not one per pair, and its own timeout.
  it('text labels never collide, at 360, 800 and 1400 px, for every fixture', () => {
    for (const fx of fusionFixtures()) {
      const r = resolveFusion(fx.description);
      if (!r.ok) continue;
      for (const width of [360, 800, 1400]) {
        const l = layoutFusion(r.value, { width });
        const problems: string[] = [];
        for (const p of l.panels) {
          // Every label, exon numbers (inside and outside their exon) and domain names included;
          // axis ticks, the wrapped note, legend and footer are laid out in rows of their own.
          const boxes: [string, Box][] = shapes(p)
            .filter((s): s is Extract<Shape, { shape: 'text' }> => s.shape === 'text' && !/^(tick-label|note|footer|legend)/.test(s.id))
            .map((s) => [s.id, textBox(s)]);
          for (let i = 0; i < boxes.length; i++)
            for (let k = i + 1; k < boxes.length; k++)
              if (overlaps(boxes[i]![1], boxes[k]![1], 0)) problems.push(`${p.name}: ${boxes[i]![0]} × ${boxes[k]![0]}`);
          // Every label stays inside the figure.
          for (const [id, b] of boxes) if (!(b.x0 >= -0.5 && b.x1 <= l.width + 0.5)) problems.push(`${id} outside`);
        }
        expect(problems, `${fx.key} @${width}`).toEqual([]);
      }
    }
  }, 60_000);
});
