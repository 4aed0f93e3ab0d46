/**
 * renderCohort: draws a CohortLayout with the same keyed joins and shape drawing as the fusion
 * figure (drawTrack), so the live element and the SVG export share one path. Rows are groups
 * keyed by entry id and moved by transform: re-sorting or filtering moves, adds or removes rows
 * instead of redrawing them. Each row is one keyboard stop target (roving tabindex).
 */
import { select, type Selection } from 'd3-selection';
import type { CohortLayout, CohortRowLayout, CohortSectionLayout } from '../layout/cohort-types';
import type { Track } from '../layout/types';
import { cohortExportStyles } from './cohort-styles';
import { svgFigure, type SvgDocumentOptions } from './document';
import { drawTrack, ensureDefs, SVG_NS } from './draw';

export interface CohortRenderState {
  /** Entry id of the selected row, if any. */
  readonly selected?: string | null;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

function group(parent: G, cls: string, part: string): G {
  const g = parent.selectChildren<SVGGElement, unknown>(`g.${cls}`).data([0]).join((e) => e.append(function () { return this.ownerDocument!.createElementNS(SVG_NS, 'g') as SVGGElement; }).attr('class', cls));
  return g.attr('part', part) as unknown as G;
}

function drawTracks(g: G, tracks: readonly Track[]): void {
  g.selectChildren<SVGGElement, Track>('g.track')
    .data(tracks, (t) => t.name)
    .join((e) => e.append(function () { return this.ownerDocument!.createElementNS(SVG_NS, 'g') as SVGGElement; }).attr('class', 'track').attr('data-track', (t) => t.name))
    .each(function (t) { drawTrack(select(this), t, true); });
}

export function renderCohort(svg: SVGSVGElement, layout: CohortLayout, state: CohortRenderState = {}): void {
  const root = select(svg).attr('class', 'fusion-figure fusion-cohort').attr('viewBox', `0 0 ${layout.width} ${layout.height}`).attr('width', layout.width).attr('height', layout.height);
  ensureDefs(root);
  const base = root as unknown as G;
  drawTracks(group(base, 'cohort-header', 'header'), layout.header);
  group(base, 'cohort-sections', 'sections')
    .selectChildren<SVGGElement, CohortSectionLayout>('g.cohort-section')
    .data(layout.sections, (s) => s.id)
    .join((e) => e.append(function () { return this.ownerDocument!.createElementNS(SVG_NS, 'g') as SVGGElement; }).attr('class', 'cohort-section'))
    .attr('transform', (s) => `translate(0,${s.y})`)
    .each(function (s) { drawTrack(select(this) as unknown as Selection<SVGGElement, Track, null, undefined>, { name: s.id, shapes: s.shapes }, true); });
  const selected = state.selected ?? null;
  const rows = group(base, 'cohort-rows', 'rows')
    .selectChildren<SVGGElement, CohortRowLayout>('g.cohort-row')
    .data(layout.rows, (r) => r.id)
    .join((e) => e.append(function () { return this.ownerDocument!.createElementNS(SVG_NS, 'g') as SVGGElement; }).attr('tabindex', -1))
    .attr('class', (r) => `cohort-row${r.highlight ? ' highlight' : ''}${r.illustrative ? ' illustrative' : ''}${r.id === selected ? ' selected' : ''}`)
    .attr('data-row', (r) => r.id)
    .attr('data-key', (r) => `row/${r.id}`)
    .attr('transform', (r) => `translate(0,${r.y})`)
    .attr('role', 'graphics-symbol')
    .attr('aria-label', (r) => r.summary)
    .attr('aria-current', (r) => (r.id === selected ? 'true' : null))
    .each(function (r) { drawTrack(select(this) as unknown as Selection<SVGGElement, Track, null, undefined>, { name: `row:${r.id}`, shapes: r.shapes }, true); });
  // Roving focus: the selected row, else the one already holding it, else the first, is the Tab stop.
  const nodes = rows.nodes();
  const stop = nodes.find((n) => n.getAttribute('data-row') === selected) ?? nodes.find((n) => n.getAttribute('tabindex') === '0') ?? nodes[0];
  for (const n of nodes) n.setAttribute('tabindex', n === stop ? '0' : '-1');
  drawTracks(group(base, 'cohort-footer', 'footer'), layout.footer);
}

/** The cohort as a standalone SVG document (what `toSVG()` and `fusion-viz render --cohort` write). */
export function cohortSvgDocument(layout: CohortLayout, options: SvgDocumentOptions = {}): string {
  return svgFigure(layout, (svg, l) => renderCohort(svg, l), (theme, tokens, warn) => cohortExportStyles(theme, tokens, warn), options);
}
