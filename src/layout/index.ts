/**
 * layoutFusion: Fusion → FusionLayout, pure (no DOM, no mutation of the input). Panels stack
 * top to bottom (genes, transcript, protein), with connectors between neighbours, then the
 * legend and the provenance footer.
 */
import { describeFusion } from '../model/explain';
import type { Fusion, Side } from '../model/types';
import { layoutFooter, layoutLegend, ribbons } from './chrome';
import { layoutGenes } from './genes';
import { layoutProtein } from './protein';
import { layoutTranscript } from './transcript';
import type { FusionLayout, LayoutOptions, PanelLayout, PanelName, Shape } from './types';

export type * from './types';
export { breakpointText } from './genes';
export { frameBadgeText } from './transcript';
export { domainFill } from './protein';

export const ALL_PANELS: readonly PanelName[] = ['genes', 'transcript', 'protein'];
const GAP = 40;
/** Narrower widths are drawn at this width (the figure's labels need it). */
export const MIN_WIDTH = 280;
/** Widest figure layoutFusion draws: beyond it label placement and export cost grow with no reader's benefit. */
export const MAX_WIDTH = 10_000;

/**
 * Lays a fusion out `options.width` CSS px wide: a finite number up to MAX_WIDTH; widths below
 * MIN_WIDTH are drawn at MIN_WIDTH. Throws a RangeError for NaN, ±Infinity, 0, negative or
 * larger widths, so a bad width never puts NaN into a figure or stalls an export.
 */
export function layoutFusion(fusion: Fusion, options: LayoutOptions): FusionLayout {
  const asked = options.width;
  if (typeof asked !== 'number' || !Number.isFinite(asked) || asked <= 0 || asked > MAX_WIDTH) {
    throw new RangeError(`layoutFusion: width must be a number of px above 0 and at most ${MAX_WIDTH}, got ${String(asked).slice(0, 80)}`);
  }
  const width = Math.max(MIN_WIDTH, Math.round(asked));
  const wanted = new Set(options.panels && options.panels.length > 0 ? options.panels : ALL_PANELS);
  const panels: PanelLayout[] = [];
  const connectors: Shape[] = [];
  let y = 6;
  const sides: Side[] = ['fivePrime', 'threePrime'];

  const genes = wanted.has('genes') ? layoutGenes(fusion, width, y, options.intronScale ?? 'compressed') : null;
  if (genes) {
    panels.push(genes.panel);
    y += genes.panel.height;
  }
  const transcript = wanted.has('transcript') ? layoutTranscript(fusion, width, y + (genes ? GAP : 0)) : null;
  if (transcript) {
    if (genes) {
      y += GAP;
      for (const s of sides) {
        const from = genes.spans[s];
        const to = transcript.blocks[s];
        if (from && to) connectors.push(...ribbons(`gene-to-transcript:${s}`, s, from, from.y + 2, to, transcript.top - 2));
      }
    }
    panels.push(transcript.panel);
    y += transcript.panel.height;
  }
  const protein = wanted.has('protein') ? layoutProtein(fusion, width, y + (transcript ? GAP - 20 : 0)) : null;
  if (protein) {
    if (transcript) {
      y += GAP - 20;
      for (const s of sides) {
        const from = transcript.coding[s];
        const to = protein.parts[s];
        if (from && to) connectors.push(...ribbons(`transcript-to-protein:${s}`, s, from, transcript.bottom + 2, to, protein.top - 2));
      }
    }
    panels.push(protein.panel);
    y += protein.panel.height;
  }
  const legend = layoutLegend(fusion, width, y + 10, wanted, { intronNote: genes?.intronNote === 'legend', squeezed: protein?.squeezed ?? false });
  y += 10 + legend.height;
  const footer = layoutFooter(fusion, width, y);
  y += footer.height;
  return {
    width,
    height: Math.ceil(y + 4),
    title: `${fusion.label} fusion`,
    summary: describeFusion(fusion),
    panels: [{ name: 'connectors', y: 0, height: 0, tracks: [{ name: 'connectors', shapes: connectors }] }, ...panels, legend, footer],
  };
}
