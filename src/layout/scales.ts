/**
 * Pixel scales. A gene axis is a polylinear d3 scale over genomic positions: exons keep their
 * relative lengths (with a floor so tiny exons stay visible), and in compressed mode every
 * intron gets the same small width. A minus-strand gene gets a reversed range, so it reads
 * 5'→3' left to right like the plus strand.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { IntronScale } from './types';

/** Widths proportional to `lengths`, each at least `min`, summing to `total` when possible. */
export function allocate(lengths: readonly number[], total: number, min: number): number[] {
  const floor = lengths.map(() => false);
  for (;;) {
    const free = total - floor.filter(Boolean).length * min;
    const sum = lengths.reduce((s, l, i) => (floor[i] ? s : s + l), 0);
    const k = sum > 0 ? free / sum : 0;
    let changed = false;
    lengths.forEach((l, i) => {
      if (!floor[i] && l * k < min) {
        floor[i] = true;
        changed = true;
      }
    });
    if (!changed || floor.every(Boolean)) return lengths.map((l, i) => (floor[i] ? min : l * k));
  }
}

/**
 * Scale for one gene: exons given 5'→3' as [low, high] genomic, 1-based inclusive. A position p
 * maps to the left edge of its base; p + 1 to the right edge (so an exon spans x(lo)..x(hi + 1)
 * on the plus strand and x(hi + 1)..x(lo) mirrored on the minus strand).
 */
export function geneScale(
  exons: readonly (readonly [number, number])[],
  strand: '+' | '-',
  x0: number,
  x1: number,
  mode: IntronScale,
): ScaleLinear<number, number> {
  const asc = [...exons].sort((a, b) => a[0] - b[0]);
  const lo = asc[0]![0];
  const hi = asc[asc.length - 1]![1] + 1;
  const width = x1 - x0;
  if (mode === 'genomic') {
    return scaleLinear().domain([lo, hi]).range(strand === '+' ? [x0, x1] : [x1, x0]);
  }
  // Pieces in ascending genomic order: exon, intron, exon, …
  const lengths: number[] = [];
  asc.forEach(([a, b], i) => {
    lengths.push(b - a + 1);
    if (i < asc.length - 1) lengths.push(-1);
  });
  const nIntrons = asc.length - 1;
  const intronWidth = nIntrons === 0 ? 0 : Math.min(14, (width * 0.25) / nIntrons);
  const exonTotal = width - intronWidth * nIntrons;
  const exonWidths = allocate(lengths.filter((l) => l > 0), exonTotal, Math.min(2, exonTotal / asc.length));
  const domain: number[] = [];
  const rangePx: number[] = [];
  let x = 0;
  asc.forEach(([a, b], i) => {
    domain.push(a, b + 1);
    rangePx.push(x, x + exonWidths[i]!);
    x += exonWidths[i]! + (i < nIntrons ? intronWidth : 0);
  });
  const px = rangePx.map((v) => (strand === '+' ? x0 + v : x1 - v));
  return scaleLinear().domain(domain).range(px).clamp(true);
}

/** Scale over positions 1..length of a sequence split into blocks, each at least `min` px wide. */
export function blockScale(
  blocks: readonly { start: number; end: number }[],
  x0: number,
  x1: number,
  min: number,
): ScaleLinear<number, number> {
  const widths = allocate(blocks.map((b) => b.end - b.start + 1), x1 - x0, min);
  const domain: number[] = [];
  const px: number[] = [];
  let x = x0;
  blocks.forEach((b, i) => {
    domain.push(b.start);
    px.push(x);
    x += widths[i]!;
  });
  domain.push(blocks[blocks.length - 1]!.end + 1);
  px.push(x);
  return scaleLinear().domain(domain).range(px).clamp(true);
}

/**
 * Residue scale of the protein panel: the fusion protein [0, core] gets most of the width, and
 * wild-type stretches hanging over either end ([lo, 0) and (core, hi]) get at most `share` of it
 * each (polylinear, so the overhang is drawn shorter, not cut). `breaks` lists the residues where
 * the scale changes pace, for break marks.
 */
export function proteinScale(lo: number, core: number, hi: number, x0: number, x1: number, share = 0.2): { x: ScaleLinear<number, number>; breaks: number[] } {
  const total = hi - lo;
  const width = x1 - x0;
  if (core <= 0 || total <= 0) return { x: scaleLinear().domain([lo, Math.max(hi, lo + 1)]).range([x0, x1]), breaks: [] };
  const left = -lo / total > share ? share * width : (-lo / total) * width;
  const right = (hi - core) / total > share ? share * width : ((hi - core) / total) * width;
  const squeezedLeft = -lo / total > share;
  const squeezedRight = (hi - core) / total > share;
  if (!squeezedLeft && !squeezedRight) return { x: scaleLinear().domain([lo, hi]).range([x0, x1]), breaks: [] };
  // Keep the fusion protein's own pace when only one side is squeezed: the rest of the width is its.
  const domain = [lo, 0, core, hi];
  const range = [x0, x0 + left, x1 - right, x1];
  return { x: scaleLinear().domain(domain).range(range), breaks: [...(squeezedLeft ? [0] : []), ...(squeezedRight ? [core] : [])] };
}
