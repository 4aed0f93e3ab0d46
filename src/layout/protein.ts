/**
 * Panel 3: the two wild-type proteins (thin tracks on the fusion's residue scale, every display
 * domain, kept stretch marked, lost domains faded; see wildtype.ts) above the fusion protein
 * (partner-coloured parts, retained and truncated domains, junction residues, a residue axis).
 * Out of frame, the stretch after the junction is a hatched frameshift and no 3' domain is
 * drawn; the model's explanation follows as a note.
 */
import { scaleLinear } from 'd3-scale';
import { domainLabel } from '../model/explain';
import type { DomainCall, Fusion, Side } from '../model/types';
import { cutSide, domainColours, domainKey, domainShape, domainTooltip } from './domains';
import { FONT, formatInt, overlaps, placeLabels, range, textBox, textWidth, wrap, type Box } from './text';
import { proteinScale } from './scales';
import type { PanelLayout, Shape, Span, TextShape, Track } from './types';
import { cutPositions, wildTypeExtent, wildTypeTrack, wildTypeTracks, WT_TRACK } from './wildtype';

export { domainColours } from './domains';

export interface ProteinPanel {
  readonly panel: PanelLayout;
  /** Fusion-protein parts in figure coordinates, for connectors. */
  readonly parts: Partial<Record<Side, Span>>;
  readonly top: number;
  /** True when part of a wild-type protein is drawn shorter (break marks): the legend says so. */
  readonly squeezed: boolean;
  /** Kinds of domain drawn with no name anywhere in the panel (too small for one): the legend keys them. */
  readonly unnamed: readonly { readonly key: string; readonly colour: string; readonly name: string; readonly lost: boolean }[];
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

/** Out of frame, the stop the junction sequence shows (its residue count), else null: the stop is not known. */
export function frameshiftStop(f: Fusion): number | null {
  const len = f.frame === 'out-of-frame' ? f.sequence?.stop?.proteinLength ?? null : null;
  return len !== null && len >= (f.fivePrime.residues?.[1] ?? 0) + f.protein.novelResidues ? len : null;
}

function lengthText(f: Fusion): string {
  if (f.protein.length) return `${formatInt(f.protein.length)} aa`;
  const stop = frameshiftStop(f);
  if (stop !== null) return `${formatInt(stop)} aa: ${f.fivePrime.gene} ${range(1, f.fivePrime.residues?.[1] ?? 0)}, then frameshift to a stop`;
  switch (f.frame) {
    case 'out-of-frame': return `${f.fivePrime.gene} ${range(1, f.fivePrime.residues?.[1] ?? 0)}, then frameshift (stop not known)`;
    case 'unknown': return 'unknown without a junction';
    case 'three-prime-non-coding': return `${f.fivePrime.gene} part only; length unknown`;
    default: return 'protein start not known from the annotation';
  }
}

export interface ProteinOptions {
  /** Draw the two wild-type proteins above the fusion protein (default true). */
  readonly wildType?: boolean;
  /** Footnote mark after the length when a caveat applies (e.g. unchecked intron and linker residues). */
  readonly mark?: string;
  /** Frame note: the model's whole explanation (default) or its first sentence (report layout). */
  readonly note?: 'full' | 'short';
}

/** Text of the short frameshift segment: the stretch read out of frame, to a stop not known. */
const FRAMESHIFT_TEXT = ['frameshift → stop not known', 'frameshift →', 'fs'];
/** Beside the frameshift drawn to the stop the sequence shows: `n` shifted residues. */
const frameshiftToStop = (n: number) => [`${n} aa frameshift → stop`, `${n} aa → stop`, `fs ${n} aa`, 'fs'];

export function layoutProtein(f: Fusion, width: number, top: number, options: ProteinOptions = {}): ProteinPanel {
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
  const tracks = options.wildType === false ? [] : wildTypeTracks(f, a, novel, start3, frameshiftStop(f));
  const fill = domainColours(f);
  const outOfFrame = f.frame === 'out-of-frame';
  // Out of frame, what is known ends at the junction: the shifted stretch is a short segment
  // (its length, to the first stop, is not known without the sequence), never the in-frame length.
  // With the junction sequence, the shifted stretch is drawn to its stop at the protein's pace.
  const stop = frameshiftStop(f);
  const drawn = f.protein.length ?? stop ?? a + novel;
  const [lo, hi] = wildTypeExtent(tracks);
  const fsText = (stop !== null ? frameshiftToStop(stop - a - novel) : FRAMESHIFT_TEXT).find((t) => textWidth(t, FONT.label) + 20 <= (x1 - x0) * 0.4) ?? 'fs';
  const reserve = outOfFrame ? textWidth(fsText, FONT.label) + 20 : 0;
  const base = proteinScale(lo, drawn, outOfFrame ? drawn : Math.max(hi, drawn, 1), x0, x1 - reserve);
  // The 3' wild type hanging past the junction shares the segment's room (drawn shorter, with a break mark).
  const x = outOfFrame && hi > drawn ? scaleLinear().domain([...base.x.domain(), hi]).range([...base.x.range(), x1]) : base.x;
  const breaks = outOfFrame && hi > drawn ? [...base.breaks, drawn] : base.breaks;

  const lt = lengthText(f);
  const mark = options.mark ?? '';
  const short = f.frame === 'out-of-frame' ? (stop !== null ? `${formatInt(stop)} aa, frameshift to a stop` : `${five.gene} ${range(1, a)} + frameshift`) : lt;
  const title = [FONT.heading, FONT.label].flatMap((size) => [`Fusion protein · ${lt}${mark}`, `Protein · ${lt}${mark}`, `Protein · ${short}${mark}`].map((text) => ({ text, size })))
    .find((t) => textWidth(t.text, t.size) <= x1 - x0) ?? { text: `Protein · ${lt}${mark}`, size: FONT.label };
  fusion.push({ shape: 'text', id: 'protein-title', className: 'heading', x: x0, y: 14, text: title.text, anchor: 'start', size: title.size });
  taken.push({ x0, x1: x0 + textWidth(title.text, title.size), y0: 2, y1: 19 });

  // Wild types on an opaque card: the transcript→protein ribbons pass behind it to the fusion bar.
  // One name per kind of domain in the figure, the same in every row: the reader's name, or the
  // short name when only that fits inside the domain in the fusion protein (never a bare accession
  // when a name exists).
  const names = new Map<string, string>();
  for (const d of f.domains) {
    const key = domainKey(d);
    const long = domainLabel(d);
    const w = d.fusionStart !== null ? x(d.fusionEnd!) - x(d.fusionStart - 1) : Infinity;
    const fits = (t: string) => textWidth(t, FONT.label) * 0.92 + 4 <= w;
    const pick = !fits(long) && fits(d.name) ? d.name : long;
    if (!names.has(key) || (pick !== long && names.get(key) === long)) names.set(key, pick);
  }
  const nameOf = (d: DomainCall) => names.get(domainKey(d)) ?? domainLabel(d);
  let y = 24;
  const bars: number[] = [];
  // Break marks go where a wild type enters a stretch drawn shorter: its names keep clear of them.
  const breakBoxes = breaks.map((b) => ({ x0: x(b) + (b === 0 ? -8 : -2), x1: x(b) + (b === 0 ? 2 : 8), y0: 0, y1: 24 + tracks.length * WT_TRACK }));
  for (const w of tracks) {
    bars.push(wildTypeTrack(f, w, x, { x0, x1 }, y, wt, wtLabels, taken, fill, breakBoxes, nameOf));
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
  // A guide stops short of a wild-type label it would cross, and goes on under it.
  const labelBoxes = wtLabels.filter((sh): sh is TextShape => sh.shape === 'text').map((t) => textBox(t));
  cuts.forEach((cx, i) => {
    const y0 = (bars[0] ?? cardBottom) - 12;
    const gaps = labelBoxes.filter((b) => b.x0 - 3 < cx && cx < b.x1 + 3 && b.y1 > y0 && b.y0 < cardBottom).map((b) => [b.y0 - 2, b.y1 + 2] as const).sort((p, q) => p[0] - q[0]);
    let from = y0;
    let k = 0;
    for (const [g0, g1] of [...gaps, [cardBottom, cardBottom] as const]) {
      if (g0 - from >= 2) wt.push({ shape: 'line', id: k === 0 ? `wt-cut:${i}` : `wt-cut:${i}:${k}`, className: 'guide', x1: cx, y1: r1(from), x2: cx, y2: r1(g0) });
      k++;
      from = Math.max(from, g1);
    }
  });

  const barY = cardBottom + (tracks.length ? 44 : 47);
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
  if (outOfFrame) {
    const fs0 = a + novel;
    const fsX = x(fs0);
    // To the stop the sequence shows (to scale, the label beside it), else a short segment holding its label.
    const fsW = stop !== null ? Math.max(3, x(stop) - fsX) : reserve - 4;
    fusion.push({
      shape: 'rect', id: 'fusion:frameshift', className: `frameshift segment${stop !== null ? ' to-stop' : ''}`, x: fsX, y: barY - H / 2, width: fsW, height: H, rx: 2,
    });
    fusion.push(stop !== null
      ? { shape: 'text', id: 'frameshift-label', className: 'frameshift-label', x: fsX + fsW + 4, y: barY + 4, text: fsText, anchor: 'start', size: FONT.label }
      : { shape: 'text', id: 'frameshift-label', className: 'frameshift-label', x: fsX + (reserve - 4) / 2, y: barY + 4, text: fsText, anchor: 'middle', size: FONT.label });
    parts.threePrime = { x0: fsX, x1: fsX + fsW };
  }
  const kept = f.domains.filter((d) => d.status !== 'lost' && d.fusionStart !== null);
  for (const d of kept) {
    fusion.push(domainShape(d, `domain fusion ${d.status} ${sideClass(d.side)} ${fill(d)}`, x(d.fusionStart! - 1), x(d.fusionEnd!), barY, 20, cutSide(d), {
      kind: 'domain', label: `${d.gene} ${domainLabel(d)}${d.status === 'truncated' ? ' (truncated)' : ''}`, tooltip: domainTooltip(d, f),
    }));
  }
  // Junction and its residue label, then domain labels (inside when they fit, else above).
  if (f.frame !== 'unknown' && f.frame !== 'five-prime-utr' && a > 0) {
    const jx = x(a);
    const right = r3 ? `${three.gene} ${range(r3[0], r3[1])}` : f.frame === 'out-of-frame' ? (stop !== null ? `frameshift ${stop - a - novel} aa` : 'frameshift') : 'not translated';
    const text = `${five.gene} ${range(1, a)}${novel ? ` | ${novel} new` : ''} | ${right}`;
    fusion.push({
      shape: 'line', id: 'junction', className: 'junction', x1: jx, y1: barY - 26, x2: jx, y2: barY + 14,
      feature: { kind: 'junction', label: 'junction residue', tooltip: `Junction after fusion residue ${a}: ${text}` },
    });
    taken.push({ x0: jx - 3, x1: jx + 3, y0: barY - 26, y1: barY + 14 });
    fusion.push(...placeLabels([0], () => [
      { id: 'junction-residues', className: 'junction-label', x: jx, y: barY - 34, text, anchor: 'middle', size: FONT.label },
      { id: 'junction-residues', className: 'junction-label', x: jx, y: barY - 34, text: `${range(1, a)}${novel ? ` | ${novel} new` : ''} | ${r3 ? range(r3[0], r3[1]) : right}`, anchor: 'middle', size: FONT.label },
    ], { minX: x0, maxX: x1 }, taken));
  }
  // A 5' UTR fusion's protein is the 3' partner's alone: say which residues (and from which start) over its start.
  if (f.frame === 'five-prime-utr' && r3) {
    const what = `${three.gene} ${range(r3[0], r3[1])}`;
    const from = f.protein.alternativeStart ? ` from a later start (${f.protein.alternativeStart.transcript})` : '';
    fusion.push(...placeLabels([0], () => [what + from, what].map((text) => ({ id: 'junction-residues', className: 'junction-label', x: x(start3), y: barY - 34, text, anchor: 'start' as const, size: FONT.label })), { minX: x0, maxX: x1 }, taken));
  }
  // Names outside the bar keep a wider berth from each other than placeLabels' 4 px, so two names
  // side by side never read as one ("CDC48_N CDC48_2"); one that cannot goes below the bar.
  const firstName = taken.length;
  const domainNames = placeLabels(
    [...kept].sort((p, q) => (q.fusionEnd! - q.fusionStart!) - (p.fusionEnd! - p.fusionStart!)),
    (d) => {
      const l = x(d.fusionStart! - 1);
      const w = x(d.fusionEnd!) - l;
      const cx = l + w / 2;
      // The width estimate carries a margin for bold glyphs already: a little of it may go inside a domain.
      const inside = (t: string) => textWidth(t, FONT.label) * 0.92 + 4 <= w ? [{ id: `${d.id}:name`, className: 'domain-label inside', x: cx, y: barY + 4, text: t, anchor: 'middle' as const, size: FONT.label }] : [];
      // Above: centred, else flush with either end of the domain (e.g. to stay clear of the junction line).
      // Above a domain, a name never hangs over another kind of domain (it would read as that one's).
      const others = kept.filter((o) => domainKey(o) !== domainKey(d)).map((o) => [x(o.fusionStart! - 1), x(o.fusionEnd!)] as const);
      // Tested where the label will sit: placeLabels nudges a label that pokes out of the panel back in.
      const clear = (c: Omit<TextShape, 'shape'>) => {
        const b = textBox(c);
        const dx = b.x0 < x0 ? x0 - b.x0 : b.x1 > x1 ? x1 - b.x1 : 0;
        const at = { x0: b.x0 + dx, x1: b.x1 + dx, y0: b.y0, y1: b.y1 };
        return !others.some((o) => at.x0 < o[1] - 1 && at.x1 > o[0] + 1) && !taken.slice(firstName).some((o) => overlaps(o, at, 12));
      };
      const above = (t: string) => ([[cx, 'middle'], [l, 'start'], [l + w, 'end']] as const)
        .map(([ax, anchor]) => ({ id: `${d.id}:name`, className: 'domain-label', x: ax, y: barY - 14, text: t, anchor, size: FONT.label }))
        .filter(clear);
      // The figure's one name for the domain (the same as in the wild-type row), inside, else above.
      // Below the bar (the axis moves down to make room) when there is no room above.
      const below = (t: string) => ([[cx, 'middle'], [l + 6, 'start'], [l + w - 6, 'end']] as const)
        .map(([ax, anchor]) => ({ id: `${d.id}:name`, className: 'domain-label below', x: ax, y: barY + 23, text: t, anchor, size: FONT.label }))
        .filter(clear);
      const n = nameOf(d);
      return [...inside(n), ...above(n), ...below(n)];
    },
    { minX: x0, maxX: x1 },
    taken,
  );
  // A repeated domain is named inside each copy, but outside the bar only once.
  const namedOutside = new Set<string>();
  for (const t of domainNames) {
    const key = domainKey(kept.find((d) => `${d.id}:name` === t.id)!);
    if (!t.className.includes('inside')) {
      if (namedOutside.has(key)) continue;
      namedOutside.add(key);
    }
    fusion.push(t);
  }
  // Residue axis under the fusion protein (none when there is no protein to draw).
  const axisY = fusion.some((sh) => sh.className === 'domain-label below') ? barY + 32 : barY + 20;
  const noProtein = drawn <= 0 && !r3;
  const axisEnd = Math.max(drawn, 1);
  if (!noProtein) {
    fusion.push({ shape: 'line', id: 'axis', className: 'axis', x1: x(0), y1: axisY, x2: x(axisEnd), y2: axisY });
    // Ticks at the fusion protein's own pace (the panel scale may be polylinear outside it).
    const ticks = scaleLinear().domain([0, axisEnd]).ticks(Math.max(2, Math.floor((x(axisEnd) - x(0)) / 90))).filter((v) => v >= 0 && v <= axisEnd);
    for (const v of ticks) {
      fusion.push({ shape: 'line', id: `tick:${v}`, className: 'axis tick', x1: x(v), y1: axisY, x2: x(v), y2: axisY + 4 });
      fusion.push({ shape: 'text', id: `tick-label:${v}`, className: 'axis-label', x: x(v), y: axisY + 15, text: formatInt(v), anchor: 'middle', size: FONT.label });
    }
    // Out of frame the unit goes under the axis end: the frameshift segment sits beside it.
    const unit = !outOfFrame && x(axisEnd) + 4 + textWidth('aa', FONT.label) <= width ? { x: x(axisEnd) + 4, anchor: 'start' as const } : { x: x(axisEnd), anchor: 'end' as const };
    const lastTick = ticks.length ? x(ticks[ticks.length - 1]!) + textWidth(formatInt(ticks[ticks.length - 1]!), FONT.label) / 2 : -Infinity;
    if (unit.anchor === 'start' || lastTick < x(axisEnd) - textWidth('aa', FONT.label) - 4) {
      fusion.push({ shape: 'text', id: 'axis-unit', className: 'axis-label muted', x: unit.x, y: unit.anchor === 'start' ? axisY + 4 : axisY + 15, text: 'aa', anchor: unit.anchor, size: FONT.label });
    }
  }
  let ny = noProtein ? cardBottom + 18 : axisY + 33;
  const note = options.note === 'short' ? f.frameExplanation.split(/(?<=\.)\s/)[0]! : frameNote(f, width);
  wrap(note, x1 - x0, FONT.label).forEach((line, i) => {
    notes.push({ shape: 'text', id: `note:${i}`, className: `note frame-note frame-${f.frame}`, x: x0, y: ny, text: line, anchor: 'start', size: FONT.label });
    ny += 15;
  });
  const out: Track[] = [{ name: 'wild-type', shapes: [...wt, ...wtLabels] }, { name: 'fusion', shapes: fusion }, { name: 'note', shapes: notes }];
  // Connectors end at the panel's top edge, above its title: no ribbon crosses the panel's text.
  return { panel: { name: 'protein', y: top, height: ny - 4, tracks: out }, parts, top, squeezed: wt.some((sh) => sh.className === 'scale-break'), unnamed: unnamedDomains(f, [...wt, ...wtLabels, ...fusion], fill, nameOf) };
}

/** Domain kinds drawn in `shapes` whose name is nowhere among them, in drawing order (ids are `GENE:domain:KEY[.n]`). */
function unnamedDomains(f: Fusion, shapes: readonly Shape[], fill: (d: Pick<DomainCall, 'accession' | 'name'>) => string, nameOf: (d: DomainCall) => string): ProteinPanel['unnamed'] {
  const calls = new Map<string, DomainCall>();
  for (const d of f.domains) if (!calls.has(domainKey(d))) calls.set(domainKey(d), d);
  for (const p of [f.fivePrime, f.threePrime]) {
    for (const d of p.transcript?.domains ?? []) {
      if (!calls.has(domainKey(d))) calls.set(domainKey(d), { ...d, id: '', side: p.side, gene: p.gene, status: 'lost', fusionStart: null, fusionEnd: null });
    }
  }
  const keyOf = (id: string) => {
    const k = id.split(':domain:')[1];
    if (k === undefined) return undefined;
    return calls.has(k) ? k : k.replace(/\.\d+$/, '');
  };
  const named = new Set(shapes.filter((s) => s.shape === 'text' && /:(?:wt-)?name$/.test(s.id)).map((s) => keyOf(s.id.replace(/:(?:wt-)?name$/, ''))));
  const out: { key: string; colour: string; name: string; lost: boolean }[] = [];
  for (const s of shapes) {
    if (s.feature?.kind !== 'domain') continue;
    const key = keyOf(s.id);
    const d = key === undefined ? undefined : calls.get(key);
    if (!d || named.has(key)) continue;
    // Keyed as drawn: faded and dashed when every copy in the figure is lost.
    const lost = /\blost\b/.test(s.className);
    const seen = out.find((o) => o.key === key);
    if (seen) seen.lost &&= lost;
    else out.push({ key: key!, colour: fill(d), name: nameOf(d), lost });
  }
  return out;
}
