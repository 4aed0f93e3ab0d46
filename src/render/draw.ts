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

/**
 * Sets an attribute only when its value changes (null removes it). A relayout rewrites few
 * values, and an unchanged write still costs the browser an invalidation of that node.
 */
function set(el: Element, name: string, value: string | number | null | undefined): void {
  if (value === null || value === undefined) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
    return;
  }
  const v = String(value);
  if (el.getAttribute(name) !== v) el.setAttribute(name, v);
}

/** `data-key` is unique in the figure (track names are distinct), so tools and tests can address any node. */
function applyShape(el: Element, d: Shape, track: string, titles: boolean): void {
  set(el, 'class', d.className.replace(/\s+/g, ' ').trim());
  set(el, 'data-key', `${track}/${d.shape}:${d.id}`);
  switch (d.shape) {
    case 'rect':
      set(el, 'x', d.x);
      set(el, 'y', d.y);
      set(el, 'width', d.width);
      set(el, 'height', d.height);
      set(el, 'rx', d.rx);
      break;
    case 'line':
      set(el, 'x1', d.x1);
      set(el, 'y1', d.y1);
      set(el, 'x2', d.x2);
      set(el, 'y2', d.y2);
      break;
    case 'path':
      set(el, 'd', d.d);
      break;
    case 'text':
      set(el, 'x', d.x);
      set(el, 'y', d.y);
      set(el, 'text-anchor', d.anchor);
      set(el, 'font-size', d.size);
      if (el.textContent !== d.text) el.textContent = d.text;
      break;
  }
  const f = d.feature;
  set(el, 'data-kind', f?.kind);
  set(el, 'data-id', f ? d.id : null);
  set(el, 'data-label', f?.label);
  // Focusable features are named for screen readers; the tooltip text is the fuller name.
  set(el, 'role', f ? 'graphics-symbol' : null);
  set(el, 'aria-label', f?.tooltip);
  set(el, 'data-tooltip', f && !titles ? f.tooltip : null);
  // Roving focus: one Tab stop per panel (drawPanel), arrow keys move it (the element); an update keeps it.
  if (!f) set(el, 'tabindex', null);
  else if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  if (d.shape !== 'text' && (titles || el.firstChild)) {
    const title = select(el).selectChildren<SVGTitleElement, string>('title').data(f && titles ? [f.tooltip] : []);
    title.exit().remove();
    title.enter().append(function () { return create.call(this, 'title') as SVGTitleElement; }).merge(title)
      .each(function (t) { if (this.textContent !== t) this.textContent = t; });
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
  const node = g.node()!;
  set(node, 'class', `panel panel-${panel.name}`);
  set(node, 'part', PART[panel.name]);
  set(node, 'data-panel', panel.name);
  set(node, 'transform', panel.y ? `translate(0,${panel.y})` : null);
  // join() puts the nodes in data order (it ends with order()), so no second pass here.
  g.selectChildren<SVGGElement, Track>('g.track')
    .data(panel.tracks, (t) => t.name)
    .join((enter) => enter.append(function () { return create.call(this, 'g') as SVGGElement; }).attr('class', 'track').attr('data-track', (t) => t.name))
    .each(function (t) { drawTrack(select(this), t, titles); });
  // querySelector, not d3's select(): select() would copy the panel's datum onto the feature and break its key.
  const panelNode = node;
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
  set(svg, 'class', 'fusion-figure');
  set(svg, 'viewBox', `0 0 ${layout.viewBox?.width ?? layout.width} ${layout.viewBox?.height ?? layout.height}`);
  set(svg, 'width', layout.width);
  set(svg, 'height', layout.height);
  const root = select(svg);
  ensureDefs(root);
  root.selectChildren<SVGGElement, PanelLayout>('g.panel')
    .data(layout.panels, (p) => p.name)
    .join((enter) => enter.append(function () { return create.call(this, 'g') as SVGGElement; }))
    .each(function (p) { drawPanel(select(this), p, titles); });
}
