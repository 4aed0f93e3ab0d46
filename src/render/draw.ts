/**
 * renderFusion: draws a FusionLayout into an <svg> with keyed d3 joins. The same code serves
 * the live element and standalone SVG export (in Node through linkedom): nodes are keyed by
 * panel, track and shape id, so a relayout moves existing nodes instead of redrawing.
 */
import { select, type Selection } from 'd3-selection';
import type { FusionLayout, PanelLayout, Shape, Track } from '../layout/types';

export const SVG_NS = 'http://www.w3.org/2000/svg';

const PART: Record<PanelLayout['name'], string> = {
  title: 'title', genes: 'panel-genes', transcript: 'panel-transcript', protein: 'panel-protein', legend: 'legend', footer: 'footer', connectors: 'connectors',
};
const HATCHES = ['five-prime', 'three-prime', 'frameshift', 'neutral'];

type HasDocument = { readonly ownerDocument: Document | null };

function create(this: HasDocument, tag: string): Element {
  return this.ownerDocument!.createElementNS(SVG_NS, tag);
}

/** Hatch patterns used by retained introns and the frameshift, one per colour (pattern content does not inherit from its user). */
/** @internal Shared with the cohort renderer; not part of the public API (its types are d3's). */
export function ensureDefs(svg: Selection<SVGSVGElement, unknown, null, undefined>): void {
  const defs = svg.selectChildren<SVGDefsElement, number>('defs').data([0]).join((e) => e.insert(function () { return create.call(this, 'defs') as SVGDefsElement; }, ':first-child'));
  defs.selectChildren<SVGPatternElement, string>('pattern').data(HATCHES, (d) => d).join((e) =>
    e.append(function () { return create.call(this, 'pattern') as SVGPatternElement; })
      .attr('id', (d) => `fv-hatch-${d}`).attr('patternUnits', 'userSpaceOnUse').attr('width', 6).attr('height', 6)
      .call((p) => p.append(function () { return create.call(this, 'path'); }).attr('class', (d) => `hatch-line ${d}`).attr('d', 'M-1,7 L7,-1')),
  );
}

/** `data-key` is unique in the figure (track names are distinct), so tools and tests can address any node. */
function applyShape(el: Element, d: Shape, track: string, titles: boolean): void {
  const node = select(el).attr('class', d.className.replace(/\s+/g, ' ').trim()).attr('data-key', `${track}/${d.shape}:${d.id}`);
  switch (d.shape) {
    case 'rect':
      node.attr('x', d.x).attr('y', d.y).attr('width', d.width).attr('height', d.height).attr('rx', d.rx ?? null);
      break;
    case 'line':
      node.attr('x1', d.x1).attr('y1', d.y1).attr('x2', d.x2).attr('y2', d.y2);
      break;
    case 'path':
      node.attr('d', d.d);
      break;
    case 'text':
      node.attr('x', d.x).attr('y', d.y).attr('text-anchor', d.anchor).attr('font-size', d.size).text(d.text);
      break;
  }
  const f = d.feature;
  node
    .attr('data-kind', f?.kind ?? null)
    .attr('data-id', f ? d.id : null)
    .attr('data-label', f?.label ?? null)
    // Focusable features are named for screen readers; the tooltip text is the fuller name.
    .attr('role', f ? 'graphics-symbol' : null)
    .attr('aria-label', f?.tooltip ?? null)
    .attr('data-tooltip', f && !titles ? f.tooltip : null);
  // Roving focus: one Tab stop per panel (drawPanel), arrow keys move it (the element); an update keeps it.
  if (!f) node.attr('tabindex', null);
  else if (!el.hasAttribute('tabindex')) node.attr('tabindex', -1);
  if (d.shape !== 'text') {
    const title = node.selectChildren<SVGTitleElement, string>('title').data(f && titles ? [f.tooltip] : []);
    title.exit().remove();
    title.enter().append(function () { return create.call(this, 'title') as SVGTitleElement; }).merge(title).text((t) => t);
  }
}

/** @internal Shared with the cohort renderer; not part of the public API (its types are d3's). */
export function drawTrack(g: Selection<SVGGElement, Track, null, undefined>, track: Track, titles: boolean): void {
  // No .order(): join() already puts the nodes in data order, and applyShape moves none of them.
  g.selectChildren<Element, Shape>('[data-key]')
    .data(track.shapes, (d) => `${d.shape}:${d.id}`)
    .join((enter) => enter.append(function (d) { return create.call(this, d.shape); }))
    .each(function (d) { applyShape(this, d, track.name, titles); });
}

function drawPanel(g: Selection<SVGGElement, PanelLayout, null, undefined>, panel: PanelLayout, titles: boolean): void {
  g.attr('class', `panel panel-${panel.name}`).attr('part', PART[panel.name]).attr('data-panel', panel.name).attr('transform', panel.y ? `translate(0,${panel.y})` : null);
  g.selectChildren<SVGGElement, Track>('g.track')
    .data(panel.tracks, (t) => t.name)
    .join((enter) => enter.append(function () { return create.call(this, 'g') as SVGGElement; }).attr('class', 'track').attr('data-track', (t) => t.name))
    .each(function (t) { drawTrack(select(this), t, titles); });
  // querySelector, not d3's select(): select() would copy the panel's datum onto the feature and break its key.
  const panelNode = g.node()!;
  if (!panelNode.querySelector('[data-kind][tabindex="0"]')) panelNode.querySelector('[data-kind]')?.setAttribute('tabindex', '0');
}

export interface RenderOptions {
  /**
   * Feature tooltips as <title> children (default, for SVG files: viewers show them on hover), or
   * only as `data-tooltip` (the live element, which draws its own tooltip; see its updated()).
   */
  readonly titles?: boolean;
}

/** Draws (or updates) `layout` into `svg`. */
export function renderFusion(svg: SVGSVGElement, layout: FusionLayout, { titles = true }: RenderOptions = {}): void {
  const root = select(svg)
    .attr('class', 'fusion-figure')
    .attr('viewBox', `0 0 ${layout.viewBox?.width ?? layout.width} ${layout.viewBox?.height ?? layout.height}`)
    .attr('width', layout.width)
    .attr('height', layout.height);
  ensureDefs(root);
  root.selectChildren<SVGGElement, PanelLayout>('g.panel')
    .data(layout.panels, (p) => p.name)
    .join((enter) => enter.append(function () { return create.call(this, 'g') as SVGGElement; }))
    .each(function (p) { drawPanel(select(this), p, titles); });
}
