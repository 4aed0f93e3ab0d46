/**
 * The two wild-type proteins as thin tracks over the fusion protein, on the fusion protein's
 * residue scale: the 5' protein starts where the fusion starts, the 3' protein is shifted so its
 * first kept residue sits at the junction. What is kept then lines up vertically with the fusion
 * protein below, and what is lost overhangs (lost domains faded).
 */
import type { ScaleLinear } from 'd3-scale';
import { domainLabel } from '../model/explain';
import type { DomainCall, Fusion, PartnerResolved, Side } from '../model/types';
import { domainShape, domainTooltip } from './domains';
import { FONT, formatInt, overlaps, textBox, textWidth, type Box } from './text';
import type { Shape } from './types';

export const WT_TRACK = 38;
const sideClass = (s: Side) => (s === 'fivePrime' ? 'five-prime' : 'three-prime');

export interface WildTypeTrack {
  readonly partner: PartnerResolved;
  /** Fusion position of this protein's residue 0 (residue r sits at offset + r). */
  readonly offset: number;
  /** Residues of this protein that the fusion keeps in frame, or read in a shifted frame. */
  readonly kept: readonly [number, number] | null;
  readonly shifted: readonly [number, number] | null;
}

/** Domains to show for a partner: the model's calls, or (no junction) the annotation's domains with their fate unknown. */
function domainsOf(f: Fusion, p: PartnerResolved): { calls: DomainCall[]; undetermined: boolean } {
  const calls = f.domains.filter((d) => d.side === p.side);
  const t = p.transcript!;
  if (calls.length > 0 || p.hasJunction) return { calls, undetermined: false };
  return {
    calls: t.domains.map((d, i) => ({
      ...d, id: `${t.gene}:domain:${d.accession ?? d.name}${i ? `.${i}` : ''}`, side: p.side, gene: t.gene, status: 'lost' as const, fusionStart: null, fusionEnd: null,
    })),
    undetermined: true,
  };
}

/** One wild-type track at panel y; returns the y of its bar centre. */
export function wildTypeTrack(
  f: Fusion,
  w: WildTypeTrack,
  x: ScaleLinear<number, number>,
  bounds: { x0: number; x1: number },
  y: number,
  shapes: Shape[],
  labels: Shape[],
  taken: Box[],
  fill: (d: DomainCall) => string,
  /** Boxes the domain names keep clear of (scale-break marks). */
  avoid: readonly Box[] = [],
  nameOf: (d: DomainCall) => string = domainLabel,
): number {
  const p = w.partner;
  const t = p.transcript!;
  const len = t.proteinLength!;
  const cls = sideClass(p.side);
  const at = (res: number) => x(w.offset + res);
  const by = y + 26;
  // Label over the bar's start, kept inside the figure (a shifted 3' protein may start mid-figure).
  const full = `${t.gene} wild type · ${formatInt(len)} aa${t.proteinAccession ? ` · ${t.proteinAccession}` : ''}`;
  const text = [full, `${t.gene} wild type`, t.gene].find((s) => textWidth(s, FONT.label) <= bounds.x1 - bounds.x0) ?? t.gene;
  const lx = Math.min(Math.max(bounds.x0, at(0)), bounds.x1 - textWidth(text, FONT.label));
  labels.push({ shape: 'text', id: `${t.gene}:wt-label`, className: `track-label ${cls}`, x: lx, y: y + 11, text, anchor: 'start', size: FONT.label });
  taken.push({ x0: lx, x1: lx + textWidth(text, FONT.label), y0: y, y1: y + 14 });
  shapes.push({ shape: 'rect', id: `${t.gene}:wt-bar`, className: `protein-bar wild-type ${cls}`, x: at(0), y: by - 3, width: at(len) - at(0), height: 6, rx: 3 });
  if (w.kept) {
    const [a, b] = w.kept;
    shapes.push({ shape: 'rect', id: `${t.gene}:wt-kept`, className: `kept ${cls}`, x: at(a - 1), y: by - 10, width: at(b) - at(a - 1), height: 3, rx: 1.5 });
  }
  if (w.shifted) {
    const [a, b] = w.shifted;
    shapes.push({ shape: 'rect', id: `${t.gene}:wt-shifted`, className: 'kept frameshift', x: at(a - 1), y: by - 11, width: at(b) - at(a - 1), height: 4 });
  }
  const { calls, undetermined } = domainsOf(f, p);
  for (const d of calls) {
    const x0 = at(d.start - 1);
    const x1 = at(d.end);
    const tooltip = undetermined ? `${domainTooltip(d, f).replace(/ · lost/, '')} · fate unknown: no junction given` : `${domainTooltip(d, f)} (wild type)`;
    shapes.push(domainShape(d, `domain wild-type ${undetermined ? 'undetermined' : d.status} ${fill(d)}`, x0, x1, by, 14, null, {
      kind: 'domain', label: `${d.gene} ${domainLabel(d)} (wild type)`, tooltip,
    }));
    // The figure's one name for this domain, inside when it fits and touches nothing; else the tooltip has it.
    const t = { id: `${d.id}:wt-name`, className: `domain-label inside ${undetermined ? '' : d.status}`, x: (x0 + x1) / 2, y: by + 4, text: nameOf(d), anchor: 'middle' as const, size: FONT.label };
    const box = textBox(t);
    if (textWidth(t.text, FONT.label) + 4 <= x1 - x0 && !avoid.some((b) => overlaps(b, box, 1)) && !taken.some((b) => overlaps(b, box, 2))) {
      labels.push({ ...t, shape: 'text' });
      taken.push(box);
    }
  }
  return by;
}

/** Where each partner's wild-type protein sits on the fusion scale, and what of it is kept. */
export function wildTypeTracks(f: Fusion, a: number, novel: number, start3: number, shiftedTo: number | null = null): WildTypeTrack[] {
  const out: WildTypeTrack[] = [];
  const five = f.fivePrime;
  const three = f.threePrime;
  if (five.transcript?.proteinLength) out.push({ partner: five, offset: 0, kept: five.residues, shifted: null });
  const t3 = three.transcript;
  if (t3?.proteinLength) {
    const codon = f.diagnostics.threePrimeCodon;
    if (three.residues) out.push({ partner: three, offset: start3 - (three.residues[0] - 1), kept: three.residues, shifted: null });
    else if (f.frame === 'out-of-frame' && codon !== null && codon <= t3.proteinLength) {
      // Out of frame: the 3' protein sits where it would have been read, under the frameshift.
      // Read to the stop the junction sequence shows, when it does (`shiftedTo` fusion residues), else to its end.
      const end = shiftedTo !== null ? Math.min(t3.proteinLength, codon + Math.max(0, shiftedTo - a - novel - 1)) : t3.proteinLength;
      out.push({ partner: three, offset: a + novel - (codon - 1), kept: null, shifted: [codon, end] });
    } else out.push({ partner: three, offset: 0, kept: null, shifted: null });
  }
  return out;
}

/** Fusion-scale extent [lo, hi] the wild-type tracks need. */
export function wildTypeExtent(tracks: readonly WildTypeTrack[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const w of tracks) {
    lo = Math.min(lo, w.offset);
    hi = Math.max(hi, w.offset + w.partner.transcript!.proteinLength!);
  }
  return [lo, hi];
}

/** Residue-ticks of the cut in each wild type, for the guides down to the junction. */
export function cutPositions(tracks: readonly WildTypeTrack[]): { side: Side; at: number }[] {
  return tracks.flatMap((w): { side: Side; at: number }[] => {
    if (w.partner.side === 'fivePrime') return w.kept ? [{ side: w.partner.side, at: w.offset + w.kept[1] }] : [];
    const first = w.kept?.[0] ?? w.shifted?.[0];
    return first !== undefined ? [{ side: w.partner.side, at: w.offset + first - 1 }] : [];
  });
}

