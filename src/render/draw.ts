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

type Value = string | number | null | undefined;

/** Writes an attribute whose value changed (null or undefined: absent). */
function put(el: Element, name: string, value: Value, old: Value): void {
  if ((value ?? null) === (old ?? null)) return;
  if (value === null || value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, String(value));
}

/**
 * What each node was last drawn from. A relayout compares the new shape with it in JS and
 * writes only what changed: no attribute is read back from the DOM, and an unchanged value is
 * not written again (a write costs the browser an invalidation of the node even when equal).
 * The renderer owns these nodes' attributes, so the record stays true. It is kept on the node,
 * as d3 keeps a node's datum (`__data__`): in a WeakMap every drawn node was an ephemeron entry
 * for the garbage collector to trace, and a lookup that cost more than the comparison it served.
 */
type Drawn = Element & { __fvDrawn__?: { readonly d: Shape; readonly titles: boolean } };

/** `data-key` is unique in the figure (track names are distinct), so tools and tests can address any node. */
function applyShape(el: Drawn, d: Shape, track: string, titles: boolean): void {
  const last = el.__fvDrawn__;
  if (last?.d === d && last.titles === titles) return;
  el.__fvDrawn__ = { d, titles };
  // The node is keyed by shape and id inside its track's group: those, and so data-key, never change.
  const p = last?.d as typeof d | undefined;
  if (!p) el.setAttribute('data-key', `${track}/${d.shape}:${d.id}`);
  if (p?.className !== d.className) el.setAttribute('class', d.className.replace(/\s+/g, ' ').trim());
  switch (d.shape) {
    case 'rect': {
      const o = p as typeof d | undefined;
      put(el, 'x', d.x, o?.x);
      put(el, 'y', d.y, o?.y);
      put(el, 'width', d.width, o?.width);
      put(el, 'height', d.height, o?.height);
      put(el, 'rx', d.rx, o?.rx);
      break;
    }
    case 'line': {
      const o = p as typeof d | undefined;
      put(el, 'x1', d.x1, o?.x1);
      put(el, 'y1', d.y1, o?.y1);
      put(el, 'x2', d.x2, o?.x2);
      put(el, 'y2', d.y2, o?.y2);
      break;
    }
    case 'path':
      put(el, 'd', d.d, (p as typeof d | undefined)?.d);
      break;
    case 'text': {
      const o = p as typeof d | undefined;
      put(el, 'x', d.x, o?.x);
      put(el, 'y', d.y, o?.y);
      put(el, 'text-anchor', d.anchor, o?.anchor);
      put(el, 'font-size', d.size, o?.size);
      if (o?.text !== d.text) el.textContent = d.text;
      break;
    }
  }
  const f = d.feature;
  const g = p?.feature;
  if (f !== g) {
    put(el, 'data-kind', f?.kind, g?.kind);
    put(el, 'data-id', f ? d.id : null, g ? p!.id : null);
    put(el, 'data-label', f?.label, g?.label);
    // Focusable features are named for screen readers by their tooltip text, which the live
    // element's tooltip shows (read from aria-label: no second copy of it on the node).
    put(el, 'role', f ? 'graphics-symbol' : null, g ? 'graphics-symbol' : null);
    put(el, 'aria-label', f?.tooltip, g?.tooltip);
  }
  // Roving focus: one Tab stop per panel (drawPanel), arrow keys move it (the element); an update keeps it.
  if (!f) {
    if (g) el.removeAttribute('tabindex');
  } else if (!g) el.setAttribute('tabindex', '-1');
  if (d.shape !== 'text' && (titles || last?.titles)) setTitle(el, f && titles ? f.tooltip : null);
}

/**
 * A shape's tooltip as its <title> child (its only child), added, updated or removed. Plain DOM
 * calls: a d3 join of this one child made about ten selections per feature, half of what drawing
 * a figure allocated.
 */
function setTitle(el: Element, text: string | null): void {
  let title: Element | null = null;
  for (let c = el.firstChild; c && !title; c = c.nextSibling) if (c.nodeType === 1 && (c as Element).tagName === 'title') title = c as Element;
  if (text === null) {
    title?.remove();
    return;
  }
  title ??= el.appendChild(create.call(el, 'title'));
  if (title.textContent !== text) title.textContent = text;
}

/** Sets an attribute of a group node (few of them) only when its value changes. */
function set(el: Element, name: string, value: Value): void {
  if (value === null || value === undefined) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
    return;
  }
  const v = String(value);
  if (el.getAttribute(name) !== v) el.setAttribute(name, v);
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
   * Feature tooltips as <title> children too (default, for SVG files: viewers show them on hover),
   * or only as `aria-label` (the live element, which draws its own tooltip; see its updated()).
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
