/**
 * Report-grade invariants over every story fixture at 360, 700 and 1600 px (issue 9): distinct
 * domain fills, print-size text, no text crossed by a connector or another label, every
 * retained exon numbered in the transcript panel, an honest frameshift. One layout per fixture
 * and width, shared by all assertions, so the file stays cheap on a busy machine.
 */
import { describe, expect, it } from 'vitest';
import { resolveFusion } from '../../src/api';
import { layoutFusion } from '../../src/layout';
import { formatInt, overlaps, textBox, type Box } from '../../src/layout/text';
import type { FusionLayout, PanelLayout, Shape, TextShape } from '../../src/layout/types';
import type { Fusion } from '../../src/model/types';
import { TOKENS } from '../../src/render/styles';
import { fusionFixtures } from '../fixtures/fusions';
import { evidenceCases } from '../support/evidence-cases';

const WIDTHS = [360, 700, 1600] as const;
const cases: { key: string; fusion: Fusion; width: number; layout: FusionLayout }[] = [];
for (const fx of fusionFixtures()) {
  const r = resolveFusion(fx.description);
  if (!r.ok) continue;
  for (const width of WIDTHS) cases.push({ key: fx.key, fusion: r.value, width, layout: layoutFusion(r.value, { width }) });
}
// Caller rows with their read support, frame note and junction-sequence strip.
for (const c of evidenceCases()) {
  for (const width of WIDTHS) cases.push({ key: c.key, fusion: c.fusion, width, layout: layoutFusion(c.fusion, { width, evidence: c.evidence }) });
}
const shapesOf = (p: PanelLayout) => p.tracks.flatMap((t) => t.shapes);
const panel = (l: FusionLayout, name: PanelLayout['name']) => l.panels.find((p) => p.name === name);
const texts = (l: FusionLayout) =>
  l.panels.flatMap((p) => shapesOf(p).filter((s): s is TextShape => s.shape === 'text').map((t) => ({ t, panel: p, box: shift(textBox(t), p.y) })));
const shift = (b: Box, dy: number): Box => ({ ...b, y0: b.y0 + dy, y1: b.y1 + dy });

/** Points along a path of M, L, C and Z commands (cubic segments sampled), in figure coordinates. */
function pathPoints(d: string): [number, number][] {
  const tokens = d.match(/[MLCZHVhv]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const pts: [number, number][] = [];
  let i = 0;
  let cur: [number, number] = [0, 0];
  let cmd = 'M';
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    if (/[A-Za-z]/.test(tokens[i]!)) cmd = tokens[i++]!;
    if (cmd === 'Z') continue;
    if (cmd === 'M' || cmd === 'L') {
      const p: [number, number] = [num(), num()];
      if (cmd === 'L') for (let k = 1; k <= 10; k++) pts.push([cur[0] + ((p[0] - cur[0]) * k) / 10, cur[1] + ((p[1] - cur[1]) * k) / 10]);
      cur = p;
      pts.push(p);
    } else if (cmd === 'C') {
      const [a, b, c] = [[num(), num()], [num(), num()], [num(), num()]] as [number, number][];
      for (let k = 1; k <= 24; k++) {
        const t = k / 24;
        const u = 1 - t;
        pts.push([u ** 3 * cur[0] + 3 * u * u * t * a![0] + 3 * u * t * t * b![0] + t ** 3 * c![0], u ** 3 * cur[1] + 3 * u * u * t * a![1] + 3 * u * t * t * b![1] + t ** 3 * c![1]]);
      }
      cur = c!;
    } else i++;
  }
  return pts;
}

/** Relative luminance of a #rrggbb colour (WCAG). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a) + 0.05, luminance(b) + 0.05];
  return Math.max(x, y) / Math.min(x, y);
};
const domainToken = (cls: string) => cls.match(/\bdomain-color-(\d+)\b/)?.[1];

describe('report-grade figure (every fixture at 360, 700 and 1600 px)', { timeout: 60_000 }, () => {
  it('no two different domain accessions share a fill, and one accession has one fill in every row', () => {
    for (const c of cases) {
      const byAccession = new Map<string, Set<string>>();
      for (const s of shapesOf(panel(c.layout, 'protein') ?? { tracks: [] } as unknown as PanelLayout)) {
        if (s.feature?.kind !== 'domain') continue;
        const acc = s.id.split(':domain:')[1]!.replace(/\.\d+$/, '');
        (byAccession.get(acc) ?? byAccession.set(acc, new Set()).get(acc)!).add(domainToken(s.className)!);
      }
      const fills = [...byAccession.values()].map((f) => [...f]);
      for (const f of fills) expect(f.length, `${c.key} @${c.width}`).toBe(1);
      const all = fills.map((f) => f[0]);
      expect(new Set(all).size, `${c.key} @${c.width}: ${[...byAccession.keys()].join(', ')}`).toBe(all.length);
    }
  });

  it('domains side by side in a row have fills of different lightness (≥ 1.3:1 in both themes)', () => {
    for (const c of cases.filter((x) => x.width === 700)) {
      const p = panel(c.layout, 'protein');
      if (!p) continue;
      for (const track of p.tracks) {
        const rows = new Map<number, { x: number; token: string }[]>();
        for (const s of track.shapes) {
          if (s.feature?.kind !== 'domain') continue;
          // Whole domains are rects, truncated ones paths starting at their top-left corner.
          const [x, y] = s.shape === 'rect' ? [s.x, s.y] : s.shape === 'path' ? s.d.slice(1).split(/[,A-Z]/).map(Number) as [number, number] : [0, 0];
          (rows.get(y) ?? rows.set(y, []).get(y)!).push({ x, token: domainToken(s.className)! });
        }
        for (const row of rows.values()) {
          row.sort((a, b) => a.x - b.x);
          for (let i = 1; i < row.length; i++) {
            if (row[i]!.token === row[i - 1]!.token) continue;
            for (const theme of [0, 1] as const) {
              const t = (k: string) => TOKENS[`domain-color-${k}` as keyof typeof TOKENS][theme];
              expect(contrast(t(row[i - 1]!.token), t(row[i]!.token)), `${c.key} ${track.name}`).toBeGreaterThanOrEqual(1.3);
            }
          }
        }
      }
    }
  });

  it('at 700 px no text is under 11 px and the footer is at least 10 px', () => {
    for (const c of cases.filter((x) => x.width === 700)) {
      for (const { t, panel: p } of texts(c.layout)) expect(t.size, `${c.key} ${p.name} ${t.id}`).toBeGreaterThanOrEqual(p.name === 'footer' ? 10 : 11);
    }
  });

  it('no connector crosses a text box', () => {
    for (const c of cases) {
      const boxes = texts(c.layout);
      const connectors = shapesOf(panel(c.layout, 'connectors')!).filter((s): s is Extract<Shape, { shape: 'path' }> => s.shape === 'path');
      for (const s of connectors) {
        for (const [x, y] of pathPoints(s.d)) {
          const hit = boxes.find(({ box }) => x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1);
          expect(hit?.t.id, `${c.key} @${c.width}: ${s.id} crosses "${hit?.t.text}"`).toBeUndefined();
        }
      }
    }
  });

  it('no label overlaps another label', () => {
    for (const c of cases) {
      // Rows laid out on their own (axis ticks, wrapped notes, legend, footer) are checked in layout.test.ts.
      const boxes = texts(c.layout).filter(({ t }) => !/^(tick-label|note|footer|legend)/.test(t.id));
      for (let i = 0; i < boxes.length; i++)
        for (let k = i + 1; k < boxes.length; k++)
          expect(overlaps(boxes[i]!.box, boxes[k]!.box, 0), `${c.key} @${c.width}: ${boxes[i]!.t.id} × ${boxes[k]!.t.id}`).toBe(false);
    }
  });

  it('every retained exon has its number in the transcript panel', () => {
    for (const c of cases) {
      const ft = c.fusion.transcript;
      if (!ft) continue;
      const t = shapesOf(panel(c.layout, 'transcript')!);
      for (const b of ft.blocks.filter((x) => x.kind === 'exon')) {
        const label = t.find((s) => s.id === `${b.id}:number`);
        expect(label && label.shape === 'text' && label.text, `${c.key} @${c.width}: ${b.id}`).toBe(String(b.number));
      }
    }
  });

  it('out of frame, the frameshift is a short segment: the axis ends at the junction, not at the in-frame length', () => {
    // Without sequence the stop is not known (with it, tests/layout/evidence.test.ts draws the segment to the stop).
    for (const c of cases.filter((x) => x.fusion.frame === 'out-of-frame' && !x.fusion.sequence?.stop)) {
      const p = shapesOf(panel(c.layout, 'protein')!);
      const fs = p.find((s) => s.id === 'fusion:frameshift') as Extract<Shape, { shape: 'rect' }>;
      const axis = p.find((s) => s.id === 'axis') as Extract<Shape, { shape: 'line' }>;
      const junction = p.find((s) => s.id === 'junction') as Extract<Shape, { shape: 'line' }>;
      expect(axis.x2, `${c.key} @${c.width}`).toBeCloseTo(junction.x1, 1);
      expect(fs.x, c.key).toBeCloseTo(junction.x1, 1);
      // Shorter than the rest of the 3' protein would be at the fusion protein's pace.
      const pace = (axis.x2 - axis.x1) / c.fusion.fivePrime.residues![1];
      const rest = c.fusion.threePrime.transcript!.proteinLength! - c.fusion.diagnostics.threePrimeCodon! + 1;
      expect(fs.width, c.key).toBeLessThan(rest * pace);
      const ticks = p.filter((s) => s.id.startsWith('tick-label:')).map((s) => Number(s.id.split(':')[1]));
      expect(Math.max(...ticks), c.key).toBeLessThanOrEqual(c.fusion.fivePrime.residues![1]);
    }
  });

  it('in frame with residues from intron and linker sequence, the badge carries a mark and the footer its footnote', () => {
    const c = cases.find((x) => x.key === 'linker' && x.width === 700)!;
    const badge = shapesOf(panel(c.layout, 'transcript')!).find((s) => s.id === 'frame-badge-text') as TextShape;
    expect(badge.text).toBe('in frame*');
    const d = c.fusion.diagnostics;
    const intron = c.fusion.transcript!.blocks.filter((b) => b.kind === 'intron' && b.side === 'fivePrime').reduce((s, b) => s + b.length, 0);
    const footer = shapesOf(panel(c.layout, 'footer')!).map((s) => (s as TextShape).text).join(' ');
    expect(footer).toContain(`stop codons in ${intron + d.linkerNt + d.threePrimeLeadNt} nt of intron and linker sequence`);
  });

  it('every breakpoint keeps its genomic position and every mirrored gene its strand note, at every width', () => {
    for (const c of cases) {
      const g = panel(c.layout, 'genes');
      if (!g) continue;
      const words = shapesOf(g).filter((s): s is TextShape => s.shape === 'text').map((s) => s.text).join(' | ');
      for (const p of [c.fusion.fivePrime, c.fusion.threePrime]) {
        const pos = p.breakpoint?.genomic;
        if (p.transcript && p.hasJunction && pos != null) expect(words, `${c.key} @${c.width} ${p.gene}`).toContain(`${p.transcript.chrom}:${formatInt(pos)}`);
        if (p.transcript?.strand === '-') expect(words, `${c.key} @${c.width} ${p.gene}`).toContain('drawn 5′→3′');
      }
    }
  });

  it('the title names the fusion with :: on top, with the sample label when given', () => {
    const f = cases.find((x) => x.key === 'nsf-alk-rna')!.fusion;
    const title = (l: FusionLayout) => (shapesOf(l.panels[0]!)[0] as TextShape).text;
    expect(title(layoutFusion(f, { width: 700 }))).toBe('NSF::ALK');
    expect(title(layoutFusion(f, { width: 700, label: 'Case 12' }))).toBe('NSF::ALK · Case 12');
  });

  it('the report layout fits a 700-px column in about 40% of an A4 page and scales up for wider exports', () => {
    const f = cases.find((x) => x.key === 'eml4-alk-v1')!.fusion;
    const r = layoutFusion(f, { width: 700, layout: 'report' });
    // A4 portrait at 96 dpi is 794 × 1123 px; the figure is 700 px wide.
    expect(r.height).toBeLessThanOrEqual(0.45 * 1123);
    const wide = layoutFusion(f, { width: 1600, layout: 'report' });
    expect(wide.viewBox).toEqual({ width: 700, height: r.height });
    expect(wide.height / wide.width).toBeCloseTo(r.height / r.width, 2);
    // A gene-only partner leaves no empty transcript panel.
    const geneOnly = cases.find((x) => x.key === 'gene-only')!.fusion;
    expect(layoutFusion(geneOnly, { width: 700, layout: 'report' }).panels.map((p) => p.name)).not.toContain('transcript');
    // Breakpoint coordinates stay.
    const g = shapesOf(panel(r, 'genes')!).filter((s) => s.shape === 'text').map((s) => (s as TextShape).text).join(' ');
    expect(g).toContain(`${f.fivePrime.transcript!.chrom}:`);
  });
});

describe('colour tokens in greyscale', () => {
  it('the two partner colours differ by at least 1.6:1 in luminance, in both themes', () => {
    for (const theme of [0, 1] as const) expect(contrast(TOKENS['five-prime-color'][theme], TOKENS['three-prime-color'][theme])).toBeGreaterThanOrEqual(1.6);
  });

  it('the linker / new residues colour stays apart from both partner colours (≥ 1.4:1), in both themes', () => {
    for (const theme of [0, 1] as const)
      for (const p of ['five-prime-color', 'three-prime-color'] as const) expect(contrast(TOKENS['linker-color'][theme], TOKENS[p][theme]), `${p} ${theme}`).toBeGreaterThanOrEqual(1.4);
  });

  it('every light domain fill (odd slot) and dark one (even slot) differ by at least 1.3:1, in both themes', () => {
    for (const theme of [0, 1] as const)
      for (let a = 1; a <= 12; a += 2)
        for (let b = 2; b <= 12; b += 2) {
          const t = (k: number) => TOKENS[`domain-color-${k}` as keyof typeof TOKENS][theme];
          expect(contrast(t(a), t(b)), `${a} vs ${b} (${theme ? 'dark' : 'light'})`).toBeGreaterThanOrEqual(1.3);
        }
  });

  it('in the dark theme lost domains and their labels stand at least 3:1 from the background', () => {
    const bg = TOKENS.background[1];
    // A lost domain's dashed outline: the text colour at the domain stroke's 0.55 opacity over the background.
    const blend = (fg: string, back: string, a: number) =>
      '#' + [1, 3, 5].map((i) => Math.round(a * parseInt(fg.slice(i, i + 2), 16) + (1 - a) * parseInt(back.slice(i, i + 2), 16)).toString(16).padStart(2, '0')).join('');
    expect(contrast(blend(TOKENS['text-color'][1], bg, 0.55), bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(TOKENS['muted-color'][1], bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(TOKENS['lost-color'][1], bg)).toBeGreaterThanOrEqual(3);
  });
});
