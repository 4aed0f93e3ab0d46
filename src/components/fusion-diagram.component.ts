import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { resolveFusion } from '../api';
import { layoutFusion, type FusionLayout } from '../layout';
import { describeFusion } from '../model/explain';
import { toAnnotateReport, type AnnotateReport } from '../model/report';
import type { Fusion, Issue } from '../model/types';
import { renderFusion, svgDocument, tokenNames, type Theme, type TokenName } from '../render';
import { errorEvent } from './events';
import { FeatureInteraction } from './feature-interaction';
import { svgToPng } from './export-image';
import { readIntronScale, readPanels, type IntronScale, type PanelList, type PanelName } from './options';
import { fusionDiagramStyles } from './fusion-diagram.styles';

/** Width used before the element has been measured (not yet in a page, or `display: none`). */
const FALLBACK_WIDTH = 720;

const STAGE = { description: 'the description could not be resolved', layout: 'the diagram could not be laid out', render: 'the diagram could not be drawn' };

/** An unexpected exception as an issue, so it shows in the error box instead of escaping render. */
const failure = (path: keyof typeof STAGE, error: unknown): Issue => ({
  path,
  code: 'invalid-value',
  message: `${STAGE[path]}: ${error instanceof Error ? error.message : String(error)}`,
});

/**
 * @summary A gene-fusion figure in three levels — the partner genes with their breakpoints, the
 * fusion transcript with its junction, and the fusion protein with its domains and frame —
 * computed from a VICC or JSON description against the bundled GRCh38 annotation.
 *
 * The figure follows the width of its container. Features (exons, introns, the junction,
 * breakpoints, domains) take keyboard focus and show a tooltip on hover and focus.
 *
 * @event fusion-feature-hover - `CustomEvent<{ id, kind, label }>`: a feature was pointed at or focused.
 * @event fusion-feature-click - `CustomEvent<{ id, kind, label }>`: a feature was clicked, or Enter/Space pressed on it.
 * @event fusion-error - `CustomEvent<{ issues, description }>`: the input could not be drawn; each issue names its field.
 *
 * @csspart svg - The drawing.
 * @csspart panel-genes - The partner-genes panel (a group inside the drawing).
 * @csspart panel-transcript - The fusion-transcript panel.
 * @csspart panel-protein - The fusion-protein panel.
 * @csspart connectors - The ribbons linking genes, transcript and protein.
 * @csspart legend - The colour key.
 * @csspart footer - Nomenclature, annotation source and notes under the drawing.
 * @csspart error - The error box shown instead of the drawing for bad input.
 * @csspart tooltip - The tooltip shown near a hovered or focused feature.
 *
 * @cssproperty --fusion-five-prime-color - Fill of the 5' partner (see the render module's defaults).
 * @cssproperty --fusion-three-prime-color - Fill of the 3' partner.
 * @cssproperty --fusion-focus-color - Focus ring of a feature. Default: `#0969DA` (dark: `#58A6FF`).
 * @cssproperty --fusion-domain-color-1 - First of ten domain colours (`--fusion-domain-color-1` … `-10`); the full token list is in src/render/styles.ts.
 * @cssproperty --fusion-font - Font of the figure. Default: system-ui and common sans-serif fallbacks.
 * @cssproperty --fusion-tooltip-background - Tooltip background. Default: `Canvas`.
 * @cssproperty --fusion-tooltip-color - Tooltip text. Default: `CanvasText`.
 * @cssproperty --fusion-error-color - Error box accent. Default: `#b00020` (dark: `#ff8a80`).
 */
export class FusionDiagram extends LitElement {
  static override styles = fusionDiagramStyles;

  static override properties = {
    fusion: { type: String },
    description: { attribute: false },
    intronScale: { type: String, attribute: 'intron-scale' },
    panels: { type: String },
  };

  /** The fusion as VICC text (`NSF:e.1_20::ALK:e.20_29`) or gene-symbol text (`EML4:e.13::ALK:e.20`). */
  fusion?: string;
  /** The fusion as a JSON-form object (property only); takes precedence over `fusion` when set. */
  description?: object;
  /** `compressed` (default): introns shortened; `genomic`: introns drawn to scale. */
  intronScale?: IntronScale;
  /** Space- or comma-separated subset of `genes transcript protein`; all three when absent. */
  panels?: PanelList;

  private _width = 0;
  private _fusion: Fusion | null = null;
  private _report: AnnotateReport | null = null;
  private _inputIssues: readonly Issue[] = [];
  private _drawIssues: readonly Issue[] = [];
  private _layout: FusionLayout | null = null;
  private _summary = '';
  private _announced = '';
  private _resizeObserver?: ResizeObserver;
  private _frame = 0;
  private readonly _features = new FeatureInteraction(this, () => this.svg);

  /** The `fusion-viz annotate` report of the drawn fusion, or null when there is none. */
  get result(): AnnotateReport | null {
    return this._report;
  }

  /** The resolved fusion model, or null when there is none. */
  get fusionModel(): Fusion | null {
    return this._fusion;
  }

  /** Problems with the current input (empty when it draws); each names its field and value. */
  get issues(): readonly Issue[] {
    return [...this._inputIssues, ...this._drawIssues];
  }

  /** Panels this element draws; the single-panel elements fix it. */
  protected get fixedPanels(): readonly PanelName[] | null {
    return null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      // One relayout per frame however many resize notifications arrive.
      cancelAnimationFrame(this._frame);
      this._frame = requestAnimationFrame(() => {
        if (width > 0 && width !== this._width) {
          const old = this._width;
          this._width = width;
          // Internal state, kept out of the declared API (and the custom-elements manifest).
          this.requestUpdate('_width', old);
        }
      });
    });
    this._resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resizeObserver?.disconnect();
    this._resizeObserver = undefined;
    cancelAnimationFrame(this._frame);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputChanged = changed.has('fusion') || changed.has('description');
    if (inputChanged) this.resolve();
    // The first measured width usually equals the clientWidth the first layout used: no relayout then.
    const widthChanged = changed.has('_width' as keyof FusionDiagram) && this._width !== this._layout?.width;
    if (inputChanged || widthChanged || changed.has('intronScale') || changed.has('panels')) {
      this.relayout();
      this._features.reset();
    }
  }

  protected override render() {
    const failed = this.issues.length > 0;
    const tip = this._features.tip;
    const on = this._features;
    const empty = !failed && !this._layout;
    return html`
      <svg part="svg" role="img" aria-label=${this._summary || nothing} ?hidden=${failed || empty}
        @pointerover=${on.onPointerOver} @pointerout=${on.onPointerOut} @click=${on.onClick}
        @focusin=${on.onFocusIn} @focusout=${on.onFocusOut} @keydown=${on.onKeyDown}></svg>
      ${failed ? this.renderError() : nothing}
      ${empty ? html`<p class="empty">No fusion to draw: set the <code>fusion</code> attribute, e.g. <code>EML4:e.13::ALK:e.20</code>.</p>` : nothing}
      <div part="tooltip" role="tooltip" ?hidden=${!tip} style=${tip ? `left:${tip.x}px;top:${tip.y}px` : ''}>${tip?.text ?? ''}</div>
    `;
  }

  private renderError() {
    const input = this.description ?? this.fusion;
    return html`<div part="error" role="alert">
      <strong>This fusion cannot be drawn.</strong>
      ${typeof input === 'string' ? html`<div class="input">Input: <code>${input}</code></div>` : nothing}
      <ul>${this.issues.map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}</ul>
    </div>`;
  }

  protected override updated(): void {
    const svg = this.svg;
    if (svg && this._layout) {
      try {
        renderFusion(svg, this._layout);
      } catch (error) {
        // Drawing failed after the chrome rendered: show an error rather than a blank box.
        this._layout = null;
        this._drawIssues = [failure('render', error)];
        this.requestUpdate();
        return;
      }
    }
    this.announce();
  }

  /** `fusion-error` once per distinct failure, so a resize in the error state does not repeat it. */
  private announce(): void {
    const issues = this.issues;
    const description = this.description ?? this.fusion ?? null;
    const key = issues.length === 0 ? '' : JSON.stringify([description, issues]);
    if (key && key !== this._announced) this.dispatchEvent(errorEvent({ issues, description }));
    this._announced = key;
  }

  /** The drawing as a standalone SVG document, from the same drawing code as the element. */
  toSVG(): string {
    if (!this.hasUpdated) {
      this.resolve();
      this.relayout();
    }
    if (!this._layout) {
      throw new Error(`toSVG: nothing to export: ${this.issues.map((i) => `${i.path}: ${i.message}`).join('; ') || 'no fusion given'}`);
    }
    return svgDocument(this._layout, this.exportTheme());
  }

  /** The theme in effect: dark when the page prefers it, and any `--fusion-*` value set on the element. */
  private exportTheme(): { theme: Theme; tokens: Partial<Record<TokenName, string>> } {
    const theme: Theme = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    const tokens: Partial<Record<TokenName, string>> = {};
    if (this.isConnected) {
      const style = getComputedStyle(this);
      for (const name of tokenNames) {
        const value = style.getPropertyValue(`--fusion-${name}`).trim();
        if (value) tokens[name] = value;
      }
    }
    return { theme, tokens };
  }

  /** The drawing as a PNG, `scale` device pixels per CSS pixel (2 by default). */
  async toPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    if (this.isConnected) await this.updateComplete;
    const svg = this.toSVG();
    return svgToPng(svg, this._layout!.width, this._layout!.height, scale);
  }

  private resolve(): void {
    const input = this.description ?? this.fusion;
    this._fusion = null;
    this._report = null;
    this._summary = '';
    this._inputIssues = [];
    if (input === undefined || input === null) return;
    try {
      const result = resolveFusion(input);
      if (result.ok) {
        this._fusion = result.value;
        this._report = toAnnotateReport(result.value);
        this._summary = describeFusion(result.value);
      } else {
        this._inputIssues = result.issues;
      }
    } catch (error) {
      this._inputIssues = [failure('description', error)];
    }
  }

  private relayout(): void {
    this._layout = null;
    const panels = this.fixedPanels ? { panels: [...this.fixedPanels], issues: [] } : readPanels(this.panels);
    const scale = readIntronScale(this.intronScale);
    this._drawIssues = [...panels.issues, ...scale.issues];
    if (!this._fusion || this.issues.length > 0) return;
    try {
      const width = this._width || this.clientWidth || FALLBACK_WIDTH;
      this._layout = layoutFusion(this._fusion, { width, intronScale: scale.scale, panels: panels.panels });
    } catch (error) {
      this._drawIssues = [failure('layout', error)];
    }
  }

  private get svg(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg');
  }
}
