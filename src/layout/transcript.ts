/**
 * Panel 2: the fusion transcript 5'→3' in one row: each retained block in its partner's colour
 * (widths by length, with a floor so tiny exons stay visible), retained intron and linker set
 * apart, CDS thick, the junction marked, and a frame badge worded for a reader.
 */
import type { Fusion, FusionTranscriptBlock, Side } from '../model/types';
import { blockScale } from './scales';
import { exonsLabel, formatInt, placeLabels, textWidth, type Box } from './text';
import type { PanelLayout, Shape, Span } from './types';

const THICK = 18;
const THIN = 9;
export const TRANSCRIPT_HEIGHT = 104;

export interface TranscriptPanel {
  readonly panel: PanelLayout;
  /** Extents in figure coordinates for connectors. */
  readonly blocks: Partial<Record<Side, Span>>;
  readonly coding: Partial<Record<Side, Span>>;
  readonly top: number;
  readonly bottom: number;
  readonly junctionX: number | null;
}

export function frameBadgeText(f: Fusion): string {
  switch (f.frame) {
    case 'in-frame':
      return 'in frame';
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
  const parts: [number, number, boolean][] = [];
  const [cs, ce] = b.coding ?? [Infinity, -Infinity];
  if (b.txStart < cs) parts.push([b.txStart, Math.min(b.txEnd, cs - 1), false]);
  if (b.coding) parts.push([cs, ce, true]);
  if (b.txEnd > ce) parts.push([Math.max(b.txStart, ce + 1), b.txEnd, false]);
  return parts
    .filter(([a, c]) => a <= c)
    .map(([a, c, thick]) => {
      const h = thick ? THICK : THIN;
      return `M${r(x(a))},${r(cy - h / 2)}h${r(Math.max(0.8, x(c + 1) - x(a)))}v${h}h${r(-Math.max(0.8, x(c + 1) - x(a)))}Z`;
    })
    .join('');
}

export function layoutTranscript(f: Fusion, width: number, top: number): TranscriptPanel {
  const shapes: Shape[] = [];
  const taken: Box[] = [];
  const m = 22;
  const x0 = m;
  const x1 = width - m;
  const cy = 58;
  const badge = frameBadgeText(f);
  const badgeW = textWidth(badge, 11) + 16;
  // The frame badge always shows; the title shortens or goes when the row is too narrow for both.
  const title = ['Fusion transcript', 'Transcript', ''].find((t) => textWidth(t, 12) + badgeW + 10 <= x1 - x0) ?? '';
  if (title) shapes.push({ shape: 'text', id: 'transcript-title', className: 'heading', x: x0, y: 14, text: title, anchor: 'start', size: 12 });
  shapes.push({ shape: 'rect', id: 'frame-badge', className: `frame-badge frame-${f.frame}`, x: x1 - badgeW, y: 2, width: badgeW, height: 17, rx: 8.5 });
  shapes.push({ shape: 'text', id: 'frame-badge-text', className: `frame-badge-text frame-${f.frame}`, x: x1 - badgeW / 2, y: 14.5, text: badge, anchor: 'middle', size: 11 });
  taken.push({ x0: x1 - badgeW, x1, y0: 2, y1: 19 }, { x0, x1: x0 + textWidth(title, 12), y0: 2, y1: 18 });
  const ft = f.transcript;
  if (!ft) {
    const none = ['No junction is known, so no fusion transcript can be drawn.', 'No junction known: no fusion transcript.', 'No junction known.'].find((t) => textWidth(t, 11) <= x1 - x0) ?? 'No junction known.';
    shapes.push({ shape: 'text', id: 'transcript-none', className: 'note muted', x: width / 2, y: cy + 4, text: none, anchor: 'middle', size: 11 });
    return { panel: { name: 'transcript', y: top, height: TRANSCRIPT_HEIGHT, tracks: [{ name: 'transcript', shapes }] }, blocks: {}, coding: {}, top: top + cy - THICK / 2, bottom: top + cy + THICK / 2, junctionX: null };
  }
  const sc = blockScale(ft.blocks.map((b) => ({ start: b.txStart, end: b.txEnd })), x0, x1, Math.min(4, (x1 - x0) / ft.blocks.length));
  const spanOf = (side: Side): Span | undefined => {
    const bs = ft.blocks.filter((b) => b.side === side);
    return bs.length ? { x0: sc(bs[0]!.txStart), x1: sc(bs[bs.length - 1]!.txEnd + 1) } : undefined;
  };
  const outside: { b: FusionTranscriptBlock; cx: number }[] = [];
  for (const b of ft.blocks) {
    const side = b.side === 'fivePrime' ? 'five-prime' : b.side === 'threePrime' ? 'three-prime' : 'linker';
    const kind = b.kind === 'linker' ? 'junction' : b.kind;
    const what = b.kind === 'linker' ? `linker ${f.linker}` : `${b.gene} ${b.kind} ${b.number}${b.partial ? ' (part)' : ''}`;
    shapes.push({
      shape: 'path', id: b.kind === 'linker' ? 'junction:linker' : b.id,
      className: `block ${b.kind === 'intron' ? 'retained-intron' : b.kind} ${side}`,
      d: blockPath(b, sc, cy),
      feature: { kind, label: what, tooltip: `${what} · fusion transcript nt ${formatInt(b.txStart)}–${formatInt(b.txEnd)} (${formatInt(b.length)} nt)${b.coding ? ' · coding' : ''}` },
    });
    const w = sc(b.txEnd + 1) - sc(b.txStart);
    // Inside the thick (coding) part when it fits; thin UTR blocks and narrow ones get theirs below the row.
    const cw = b.coding ? sc(b.coding[1] + 1) - sc(b.coding[0]) : 0;
    if (b.kind === 'exon' && b.coding && cw >= textWidth(String(b.number), 9) + 3) {
      shapes.push({ shape: 'text', id: `${b.id}:number`, className: 'exon-number on-thick', x: sc(b.coding[0]) + cw / 2, y: cy + 3.2, text: String(b.number), anchor: 'middle', size: 9 });
    } else if (b.kind === 'exon') outside.push({ b, cx: sc(b.txStart) + w / 2 });
  }
  const jx = sc(ft.junction + 1);
  const five = f.fivePrime;
  const three = f.threePrime;
  shapes.push({
    shape: 'line', id: 'junction', className: 'junction', x1: jx, y1: cy - 20, x2: jx, y2: cy + THICK / 2 + 14,
    feature: {
      kind: 'junction', label: `junction ${five.gene}::${three.gene}`,
      tooltip: `Junction after fusion transcript nt ${formatInt(ft.junction)}: ${exonsLabel(five.gene, five.exons!)} | ${f.linker ? `linker ${f.linker} | ` : ''}${exonsLabel(three.gene, three.exons!)}`,
    },
  });
  // Partner labels above the row, then the junction and linker labels below it.
  const labelY = 36;
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
          { id: `${side}:transcript-label`, className: cls, x, y: labelY, text, anchor, size: 11 },
          { id: `${side}:transcript-label`, className: cls, x, y: labelY, text: text.split(' ')[0]!, anchor, size: 11 },
        ];
      },
      { minX: x0, maxX: x1 },
      taken,
    ),
  );
  // Exon numbers that do not fit their block use the row under the blocks; junction and length go one row lower.
  const below = cy + THICK / 2 + 25;
  // Numbers keep clear of the junction line; the junction label below it (4 px air) still fits.
  taken.push({ x0: jx - 1, x1: jx + 1, y0: cy + THICK / 2, y1: cy + THICK / 2 + 12 });
  shapes.push(
    ...placeLabels(
      [0],
      () => [
        { id: 'junction-label', className: 'junction-label', x: jx, y: below, text: f.linker && f.linker.length <= 12 ? `junction · linker ${f.linker}` : 'junction', anchor: 'middle', size: 10 },
        { id: 'junction-label', className: 'junction-label', x: jx, y: below, text: 'junction', anchor: 'middle', size: 10 },
      ],
      { minX: x0, maxX: x1 },
      taken,
    ),
  );
  shapes.push(
    ...placeLabels(
      [0],
      () => [{ id: 'transcript-length', className: 'note muted', x: x1, y: below, text: `${formatInt(ft.length)} nt`, anchor: 'end', size: 9 }],
      { minX: x0, maxX: x1 },
      taken,
    ),
  );
  // Junction exons first, so the numbers next to the junction survive a dense run; they may also
  // sit beside the junction line instead of under their (narrow) block.
  const last5 = ft.blocks.filter((x) => x.side === 'fivePrime' && x.kind === 'exon').at(-1)?.id;
  const first3 = ft.blocks.find((x) => x.side === 'threePrime' && x.kind === 'exon')?.id;
  const rank = (b: FusionTranscriptBlock) => (b.id === last5 || b.id === first3 ? 0 : 1);
  shapes.push(
    ...placeLabels(
      [...outside].sort((p, q) => rank(p.b) - rank(q.b)),
      ({ b, cx }) => {
        const at = (x: number, anchor: 'start' | 'middle' | 'end') => ({ id: `${b.id}:number`, className: 'exon-number-outside', x, y: cy + THICK / 2 + 10, text: String(b.number), anchor, size: 8 });
        return [at(cx, 'middle'), ...(b.id === last5 ? [at(jx - 5, 'end')] : b.id === first3 ? [at(jx + 5, 'start')] : [])];
      },
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
  return {
    panel: { name: 'transcript', y: top, height: TRANSCRIPT_HEIGHT, tracks: [{ name: 'transcript', shapes }] },
    blocks: { fivePrime: spanOf('fivePrime'), threePrime: spanOf('threePrime') },
    coding,
    top: top + cy - THICK / 2,
    // Connectors to the protein leave from under the number and junction labels, so their edges never cross text.
    bottom: top + cy + THICK / 2 + 28,
    junctionX: jx,
  };
}
