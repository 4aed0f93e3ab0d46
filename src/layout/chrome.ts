/**
 * Connectors between panels (which genomic exons became which transcript stretch, and which
 * coding stretch became which protein part), the legend and the provenance footer.
 */
import { pathRound } from 'd3-path';
import type { Fusion, Side } from '../model/types';
import { domainOutline } from './domains';
import type { Caveat } from './caveats';
import { FONT, textWidth, wrap } from './text';
import type { FigureEvidence, PanelLayout, PanelName, Shape, Span } from './types';

/**
 * A vertical link from s to t: the curve d3-shape's linkVertical draws (a cubic whose control
 * points sit at the middle height, rounded to 3 digits), written with d3-path, which linkVertical
 * draws with. d3-shape itself would bring all its curve factories into the drop-in (~2.5 KB gzip):
 * its single-file build runs them at load, so no bundler can drop them.
 */
function edge([x0, y0]: [number, number], [x1, y1]: [number, number]): string {
  const p = pathRound(3);
  const ym = (y0 + y1) / 2;
  p.moveTo(x0, y0);
  p.bezierCurveTo(x0, ym, x1, ym, x1, y1);
  return p.toString();
}
const r = (v: number) => Math.round(v * 10) / 10;

/** A ribbon from a span at y0 to a span at y1, with curved sides (vertical links) as its edges. */
export function ribbons(id: string, side: Side, from: Span, y0: number, to: Span, y1: number): Shape[] {
  const cls = side === 'fivePrime' ? 'five-prime' : 'three-prime';
  const ym = (y0 + y1) / 2;
  const fill = `M${r(from.x0)},${r(y0)}C${r(from.x0)},${r(ym)} ${r(to.x0)},${r(ym)} ${r(to.x0)},${r(y1)}L${r(to.x1)},${r(y1)}C${r(to.x1)},${r(ym)} ${r(from.x1)},${r(ym)} ${r(from.x1)},${r(y0)}Z`;
  return [
    { shape: 'path', id: `${id}:fill`, className: `connector-fill ${cls}`, d: fill },
    { shape: 'path', id: `${id}:left`, className: `connector ${cls}`, d: edge([from.x0, y0], [to.x0, y1]) },
    { shape: 'path', id: `${id}:right`, className: `connector ${cls}`, d: edge([from.x1, y0], [to.x1, y1]) },
  ];
}

export function layoutLegend(
  f: Fusion, width: number, top: number, panels: ReadonlySet<PanelName>,
  notes: { intronNote?: boolean; squeezed?: boolean; domains?: readonly { key: string; colour: string; name: string; lost: boolean }[] } = {},
): PanelLayout {
  const nucleic = panels.has('genes') || panels.has('transcript');
  const protein = panels.has('protein');
  const items: [string, string][] = [
    ['five-prime', f.fivePrime.known ? `5′ ${f.fivePrime.gene}` : '5′ partner'],
    ['three-prime', f.threePrime.known ? `3′ ${f.threePrime.gene}` : '3′ partner'],
  ];
  if (nucleic) items.push(['coding', 'coding (thick) · UTR (thin)']);
  items.push(['lost', 'not in the fusion']);
  if (protein && f.domains.some((d) => d.status === 'truncated')) items.push(['truncated', 'truncated domain']);
  if (f.frame === 'out-of-frame') items.push(['frameshift', f.sequence?.stop ? 'frameshift (to the stop in the sequence)' : 'frameshift (shifted frame, stop not known)']);
  if (panels.has('transcript') && f.transcript?.blocks.some((b) => b.kind === 'intron')) items.push(['retained-intron', 'retained intron']);
  if (f.linker) items.push(['linker', 'linker / new residues']);
  if (notes.intronNote) items.push(['introns', 'gene introns not to scale']);
  if (notes.squeezed) items.push(['scale-break', 'wild-type stretch drawn shorter']);
  // Domains too small to carry their name on the figure, keyed by their fill (one fill per kind of domain in a figure).
  const domainItems = new Map((notes.domains ?? []).map((d) => [`domain:${d.key}`, d]));
  for (const [id, d] of domainItems) items.push([id, d.name]);
  const shapes: Shape[] = [];
  let x = 22;
  let y = 8;
  for (const [cls, text] of items) {
    const w = 16 + textWidth(text, FONT.label) + 14;
    if (x + w > width - 22 && x > 22) {
      x = 22;
      y += 18;
    }
    // Swatches look like what they stand for: a torn edge for truncation, a line for introns.
    const domain = domainItems.get(cls);
    if (domain) shapes.push({ shape: 'rect', id: `legend:${cls}`, className: `legend-swatch domain ${domain.colour}${domain.lost ? ' lost' : ''}`, x, y, width: 12, height: 10, rx: 2 });
    // Thick and thin: the swatch shows the drawing's code, not a colour.
    else if (cls === 'coding') {
      shapes.push({ shape: 'rect', id: `legend:${cls}`, className: `legend-swatch ${cls}`, x, y, width: 6, height: 10 });
      shapes.push({ shape: 'rect', id: `legend:${cls}:thin`, className: `legend-swatch ${cls}`, x: x + 6, y: y + 3, width: 6, height: 4 });
    } else if (cls === 'truncated') shapes.push({ shape: 'path', id: `legend:${cls}`, className: `legend-swatch ${cls}`, d: domainOutline(x, x + 12, y + 5, 10, 'right') });
    else if (cls === 'scale-break') shapes.push({ shape: 'path', id: `legend:${cls}`, className: `legend-swatch ${cls}`, d: `M${x + 2},${y + 10}L${x + 5},${y}M${x + 7},${y + 10}L${x + 10},${y}` });
    else if (cls === 'introns') shapes.push({ shape: 'rect', id: `legend:${cls}`, className: `legend-swatch ${cls}`, x, y: y + 4, width: 12, height: 2 });
    else shapes.push({ shape: 'rect', id: `legend:${cls}`, className: `legend-swatch ${cls}`, x, y, width: 12, height: 10, rx: 2 });
    shapes.push({ shape: 'text', id: `legend-text:${cls}`, className: 'legend-text', x: x + 16, y: y + 10, text, anchor: 'start', size: FONT.label });
    x += w;
  }
  return { name: 'legend', y: top, height: y + 16, tracks: [{ name: 'legend', shapes }] };
}

/**
 * The figure's title: gene symbols joined by `::`, then the sample or case name when given; under
 * it the caller's evidence: the read-support line, and the frame disagreement in full (both calls
 * and the likely reason), never one call silently.
 */
export function layoutTitle(f: Fusion, width: number, label: string | undefined, evidence: FigureEvidence = {}): PanelLayout {
  const name = label?.trim() ? `${f.label} · ${label.trim()}` : f.label;
  const [text] = wrap(name, width - 44, FONT.title);
  const shapes: Shape[] = [{ shape: 'text', id: 'figure-title', className: 'figure-title', x: 22, y: 17, text: text ?? f.label, anchor: 'start', size: FONT.title }];
  let y = 26;
  const support = evidence.support?.trim();
  if (support) {
    wrap(support, width - 44, FONT.label).forEach((part, i) => {
      shapes.push({ shape: 'text', id: `support:${i}`, className: 'support-line muted', x: 22, y: y + 9, text: part, anchor: 'start', size: FONT.label });
      y += 15;
    });
  }
  const note = evidence.frameNote?.trim();
  if (note) {
    wrap(`Frame call differs: ${note}`, width - 44, FONT.label).forEach((part, i) => {
      shapes.push({ shape: 'text', id: `frame-disagreement:${i}`, className: 'frame-disagreement', x: 22, y: y + 9, text: part, anchor: 'start', size: FONT.label });
      y += 15;
    });
  }
  return { name: 'title', y: 0, height: y > 26 ? y + 4 : y, tracks: [{ name: 'title', shapes }] };
}

/** Footer: provenance (compact in the report layout), then the caveats' footnotes and notes. */
export function layoutFooter(f: Fusion, width: number, top: number, notes: readonly Caveat[] = [], compact = false): PanelLayout {
  const tx = (p: typeof f.fivePrime) =>
    p.transcript ? `${p.gene} ${p.transcript.accession}${p.transcript.mane ? ' (MANE Select)' : ' (not MANE)'}` : `${p.gene} (no transcript)`;
  const lines = [
    `${f.annotation.assembly} · ${tx(f.fivePrime)} · ${tx(f.threePrime)} · ${f.evidence === 'dna' ? 'DNA breakpoints' : 'RNA junction'}`,
    ...(compact ? [] : [`Annotation: ${f.annotation.source}`]),
    `Nomenclature: ${f.nomenclature}`,
    ...notes.map((c) => c.text),
    ...f.warnings.map((w) => `Note: ${w}`),
  ];
  const shapes: Shape[] = [];
  let y = 12;
  lines.forEach((line, i) => {
    const note = i >= lines.length - notes.length - f.warnings.length && i < lines.length - f.warnings.length;
    wrap(line, width - 44, FONT.footer).forEach((part, k) => {
      shapes.push({ shape: 'text', id: `footer:${i}:${k}`, className: `footer-text${note ? ' caveat' : ''}`, x: 22, y, text: part, anchor: 'start', size: FONT.footer });
      y += 14;
    });
  });
  return { name: 'footer', y: top, height: y, tracks: [{ name: 'footer', shapes }] };
}
