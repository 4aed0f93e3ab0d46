/** Text measurement by estimate (no DOM in layout), wrapping, and collision-free label placement. */
import { format } from 'd3-format';
import type { TextShape } from './types';

/** Average advance of a character of the figure's sans-serif font (bold labels included, with margin), as a fraction of the font size. */
const CHAR_WIDTH = 0.66;

export function textWidth(text: string, size: number): number {
  return text.length * size * CHAR_WIDTH;
}

/** Greedy word wrap to lines no wider than `width` px. */
export function wrap(text: string, width: number, size: number): string[] {
  const max = Math.max(8, Math.floor(width / (size * CHAR_WIDTH)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    // A word too long for a line (a nomenclature string at 360 px) breaks after its `::`, never mid-name.
    const pieces = word.length > max && word.includes('::') ? word.split(/(?<=::)/) : [word];
    pieces.forEach((piece, k) => {
      const sep = line && k === 0 ? ' ' : '';
      if (line && (line + sep + piece).length > max) {
        lines.push(line);
        line = piece;
      } else line = line + sep + piece;
    });
  }
  if (line) lines.push(line);
  return lines;
}

export interface Box {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** Bounding box of a text shape (baseline at y; ascent ~0.8 size, descent ~0.25 size). */
export function textBox(t: Pick<TextShape, 'x' | 'y' | 'text' | 'anchor' | 'size'>): Box {
  const w = textWidth(t.text, t.size);
  const x0 = t.anchor === 'start' ? t.x : t.anchor === 'middle' ? t.x - w / 2 : t.x - w;
  return { x0, x1: x0 + w, y0: t.y - t.size * 0.8, y1: t.y + t.size * 0.25 };
}

export function overlaps(a: Box, b: Box, pad = 1): boolean {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

/**
 * Places labels greedily in priority order: each candidate is tried in turn (e.g. full name,
 * accession) and the first one that fits inside [minX, maxX] without touching an earlier label
 * wins; a label with no fitting candidate is dropped (its feature keeps the tooltip).
 */
export function placeLabels<T>(
  items: readonly T[],
  candidates: (item: T) => readonly Omit<TextShape, 'shape'>[],
  bounds: { minX: number; maxX: number },
  taken: Box[] = [],
): TextShape[] {
  const placed: TextShape[] = [];
  for (const item of items) {
    for (const c of candidates(item)) {
      const at = textBox(c);
      // Nudge a label that pokes out of the panel back in, keeping its anchor.
      const shift = at.x0 < bounds.minX ? bounds.minX - at.x0 : at.x1 > bounds.maxX ? bounds.maxX - at.x1 : 0;
      const box = shift === 0 ? at : { x0: at.x0 + shift, x1: at.x1 + shift, y0: at.y0, y1: at.y1 };
      if (box.x0 < bounds.minX - 0.5 || box.x1 > bounds.maxX + 0.5) continue;
      // 4 px of air between labels: real glyphs (bold, other fonts) run wider than the estimate.
      if (taken.some((t) => overlaps(t, box, 4))) continue;
      taken.push(box);
      // The shape is made for the winner only: most candidates are tried and dropped.
      placed.push(shift === 0 ? { ...c, shape: 'text' } : { ...c, shape: 'text', x: c.x + shift });
      break;
    }
  }
  return placed;
}

// d3-format, not Intl: the same digits and separators in every locale the figure is drawn in.
export const formatInt: (n: number) => string = format(',d');
export const range = (a: number, b: number): string => (a === b ? `${a}` : `${a}–${b}`);

/** `NSF exons 1–20`, `TMPRSS2 exon 1`. */
export const exonsLabel = (gene: string, [a, b]: readonly [number, number]): string => `${gene} ${a === b ? `exon ${a}` : `exons ${a}–${b}`}`;

/**
 * Font sizes in px at a 700-px column (A4 portrait content width at 96 dpi): nothing under
 * 11 px (≈ 8 pt) but the footer (10 px). The report layout scales the whole figure for wider
 * exports, so these hold in print at any requested width.
 */
export const FONT = { label: 11, heading: 13, title: 16, footer: 10 } as const;

/**
 * 1-D dodge: centres for labels of widths `w` wanted at `x` (sorted by x), at least `gap` apart,
 * inside [minX, maxX], each as close to its wish as the others allow (clusters sit at the mean
 * of their wishes). Null when the labels do not fit side by side at all.
 */
export function dodge(items: readonly { x: number; w: number }[], minX: number, maxX: number, gap: number): number[] | null {
  const total = items.reduce((s, it) => s + it.w, 0) + gap * Math.max(0, items.length - 1);
  if (total > maxX - minX) return null;
  // Offsets of each item's centre from its cluster's left edge.
  type Cluster = { first: number; last: number; left: number; width: number };
  const clusters: Cluster[] = [];
  const offsetIn = (c: Cluster, i: number) => {
    let o = 0;
    for (let k = c.first; k < i; k++) o += items[k]!.w + gap;
    return o + items[i]!.w / 2;
  };
  const place = (c: Cluster) => {
    let s = 0;
    for (let i = c.first; i <= c.last; i++) s += items[i]!.x - offsetIn(c, i);
    c.left = Math.min(Math.max(s / (c.last - c.first + 1), minX), maxX - c.width);
  };
  items.forEach((it, i) => {
    const c: Cluster = { first: i, last: i, left: it.x - it.w / 2, width: it.w };
    place(c);
    clusters.push(c);
    for (;;) {
      const n = clusters.length;
      if (n < 2) break;
      const a = clusters[n - 2]!;
      const b = clusters[n - 1]!;
      if (a.left + a.width + gap <= b.left) break;
      a.last = b.last;
      a.width += gap + b.width;
      clusters.pop();
      place(a);
    }
  });
  const out: number[] = [];
  for (const c of clusters) for (let i = c.first; i <= c.last; i++) out.push(c.left + offsetIn(c, i));
  return out;
}
