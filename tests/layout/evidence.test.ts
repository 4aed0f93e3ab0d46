/**
 * The figure shows the caller's evidence (issue 8 item 4): the read-support line under the title,
 * the frame disagreement with both calls, the junction-sequence strip, and what the sequence
 * changes in the caveats and the protein panel. Text scale for exports (issue 9). Values come
 * from the caller files and the model, never typed.
 */
import { describe, expect, it } from 'vitest';
import { resolveFusion } from '../../src/api';
import { caveats, exportTextScale, layoutFusion, MIN_WIDTH } from '../../src/layout';
import { SEQ_FONT } from '../../src/layout/sequence';
import type { FusionLayout, PanelLayout, Shape, TextShape } from '../../src/layout/types';
import { fixture } from '../fixtures/fusions';
import { evidenceCase } from '../support/evidence-cases';

const shapesOf = (p: PanelLayout | undefined) => p?.tracks.flatMap((t) => t.shapes) ?? [];
const panel = (l: FusionLayout, name: PanelLayout['name']) => l.panels.find((p) => p.name === name);
const track = (l: FusionLayout, panelName: PanelLayout['name'], name: string) => panel(l, panelName)?.tracks.find((t) => t.name === name)?.shapes ?? [];
const texts = (shapes: readonly Shape[]) => shapes.filter((s): s is TextShape => s.shape === 'text');
const byId = <T extends Shape['shape']>(shapes: readonly Shape[], id: string, kind: T) => shapes.find((s) => s.id === id && s.shape === kind) as Extract<Shape, { shape: T }>;

describe('caller evidence on the figure', () => {
  it('the read-support line sits under the title, as the row gives it', () => {
    const c = evidenceCase('arriba-bcr-abl1');
    const l = layoutFusion(c.fusion, { width: 700, evidence: c.evidence });
    const title = texts(shapesOf(panel(l, 'title')));
    expect(title[0]!.text).toBe(c.fusion.label);
    expect(title.filter((t) => t.id.startsWith('support:')).map((t) => t.text).join(' ')).toBe(c.row.support);
    expect(c.row.support).toMatch(/^Arriba · high · \d+ split \+ \d+ discordant reads$/);
    // Below the title, and the panels move down to make room.
    expect(title[1]!.y).toBeGreaterThan(title[0]!.y + 10);
    expect(panel(l, 'title')!.height).toBeGreaterThan(panel(layoutFusion(c.fusion, { width: 700 }), 'title')!.height);
  });

  it('a frame call that differs is drawn with both calls and the reason; an agreeing one draws no note', () => {
    const c = evidenceCase('fusioncatcher-smg1-npipb5');
    expect(c.row.frame!.agrees).toBe(false);
    for (const width of [360, 700, 1600]) {
      const l = layoutFusion(c.fusion, { width, evidence: c.evidence });
      const note = texts(shapesOf(panel(l, 'title'))).filter((t) => t.id.startsWith('frame-disagreement:')).map((t) => t.text).join(' ');
      expect(note, `@${width}`).toBe(`Frame call differs: ${c.row.frame!.note}`);
      expect(note).toContain(c.row.frame!.caller.raw);
      expect(note).toContain(c.fusion.frame);
    }
    const ok = evidenceCase('arriba-bcr-abl1');
    const l = layoutFusion(ok.fusion, { width: 700, evidence: ok.evidence });
    expect(texts(shapesOf(panel(l, 'title'))).some((t) => t.id.startsWith('frame-disagreement'))).toBe(false);
  });

  it('no evidence, no sequence: the figure is unchanged', () => {
    const f = resolveFusion(fixture('nsf-alk-rna').description);
    if (!f.ok) throw new Error('fixture');
    expect(layoutFusion(f.value, { width: 700, evidence: {} })).toEqual(layoutFusion(f.value, { width: 700 }));
  });
});

describe('junction-sequence strip', () => {
  it("BCR::ABL1 (Arriba): the bases either side of the junction, codons in the computed frame, and the drawn peptide is Arriba's", () => {
    const c = evidenceCase('arriba-bcr-abl1');
    const s = c.fusion.sequence!;
    const strip = track(layoutFusion(c.fusion, { width: 700, evidence: c.evidence }), 'transcript', 'sequence');
    const nts = texts(strip).filter((t) => t.id.startsWith('seq-nt:'));
    // 30 nt each side at 700 px, coloured by partner.
    expect(nts.map((t) => t.text).join('')).toBe(s.fivePrime + s.inserted + s.threePrime);
    expect(nts.filter((t) => t.className.includes('five-prime')).length).toBe(s.fivePrime.length);
    expect(nts.filter((t) => t.className.includes('three-prime')).length).toBe(s.threePrime.length);
    expect(s.fivePrime.length).toBe(30);
    // The residues drawn read in Arriba's peptide across its junction mark (case-insensitive: Arriba writes the split codon in lower case).
    const aa = texts(strip).filter((t) => t.id.startsWith('seq-aa:')).map((t) => t.text).join('');
    const peptide = c.row.evidence!.peptide!;
    expect(peptide.replace('|', '').toUpperCase()).toContain(aa);
    expect(aa.length).toBeGreaterThanOrEqual(18);
    expect(c.fusion.frame).toBe(c.row.evidence!.frame!.raw);
    // The junction line falls between the last 5' base and the first 3' one.
    const j = byId(strip, 'seq-junction', 'line');
    const last5 = nts[s.fivePrime.length - 1]!;
    const first3 = nts[s.fivePrime.length]!;
    expect(j.x1).toBeGreaterThan(last5.x);
    expect(j.x1).toBeLessThan(first3.x);
    // The source is named.
    expect(texts(strip).map((t) => t.text).join(' ')).toContain('sequence: Arriba fusion_transcript');
    // Codon boundaries: shaded cells, each three bases wide.
    expect(strip.filter((x) => x.id.startsWith('seq-codon:')).length).toBeGreaterThan(5);
  });

  it('a stop codon after the junction is highlighted and named, and the monospace text stays ≥ 11 px', () => {
    const c = evidenceCase('fusioncatcher-rmnd5a-anapc1');
    const s = c.fusion.sequence!;
    expect(s.stop).not.toBeNull();
    const strip = track(layoutFusion(c.fusion, { width: 700, evidence: c.evidence }), 'transcript', 'sequence');
    const stopCodon = s.codons.find((k) => k.aa === '*' && k.start >= s.fivePrime.length)!;
    expect(strip.find((x) => x.id === `seq-codon:${stopCodon.start}`)?.className).toContain('seq-stop');
    expect(byId(strip, `seq-aa:${stopCodon.start}`, 'text').className).toContain('stop');
    const words = texts(strip).map((t) => t.text).join(' ');
    expect(words).toContain(`stop codon ${s.stop!.codonsAfterJunction} codons after the junction`);
    for (const t of texts(strip)) expect(t.size).toBeGreaterThanOrEqual(11);
    expect(SEQ_FONT).toBeGreaterThanOrEqual(11);
  });

  it('at 360 px fewer bases each side, in whole codons, none of them clipped', () => {
    const c = evidenceCase('arriba-bcr-abl1');
    const s = c.fusion.sequence!;
    const l = layoutFusion(c.fusion, { width: 360, evidence: c.evidence });
    const nts = texts(track(l, 'transcript', 'sequence')).filter((t) => t.id.startsWith('seq-nt:'));
    expect(nts.length).toBeLessThan(s.fivePrime.length + s.threePrime.length);
    expect(nts.length).toBeGreaterThanOrEqual(24);
    const five = nts.filter((t) => t.className.includes('five-prime'));
    const three = nts.filter((t) => t.className.includes('three-prime'));
    expect(Math.abs(five.length - three.length)).toBeLessThanOrEqual(1);
    // What is shown is the part of the window next to the junction.
    expect(five.map((t) => t.text).join('')).toBe(s.fivePrime.slice(-five.length));
    expect(three.map((t) => t.text).join('')).toBe(s.threePrime.slice(0, three.length));
    for (const t of nts) {
      expect(t.x).toBeGreaterThan(22);
      expect(t.x).toBeLessThan(360 - 22);
    }
  });

  it('at 360 px a stop codon a few codons after the junction stays in view', () => {
    for (const key of ['fusioncatcher-rmnd5a-anapc1', 'fusioncatcher-smg1-npipb5']) {
      const c = evidenceCase(key);
      const s = c.fusion.sequence!;
      const stop = s.codons.find((k) => k.aa === '*' && k.start >= s.fivePrime.length)!;
      const strip = track(layoutFusion(c.fusion, { width: 360, evidence: c.evidence }), 'transcript', 'sequence');
      expect(strip.find((x) => x.id === `seq-codon:${stop.start}`)?.className, key).toContain('seq-stop');
      expect(texts(strip).filter((t) => t.id.startsWith('seq-nt:') && t.className.includes('five-prime')).length, key).toBeGreaterThanOrEqual(6);
    }
  });

  it('the strip is inside the transcript panel, above where the transcript→protein connectors start', () => {
    const c = evidenceCase('arriba-bcr-abl1');
    const l = layoutFusion(c.fusion, { width: 700, evidence: c.evidence });
    const t = panel(l, 'transcript')!;
    const strip = track(l, 'transcript', 'sequence');
    const bottom = Math.max(...strip.map((x) => (x.shape === 'text' ? x.y + 4 : x.shape === 'rect' ? x.y + x.height : x.shape === 'line' ? Math.max(x.y1, x.y2) : 0)));
    expect(bottom).toBeLessThanOrEqual(t.height);
    const p = panel(l, 'protein')!;
    expect(p.y).toBeGreaterThan(t.y + t.height);
  });

  it('no sequence, no strip', () => {
    const c = evidenceCase('arriba-bcr-abl1');
    const l = layoutFusion({ ...c.fusion, sequence: null }, { width: 700 });
    expect(track(l, 'transcript', 'sequence')).toEqual([]);
  });
});

describe('what the sequence changes', () => {
  it('out of frame with a stop in the sequence: the frameshift is drawn to it, the axis ends there, the legend and title say so', () => {
    const c = evidenceCase('fusioncatcher-rmnd5a-anapc1');
    const stop = c.fusion.sequence!.stop!.proteinLength!;
    const a = c.fusion.fivePrime.residues![1];
    for (const width of [360, 700, 1600]) {
      const l = layoutFusion(c.fusion, { width, evidence: c.evidence });
      const p = shapesOf(panel(l, 'protein'));
      const fs = byId(p, 'fusion:frameshift', 'rect');
      const axis = byId(p, 'axis', 'line');
      const junction = byId(p, 'junction', 'line');
      expect(fs.x).toBeCloseTo(junction.x1, 1);
      // At the protein's pace: the shifted residues' share of the axis.
      const pace = (axis.x2 - axis.x1) / stop;
      expect(fs.width).toBeCloseTo(Math.max(3, (stop - a - c.fusion.protein.novelResidues) * pace), 0);
      expect(axis.x2).toBeCloseTo(fs.x + fs.width, 0);
      expect(byId(p, 'protein-title', 'text').text).toContain(`${stop} aa`);
      expect(byId(p, 'frameshift-label', 'text').text).not.toContain('not known');
      expect(texts(shapesOf(panel(l, 'legend'))).map((t) => t.text).join(' ')).toContain('frameshift (to the stop in the sequence)');
    }
  });

  it('the stop becomes a footnote; "stop codons … not checked" goes when the sequence covers them, and stays when it does not', () => {
    const c = evidenceCase('fusioncatcher-rmnd5a-anapc1');
    const notes = caveats(c.fusion);
    expect(notes.find((n) => n.id === 'sequence-stop')!.text).toContain(`${c.fusion.sequence!.stop!.codonsAfterJunction} codons after the junction`);
    expect(notes.find((n) => n.id === 'sequence-stop')!.text).toContain(c.fusion.sequence!.source);
    // The linker fixture reads intron and linker into the protein: its caveat depends on what the sequence covers.
    const linker = resolveFusion(fixture('linker').description);
    if (!linker.ok) throw new Error('fixture');
    const s = { ...evidenceCase('arriba-bcr-abl1').fusion.sequence!, stop: null };
    expect(caveats(linker.value).map((n) => n.id)).toContain('unchecked-stops');
    expect(caveats({ ...linker.value, sequence: { ...s, coversUnchecked: false } }).map((n) => n.id)).toContain('unchecked-stops');
    const covered = { ...linker.value, sequence: { ...s, coversUnchecked: true } };
    expect(caveats(covered).map((n) => n.id)).not.toContain('unchecked-stops');
    const badge = byId(shapesOf(panel(layoutFusion(covered, { width: 700 }), 'transcript')), 'frame-badge-text', 'text');
    expect(badge.text).toBe('in frame');
  });
});

describe('text scale for exports', () => {
  const f = (() => {
    const r = resolveFusion(fixture('eml4-alk-v1').description);
    if (!r.ok) throw new Error('fixture');
    return r.value;
  })();

  it('exportTextScale keeps screen size up to a 700-px column and grows beyond', () => {
    expect(exportTextScale(360)).toBe(1);
    expect(exportTextScale(700)).toBe(1);
    expect(exportTextScale(1400)).toBe(2);
    expect(exportTextScale(1600)).toBeCloseTo(1600 / 700, 3);
  });

  it('textScale k lays out at width/k and scales up to width through the viewBox: the printed text keeps its size', () => {
    const k = exportTextScale(1600);
    const wide = layoutFusion(f, { width: 1600, textScale: k });
    const column = layoutFusion(f, { width: 700 });
    expect(wide.width).toBe(1600);
    expect(wide.viewBox).toEqual({ width: 700, height: column.height });
    expect(wide.panels).toEqual(column.panels);
    // Text scale 1 (the default) is the screen figure at full width.
    const flat = layoutFusion(f, { width: 1600, textScale: 1 });
    expect(flat).toEqual(layoutFusion(f, { width: 1600 }));
    expect(flat.viewBox).toBeUndefined();
  });

  it('never lays out narrower than the minimum width, and rejects a bad scale with a RangeError naming it', () => {
    const l = layoutFusion(f, { width: 700, textScale: 5 });
    expect(l.viewBox!.width).toBe(MIN_WIDTH);
    for (const bad of [0, -1, Number.NaN, Infinity, 100]) expect(() => layoutFusion(f, { width: 700, textScale: bad })).toThrow(/textScale/);
  });

  it('the report layout with a text scale stays a 700-px column scaled up', () => {
    const r = layoutFusion(f, { width: 1600, layout: 'report', textScale: exportTextScale(1600) });
    expect(r.viewBox!.width).toBe(700);
    expect(layoutFusion(f, { width: 1600, layout: 'report', textScale: 1 }).viewBox!.width).toBe(700);
  });
});
