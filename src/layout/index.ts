/**
 * layoutFusion: Fusion → FusionLayout, pure (no DOM, no mutation of the input). The title
 * first, then the panels top to bottom (genes, transcript, protein) with connectors in the gaps
 * between them (never inside a panel, so no ribbon crosses text), then the legend and the
 * provenance footer with the caveats' footnotes.
 */
import { describeFusion } from '../model/explain';
import type { Fusion, Side } from '../model/types';
import { caveats, frameMark } from './caveats';
import { layoutFooter, layoutLegend, layoutTitle, ribbons } from './chrome';
import { layoutGenes } from './genes';
import { layoutProtein } from './protein';
import { layoutSequence, type SequenceStrip } from './sequence';
import { layoutTranscript } from './transcript';
import type { FusionLayout, LayoutOptions, PanelLayout, PanelName, Shape } from './types';

export type * from './types';
export { breakpointText } from './genes';
export { frameBadgeText } from './transcript';
export { domainColours } from './protein';
export { caveats, type Caveat } from './caveats';

export const ALL_PANELS: readonly PanelName[] = ['genes', 'transcript', 'protein'];
/** Narrower widths are drawn at this width (the figure's labels need it). */
export const MIN_WIDTH = 280;
/** Widest figure layoutFusion draws: beyond it label placement and export cost grow with no reader's benefit. */
export const MAX_WIDTH = 10_000;
/** The report layout's design width: a 700-px report column (A4 portrait content width at 96 dpi). */
export const REPORT_WIDTH = 700;
/** Largest text scale layoutFusion takes (a 10,000-px export printed in a 700-px column is ~14). */
export const MAX_TEXT_SCALE = 20;

/**
 * The text scale an export of `width` px gets by default (CLI `render --width`, the element's
 * `toSVG({ width })`): text sized for a 700-px report column stays that size in print when the
 * file is shrunk to the column, so wider exports scale their text up; narrower ones keep screen size.
 */
export function exportTextScale(width: number): number {
  return Math.max(1, Math.round((width / REPORT_WIDTH) * 1000) / 1000);
}

/** The plain-language summary, then what the caller says (read by screen readers and in the export's <desc>). */
function summaryWithEvidence(summary: string, e: LayoutOptions['evidence']): string {
  const support = e?.support?.trim();
  const note = e?.frameNote?.trim();
  return [summary, ...(support ? [`Caller evidence: ${support}.`] : []), ...(note ? [`Frame call differs: ${note}.`] : [])].join(' ');
}

/** LayoutOptions and the layout of the junction-sequence strip, passed in (see layoutFigure). */
export interface FigureOptions extends LayoutOptions {
  /** layoutSequence of src/layout/sequence.ts: needed for a fusion with sequence (layoutFusion passes it). */
  readonly sequenceStrip?: typeof layoutSequence;
}

/**
 * The junction-sequence strip, when the fusion has sequence, at the foot of the transcript panel:
 * the transcript→protein connectors start under it, so none crosses its text.
 */
function withSequence(f: Fusion, width: number, t: ReturnType<typeof layoutTranscript>, layoutStrip: FigureOptions['sequenceStrip']): ReturnType<typeof layoutTranscript> {
  if (!f.sequence || !f.transcript) return t;
  if (!layoutStrip) throw new Error(`layoutFusion: ${f.label} has sequence, but no layout for the junction-sequence strip was given (in the drop-in, await loadSequence() first)`);
  const strip: SequenceStrip = layoutStrip(f, f.sequence, width, t.panel.height + 6);
  const height = t.panel.height + 6 + strip.height;
  return { ...t, panel: { ...t.panel, height, tracks: [...t.panel.tracks, { name: 'sequence', shapes: strip.shapes }] }, bottom: t.top + height };
}

/**
 * Lays a fusion out `options.width` CSS px wide: a finite number up to MAX_WIDTH; widths below
 * MIN_WIDTH are drawn at MIN_WIDTH. Throws a RangeError for NaN, ±Infinity, 0, negative or
 * larger widths, so a bad width never puts NaN into a figure or stalls an export.
 */
export function layoutFusion(fusion: Fusion, options: LayoutOptions): FusionLayout {
  return layoutFigure(fusion, { ...options, sequenceStrip: layoutSequence });
}

/**
 * layoutFusion with the junction-sequence strip's layout passed in (`options.sequenceStrip`), so
 * that this module's callers need not bundle it: the elements and the drop-in load it with the
 * rest of the junction-sequence code, only for a fusion that has sequence (src/lazy-sequence.ts).
 */
export function layoutFigure(fusion: Fusion, options: FigureOptions): FusionLayout {
  const asked = options.width;
  if (typeof asked !== 'number' || !Number.isFinite(asked) || asked <= 0 || asked > MAX_WIDTH) {
    throw new RangeError(`layoutFusion: width must be a number of px above 0 and at most ${MAX_WIDTH}, got ${String(asked).slice(0, 80)}`);
  }
  const ts = options.textScale ?? 1;
  if (typeof ts !== 'number' || !Number.isFinite(ts) || ts <= 0 || ts > MAX_TEXT_SCALE) {
    throw new RangeError(`layoutFusion: textScale must be a number above 0 and at most ${MAX_TEXT_SCALE}, got ${String(ts).slice(0, 80)}`);
  }
  const outWidth = Math.max(MIN_WIDTH, Math.round(asked));
  const report = options.layout === 'report';
  // Text scaled up: the figure is laid out narrower and drawn scaled up to the width (viewBox).
  const scaled = Math.max(MIN_WIDTH, Math.round(outWidth / ts));
  // A report is drawn at column width and scaled up for a wider export: its text stays print-sized.
  const width = report ? Math.min(scaled, REPORT_WIDTH) : scaled;
  const wanted = new Set(options.panels && options.panels.length > 0 ? options.panels : ALL_PANELS);
  // No empty panel in a report: a partner given by gene only has no transcript to draw.
  if (report && !fusion.transcript) wanted.delete('transcript');
  const gap = report ? 14 : 32;
  const notes = caveats(fusion);
  const mark = frameMark(notes);
  const panels: PanelLayout[] = [];
  const connectors: Shape[] = [];
  const sides: Side[] = ['fivePrime', 'threePrime'];
  const title = layoutTitle(fusion, width, options.label, options.evidence);
  let y = title.height;

  const genes = wanted.has('genes') ? layoutGenes(fusion, width, y, options.intronScale ?? 'compressed') : null;
  if (genes) {
    panels.push(genes.panel);
    y += genes.panel.height;
  }
  const transcript = wanted.has('transcript') ? withSequence(fusion, width, layoutTranscript(fusion, width, y + (genes ? gap : 0), { mark }), options.sequenceStrip) : null;
  if (transcript) {
    if (genes) {
      y += gap;
      for (const s of sides) {
        const from = genes.spans[s];
        const to = transcript.blocks[s];
        if (from && to) connectors.push(...ribbons(`gene-to-transcript:${s}`, s, from, from.y, to, transcript.top - 2));
      }
    }
    panels.push(transcript.panel);
    y += transcript.panel.height;
  }
  const protein = wanted.has('protein')
    ? layoutProtein(fusion, width, y + (transcript ? gap : 0), { wildType: options.wildType ?? (!report || !fusion.transcript), mark, note: report ? 'short' : 'full' })
    : null;
  if (protein) {
    if (transcript) {
      y += gap;
      for (const s of sides) {
        const from = transcript.coding[s];
        const to = protein.parts[s];
        if (from && to) connectors.push(...ribbons(`transcript-to-protein:${s}`, s, from, transcript.bottom, to, protein.top - 2));
      }
    }
    panels.push(protein.panel);
    y += protein.panel.height;
  }
  const legend = layoutLegend(fusion, width, y + 8, wanted, { intronNote: genes?.intronNote === 'legend', squeezed: protein?.squeezed ?? false, domains: protein?.unnamed ?? [] });
  y += 8 + legend.height;
  const footer = layoutFooter(fusion, width, y, notes, report);
  y += footer.height;
  const height = Math.ceil(y + 4);
  const k = outWidth / width;
  return {
    width: outWidth,
    height: Math.round(height * k),
    ...(k !== 1 ? { viewBox: { width, height } } : {}),
    title: `${fusion.label} fusion${options.label?.trim() ? ` · ${options.label.trim()}` : ''}`,
    summary: summaryWithEvidence(describeFusion(fusion), options.evidence),
    panels: [title, { name: 'connectors', y: 0, height: 0, tracks: [{ name: 'connectors', shapes: connectors }] }, ...panels, legend, footer],
  };
}
