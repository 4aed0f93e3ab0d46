/**
 * Panel 3: the two wild-type proteins (thin tracks, every display domain, the kept stretch
 * marked, lost domains faded) above the fusion protein (partner-coloured parts, retained and
 * truncated domains, the junction residues, a residue axis). Out of frame, the stretch after
 * the junction is a hatched frameshift and no 3' domain is drawn; the model's explanation
 * follows as a note.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { domainLabel } from '../model/explain';
import type { DomainCall, Fusion, PartnerResolved, Side } from '../model/types';
import { formatInt, placeLabels, range, textWidth, wrap, type Box } from './text';
import type { PanelLayout, Shape, Span, Track } from './types';

export interface ProteinPanel {
  readonly panel: PanelLayout;
  /** Fusion-protein parts in figure coordinates, for connectors. */
  readonly parts: Partial<Record<Side, Span>>;
  readonly top: number;
}

/** Number of domain colours (tokens --fusion-domain-color-1…10 in src/render/styles.ts). */
const DOMAIN_COLORS = 10;

/** Domain colour class by name, so one domain type has one colour across partners and figures (palette: render's domain-color tokens). */
export function domainFill(name: string): string {
  let h = 0;
  for (const c of name) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `domain-color-${(h % DOMAIN_COLORS) + 1}`;
}

const sideClass = (s: Side) => (s === 'fivePrime' ? 'five-prime' : 'three-prime');

function domainTooltip(d: DomainCall, f: Fusion): string {
  const where = `${d.gene} ${d.name}${d.accession ? ` (${d.accession})` : ''} · residues ${range(d.start, d.end)}`;
  const desc = d.description ? ` · ${d.description.length > 90 ? d.description.slice(0, 88) + '…' : d.description}` : '';
  const fate =
    d.status === 'retained' ? ` · kept whole: fusion residues ${range(d.fusionStart!, d.fusionEnd!)}`
    : d.status === 'truncated' ? ` · truncated: fusion residues ${range(d.fusionStart!, d.fusionEnd!)} kept`
    : d.side === 'threePrime' && f.frame === 'out-of-frame' ? ' · lost: not translated in frame'
    : ' · lost';
  return `${where}${desc}${fate} · source ${d.source}`;
}

function wildType(f: Fusion, p: PartnerResolved, x: ScaleLinear<number, number>, y: number, shapes: Shape[], taken: Box[]): number {
  const t = p.transcript;
  if (!t || !t.proteinLength) return 0;
  const cls = sideClass(p.side);
  const label = `${t.gene} wild type · ${formatInt(t.proteinLength)} aa · ${t.proteinAccession ?? ''}`;
  // An opaque strip behind the track, so connectors to the fusion protein pass under it.
  shapes.push({ shape: 'rect', id: `${t.gene}:wt-background`, className: 'track-background', x: x(0) - 4, y: y - 1, width: x(t.proteinLength) - x(0) + 8, height: 32 });
  shapes.push({ shape: 'text', id: `${t.gene}:wt-label`, className: `track-label ${cls}`, x: x(0), y: y + 9, text: label, anchor: 'start', size: 10 });
  taken.push({ x0: x(0), x1: x(0) + textWidth(label, 10), y0: y, y1: y + 12 });
  const by = y + 22;
  shapes.push({ shape: 'rect', id: `${t.gene}:wt-bar`, className: `protein-bar wild-type ${cls}`, x: x(0), y: by - 3, width: x(t.proteinLength) - x(0), height: 6, rx: 3 });
  if (p.residues) {
    const [a, b] = p.residues;
    shapes.push({ shape: 'rect', id: `${t.gene}:wt-kept`, className: `kept ${cls}`, x: x(a - 1), y: by - 9, width: x(b) - x(a - 1), height: 3, rx: 1.5 });
  }
  const calls = f.domains.filter((dd) => dd.side === p.side);
  // No junction: the fate of each domain is unknown; show the wild-type domains as such.
  const shown: DomainCall[] = calls.length > 0 ? calls : t.domains.map((d, i) => ({
    ...d, id: `${t.gene}:domain:${d.accession ?? d.name}${i ? `.${i}` : ''}`, side: p.side, gene: t.gene, status: 'lost' as const, fusionStart: null, fusionEnd: null,
  }));
  const undetermined = calls.length === 0;
  for (const d of shown) {
    shapes.push({
      shape: 'rect', id: d.id, className: `domain wild-type ${undetermined ? 'undetermined' : d.status} ${domainFill(d.name)}`,
      x: x(d.start - 1), y: by - 6, width: Math.max(1.5, x(d.end) - x(d.start - 1)), height: 12, rx: 2,
      feature: { kind: 'domain', label: `${d.gene} ${domainLabel(d)} (wild type)`, tooltip: undetermined ? `${domainTooltip(d, f).replace(/ · lost/, '')} · fate unknown: no junction given` : domainTooltip(d, f) },
    });
    const w = x(d.end) - x(d.start - 1);
    const text = domainLabel(d);
    if (w >= textWidth(text, 8) + 4) shapes.push({ shape: 'text', id: `${d.id}:wt-name`, className: `domain-label inside ${d.status}`, x: x(d.start - 1) + w / 2, y: by + 3, text, anchor: 'middle', size: 8 });
  }
  return 34;
}

export function layoutProtein(f: Fusion, width: number, top: number): ProteinPanel {
  const m = 22;
  const x0 = m;
  const x1 = width - m;
  const wt: Shape[] = [];
  const fusion: Shape[] = [];
  const notes: Shape[] = [];
  const taken: Box[] = [];
  const five = f.fivePrime;
  const three = f.threePrime;
  const len5 = five.transcript?.proteinLength ?? 0;
  const len3 = three.transcript?.proteinLength ?? 0;
  const a = five.residues?.[1] ?? 0;
  const codon3 = f.diagnostics.threePrimeCodon ?? 1;
  const shifted = f.frame === 'out-of-frame' ? Math.max(1, len3 - codon3 + 1) : 0;
  const drawn = f.protein.length ?? (f.frame === 'out-of-frame' ? a + shifted : a);
  const x = scaleLinear().domain([0, Math.max(len5, len3, drawn, 1)]).range([x0, x1]);

  const lengthText = f.protein.length ? `${formatInt(f.protein.length)} aa`
    : f.frame === 'out-of-frame' ? 'length unknown: frameshift'
    : f.frame === 'unknown' ? 'unknown without a junction'
    : f.frame === 'three-prime-non-coding' ? `${five.gene} part only; length unknown`
    : 'no fusion protein from a known start';
  const title = [12, 10].flatMap((size) => [`Fusion protein · ${lengthText}`, `Protein · ${lengthText}`].map((text) => ({ text, size })))
    .find((t) => textWidth(t.text, t.size) <= x1 - x0) ?? { text: `Protein · ${lengthText}`, size: 9 };
  fusion.push({ shape: 'text', id: 'protein-title', className: 'heading', x: x0, y: 14, text: title.text, anchor: 'start', size: title.size });
  taken.push({ x0, x1: x0 + textWidth(title.text, title.size), y0: 2, y1: 18 });
  let y = 24;
  y += wildType(f, five, x, y, wt, taken);
  y += wildType(f, three, x, y, wt, taken);

  const barY = y + 48;
  const H = 14;
  const part = (id: string, cls: string, r0: number, r1: number) =>
    fusion.push({ shape: 'rect', id, className: `protein-bar fusion ${cls}`, x: x(r0), y: barY - H / 2, width: Math.max(1, x(r1) - x(r0)), height: H, rx: 2 });
  const parts: ProteinPanel['parts'] = {};
  const novel = f.protein.novelResidues;
  const r3 = three.residues;
  const start3 = f.frame === 'five-prime-utr' ? 0 : a + novel;
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
    fusion.push({ shape: 'rect', id: 'fusion:frameshift', className: 'frameshift', x: x(a), y: barY - H / 2, width: x(a + shifted) - x(a), height: H, rx: 2 });
    const fsText = `frameshift: ${three.gene} not translated in frame`;
    shapes(fusion, placeLabels([0], () => [
      { id: 'frameshift-label', className: 'frameshift-label', x: (x(a) + x(a + shifted)) / 2, y: barY + 3.5, text: fsText, anchor: 'middle', size: 10 },
      { id: 'frameshift-label', className: 'frameshift-label', x: (x(a) + x(a + shifted)) / 2, y: barY + 3.5, text: 'frameshift', anchor: 'middle', size: 10 },
    ], { minX: x(a) + 2, maxX: x(a + shifted) - 2 }, []));
  }
  const kept = f.domains.filter((d) => d.status !== 'lost' && d.fusionStart !== null);
  for (const d of kept) {
    fusion.push({
      shape: 'rect', id: d.id, className: `domain fusion ${d.status} ${sideClass(d.side)} ${domainFill(d.name)}`,
      x: x(d.fusionStart! - 1), y: barY - 10, width: Math.max(1.5, x(d.fusionEnd!) - x(d.fusionStart! - 1)), height: 20, rx: 3,
      feature: { kind: 'domain', label: `${d.gene} ${domainLabel(d)}${d.status === 'truncated' ? ' (truncated)' : ''}`, tooltip: domainTooltip(d, f) },
    });
  }
  // Junction and its residue label, then domain labels (inside when they fit, else above).
  const hasJunction = f.frame !== 'unknown' && f.frame !== 'five-prime-utr' && a > 0;
  if (hasJunction) {
    const jx = x(a);
    const right = r3 ? `${three.gene} ${range(r3[0], r3[1])}` : f.frame === 'out-of-frame' ? 'frameshift' : 'not translated';
    const text = `${five.gene} ${range(1, a)}${novel ? ` | ${novel} new` : ''} | ${right}`;
    fusion.push({
      shape: 'line', id: 'junction', className: 'junction', x1: jx, y1: barY - 26, x2: jx, y2: barY + 14,
      feature: { kind: 'junction', label: 'junction residue', tooltip: `Junction after fusion residue ${a}: ${text}` },
    });
    // Domain labels keep clear of the junction line.
    taken.push({ x0: jx - 3, x1: jx + 3, y0: barY - 26, y1: barY + 14 });
    shapes(fusion, placeLabels([0], () => [
      { id: 'junction-residues', className: 'junction-label', x: jx, y: barY - 32, text, anchor: 'middle', size: 10 },
      { id: 'junction-residues', className: 'junction-label', x: jx, y: barY - 32, text, anchor: 'middle', size: 8 },
    ], { minX: x0, maxX: x1 }, taken));
  }
  shapes(fusion, placeLabels(
    [...kept].sort((p, q) => (q.fusionEnd! - q.fusionStart!) - (p.fusionEnd! - p.fusionStart!)),
    (d) => {
      const cx = (x(d.fusionStart! - 1) + x(d.fusionEnd!)) / 2;
      const w = x(d.fusionEnd!) - x(d.fusionStart! - 1);
      const name = domainLabel(d) + (d.status === 'truncated' ? ' (truncated)' : '');
      const short = d.accession ?? d.name;
      const inside = (t: string) => ({ id: `${d.id}:name`, className: 'domain-label inside', x: cx, y: barY + 3.5, text: t, anchor: 'middle' as const, size: 10 });
      const above = (t: string) => ({ id: `${d.id}:name`, className: 'domain-label', x: cx, y: barY - 14, text: t, anchor: 'middle' as const, size: 10 });
      return [
        ...(textWidth(name, 10) + 4 <= w ? [inside(name)] : []),
        ...(textWidth(short, 10) + 4 <= w ? [inside(short)] : []),
        above(name),
        above(short),
      ];
    },
    { minX: x0, maxX: x1 },
    taken,
  ));
  // Residue axis under the fusion protein (none when there is no protein to draw).
  const axisY = barY + 20;
  const noProtein = drawn <= 0 && !r3;
  const axisEnd = Math.max(drawn, 1);
  if (!noProtein) fusion.push({ shape: 'line', id: 'axis', className: 'axis', x1: x(0), y1: axisY, x2: x(axisEnd), y2: axisY });
  const ticks = noProtein ? [] : x.ticks(Math.max(2, Math.floor((x(axisEnd) - x0) / 90))).filter((v) => v <= axisEnd);
  for (const v of ticks) {
    fusion.push({ shape: 'line', id: `tick:${v}`, className: 'axis tick', x1: x(v), y1: axisY, x2: x(v), y2: axisY + 4 });
    fusion.push({ shape: 'text', id: `tick-label:${v}`, className: 'axis-label', x: x(v), y: axisY + 14, text: formatInt(v), anchor: 'middle', size: 9 });
  }
  if (!noProtein) fusion.push({ shape: 'text', id: 'axis-unit', className: 'axis-label muted', x: x(axisEnd) + 4, y: axisY + 3, text: 'aa', anchor: 'start', size: 9 });
  // The model's explanation, wrapped: the frame call first, then the key diagnostics.
  const key = f.diagnostics.sentences.filter((s) => /bring|begins at|insertion|^Other transcripts|implies/.test(s));
  const note = f.frame === 'in-frame' ? [f.frameExplanation] : [f.frameExplanation, ...key];
  let ny = noProtein ? y + 16 : axisY + 34;
  wrap(note.join(' '), x1 - x0, 11).forEach((line, i) => {
    notes.push({ shape: 'text', id: `note:${i}`, className: `note frame-note frame-${f.frame}`, x: x0, y: ny, text: line, anchor: 'start', size: 11 });
    ny += 15;
  });
  const tracks: Track[] = [{ name: 'wild-type', shapes: wt }, { name: 'fusion', shapes: fusion }, { name: 'note', shapes: notes }];
  return { panel: { name: 'protein', y: top, height: ny - 4, tracks }, parts, top: top + barY - H / 2 };
}

function shapes(into: Shape[], more: readonly Shape[]): void {
  into.push(...more);
}
