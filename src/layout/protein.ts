/**
 * Panel 3: the two wild-type proteins (thin tracks on the fusion's residue scale, every display
 * domain, kept stretch marked, lost domains faded; see wildtype.ts) above the fusion protein
 * (partner-coloured parts, retained and truncated domains, junction residues, a residue axis).
 * Out of frame, the stretch after the junction is a hatched frameshift and no 3' domain is
 * drawn; the model's explanation follows as a note.
 */
import { scaleLinear } from 'd3-scale';
import { domainLabel } from '../model/explain';
import type { Fusion, Side } from '../model/types';
import { cutSide, domainFill, domainShape, domainTooltip } from './domains';
import { formatInt, placeLabels, range, textWidth, wrap, type Box } from './text';
import { proteinScale } from './scales';
import type { PanelLayout, Shape, Span, Track } from './types';
import { cutPositions, wildTypeExtent, wildTypeTrack, wildTypeTracks, WT_TRACK } from './wildtype';

export { domainFill } from './domains';

export interface ProteinPanel {
  readonly panel: PanelLayout;
  /** Fusion-protein parts in figure coordinates, for connectors. */
  readonly parts: Partial<Record<Side, Span>>;
  readonly top: number;
  /** True when part of a wild-type protein is drawn shorter (break marks): the legend says so. */
  readonly squeezed: boolean;
}

const sideClass = (s: Side) => (s === 'fivePrime' ? 'five-prime' : 'three-prime');
const H = 14;
const r1 = (v: number) => Math.round(v * 10) / 10;

/** The model's explanation, then the diagnostics a reader needs (fewer when the figure is narrow). */
export function frameNote(f: Fusion, width: number): string {
  if (f.frame === 'in-frame' || f.frame === 'unknown') return f.frameExplanation;
  const key = width >= 600 ? /bring|begins at|insertion|implies|^Other transcripts/ : /insertion|implies|^Other transcripts/;
  return [f.frameExplanation, ...f.diagnostics.sentences.filter((s) => key.test(s))].join(' ');
}

function lengthText(f: Fusion): string {
  if (f.protein.length) return `${formatInt(f.protein.length)} aa`;
  switch (f.frame) {
    case 'out-of-frame': return 'length unknown: frameshift';
    case 'unknown': return 'unknown without a junction';
    case 'three-prime-non-coding': return `${f.fivePrime.gene} part only; length unknown`;
    default: return 'protein start not known from the annotation';
  }
}

export function layoutProtein(f: Fusion, width: number, top: number): ProteinPanel {
  const m = 22;
  const x0 = m;
  const x1 = width - m;
  const wt: Shape[] = [];
  const wtLabels: Shape[] = [];
  const fusion: Shape[] = [];
  const notes: Shape[] = [];
  const taken: Box[] = [];
  const five = f.fivePrime;
  const three = f.threePrime;
  const a = five.residues?.[1] ?? 0;
  const novel = f.protein.novelResidues;
  const r3 = three.residues;
  const start3 = f.frame === 'five-prime-utr' ? 0 : a + novel;
  const tracks = wildTypeTracks(f, a, novel, start3);
  const shiftedTrack = tracks.find((w) => w.shifted);
  // Out of frame, the shifted stretch runs as far as the 3' protein would have (its end is unknown).
  const frameshiftEnd = shiftedTrack ? shiftedTrack.offset + shiftedTrack.partner.transcript!.proteinLength! : a + novel + 1;
  const drawn = f.protein.length ?? (f.frame === 'out-of-frame' ? frameshiftEnd : a + novel);
  const [lo, hi] = wildTypeExtent(tracks);
  const { x, breaks } = proteinScale(lo, drawn, Math.max(hi, drawn, 1), x0, x1);

  const lt = lengthText(f);
  const title = [12, 10].flatMap((size) => [`Fusion protein · ${lt}`, `Protein · ${lt}`].map((text) => ({ text, size })))
    .find((t) => textWidth(t.text, t.size) <= x1 - x0) ?? { text: `Protein · ${lt}`, size: 9 };
  fusion.push({ shape: 'text', id: 'protein-title', className: 'heading', x: x0, y: 14, text: title.text, anchor: 'start', size: title.size });
  taken.push({ x0, x1: x0 + textWidth(title.text, title.size), y0: 2, y1: 18 });

  // Wild types on an opaque card: the transcript→protein ribbons pass behind it to the fusion bar.
  let y = 24;
  const bars: number[] = [];
  for (const w of tracks) {
    bars.push(wildTypeTrack(f, w, x, { x0, x1 }, y, wt, wtLabels, taken));
    y += WT_TRACK;
  }
  const cardBottom = y;
  // Break marks where a wild type enters a stretch drawn shorter than the fusion protein's pace.
  tracks.forEach((w, i) => {
    const len = w.partner.transcript!.proteinLength!;
    for (const b of breaks) {
      if (w.offset >= b || w.offset + len <= b) continue;
      const bx = x(b) + (b === 0 ? -3 : 3);
      wt.push({ shape: 'path', id: `wt-break:${w.partner.side}:${b}`, className: 'scale-break', d: `M${r1(bx - 3)},${r1(bars[i]! + 6)}L${r1(bx)},${r1(bars[i]! - 6)}M${r1(bx + 1)},${r1(bars[i]! + 6)}L${r1(bx + 4)},${r1(bars[i]! - 6)}` });
    }
  });
  if (tracks.length > 0) wt.unshift({ shape: 'rect', id: 'wt-card', className: 'track-background', x: 0, y: 21, width, height: cardBottom - 21 });
  // Dashed guides from each wild type's cut down the card: aligned cuts merge into one line.
  const cuts = [...new Set(cutPositions(tracks).map((c) => Math.round(x(c.at) * 10) / 10))];
  cuts.forEach((cx, i) => wt.push({ shape: 'line', id: `wt-cut:${i}`, className: 'guide', x1: cx, y1: (bars[0] ?? cardBottom) - 12, x2: cx, y2: cardBottom }));

  const barY = cardBottom + 44;
  const part = (id: string, cls: string, r0: number, r1: number) =>
    fusion.push({ shape: 'rect', id, className: `protein-bar fusion ${cls}`, x: x(r0), y: barY - H / 2, width: Math.max(1, x(r1) - x(r0)), height: H, rx: 2 });
  const parts: ProteinPanel['parts'] = {};
  if (a > 0) {
    part('fusion:five-prime', 'five-prime', 0, a);
    parts.fivePrime = { x0: x(0), x1: x(a) };
  }
  if (novel > 0) part('fusion:novel', 'linker', a, a + novel);
  if (r3) {
    const end3 = start3 + (r3[1] - r3[0] + 1);
    part('fusion:three-prime', 'three-prime', start3, end3);
    parts.threePrime = { x0: x(start3), x1: x(end3) };
  }
  if (f.frame === 'out-of-frame') {
    const fs0 = a + novel;
    fusion.push({ shape: 'rect', id: 'fusion:frameshift', className: 'frameshift', x: x(fs0), y: barY - H / 2, width: Math.max(4, x(frameshiftEnd) - x(fs0)), height: H, rx: 2 });
    const cx = (x(fs0) + x(frameshiftEnd)) / 2;
    fusion.push(...placeLabels([0], () => [
      { id: 'frameshift-label', className: 'frameshift-label', x: cx, y: barY + 3.5, text: `frameshift: ${three.gene} not translated in frame`, anchor: 'middle', size: 10 },
      { id: 'frameshift-label', className: 'frameshift-label', x: cx, y: barY + 3.5, text: 'frameshift', anchor: 'middle', size: 10 },
    ], { minX: x(fs0) + 2, maxX: x(frameshiftEnd) - 2 }, []));
    parts.threePrime = { x0: x(fs0), x1: x(frameshiftEnd) };
  }
  const kept = f.domains.filter((d) => d.status !== 'lost' && d.fusionStart !== null);
  for (const d of kept) {
    fusion.push(domainShape(d, `domain fusion ${d.status} ${sideClass(d.side)} ${domainFill(d.name)}`, x(d.fusionStart! - 1), x(d.fusionEnd!), barY, 20, cutSide(d), {
      kind: 'domain', label: `${d.gene} ${domainLabel(d)}${d.status === 'truncated' ? ' (truncated)' : ''}`, tooltip: domainTooltip(d, f),
    }));
  }
  // Junction and its residue label, then domain labels (inside when they fit, else above).
  if (f.frame !== 'unknown' && f.frame !== 'five-prime-utr' && a > 0) {
    const jx = x(a);
    const right = r3 ? `${three.gene} ${range(r3[0], r3[1])}` : f.frame === 'out-of-frame' ? 'frameshift' : 'not translated';
    const text = `${five.gene} ${range(1, a)}${novel ? ` | ${novel} new` : ''} | ${right}`;
    fusion.push({
      shape: 'line', id: 'junction', className: 'junction', x1: jx, y1: barY - 26, x2: jx, y2: barY + 14,
      feature: { kind: 'junction', label: 'junction residue', tooltip: `Junction after fusion residue ${a}: ${text}` },
    });
    taken.push({ x0: jx - 3, x1: jx + 3, y0: barY - 26, y1: barY + 14 });
    fusion.push(...placeLabels([0], () => [
      { id: 'junction-residues', className: 'junction-label', x: jx, y: barY - 32, text, anchor: 'middle', size: 10 },
      { id: 'junction-residues', className: 'junction-label', x: jx, y: barY - 32, text, anchor: 'middle', size: 8 },
    ], { minX: x0, maxX: x1 }, taken));
  }
  fusion.push(...placeLabels(
    [...kept].sort((p, q) => (q.fusionEnd! - q.fusionStart!) - (p.fusionEnd! - p.fusionStart!)),
    (d) => {
      const l = x(d.fusionStart! - 1);
      const w = x(d.fusionEnd!) - l;
      const cx = l + w / 2;
      const inside = (t: string) => textWidth(t, 10) + 6 <= w ? [{ id: `${d.id}:name`, className: 'domain-label inside', x: cx, y: barY + 3.5, text: t, anchor: 'middle' as const, size: 10 }] : [];
      // Above: centred, else flush with either end of the domain (e.g. to stay clear of the junction line).
      const above = (t: string) => ([[cx, 'middle'], [l, 'start'], [l + w, 'end']] as const).map(([ax, anchor]) => ({ id: `${d.id}:name`, className: 'domain-label', x: ax, y: barY - 14, text: t, anchor, size: 10 }));
      // The reader's name first, then the source's short name, then the accession: each inside, else above.
      return [...new Set([domainLabel(d), d.name, d.accession ?? d.name])].flatMap((n) => [...inside(n), ...above(n)]);
    },
    { minX: x0, maxX: x1 },
    taken,
  ));
  // Residue axis under the fusion protein (none when there is no protein to draw).
  const axisY = barY + 20;
  const noProtein = drawn <= 0 && !r3;
  const axisEnd = Math.max(drawn, 1);
  if (!noProtein) {
    fusion.push({ shape: 'line', id: 'axis', className: 'axis', x1: x(0), y1: axisY, x2: x(axisEnd), y2: axisY });
    // Ticks at the fusion protein's own pace (the panel scale may be polylinear outside it).
    const ticks = scaleLinear().domain([0, axisEnd]).ticks(Math.max(2, Math.floor((x(axisEnd) - x(0)) / 90))).filter((v) => v >= 0 && v <= axisEnd);
    for (const v of ticks) {
      fusion.push({ shape: 'line', id: `tick:${v}`, className: 'axis tick', x1: x(v), y1: axisY, x2: x(v), y2: axisY + 4 });
      fusion.push({ shape: 'text', id: `tick-label:${v}`, className: 'axis-label', x: x(v), y: axisY + 14, text: formatInt(v), anchor: 'middle', size: 9 });
    }
    const unit = x(axisEnd) + 4 + textWidth('aa', 9) <= width ? { x: x(axisEnd) + 4, anchor: 'start' as const } : { x: x(axisEnd), anchor: 'end' as const };
    fusion.push({ shape: 'text', id: 'axis-unit', className: 'axis-label muted', x: unit.x, y: unit.anchor === 'start' ? axisY + 3 : axisY + 24, text: 'aa', anchor: unit.anchor, size: 9 });
  }
  let ny = noProtein ? cardBottom + 16 : axisY + 34;
  wrap(frameNote(f, width), x1 - x0, 11).forEach((line, i) => {
    notes.push({ shape: 'text', id: `note:${i}`, className: `note frame-note frame-${f.frame}`, x: x0, y: ny, text: line, anchor: 'start', size: 11 });
    ny += 15;
  });
  const out: Track[] = [{ name: 'wild-type', shapes: [...wt, ...wtLabels] }, { name: 'fusion', shapes: fusion }, { name: 'note', shapes: notes }];
  return { panel: { name: 'protein', y: top, height: ny - 4, tracks: out }, parts, top: top + barY - H / 2, squeezed: wt.some((sh) => sh.className === 'scale-break') };
}
