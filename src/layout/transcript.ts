/**
 * Panel 2: the fusion transcript 5'→3' in one row: each retained block in its partner's colour
 * (widths by length, with a floor so tiny exons stay visible), retained intron and linker set
 * apart, CDS thick, the junction marked, and a frame badge worded for a reader.
 */
import type { Fusion, FusionTranscriptBlock, Side } from '../model/types';
import { blockScale } from './scales';
import { dodge, exonsLabel, FONT, formatInt, placeLabels, textBox, textWidth, type Box } from './text';
import type { PanelLayout, Shape, Span, TextShape } from './types';

const THICK = 18;
const THIN = 9;


export interface TranscriptPanel {
  readonly panel: PanelLayout;
  /** Extents in figure coordinates for connectors. */
  readonly blocks: Partial<Record<Side, Span>>;
  readonly coding: Partial<Record<Side, Span>>;
  readonly top: number;
  readonly bottom: number;
  readonly junctionX: number | null;
}

export function frameBadgeText(f: Fusion, mark = ''): string {
  switch (f.frame) {
    case 'in-frame':
      return `in frame${mark}`;
    case 'out-of-frame':
      return 'out of frame';
    case 'five-prime-utr':
      if (f.protein.alternativeStart) return `5′ UTR — ${f.threePrime.gene} from a later start`;
      return f.protein.length ? `5′ UTR only — whole ${f.threePrime.gene} protein` : '5′ UTR only — protein start not known';
    case 'three-prime-non-coding':
      return '3′ partner non-coding';
    default:
      return 'frame unknown';
  }
}

const r = (v: number) => Math.round(v * 10) / 10;

function blockPath(b: FusionTranscriptBlock, x: (p: number) => number, cy: number): string {
  const cs = b.coding ? b.coding[0] : Infinity;
  const ce = b.coding ? b.coding[1] : -Infinity;
  // UTR, CDS, UTR parts in one path, each part its own subpath.
  let d = '';
  const part = (a: number, c: number, thick: boolean) => {
    if (a > c) return;
    const h = thick ? THICK : THIN;
    d += `M${r(x(a))},${r(cy - h / 2)}h${r(Math.max(0.8, x(c + 1) - x(a)))}v${h}h${r(-Math.max(0.8, x(c + 1) - x(a)))}Z`;
  };
  if (b.txStart < cs) part(b.txStart, Math.min(b.txEnd, cs - 1), false);
  if (b.coding) part(cs, ce, true);
  if (b.txEnd > ce) part(Math.max(b.txStart, ce + 1), b.txEnd, false);
  return d;
}

/** Options of the transcript panel: `mark` flags the frame badge with a caveat's footnote mark. */
export interface TranscriptOptions {
  readonly mark?: string;
}

/**
 * Exon numbers that do not fit inside their block: one row under the blocks when they fit
 * side by side (dodged, with a leader where a number moved), else two rows, alternate numbers
 * above and below, so every retained exon keeps its number.
 */
function outsideNumbers(items: readonly { id: string; n: number; cx: number; side: string }[], rows: { above: number; below: number; top: number; bottom: number }, x0: number, x1: number, taken: Box[], shapes: Shape[]): number {
  const w = (n: number) => textWidth(String(n), FONT.label);
  const sorted = [...items].sort((a, b) => a.cx - b.cx);
  const one = dodge(sorted.map((e) => ({ x: e.cx, w: w(e.n) })), x0, x1, 3);
  const maxShift = one ? Math.max(0, ...one.map((c, i) => Math.abs(c - sorted[i]!.cx))) : Infinity;
  // One row under the blocks; else alternate above and below; else add rows further down.
  const slots = [
    { y: rows.below, edge: rows.bottom, up: false },
    { y: rows.above, edge: rows.top, up: true },
    { y: rows.below + 14, edge: rows.bottom, up: false },
    { y: rows.below + 28, edge: rows.bottom, up: false },
  ];
  let k = one && maxShift <= 24 ? 1 : 2;
  const split = (n: number) => slots.slice(0, n).map((slot, r) => ({ ...slot, list: sorted.filter((_, i) => i % n === (n === 1 ? 0 : [1, 0, 2, 3][r]! % n)) }));
  let groups = split(k);
  while (k < slots.length && groups.some((g) => !dodge(g.list.map((e) => ({ x: e.cx, w: w(e.n) })), x0, x1, 3))) groups = split(++k);
  for (const g of groups) {
    const xs = dodge(g.list.map((e) => ({ x: e.cx, w: w(e.n) })), x0, x1, 3) ?? g.list.map((e) => e.cx);
    g.list.forEach((e, i) => {
      const t: Omit<TextShape, 'shape'> = { id: `${e.id}:number`, className: `exon-number-outside ${e.side}`, x: xs[i]!, y: g.y, text: String(e.n), anchor: 'middle', size: FONT.label };
      const box = textBox(t);
      taken.push(box);
      shapes.push({ ...t, shape: 'text' });
      // A leader from the block to a number that had to move aside.
      if (Math.abs(xs[i]! - e.cx) > 1.5) shapes.push({ shape: 'line', id: `${e.id}:leader`, className: 'leader', x1: e.cx, y1: g.edge, x2: xs[i]!, y2: g.up ? box.y1 : box.y0 });
    });
  }
  // Extra rows under the first push the junction label down.
  return Math.max(0, k - 2) * 14;
}

export function layoutTranscript(f: Fusion, width: number, top: number, options: TranscriptOptions = {}): TranscriptPanel {
  const shapes: Shape[] = [];
  const taken: Box[] = [];
  const m = 22;
  const x0 = m;
  const x1 = width - m;
  const labelY = 35;
  const cy = 66;
  const rows = { above: cy - THICK / 2 - 5, below: cy + THICK / 2 + 13, top: cy - THICK / 2, bottom: cy + THICK / 2 };
  const badge = frameBadgeText(f, options.mark);
  const badgeW = textWidth(badge, FONT.label) + 16;
  // The frame badge always shows; the title shortens or goes when the row is too narrow for both.
  const title = ['Fusion transcript', 'Transcript', ''].find((t) => textWidth(t, FONT.heading) + badgeW + 10 <= x1 - x0) ?? '';
  if (title) shapes.push({ shape: 'text', id: 'transcript-title', className: 'heading', x: x0, y: 15, text: title, anchor: 'start', size: FONT.heading });
  shapes.push({ shape: 'rect', id: 'frame-badge', className: `frame-badge frame-${f.frame}`, x: x1 - badgeW, y: 2, width: badgeW, height: 18, rx: 9 });
  shapes.push({ shape: 'text', id: 'frame-badge-text', className: `frame-badge-text frame-${f.frame}`, x: x1 - badgeW / 2, y: 15, text: badge, anchor: 'middle', size: FONT.label });
  taken.push({ x0: x1 - badgeW, x1, y0: 2, y1: 20 }, { x0, x1: x0 + textWidth(title, FONT.heading), y0: 2, y1: 19 });
  const ft = f.transcript;
  if (!ft) {
    const none = ['No junction is known, so no fusion transcript can be drawn.', 'No junction known: no fusion transcript.', 'No junction known.'].find((t) => textWidth(t, FONT.label) <= x1 - x0) ?? 'No junction known.';
    shapes.push({ shape: 'text', id: 'transcript-none', className: 'note muted', x: width / 2, y: 40, text: none, anchor: 'middle', size: FONT.label });
    return { panel: { name: 'transcript', y: top, height: 50, tracks: [{ name: 'transcript', shapes }] }, blocks: {}, coding: {}, top, bottom: top + 50, junctionX: null };
  }
  const sc = blockScale(ft.blocks.map((b) => ({ start: b.txStart, end: b.txEnd })), x0, x1, Math.min(4, (x1 - x0) / ft.blocks.length));
  const spanOf = (side: Side): Span | undefined => {
    const bs = ft.blocks.filter((b) => b.side === side);
    return bs.length ? { x0: sc(bs[0]!.txStart), x1: sc(bs[bs.length - 1]!.txEnd + 1) } : undefined;
  };
  const outside: { id: string; n: number; cx: number; side: string }[] = [];
  for (const b of ft.blocks) {
    const side = b.side === 'fivePrime' ? 'five-prime' : b.side === 'threePrime' ? 'three-prime' : 'linker';
    const kind = b.kind === 'linker' ? 'junction' : b.kind;
    const what = b.kind === 'linker' ? `linker ${f.linker}` : `${b.gene} ${b.kind} ${b.number}${b.partial ? ' (part)' : ''}`;
    const w = sc(b.txEnd + 1) - sc(b.txStart);
    // Out of frame, the 3' part is still read (in a shifted frame, to a stop not known): thick
    // means translated, so it stays thick, hatched; thin stays reserved for UTR.
    const shifted = f.frame === 'out-of-frame' && b.side === 'threePrime' && !b.coding;
    shapes.push({
      shape: 'path', id: b.kind === 'linker' ? 'junction:linker' : b.id,
      className: `block ${b.kind === 'intron' ? 'retained-intron' : b.kind} ${side}${shifted ? ' frameshifted' : ''}${w < 8 ? ' narrow' : ''}`,
      d: blockPath(shifted ? { ...b, coding: [b.txStart, b.txEnd] } : b, sc, cy),
      feature: { kind, label: what, tooltip: `${what} · fusion transcript nt ${formatInt(b.txStart)}–${formatInt(b.txEnd)} (${formatInt(b.length)} nt)${b.coding ? ' · coding' : shifted ? ' · read in a shifted frame' : ''}` },
    });
    // Inside the thick (coding) part when it fits; thin UTR blocks and narrow ones get theirs outside the row.
    const cw = b.coding ? sc(b.coding[1] + 1) - sc(b.coding[0]) : 0;
    if (b.kind === 'exon' && b.coding && cw >= textWidth(String(b.number), FONT.label) + 3) {
      const t = { id: `${b.id}:number`, className: 'exon-number on-thick', x: sc(b.coding[0]) + cw / 2, y: cy + 4, text: String(b.number), anchor: 'middle' as const, size: FONT.label };
      shapes.push({ ...t, shape: 'text' });
      taken.push(textBox(t));
    } else if (b.kind === 'exon' && b.number !== null) outside.push({ id: b.id, n: b.number, cx: sc(b.txStart) + w / 2, side });
  }
  const jx = sc(ft.junction + 1);
  const five = f.fivePrime;
  const three = f.threePrime;
  shapes.push({
    shape: 'line', id: 'junction', className: 'junction', x1: jx, y1: cy - THICK / 2 - 2, x2: jx, y2: cy + THICK / 2 + 2,
    feature: {
      kind: 'junction', label: `junction ${five.gene}::${three.gene}`,
      tooltip: `Junction after fusion transcript nt ${formatInt(ft.junction)}: ${exonsLabel(five.gene, five.exons!)} | ${f.linker ? `linker ${f.linker} | ` : ''}${exonsLabel(three.gene, three.exons!)}`,
    },
  });
  const extra = outsideNumbers(outside, rows, x0, x1, taken, shapes);
  // Partner labels above the row (clear of the numbers), then the junction and length labels under it.
  const sides: [Side, string][] = [['fivePrime', exonsLabel(five.gene, five.exons!)], ['threePrime', exonsLabel(three.gene, three.exons!)]];
  shapes.push(
    ...placeLabels(
      sides,
      ([side, text]) => {
        const s = spanOf(side)!;
        const x = side === 'fivePrime' ? s.x0 : s.x1;
        const anchor = side === 'fivePrime' ? 'start' : 'end';
        const cls = `partner-label ${side === 'fivePrime' ? 'five-prime' : 'three-prime'}`;
        return [
          { id: `${side}:transcript-label`, className: cls, x, y: labelY, text, anchor, size: FONT.label },
          { id: `${side}:transcript-label`, className: cls, x, y: labelY, text: text.split(' ')[0]!, anchor, size: FONT.label },
        ];
      },
      { minX: x0, maxX: x1 },
      taken,
    ),
  );
  const low = rows.below + 16 + extra;
  shapes.push(
    ...placeLabels(
      [0],
      () => [
        { id: 'junction-label', className: 'junction-label', x: jx, y: low, text: f.linker && f.linker.length <= 12 ? `junction · linker ${f.linker}` : 'junction', anchor: 'middle', size: FONT.label },
        { id: 'junction-label', className: 'junction-label', x: jx, y: low, text: 'junction', anchor: 'middle', size: FONT.label },
      ],
      { minX: x0, maxX: x1 },
      taken,
    ),
  );
  shapes.push(
    ...placeLabels(
      [0],
      () => [
        { id: 'transcript-length', className: 'note muted', x: x1, y: low, text: `${formatInt(ft.length)} nt`, anchor: 'end', size: FONT.label },
        { id: 'transcript-length', className: 'note muted', x: x0, y: low, text: `${formatInt(ft.length)} nt`, anchor: 'start', size: FONT.label },
      ],
      { minX: x0, maxX: x1 },
      taken,
    ),
  );
  const coding: TranscriptPanel['coding'] = {};
  const cs = ft.cdsStart;
  if (cs !== null) {
    const end5 = ft.junction;
    if (f.fivePrime.residues && cs <= end5) coding.fivePrime = { x0: sc(cs), x1: jx };
    const threeFirst = ft.blocks.find((b) => b.side === 'threePrime' && b.coding);
    if (f.threePrime.residues && threeFirst && ft.cdsEnd !== null) coding.threePrime = { x0: sc(threeFirst.coding![0]), x1: sc(ft.cdsEnd + 1) };
  }
  const height = low + 6;
  return {
    panel: { name: 'transcript', y: top, height, tracks: [{ name: 'transcript', shapes }] },
    blocks: { fivePrime: spanOf('fivePrime'), threePrime: spanOf('threePrime') },
    coding,
    // Connectors stop at the panel's edges: no ribbon runs through the titles or labels inside it.
    top,
    bottom: top + height,
    junctionX: jx,
  };
}
