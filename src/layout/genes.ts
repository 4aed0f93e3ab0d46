/**
 * Panel 1: both partner genes, each 5'→3' left to right (a minus-strand gene is mirrored),
 * CDS thick and UTR thin, introns compressed or to scale, the breakpoint marked and labelled,
 * the retained part set off from the lost part.
 */
import type { Fusion, PartnerResolved, Side, TranscriptRecord } from '../model/types';
import { geneScale } from './scales';
import { FONT, formatInt, overlaps, placeLabels, textBox, textWidth, type Box } from './text';
import type { IntronScale, PanelLayout, Shape, Span } from './types';

const THICK = 16;
const THIN = 8;
const ROW = 104;
const CY = 46;

export interface GenesPanel {
  readonly panel: PanelLayout;
  /** Retained extent of each partner in the gene track, and the track's bottom y (figure coordinates). */
  readonly spans: Partial<Record<Side, Span & { readonly y: number }>>;
  /** Where the "introns not to scale" note went: the legend takes it when the panel has no room. */
  readonly intronNote: 'in-panel' | 'legend' | 'none';
}

const sideClass = (s: Side) => (s === 'fivePrime' ? 'five-prime' : 'three-prime');
const prime = (s: Side) => (s === 'fivePrime' ? "5′" : "3′");

/** Where the break lies, in words a reader uses. */
export function breakpointText(p: PartnerResolved): string {
  const b = p.breakpoint!;
  const five = p.side === 'fivePrime';
  if (b.region === 'upstream') return `upstream of ${p.gene}`;
  if (b.region === 'downstream') return `downstream of ${p.gene}`;
  if (b.intron !== null) {
    const d = Math.abs(b.offset ?? 0);
    return five ? `intron ${b.intron}, ${formatInt(d)} nt after exon ${b.intron}` : `intron ${b.intron}, ${formatInt(d)} nt before exon ${b.intron + 1}`;
  }
  const off = Math.abs(b.offset ?? 0);
  if (off === 0) return five ? `end of exon ${b.exon}` : `start of exon ${b.exon}`;
  return five ? `exon ${b.exon}, ${formatInt(off)} nt before its end` : `exon ${b.exon}, ${formatInt(off)} nt into it`;
}

/** Exon as thin UTR parts and a thick CDS part, in one path. */
function exonPath(t: TranscriptRecord, lo: number, hi: number, x: (g: number) => number, cy: number): string {
  const cs = t.cdsStart ?? Infinity;
  const ce = t.cdsEnd ?? -Infinity;
  let d = '';
  const part = (a: number, b: number, thick: boolean) => {
    if (a > b) return;
    const xa = Math.min(x(a), x(b + 1));
    const w = Math.max(0.8, Math.abs(x(b + 1) - x(a)));
    const h = thick ? THICK : THIN;
    d += `M${r(xa)},${r(cy - h / 2)}h${r(w)}v${h}h${r(-w)}Z`;
  };
  if (lo < cs) part(lo, Math.min(hi, cs - 1), false);
  if (hi >= cs && lo <= ce) part(Math.max(lo, cs), Math.min(hi, ce), true);
  if (hi > ce) part(Math.max(lo, ce + 1), hi, false);
  return d;
}

const r = (v: number) => Math.round(v * 10) / 10;

function gene(p: PartnerResolved, x0: number, x1: number, top: number, mode: IntronScale, shapes: Shape[], labelsTaken: Box[]): (Span & { y: number }) | undefined {
  const side = sideClass(p.side);
  const cy = top + CY;
  const t = p.transcript;
  if (!t) {
    shapes.push({ shape: 'rect', id: `${p.side}:unknown`, className: `unknown-partner ${side}`, x: x0, y: cy - THICK / 2, width: x1 - x0, height: THICK, rx: 3 });
    shapes.push({ shape: 'text', id: `${p.side}:unknown-label`, className: 'label muted', x: (x0 + x1) / 2, y: cy + 4, text: `unknown ${prime(p.side)} partner (?)`, anchor: 'middle', size: FONT.label });
    return undefined;
  }
  const sc = geneScale(t.exons, t.strand, x0, x1, mode);
  // Longest heading that fits the lane: strand always stays (a mirrored gene must say so).
  // The arrow gives the gene's direction on the genome; the drawing itself always reads 5'→3'.
  const short = t.strand === '+' ? '+ strand →' : '− strand ←';
  const strand = t.strand === '+' ? short : `${short}, drawn 5′→3′`;
  // The strand note stays whole at every width (the accession is in the footer too).
  const headings = [
    `${t.gene} ${prime(p.side)}  ${t.accession} · ${t.chrom} · ${strand}`,
    `${t.gene} ${prime(p.side)}  ${t.accession} · ${strand}`,
    `${t.gene} ${prime(p.side)} · ${strand}`,
    `${t.gene} ${prime(p.side)} · ${short}`,
  ];
  const fit = [FONT.heading, FONT.label].flatMap((size) => headings.map((text) => ({ text, size }))).find((h) => textWidth(h.text, h.size) <= x1 - x0 + 16) ?? { text: headings[3]!, size: FONT.label };
  shapes.push({ shape: 'text', id: `${t.gene}:heading:${p.side}`, className: `heading ${side}`, x: x0, y: top + 14, text: fit.text, anchor: 'start', size: fit.size });
  // Left/right edges of base g along transcription.
  const startEdge = (g: number) => (t.strand === '+' ? sc(g) : sc(g + 1));
  const endEdge = (g: number) => (t.strand === '+' ? sc(g + 1) : sc(g));
  const kept = p.exons;
  const isKept = (n: number) => !p.hasJunction || (kept !== null && n >= kept[0] && n <= kept[1]);
  const state = p.hasJunction ? '' : ' undetermined';

  let span: (Span & { y: number }) | undefined;
  if (p.hasJunction && p.pieces.length > 0) {
    const first = p.pieces[0]!;
    const last = p.pieces[p.pieces.length - 1]!;
    const a = t.strand === '+' ? first.start : first.end;
    const b = t.strand === '+' ? last.end : last.start;
    // Connectors leave from below the breakpoint labels, so their edges never cross the text.
    span = { x0: startEdge(a), x1: endEdge(b), y: cy + 50 };
    shapes.push({ shape: 'rect', id: `${t.gene}:retained-span:${p.side}`, className: `retained-span ${side}`, x: span.x0 - 2, y: cy - THICK / 2 - 5, width: span.x1 - span.x0 + 4, height: THICK + 10, rx: 3 });
  }
  // Introns first, so exons draw over their ends.
  for (let n = 1; n < t.exons.length; n++) {
    const xa = endEdge(t.strand === '+' ? t.exons[n - 1]![1] : t.exons[n - 1]![0]);
    const xb = startEdge(t.strand === '+' ? t.exons[n]![0] : t.exons[n]![1]);
    const len = Math.abs((t.strand === '+' ? t.exons[n]![0] - t.exons[n - 1]![1] : t.exons[n - 1]![0] - t.exons[n]![1])) - 1;
    shapes.push({
      shape: 'line', id: `${t.gene}:intron:${n}`, className: `intron ${side} ${isKept(n) && isKept(n + 1) ? 'retained' : 'lost'}${state}`,
      x1: xa, y1: cy, x2: xb, y2: cy,
      feature: { kind: 'intron', label: `${t.gene} intron ${n}`, tooltip: `${t.gene} intron ${n} · ${formatInt(len)} nt` },
    });
  }
  const numbers: { n: number; cx: number; w: number; coding: boolean }[] = [];
  t.exons.forEach(([lo, hi], i) => {
    const n = i + 1;
    const coding = t.cdsStart !== null && hi >= t.cdsStart && lo <= t.cdsEnd!;
    const piece = p.pieces.find((q) => q.kind === 'exon' && q.number === n);
    shapes.push({
      shape: 'path', id: `${t.gene}:exon:${n}`, className: `exon ${side} ${isKept(n) ? 'retained' : 'lost'}${state}`,
      d: exonPath(t, lo, hi, sc, cy),
      feature: {
        kind: 'exon', label: `${t.gene} exon ${n}`,
        tooltip: `${t.gene} exon ${n} · ${t.chrom}:${formatInt(lo)}–${formatInt(hi)} · ${formatInt(hi - lo + 1)} nt · ${coding ? 'coding' : 'UTR only'}` +
          `${p.hasJunction ? (piece?.partial ? ` · ${formatInt(piece.length)} nt kept in the fusion` : isKept(n) ? ' · kept in the fusion' : ' · lost') : ''}`,
      },
    });
    // A break inside the exon: grey out the part that is not kept, over the kept colour.
    if (piece?.partial) {
      const lost: [number, number] = piece.start > lo ? [lo, piece.start - 1] : [piece.end + 1, hi];
      if (lost[0] <= lost[1]) shapes.push({ shape: 'path', id: `${t.gene}:exon:${n}:lost-part`, className: `exon ${side} lost part`, d: exonPath(t, lost[0], lost[1], sc, cy) });
    }
    // A number inside goes on the thick (coding) part, the only part tall enough for it.
    const [ca, cb] = coding ? [Math.max(lo, t.cdsStart!), Math.min(hi, t.cdsEnd!)] : [lo, hi];
    numbers.push({ n, cx: (sc(cb + 1) + sc(ca)) / 2, w: Math.abs(sc(cb + 1) - sc(ca)), coding });
  });
  // Kept intron sequence (a break inside an intron), hatched like in the transcript panel.
  for (const q of p.pieces.filter((q) => q.kind === 'intron')) {
    const xa = Math.min(startEdge(t.strand === '+' ? q.start : q.end), endEdge(t.strand === '+' ? q.end : q.start));
    const xb = Math.max(startEdge(t.strand === '+' ? q.start : q.end), endEdge(t.strand === '+' ? q.end : q.start));
    const w = Math.max(3, xb - xa);
    const at = p.side === 'fivePrime' ? xa : xb - w;
    shapes.push({ shape: 'rect', id: `${t.gene}:intron:${q.number}:kept-part`, className: `retained-intron-piece ${side}`, x: at, y: cy - THIN / 2, width: w, height: THIN });
  }
  const g = p.breakpoint?.genomic;
  const bx = p.hasJunction && g != null ? (p.side === 'fivePrime' ? endEdge(g) : startEdge(g)) : null;
  // Exon numbers above the track keep clear of the breakpoint line.
  if (bx !== null) labelsTaken.push({ x0: bx - 0.5, x1: bx + 0.5, y0: cy - 22, y1: cy - 12 });
  exonNumbers(t.gene, numbers, p, cy, bx, { minX: x0 - 8, maxX: x1 + 8 }, shapes, labelsTaken);
  shapes.push({ shape: 'text', id: `${t.gene}:end5:${p.side}`, className: 'end-mark', x: x0 - 2, y: cy + 3, text: "5′", anchor: 'end', size: FONT.label });
  shapes.push({ shape: 'text', id: `${t.gene}:end3:${p.side}`, className: 'end-mark', x: x1 + 2, y: cy + 3, text: "3′", anchor: 'start', size: FONT.label });

  if (bx !== null && g != null) {
    const where = breakpointText(p);
    const pos = `${t.chrom}:${formatInt(g)}`;
    shapes.push({
      shape: 'line', id: `${t.gene}:breakpoint`, className: `breakpoint ${side}`, x1: bx, y1: cy - 22, x2: bx, y2: cy + 16,
      feature: { kind: 'breakpoint', label: `${t.gene} breakpoint`, tooltip: `${t.gene} breakpoint: ${where} · ${pos} (${p.side === 'fivePrime' ? 'last' : 'first'} retained base)` },
    });
    const labels = placeLabels(
      [0],
      () => [
        { id: `${t.gene}:breakpoint-label`, className: 'breakpoint-label', x: bx, y: cy + 29, text: `${where} · ${pos}`, anchor: 'middle', size: FONT.label },
        { id: `${t.gene}:breakpoint-label`, className: 'breakpoint-label', x: bx, y: cy + 29, text: where, anchor: 'middle', size: FONT.label },
      ],
      { minX: x0 - 8, maxX: x1 + 8 },
      labelsTaken,
    );
    shapes.push(...labels);
    if (labels[0] && !labels[0].text.includes(pos)) {
      // The genomic position is a fact of the report: it takes a second line rather than going.
      shapes.push(...placeLabels([0], () => [{ id: `${t.gene}:breakpoint-pos`, className: 'breakpoint-label muted', x: bx, y: cy + 45, text: pos, anchor: 'middle', size: FONT.label }], { minX: x0 - 8, maxX: x1 + 8 }, labelsTaken));
    }
  }
  // After the breakpoint labels: those matter more than the scale bar.
  if (mode === 'genomic') scaleBar(t, Math.abs(sc(t.exons[0]![0]) - sc(t.exons[0]![0] + 1e6)) / 1e6, x0, x1, cy, shapes, labelsTaken);
  return span;
}

/**
 * Exon numbers: inside a coding (thick) exon when the number fits, else above the exon if it
 * does not touch another label. The junction exons go first, then the first and last exon, so a
 * dense run keeps the numbers a reader needs; the others still have their tooltip.
 */
function exonNumbers(
  gene: string,
  items: readonly { n: number; cx: number; w: number; coding: boolean }[],
  p: PartnerResolved,
  cy: number,
  bx: number | null,
  bounds: { minX: number; maxX: number },
  shapes: Shape[],
  taken: Box[],
): void {
  const kept = p.exons;
  const junctionExon = kept ? (p.side === 'fivePrime' ? kept[1] : kept[0]) : -1;
  const state = (n: number) => (!p.hasJunction || (kept && n >= kept[0] && n <= kept[1]) ? 'retained' : 'lost');
  const outside: typeof items[number][] = [];
  for (const e of items) {
    if (e.coding && e.w >= textWidth(String(e.n), FONT.label) + 2) {
      const t = { id: `${gene}:exon-number:${e.n}`, className: `exon-number ${state(e.n)}`, x: e.cx, y: cy + 4, text: String(e.n), anchor: 'middle' as const, size: FONT.label };
      shapes.push({ ...t, shape: 'text' });
      taken.push(textBox(t));
    } else outside.push(e);
  }
  const last = items.length;
  const rank = (n: number) => (n === junctionExon ? 0 : n === 1 || n === last ? 1 : 2);
  const ordered = [...outside].sort((a, b) => rank(a.n) - rank(b.n) || a.n - b.n);
  const placed = placeLabels(
    ordered,
    (e) => {
      const at = (x: number, anchor: 'start' | 'middle' | 'end') => ({ id: `${gene}:exon-number:${e.n}`, className: `exon-number-outside ${state(e.n)}`, x, y: cy - THICK / 2 - 5, text: String(e.n), anchor, size: FONT.label });
      // The junction exon's number may sit on its own side of the breakpoint line.
      const beside = e.n === junctionExon && bx !== null ? [at(p.side === 'fivePrime' ? bx - 5 : bx + 5, p.side === 'fivePrime' ? 'end' : 'start')] : [];
      // The junction, first and last exons keep theirs: moved aside with a leader when need be.
      const aside = rank(e.n) < 2 ? [1, 2, 3, 4, 5, 6].flatMap((k) => [at(e.cx - 7 * k, 'middle'), at(e.cx + 7 * k, 'middle')]) : [];
      return [at(e.cx, 'middle'), ...beside, ...aside];
    },
    bounds,
    taken,
  );
  shapes.push(...placed);
  for (const t of placed) {
    const e = ordered.find((x) => `${gene}:exon-number:${x.n}` === t.id)!;
    const box = textBox(t);
    if (e.cx < box.x0 - 1 || e.cx > box.x1 + 1) shapes.push({ shape: 'line', id: `${gene}:exon-leader:${e.n}`, className: 'leader', x1: e.cx, y1: cy - THICK / 2, x2: Math.min(Math.max(e.cx, box.x0), box.x1), y2: box.y1 });
  }
}

/** To scale, each gene has its own pace (both fill their lane): a bar of a round length says which. */
function scaleBar(t: TranscriptRecord, pxPerNt: number, x0: number, x1: number, cy: number, shapes: Shape[], taken: Box[]): void {
  const want = 70 / pxPerNt;
  const p10 = 10 ** Math.floor(Math.log10(want));
  const nt = [5, 2, 1].map((k) => k * p10).find((v) => v <= want) ?? p10;
  const w = nt * pxPerNt;
  const text = nt >= 1000 ? `${formatInt(nt / 1000)} kb` : `${formatInt(nt)} nt`;
  // Under the lane's right end, else its left end; the bar sits on the label's baseline row.
  const label = placeLabels([0], () => [
    { id: `${t.gene}:scale-bar-label`, className: 'note muted', x: x1 - w - 4, y: cy + 45, text, anchor: 'end' as const, size: FONT.label },
    { id: `${t.gene}:scale-bar-label`, className: 'note muted', x: x0 + w + 4, y: cy + 45, text, anchor: 'start' as const, size: FONT.label },
  ].filter((c) => !taken.some((b) => overlaps(b, barBox(c.anchor === 'end' ? x1 - w : x0, w, cy), 2))), { minX: 0, maxX: x1 + 8 }, taken);
  if (label.length === 0) return;
  const bx = label[0]!.anchor === 'end' ? x1 - w : x0;
  taken.push(barBox(bx, w, cy));
  shapes.push({ shape: 'line', id: `${t.gene}:scale-bar`, className: 'scale-bar', x1: bx, y1: cy + 41, x2: bx + w, y2: cy + 41 }, ...label);
}

const barBox = (x: number, w: number, cy: number): Box => ({ x0: x, x1: x + w, y0: cy + 37, y1: cy + 45 });

export function layoutGenes(f: Fusion, width: number, top: number, mode: IntronScale): GenesPanel {
  const shapes: Shape[] = [];
  const taken: Box[] = [];
  const m = 22;
  const sideBySide = width >= 640;
  const spans: GenesPanel['spans'] = {};
  const gap = 44;
  const rows = sideBySide ? 1 : 2;
  const lanes: [PartnerResolved, number, number, number][] = sideBySide
    ? [[f.fivePrime, m, width / 2 - gap / 2, 0], [f.threePrime, width / 2 + gap / 2, width - m, 0]]
    : [[f.fivePrime, m, width - m, 0], [f.threePrime, m, width - m, ROW]];
  for (const [p, x0, x1, dy] of lanes) {
    // Stacked: the 5' connector passes under the 3' lane, not over it.
    if (dy > 0) shapes.push({ shape: 'rect', id: `lane-background:${p.side}`, className: 'track-background', x: 0, y: dy, width, height: ROW - 6 });
    const s = gene(p, x0, x1, dy, mode, shapes, taken);
    if (s) spans[p.side] = { ...s, y: s.y + top };
  }
  let introns: GenesPanel['intronNote'] = 'none';
  if (mode === 'compressed') {
    // Under the last gene, beside the breakpoint labels if there is room, else a row lower.
    const cy = (rows - 1) * ROW + CY;
    const note = (x: number, y: number, anchor: 'start' | 'middle' | 'end') => ({ id: 'introns-not-to-scale', className: 'note muted', x, y, text: 'introns not to scale', anchor, size: FONT.label });
    const placed = placeLabels([0], () => [cy + 29, cy + 45].flatMap((y) => [note(width - m + 8, y, 'end'), note(m - 8, y, 'start'), note(width / 2, y, 'middle')]), { minX: 0, maxX: width }, taken);
    shapes.push(...placed);
    introns = placed.length > 0 ? 'in-panel' : 'legend';
  }
  // As tall as its lowest text (a breakpoint's second line, the scale bar, the intron note) needs.
  const lowest = Math.max(...shapes.filter((sh) => sh.shape === 'text').map((t) => (t as { y: number }).y));
  const height = Math.max(ROW * (rows - 1) + CY + 36, Math.ceil(lowest + 7));
  // The 3' lane's opaque card (the 5' connector used to pass under it) ends with the panel.
  const card = shapes.findIndex((sh) => sh.id === 'lane-background:threePrime');
  if (card >= 0) shapes[card] = { ...(shapes[card] as Extract<Shape, { shape: 'rect' }>), height: height - ROW };
  // Connectors leave from the panel's bottom, under every text (stacked: under the 3' lane too).
  for (const side of ['fivePrime', 'threePrime'] as const) if (spans[side]) spans[side] = { ...spans[side]!, y: top + height };
  return { panel: { name: 'genes', y: top, height, tracks: [{ name: 'genes', shapes }] }, spans, intronNote: introns };
}
