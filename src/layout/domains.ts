/**
 * Domain shapes and words shared by the wild-type and fusion tracks: colour class by name,
 * tooltip text, and the outline (a rounded box, or a box with a jagged edge where a truncated
 * domain is cut, so truncation reads without colour).
 */
import type { DomainCall, Fusion } from '../model/types';
import { range } from './text';
import type { Shape } from './types';

/** Number of domain colours (tokens --fusion-domain-color-1…10 in src/render/styles.ts). */
const DOMAIN_COLORS = 10;

/** Domain colour class by name, so one domain type has one colour across partners and figures (palette: render's domain-color tokens). */
export function domainFill(name: string): string {
  let h = 0;
  for (const c of name) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `domain-color-${(h % DOMAIN_COLORS) + 1}`;
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
