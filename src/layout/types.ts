/**
 * FusionLayout: the figure as plain geometry (numbers and strings only), produced by
 * layoutFusion and drawn by src/render. Every shape has a stable id; features (exons, introns,
 * the junction, breakpoints, domains) use the model's ids so events and tests can name them.
 */

export type PanelName = 'genes' | 'transcript' | 'protein';
export type IntronScale = 'compressed' | 'genomic';
export type FeatureKind = 'exon' | 'intron' | 'junction' | 'breakpoint' | 'domain';

export interface LayoutOptions {
  /** Width of the figure in px. */
  readonly width: number;
  readonly intronScale?: IntronScale;
  readonly panels?: readonly PanelName[];
  /**
   * `screen` (default): drawn at `width` px, text at fixed sizes. `report`: print-ready for a
   * report column: laid out at 700 px at most and scaled to `width` (so text scales with the
   * export width), compact connectors and footer, no empty panel, wild types only on request.
   */
  readonly layout?: 'screen' | 'report';
  /** Sample or case name shown after the fusion's title (`NSF::ALK · Case 12`). */
  readonly label?: string;
  /** Draw the wild-type proteins (default: true on screen, false in the report layout). */
  readonly wildType?: boolean;
  /**
   * Text size relative to the screen layout (default 1): the figure is laid out `width / textScale`
   * px wide and drawn scaled up to `width` (the SVG viewBox), so a 1600-px export printed in a
   * 700-px column keeps print-size text with textScale 1600/700 (see exportTextScale).
   */
  readonly textScale?: number;
  /** What a caller file says of this fusion, drawn under the title (see FigureEvidence). */
  readonly evidence?: FigureEvidence;
}

/** A caller's evidence for the figure (built from a caller row by src/rows.ts). */
export interface FigureEvidence {
  /** The read-support line: `Arriba · high · 88 split + 300 discordant reads`. */
  readonly support?: string;
  /** Set when the caller's frame call differs from the computed one: both calls and the likely reason. */
  readonly frameNote?: string;
}

interface ShapeBase {
  /** Unique within its group; features use the model id (`NSF:exon:20`, `ALK:domain:PF07714`). */
  readonly id: string;
  /** CSS classes, e.g. `exon five-prime lost`. */
  readonly className: string;
  /** Set on features only: makes the shape focusable, with data-kind/data-id and a tooltip. */
  readonly feature?: { readonly kind: FeatureKind; readonly label: string; readonly tooltip: string };
}

export interface RectShape extends ShapeBase {
  readonly shape: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rx?: number;
}

export interface LineShape extends ShapeBase {
  readonly shape: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface PathShape extends ShapeBase {
  readonly shape: 'path';
  readonly d: string;
}

export interface TextShape extends ShapeBase {
  readonly shape: 'text';
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly size: number;
}

export type Shape = RectShape | LineShape | PathShape | TextShape;

/** A named group of shapes inside a panel (a track); drawn as `<g data-track=name>`. */
export interface Track {
  readonly name: string;
  readonly shapes: readonly Shape[];
}

export interface PanelLayout {
  readonly name: PanelName | 'title' | 'legend' | 'footer' | 'connectors';
  /** Offset of the panel from the top of the figure. */
  readonly y: number;
  readonly height: number;
  readonly tracks: readonly Track[];
}

export interface FusionLayout {
  /** Size of the drawing in px (the report layout scales its geometry up to this). */
  readonly width: number;
  readonly height: number;
  /** Size of the geometry's coordinate space (the SVG viewBox) when it differs from width × height. */
  readonly viewBox?: { readonly width: number; readonly height: number };
  /** Short title (`NSF::ALK fusion`) for <title>. */
  readonly title: string;
  /** Plain-language summary for aria-label and <desc>. */
  readonly summary: string;
  /** Panels in drawing order, then connectors, legend and footer. */
  readonly panels: readonly PanelLayout[];
}

/** Horizontal extent of a drawn thing, for connectors and collision checks. */
export interface Span {
  readonly x0: number;
  readonly x1: number;
}
