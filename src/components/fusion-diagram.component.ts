import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { resolveForElement } from '../annotation/load-and-resolve';
import { normaliseAssembly, show } from '../formats/common';
import { exportTextScale, type FusionLayout, type LayoutOptions } from '../layout';
import { layoutFusion } from '../lazy-sequence';
import { describeFusion } from '../model/explain';
import { toAnnotateReport, type AnnotateReport } from '../model/report';
import type { AnnotationSource, CallerSequenceInput, Fusion, Issue, SequenceProvider, SequenceSet } from '../model/types';
import { renderFusion, svgDocument } from '../render';
import { MAX_WIDTH, MIN_WIDTH } from '../layout';
import { errorEvent } from './events';
import { FeatureInteraction } from './feature-interaction';
import { exportTheme, svgToPng } from './export-image';
import { readEvidence, readIntronScale, readPanels, type EvidenceValue, type IntronScale, type PanelList, type PanelName } from './options';
import { fusionDiagramStyles } from './fusion-diagram.styles';
import { deferWidth, mayDefer, settledWidth, unwatchVisibility } from './offscreen';

/** What an export may change from the figure on screen (see toSVG). */
export interface ExportOptions {
  /** Width of the exported figure in px (280–10,000); default: the element's width. */
  readonly width?: number;
  /**
   * Text size relative to the screen figure. Default: 1 without `width` (the figure as shown), and
   * `max(1, width / 700)` with it, so a wide export printed in a 700-px column keeps print-size text
   * (the CLI's `render --width` does the same; `--text-scale 1` keeps screen-size text).
   */
  readonly textScale?: number;
}

/** Width used before the element has been measured (not yet in a page, or `display: none`). */
const FALLBACK_WIDTH = 720;

const NOT_RESOLVED = Symbol('not resolved');

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
 * computed from a VICC or JSON description against the whole-genome GRCh38 or GRCh37 annotation
 * (the curated fusion genes embedded, any other gene's shards fetched on demand).
 *
 * The figure follows the width of its container. Features (exons, introns, the junction,
 * breakpoints, domains) take keyboard focus and show a tooltip on hover and focus.
 *
 * @event fusion-feature-hover - `CustomEvent<{ id, kind, label }>`: a feature was pointed at or focused.
 * @event fusion-feature-click - `CustomEvent<{ id, kind, label }>`: a feature was clicked, or Enter/Space pressed on it.
 * @event fusion-error - `CustomEvent<{ issues, description }>`: the input could not be drawn; each issue names its field.
 *   Fired once per failure at render; a listener added later reads the current problems from `issues`.
 *
 * @csspart svg - The drawing.
 * @csspart panel-genes - The partner-genes panel (a group inside the drawing).
 * @csspart panel-transcript - The fusion-transcript panel.
 * @csspart panel-protein - The fusion-protein panel.
 * @csspart connectors - The ribbons linking genes, transcript and protein.
 * @csspart legend - The colour key.
 * @csspart footer - Nomenclature, annotation source and notes under the drawing.
 * @csspart loading - The status line shown while annotation shards load.
 * @csspart error - The error box shown instead of the drawing for bad input.
 * @csspart tooltip - The tooltip shown near a hovered or focused feature.
 *
 * @cssstate deferred - Out of view, its relayout to a new width put off: the old drawing is shown, clipped at the element's edge.
 *
 * @cssproperty --fusion-five-prime-color - Fill of the 5' partner (see the render module's defaults).
 * @cssproperty --fusion-three-prime-color - Fill of the 3' partner.
 * @cssproperty --fusion-focus-color - Focus ring of a feature. Default: `#0969DA` (dark: `#58A6FF`).
 * @cssproperty --fusion-domain-color-1 - First of twelve domain colours (`--fusion-domain-color-1` … `-12`; odd light, even dark); the full token list is in src/render/styles.ts.
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
    assembly: { type: String },
    annotation: { attribute: false },
    annotationBase: { type: String, attribute: 'annotation-base' },
    theme: { type: String, reflect: true },
    label: { type: String },
    layout: { type: String },
    wildType: { type: String, attribute: 'wild-type' },
    sequence: { attribute: false },
    callerSequence: { attribute: false },
    evidence: { attribute: false },
  };

  /** The fusion as VICC text (`NSF:e.1_20::ALK:e.20_29`) or gene-symbol text (`EML4:e.13::ALK:e.20`). */
  fusion?: string;
  /** The fusion as a JSON-form object (property only); takes precedence over `fusion` when set. */
  description?: object;
  /** `compressed` (default): introns shortened; `genomic`: introns drawn to scale. */
  intronScale?: IntronScale;
  /** Space- or comma-separated subset of `genes transcript protein`; all three when absent. */
  panels?: PanelList;
  /** `GRCh38` (default) or `GRCh37` (`hg38`/`hg19` accepted): the assembly of breakpoint positions, unless the description states one. */
  assembly?: string;
  /** An AnnotationSource to resolve against instead of the packs (property only): e.g. from `createAnnotationSource(parseGtf(text).records, …)`. */
  annotation?: AnnotationSource;
  /** URL of the folder holding the `grch38/` and `grch37/` annotation shards; by default the `annotation/` folder of the package, or `setAnnotationBase()`. */
  annotationBase?: string;
  /** `auto` (default): follows the page's `color-scheme` (a page without a dark mode stays light); `light` or `dark` fix it. */
  theme?: string;
  /** Sample or case name shown after the title (`NSF::ALK · Case 12`). */
  label?: string;
  /** `screen` (default) or `report`: print-ready for a 700-px report column, compact, text scaled with the width. */
  layout?: string;
  /** `show` or `hide` the wild-type protein rows; default: shown on screen, hidden in the report layout. */
  wildType?: string;
  /**
   * Sequence for the junction (property only): a `SequenceSet`, or a provider `{ source, fetch(request) }`
   * called with what the fusion needs (`sequenceRequest`) before it is drawn again with the answer.
   */
  sequence?: SequenceSet | SequenceProvider;
  /** A caller's fusion-transcript sequence for this fusion (property only; `<fusion-table>` sets it from the row). */
  callerSequence?: CallerSequenceInput;
  /**
   * What a caller file says of this fusion (property only): `{ support, frameNote }`, e.g. a
   * `<fusion-table>` row's `support` line and its frame comparison's `note`. The support line is
   * drawn under the title; a frame note (the caller's call differs from the computed one) is drawn
   * in full. Anything but that shape shows the error box naming the field.
   */
  evidence?: EvidenceValue;

  private _width = 0;
  /** A measured width not yet laid out: the element was out of view when it came (see offscreen.ts). */
  private _deferredWidth = 0;
  private _fusion: Fusion | null = null;
  private _report: AnnotateReport | null = null;
  private _inputIssues: readonly Issue[] = [];
  private _drawIssues: readonly Issue[] = [];
  private _layout: FusionLayout | null = null;
  private _summary = '';
  private _announced = '';
  /** The input `_fusion` / `_inputIssues` were resolved from (identity), so a getter or toSVG() can tell it is current. */
  private _resolvedFor: unknown = NOT_RESOLVED;
  /** What `_layout` / `_drawIssues` were computed from: fusion, width, panels, intron scale. */
  private _layoutFor: readonly unknown[] = [];
  private _resizeObserver?: ResizeObserver;
  /** No width will come from the observer (not rendered, or zero wide): lay out at the fallback width. */
  private _unsized = false;
  /** The observer's latest width, applied at the next animation frame (`_frame`). */
  private _pendingWidth = 0;
  /** The connect-time frames after which an element the observer never reports draws at its fallback width. */
  private _fallbackFrame = 0;
  private _frame = 0;
  /** Pending while `updateComplete` waits for the first width. */
  private _sized?: { promise: Promise<void>; resolve: () => void };
  /** The layout last drawn into the svg. */
  private _drawn: FusionLayout | null = null;
  /** The figure box's height while skipped out of view, as last set (holdFigureSize). */
  private _heldSize = '';
  /** The frame that ends forgetShownSize. */
  private _forgetFrame = 0;
  /** What is being loaded (shown as the loading state), or ''. */
  private _loading = '';
  private _loadTick = 0;
  private _loadFailure: Issue | null = null;
  private readonly _features = new FeatureInteraction(this, () => this.svg);

  /**
   * The `fusion-viz annotate` report of the current input, or null when it does not resolve.
   * Computed from the input on first read: available as soon as `fusion` / `description` is set,
   * before the element has rendered.
   */
  get result(): AnnotateReport | null {
    this.resolve();
    return this._report;
  }

  /** The resolved fusion model of the current input, or null when there is none (computed on read, like `result`). */
  get fusionModel(): Fusion | null {
    this.resolve();
    return this._fusion;
  }

  /**
   * Problems with the current input and view attributes (empty when it draws); each names its
   * field and value. Current as soon as an attribute or property is set, so a page that adds its
   * `fusion-error` listener after the element first rendered reads the initial error here.
   */
  get issues(): readonly Issue[] {
    this.relayout();
    return [...this._inputIssues, ...this._drawIssues];
  }

  /** Input and draw issues as computed by the last resolve/relayout (no recomputation). */
  private get currentIssues(): readonly Issue[] {
    return [...this._inputIssues, ...this._drawIssues];
  }

  /** Panels this element draws; the single-panel elements fix it. */
  protected get fixedPanels(): readonly PanelName[] | null {
    return null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The width comes from the observer's entry, never from reading the layout (which would force
    // one synchronous layout per element, each after the previous one's writes).
    this._resizeObserver = new ResizeObserver((entries) => this.resized(entries[entries.length - 1]!));
    this._resizeObserver.observe(this);
    // A hidden document runs no frames (so no observer either): draw now, at the measured box's width.
    if (!this._width && document.visibilityState === 'hidden') this._unsized = true;
    // An element that is never laid out (display: none, not rendered) gets no entry: two frames on, it
    // draws at its fallback width instead of waiting.
    if (!this._width) this._fallbackFrame = requestAnimationFrame(() => (this._fallbackFrame = requestAnimationFrame(() => {
      this._fallbackFrame = 0;
      if (this.waitingForWidth && !this._pendingWidth) this.sized(true);
    })));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resizeObserver?.disconnect();
    this._resizeObserver = undefined;
    unwatchVisibility(this);
    this._deferredWidth = 0;
    cancelAnimationFrame(this._frame);
    cancelAnimationFrame(this._fallbackFrame);
    if (this._forgetFrame) {
      cancelAnimationFrame(this._forgetFrame);
      this._forgetFrame = 0;
      this.renderRoot.querySelector('.figure[data-drawn="forget"]')?.setAttribute('data-drawn', '');
    }
    this._frame = 0;
    this._fallbackFrame = 0;
    this._pendingWidth = 0;
    this._sized?.resolve();
  }

  /**
   * A width from the observer, applied at the next animation frame. Relaying out inside the callback
   * would change this element's height after the observer's pass, which the browser reports as a
   * ResizeObserver loop error to any observer watching an ancestor. Every element's relayout lands
   * in that one frame (one layout for them all); notifications in between make one relayout.
   */
  private resized(entry: ResizeObserverEntry): void {
    const box = entry.contentBoxSize?.[0];
    const width = Math.floor(box ? box.inlineSize : entry.contentRect.width);
    // -1: laid out zero wide (e.g. display: none); the first time, that means draw at the fallback width.
    this._pendingWidth = width > 0 ? width : -1;
    if (this._frame) return;
    this._frame = requestAnimationFrame(() => {
      this._frame = 0;
      const next = this._pendingWidth;
      this._pendingWidth = 0;
      if (next < 0) {
        if (this.waitingForWidth) this.sized(true);
      } else if (next && next === this._width) {
        // Back to the width it is drawn at: nothing put off any more.
        if (this._deferredWidth) this.dropDeferredWidth();
      } else if (next && this._drawn && this.canDefer() && mayDefer(this) && this.markDeferred(true)) {
        // Out of view and drawn: keep the drawing as it is (clipped to the element while the
        // element is narrower; rescaling it would lay out every label again) and lay out later.
        this._deferredWidth = next;
        deferWidth(this);
      } else if (next) {
        this.applyWidth(next);
      }
      this._sized?.resolve();
    });
  }

  private applyWidth(width: number): void {
    const old = this._width;
    this._width = width;
    if (this._deferredWidth) this.dropDeferredWidth();
    // Internal state, kept out of the declared API (and the custom-elements manifest).
    this.requestUpdate('_width', old);
  }

  private dropDeferredWidth(): void {
    this._deferredWidth = 0;
    settledWidth(this);
    this.markDeferred(false);
  }

  private _internals?: ElementInternals | null;

  /** The browser has custom states (`:state(deferred)` clips a drawing whose relayout is put off); without them nothing is put off. */
  private canDefer(): boolean {
    if (this._internals === undefined) {
      try {
        const internals = this.attachInternals();
        this._internals = internals.states && CSS.supports('selector(:state(deferred))') ? internals : null;
      } catch {
        this._internals = null;
      }
    }
    return this._internals !== null;
  }

  private markDeferred(on: boolean): boolean {
    const states = this._internals?.states;
    if (!states) return false;
    if (on) states.add('deferred');
    else states.delete('deferred');
    return true;
  }

  /** @internal Lays out and draws at the put-off width now (offscreen.ts calls it; so does anything that needs the element current). */
  applyDeferredWidth(): void {
    if (!this._deferredWidth) return;
    this.applyWidth(this._deferredWidth);
    // In this task: a caller (an idle callback, beforeprint) measures or prints right after.
    if (this.isConnected) this.performUpdate();
  }

  /** Stop waiting for a measured width: draw at the fallback width. */
  private sized(fallback: boolean): void {
    this._unsized = fallback;
    this.requestUpdate();
    this._sized?.resolve();
  }

  /** Connected, but no width has been applied yet: the drawing waits for it (one layout, not two). */
  private get waitingForWidth(): boolean {
    return this.isConnected && !this._width && !this._unsized;
  }

  /**
   * `updateComplete` resolves once the element has drawn at its measured width (the first frame
   * after connecting), and after a width the observer already reported has been drawn.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    // Asking for the element to be complete asks for it to be current: a put-off width is laid out now.
    this.applyDeferredWidth();
    let result = await super.getUpdateComplete();
    while (this.waitingForWidth || this._frame) {
      if (!this._sized) {
        let resolve!: () => void;
        const promise = new Promise<void>((r) => (resolve = r));
        this._sized = { promise, resolve: () => { this._sized = undefined; resolve(); } };
      }
      await this._sized.promise;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    // Both are memoised on what they read, so a toSVG() or getter that already brought them up to date costs nothing here.
    if (this.relayout(this.waitingForWidth ? null : this.layoutWidth())) this._features.reset();
  }

  protected override render() {
    const failed = this.currentIssues.length > 0;
    const tip = this._features.tip;
    const on = this._features;
    const empty = !failed && !this._fusion && !this._loading;
    return html`
      <div class="figure"><svg part="svg" role="img" aria-label=${this._layout?.summary || this._summary || nothing} ?hidden=${failed || empty} ?data-fit=${this.fitsWidth()}
        @pointerover=${on.onPointerOver} @pointerout=${on.onPointerOut} @click=${on.onClick}
        @focusin=${on.onFocusIn} @focusout=${on.onFocusOut} @keydown=${on.onKeyDown}></svg></div>
      ${failed ? this.renderError() : nothing}
      ${this._loading && !failed ? html`<p part="loading" class="loading" role="status">Loading ${this._loading}…</p>` : nothing}
      ${empty ? html`<p class="empty">No fusion to draw: set the <code>fusion</code> attribute, e.g. <code>EML4:e.13::ALK:e.20</code>.</p>` : nothing}
      <div part="tooltip" role="tooltip" ?hidden=${!tip}>${tip?.text ?? ''}</div>
    `;
  }

  /** Drawn wider than the element (or not measured): the svg is scaled down to fit. */
  private fitsWidth(): boolean {
    return !this._width || this._width < (this._layout?.width ?? 0);
  }

  private renderError() {
    const input = this.description ?? this.fusion;
    return html`<div part="error" role="alert">
      <strong>This fusion cannot be drawn.</strong>
      ${typeof input === 'string' ? html`<div class="input">Input: <code>${input.length > 200 ? `${input.slice(0, 197)}...` : input}</code></div>` : nothing}
      <ul>${this.currentIssues.map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}</ul>
    </div>`;
  }

  protected override updated(): void {
    this.placeTooltip();
    const svg = this.svg;
    // Only a new layout is drawn: a tooltip or focus update leaves the drawing alone.
    if (svg && this._layout && this._layout !== this._drawn) {
      try {
        // No <title> children in the live figure: Chromium keeps an element alive whose pattern-filled
        // feature (a retained intron's hatch) has one. The tooltip and aria-label carry the same text.
        this.draw(svg, this._layout);
        this._drawn = this._layout;
      } catch (error) {
        // Drawing failed after the chrome rendered: show an error rather than a blank box
        // (_layoutFor stays: this input is not laid out again until it changes).
        this._layout = null;
        this._drawIssues = [failure('render', error)];
        this.requestUpdate();
        return;
      }
    }
    this.holdFigureSize(svg);
    this.announce();
  }

  /**
   * Once drawn, the figure's box is skipped by the browser while it is far from the viewport (`content-visibility:
   * auto` in the styles: no style, layout or paint for a diagram nobody can see, which on a page of a
   * hundred is most of what mounting them costs the browser). A skipped box takes the height given
   * here: the drawing's height as shown, from the layout (the svg keeps its aspect ratio and is scaled
   * down only when drawn wider than the element), so the page's height and scroll position do not
   * change as diagrams come into view. Nothing drawn (an error, loading, no input): no height.
   */
  private holdFigureSize(svg: SVGSVGElement | null): void {
    const drawn = this._drawn;
    const box = svg?.parentElement;
    if (!box) return;
    let value = '';
    if (drawn && !svg.hasAttribute('hidden') && drawn.width > 0) {
      const shownWidth = this._deferredWidth || this._width || drawn.width;
      const scale = svg.hasAttribute('data-fit') ? Math.min(1, shownWidth / drawn.width) : 1;
      value = `${Math.round(drawn.height * scale * 100) / 100}px`;
    }
    if (value !== this._heldSize) {
      const redrawn = this._heldSize !== '' && value !== '';
      this._heldSize = value;
      // Through CSSOM (no style attribute), as for the tooltip.
      box.style.setProperty('contain-intrinsic-block-size', value || null);
      // Skippable only once drawn: content-visibility: auto makes the browser remember the size the
      // box last had on screen and prefer it to the height given here, and an empty svg is 150 px tall.
      box.toggleAttribute('data-drawn', value !== '');
      // Skipped now (a style check, no layout; only when a drawn height changes): the remembered
      // height from the screen is stale. In view, the box shows its new height anyway.
      if (redrawn && svg.isConnected && svg.checkVisibility?.({ contentVisibilityAuto: true }) === false) this.forgetShownSize(box);
    }
  }

  /**
   * The first drawing is built while the svg is out of the document and put back in one insertion:
   * thousands of nodes and attributes written into a connected shadow tree each cost the browser
   * style invalidation work that a detached tree does not. Later draws update the nodes in place
   * (keyed), keeping focus on a feature.
   */
  private draw(svg: SVGSVGElement, layout: FusionLayout): void {
    const parent = svg.parentNode;
    if (svg.firstChild || !parent) {
      renderFusion(svg, layout, { titles: false });
      return;
    }
    const next = svg.nextSibling;
    svg.remove();
    try {
      renderFusion(svg, layout, { titles: false });
    } finally {
      parent.insertBefore(svg, next);
    }
  }

  /**
   * Laid out again at a new height while skipped: the height the box last had on screen, which the
   * browser keeps for a skipped box, is stale. For one rendering the box is `content-visibility:
   * hidden` (still skipped, nothing drawn), which has no remembered size, so the browser drops it;
   * then auto again, with the height given.
   */
  private forgetShownSize(box: HTMLElement): void {
    cancelAnimationFrame(this._forgetFrame);
    box.setAttribute('data-drawn', 'forget');
    this._forgetFrame = requestAnimationFrame(() => (this._forgetFrame = requestAnimationFrame(() => {
      this._forgetFrame = 0;
      if (box.getAttribute('data-drawn') === 'forget') box.setAttribute('data-drawn', '');
    })));
  }

  /**
   * Tooltip position as custom properties set through CSSOM: neither a `style` attribute in the
   * template nor an inline <style>, so a page with `style-src 'self'` (no 'unsafe-inline') allows it.
   */
  private placeTooltip(): void {
    const el = this.renderRoot.querySelector<HTMLElement>('[part="tooltip"]');
    const tip = this._features.tip;
    if (!el || !tip) return;
    el.style.setProperty('--_tip-x', `${tip.x}px`);
    el.style.setProperty('--_tip-y', `${tip.y}px`);
  }

  /** `fusion-error` once per distinct failure, so a resize in the error state does not repeat it. */
  private announce(): void {
    const issues = this.currentIssues;
    const description = this.description ?? this.fusion ?? null;
    const key = issues.length === 0 ? '' : JSON.stringify([description, issues]);
    if (key && key !== this._announced) this.dispatchEvent(errorEvent({ issues, description }));
    this._announced = key;
  }

  /**
   * The drawing of the current input as a standalone SVG document, from the same drawing code as
   * the element. Synchronous and always current: computed from the attributes and properties as
   * they are now, even right after a change the element has not rendered yet.
   * Throws when the current input cannot be drawn (the message lists the issues).
   */
  toSVG(options: ExportOptions = {}): string {
    return this.exportSvg(options).svg;
  }

  /** The drawing as a PNG, `scale` device pixels per CSS pixel (2 by default); `width` and `textScale` as for toSVG(). */
  async toPNG({ scale = 2, ...options }: { scale?: number } & ExportOptions = {}): Promise<Blob> {
    // The same synchronous export as toSVG(), taken before any await: the two always agree.
    const svg = this.toSVG(options);
    const { width, height } = this._exported!;
    return svgToPng(svg, width, height, scale);
  }

  /** Size of the figure the last toSVG() exported (toPNG rasterises at it). */
  private _exported: { width: number; height: number } | null = null;

  /** The export's document and size: the figure on screen, or laid out again at the export's width and text scale. */
  private exportSvg({ width, textScale }: ExportOptions): { svg: string; width: number; height: number } {
    // The figure at the element's width as it is now, even if its relayout was put off.
    if (this._deferredWidth) this.applyWidth(this._deferredWidth);
    this.relayout();
    if (!this._layout || !this._fusion) {
      throw new Error(`toSVG: nothing to export: ${this.currentIssues.map((i) => `${i.path}: ${i.message}`).join('; ') || (this._loading ? `still loading ${this._loading}` : 'no fusion given')}`);
    }
    if (width !== undefined && (typeof width !== 'number' || !Number.isFinite(width) || width < MIN_WIDTH || width > MAX_WIDTH)) {
      throw new RangeError(`toSVG: width must be a number of px from ${MIN_WIDTH} to ${MAX_WIDTH}, got ${String(width).slice(0, 80)}`);
    }
    const layout = width === undefined && textScale === undefined
      ? this._layout
      : layoutFusion(this._fusion, { ...this.viewOptions(), width: width ?? this.layoutWidth(), textScale: textScale ?? (width !== undefined ? exportTextScale(width) : 1) });
    const svg = svgDocument(layout, { ...exportTheme(this, this.theme), warn: (message) => console.warn(`fusion-viz: ${message}`) });
    this._exported = { width: layout.width, height: layout.height };
    return { svg, width: layout.width, height: layout.height };
  }

  /** Resolves the current input unless it is the one already resolved (input, assembly, annotation, loaded shards). */
  private resolve(): void {
    const input = this.description ?? this.fusion;
    const key = [input, this.assembly, this.annotation, this.annotationBase, this.sequence, this.callerSequence, this._loadTick];
    const last = this._resolvedFor as unknown[] | typeof NOT_RESOLVED;
    if (last !== NOT_RESOLVED && key.every((k, i) => k === last[i])) return;
    this._resolvedFor = key;
    this._fusion = null;
    this._report = null;
    this._summary = '';
    this._inputIssues = [];
    this._loading = '';
    if (input === undefined || input === null) return;
    try {
      const assembly = this.assembly === undefined || this.assembly === '' ? undefined : normaliseAssembly(this.assembly);
      if (this.assembly && !assembly) {
        this._inputIssues = [{ path: 'assembly', code: 'invalid-value', message: `assembly must be GRCh38 or GRCh37 (hg38, hg19), got ${show(this.assembly)}` }];
        return;
      }
      if (this._loadFailure) {
        // The shards this input needs could not be loaded: show why (a new input tries again).
        this._inputIssues = [this._loadFailure];
        this._loadFailure = null;
        return;
      }
      const seq = this.sequence;
      const step = resolveForElement(input, {
        assembly, annotation: this.annotation, base: this.annotationBase,
        ...(seq && 'fetch' in seq && typeof seq.fetch === 'function' ? { sequenceProvider: seq } : seq ? { sequence: seq as SequenceSet } : {}),
        ...(this.callerSequence ? { callerSequence: this.callerSequence } : {}),
      });
      if (step.loading) {
        this._loading = step.loadingWhat ?? 'annotation';
        const tick = this._loadTick;
        const again = () => {
          if (tick !== this._loadTick || (this.description ?? this.fusion) !== input) return; // a newer input took over
          this._loadTick++;
          this.requestUpdate('_loadTick' as keyof FusionDiagram, tick);
        };
        step.loading.then(again, (issue: Issue) => {
          if (tick === this._loadTick) this._loadFailure = issue;
          again();
        });
        return;
      }
      const result = step.result!;
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

  /** What the layout is computed from: fusion, width and every view attribute. */
  private layoutKey(width: number | null): unknown[] {
    return [this._fusion, width, this.panels, this.intronScale, this.label, this.layout, this.wildType, this.evidence];
  }

  /** The layout options of the view attributes (all but the width), with their issues. */
  private viewOptions(issues: Issue[] = []): Omit<LayoutOptions, 'width'> {
    const panels = this.fixedPanels ? { panels: [...this.fixedPanels], issues: [] } : readPanels(this.panels);
    const scale = readIntronScale(this.intronScale);
    const evidence = readEvidence(this.evidence);
    issues.push(...panels.issues, ...scale.issues, ...evidence.issues);
    const wildType = this.wildType === 'show' ? true : this.wildType === 'hide' ? false : undefined;
    return { intronScale: scale.scale, panels: panels.panels, layout: this.layout === 'report' ? 'report' : 'screen', label: this.label, wildType, ...(evidence.evidence ? { evidence: evidence.evidence } : {}) };
  }

  /** Lays the current fusion out unless the layout is already of it at this width and view; true when it changed. */
  private relayout(width: number | null = this.layoutWidth()): boolean {
    this.resolve();
    const key = this.layoutKey(width);
    if (key.length === this._layoutFor.length && key.every((k, i) => k === this._layoutFor[i])) return false;
    this._layoutFor = key;
    this._layout = null;
    const issues: Issue[] = [];
    const view = this.viewOptions(issues);
    this._drawIssues = issues;
    if (!this._fusion || this.currentIssues.length > 0 || width === null) return true;
    try {
      this._layout = layoutFusion(this._fusion, { ...view, width });
    } catch (error) {
      this._drawIssues = [failure('layout', error)];
    }
    return true;
  }

  /**
   * The measured width, else the laid-out box's, kept within what layoutFusion accepts. Reading
   * clientWidth forces a layout: only a getter or export before the first measurement, or an
   * element that gets no measurement, does it; drawing waits for the observer instead.
   */
  private layoutWidth(): number {
    const measured = this._width || (this.isConnected ? this.clientWidth : 0) || FALLBACK_WIDTH;
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, measured));
  }

  private get svg(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg');
  }
}
