/**
 * Domain shapes and words shared by the wild-type and fusion tracks: colour class by name,
 * tooltip text, and the outline (a rounded box, or a box with a jagged edge where a truncated
 * domain is cut, so truncation reads without colour).
 */
import type { DomainCall, Fusion } from '../model/types';
import { range } from './text';
import type { Shape } from './types';

/**
 * Number of domain colours (tokens --fusion-domain-color-1…12 in src/render/styles.ts). Odd
 * slots are light fills, even slots dark ones, in both themes: two fills of different
 * lightness stay apart in greyscale print and for every colour-vision deficiency.
 */
export const DOMAIN_COLORS = 12;

/** Key that names one kind of domain in a figure: the accession, else the name. */
export const domainKey = (d: Pick<DomainCall, 'accession' | 'name'>): string => d.accession ?? d.name;

/**
 * Domain colour classes for one figure, by accession: no two different accessions share a fill
 * (up to DOMAIN_COLORS kinds), one accession has one fill in the wild-type and fusion rows, and
 * domains side by side in any row get fills of different lightness (odd vs even slot).
 * Assigned 5'→3' along the wild types, so the order is stable for a given fusion.
 */
export function domainColours(f: Fusion): (d: Pick<DomainCall, 'accession' | 'name'>) => string {
  const rows: string[][] = [];
  for (const p of [f.fivePrime, f.threePrime]) {
    const ds = [...(p.transcript?.domains ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
    rows.push(ds.map(domainKey));
  }
  rows.push(f.domains.filter((d) => d.fusionStart !== null).sort((a, b) => a.fusionStart! - b.fusionStart!).map(domainKey));
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    for (const [x, y] of [[a, b], [b, a]] as const) (neighbours.get(x) ?? neighbours.set(x, new Set()).get(x)!).add(y);
  };
  for (const row of rows) row.forEach((k, i) => i > 0 && link(row[i - 1]!, k));
  // Two-colour the neighbour graph (light / dark) breadth-first, in order of first appearance;
  // an odd cycle (rare: overlapping calls) keeps the first parity found.
  const order = [...new Set(rows.flat())];
  const parity = new Map<string, 0 | 1>();
  for (const start of order) {
    if (parity.has(start)) continue;
    parity.set(start, 1);
    const queue = [start];
    while (queue.length) {
      const k = queue.shift()!;
      for (const n of neighbours.get(k) ?? []) {
        if (parity.has(n)) continue;
        parity.set(n, parity.get(k) === 1 ? 0 : 1);
        queue.push(n);
      }
    }
  }
  const slot = new Map<string, number>();
  const used = new Set<number>();
  for (const k of order) {
    const free = Array.from({ length: DOMAIN_COLORS }, (_, i) => i + 1).filter((i) => !used.has(i));
    // Odd slots are light (parity 1), even slots dark; past six of one kind take the other; past twelve, reuse.
    const pick = free.find((i) => i % 2 === parity.get(k)) ?? free[0] ?? ((slot.size % DOMAIN_COLORS) + 1);
    slot.set(k, pick);
    used.add(pick);
  }
  return (d) => `domain-color-${slot.get(domainKey(d)) ?? 1}`;
}

export function domainTooltip(d: DomainCall, f: Fusion): string {
  const where = `${d.gene} ${d.name}${d.accession ? ` (${d.accession})` : ''} · residues ${range(d.start, d.end)}`;
  const desc = d.description ? ` · ${d.description.length > 90 ? d.description.slice(0, 88) + '…' : d.description}` : '';
  const fate =
    d.status === 'retained' ? ` · kept whole: fusion residues ${range(d.fusionStart!, d.fusionEnd!)}`
    : d.status === 'truncated' ? ` · (truncated) only fusion residues ${range(d.fusionStart!, d.fusionEnd!)} kept`
    : d.side === 'threePrime' && f.frame === 'out-of-frame' ? ' · lost: not translated in frame'
    : ' · lost';
  return `${where}${desc}${fate} · source ${d.source}`;
}

const r = (v: number) => Math.round(v * 10) / 10;

/**
 * Outline of a domain from x0 to x1, centred on cy. `cut` names the side where the fusion cuts
 * the domain: that edge is drawn as a zigzag (a torn edge), the other side stays square.
 */
export function domainOutline(x0: number, x1: number, cy: number, h: number, cut: 'left' | 'right' | null): string {
  const top = cy - h / 2;
  const bottom = cy + h / 2;
  if (!cut) return `M${r(x0)},${r(top)}H${r(x1)}V${r(bottom)}H${r(x0)}Z`;
  const teeth = Math.max(2, Math.round(h / 4));
  const step = h / teeth;
  // Deep enough to show beside the 2 px junction line that usually sits on the cut.
  const depth = Math.min(5, (x1 - x0) / 3);
  const zig = (x: number, down: boolean): string => {
    const pts: string[] = [];
    for (let i = 1; i <= teeth; i++) {
      const y = down ? top + i * step : bottom - i * step;
      const xm = x + (cut === 'right' ? -depth : depth) * (i % 2);
      pts.push(`L${r(xm)},${r(y)}`);
    }
    return pts.join('');
  };
  return cut === 'right'
    ? `M${r(x0)},${r(top)}H${r(x1)}${zig(x1, true)}H${r(x0)}Z`
    : `M${r(x0)},${r(top)}H${r(x1)}V${r(bottom)}H${r(x0)}${zig(x0, false)}Z`;
}

/** A domain as a feature shape: a plain rect when whole, a path with a torn edge when truncated. */
export function domainShape(
  d: DomainCall,
  className: string,
  x0: number,
  x1: number,
  cy: number,
  h: number,
  cut: 'left' | 'right' | null,
  feature: NonNullable<Shape['feature']>,
): Shape {
  const w = Math.max(1.5, x1 - x0);
  if (!cut) return { shape: 'rect', id: d.id, className, x: x0, y: cy - h / 2, width: w, height: h, rx: Math.min(3, h / 4), feature };
  return { shape: 'path', id: d.id, className, d: domainOutline(x0, x0 + w, cy, h, cut), feature };
}

/** Which side of a truncated domain the fusion cuts: the 5' partner loses its C-terminal end, the 3' partner its N-terminal start. */
export const cutSide = (d: DomainCall): 'left' | 'right' | null =>
  d.status !== 'truncated' ? null : d.side === 'fivePrime' ? 'right' : 'left';

const cohortCache = new WeakMap<object, (d: Pick<DomainCall, 'accession' | 'name'>) => string>();

/**
 * Domain colour classes for a cohort figure: one fill per accession across every row (shared
 * gene first, then partners in row order), slots taken in turn so neighbours alternate light
 * and dark; past DOMAIN_COLORS kinds, fills repeat.
 */
export function cohortColours(cohort: { transcript: { domains: readonly Pick<DomainCall, 'accession' | 'name'>[] }; rows: readonly { fusion: Fusion }[] }): (d: Pick<DomainCall, 'accession' | 'name'>) => string {
  const cached = cohortCache.get(cohort);
  if (cached) return cached;
  const slot = new Map<string, number>();
  const add = (k: string) => { if (!slot.has(k)) slot.set(k, (slot.size % DOMAIN_COLORS) + 1); };
  for (const d of cohort.transcript.domains) add(domainKey(d));
  for (const r of cohort.rows) for (const d of r.fusion.domains) add(domainKey(d));
  const fn = (d: Pick<DomainCall, 'accession' | 'name'>) => `domain-color-${slot.get(domainKey(d)) ?? 1}`;
  cohortCache.set(cohort, fn);
  return fn;
}
