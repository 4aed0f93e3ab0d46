import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { cohortRecordsFromCallerFile, resolveCohort } from '../api-cohort';
import { packStore } from '../annotation/bundled';
import { annotationBase, ensureNames, namesOf } from '../annotation/browser-packs';
import { readCallerFile } from '../formats/callers';
import { layoutCohort, type CohortLayout } from '../layout/cohort';
import { BUILTIN_FIELDS, parseFilter, type Cohort } from '../model/cohort';
import type { FusionInput, Issue } from '../model/types';
import { cohortSvgDocument, renderCohort } from '../render/cohort';
import { cohortTokenNames } from '../render/cohort-styles';
import { tokenNames, type Theme, type TokenName } from '../render/styles';
import { CohortInteraction } from './cohort-interaction';
import { errorEvent } from './events';
import { exportTheme, svgToPng } from './export-image';
import { fusionCohortStyles } from './fusion-cohort.styles';

const FALLBACK_WIDTH = 960;

/** Detail of `fusion-cohort-select`. */
export interface FusionCohortSelectDetail {
  /** Id of the drawn row (`case-4`, or `partner:<nomenclature>` for a group). */
  readonly id: string;
  /** Ids of the cohort rows the drawn row stands for (one, or every fusion of a group). */
  readonly rowIds: readonly string[];
  /** `RANBP2::ALK` */
  readonly label: string;
  /** The description of the row's fusion, as given (what its `<fusion-diagram>` shows). */
  readonly description: string | object;
}
export type FusionCohortSelectEvent = CustomEvent<FusionCohortSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'fusion-cohort-select': FusionCohortSelectEvent;
  }
}

const failure = (path: string, error: unknown): Issue => ({ path, code: 'invalid-value', message: `${path} failed: ${error instanceof Error ? error.message : String(error)}` });
const list = (text: string | undefined) => (text ?? '').split(/[\s,]+/).filter(Boolean);

/**
 * @summary Many fusions of one gene on one figure: the shared gene's protein once at the top,
 * then one row per fusion (or per partner, counted) aligned at the shared gene's junction on a
 * common residue scale, with frame badges, the shared gene's junction exons across the cohort,
 * and clinical fields (best response marks, histology) as columns.
 *
 * Input is the `description` property: an array of descriptions (VICC text or JSON form), or of
 * records with clinical fields such as the review's (`{ case, partner, histology, bestResponse, … }`;
 * `description` when the junction is known, else `partner` only: the row is then joined at an
 * illustrative in-frame exon boundary and marked †). Rows take keyboard focus (↑/↓, Home/End);
 * Enter, Space or a click selects one and shows its full `<fusion-diagram>` below.
 *
 * @event fusion-cohort-select - `CustomEvent<{ id, rowIds, label, description }>`: a row was selected.
 * @event fusion-error - `CustomEvent<{ issues, description }>`: the cohort could not be drawn, or some rows could not; each issue names its field.
 *
 * @csspart svg - The drawing.
 * @csspart header - The shared protein, junction-exon strip, axis and column heads.
 * @csspart rows - The rows.
 * @csspart footer - Legend and provenance.
 * @csspart issues - The list of rows that could not be drawn (shown with the good rows).
 * @csspart error - The error box shown instead of the drawing when nothing can be drawn.
 * @csspart tooltip - The tooltip of a hovered or focused row or feature.
 * @csspart detail - The selected row's full `<fusion-diagram>`.
 *
 * @cssproperty --fusion-response-cr-color - Mark of a complete remission. Default: `#009E73`.
 * @cssproperty --fusion-response-pr-color - Mark of a partial remission. Default: `#56B4E9`.
 * @cssproperty --fusion-response-sd-color - Mark of stable disease. Default: `#E69F00`.
 * @cssproperty --fusion-response-pd-color - Mark of progressive disease. Default: `#CC79A7`.
 * @cssproperty --fusion-highlight-color - Background of a highlighted row. Default: `#FFF3BF`.
 * @cssproperty --fusion-selected-color - Background of the selected row. Default: `#DDF4FF`.
 * @cssproperty --fusion-five-prime-color - Fill of the 5' partner; every `<fusion-diagram>` token applies.
 */
export class FusionCohort extends LitElement {
  static override styles = fusionCohortStyles;

  static override properties = {
    description: { attribute: false },
    text: { attribute: false },
    gene: { type: String },
    sharedExon: { type: Number, attribute: 'shared-exon' },
    groupBy: { type: String, attribute: 'group-by' },
    sortBy: { type: String, attribute: 'sort-by' },
    filter: { type: String },
    fields: { type: String },
    selected: { type: String, reflect: true },
  };

  /** Descriptions or cohort records (property only). */
  description?: readonly unknown[];
  /** A caller file's text (Arriba, STAR-Fusion, FusionCatcher, JAFFA, CICERO, DRAGEN, VCF, FUSOR; property only): one row per resolved call, with its line and confidence; used when `description` is not set. */
  text?: string;
  /** The gene every fusion shares (`ALK`); detected as the gene common to all descriptions when absent. */
  gene?: string;
  /** Junction exon of the shared gene for records that name a partner only; the commonest of the descriptions when absent. */
  sharedExon?: number;
  /** `partner` (identical fusions in one counted row), `breakpoint` or a clinical field (sections), or `none`. */
  groupBy?: string;
  /** `input` (default), `partner`, `breakpoint`, `kept` (partner length), `frame`, `junction` or a clinical field. */
  sortBy?: string;
  /** Rows to keep, e.g. `bestResponse=CR|PR; partner=EML4`. */
  filter?: string;
  /** Columns, space-separated: clinical fields or `domains` (partner domains kept); default `bestResponse histology domains` (those present). */
  fields?: string;
  /** Id of the selected row; its full `<fusion-diagram>` shows below the cohort. */
  selected?: string;

  private _width = 0;
  private _cohort: Cohort | null = null;
  private _rowIssues: readonly Issue[] = [];
  private _viewIssues: readonly Issue[] = [];
  private _layout: CohortLayout | null = null;
  private _announced = '';
  private _resizeObserver?: ResizeObserver;
  private _frame = 0;
  private readonly _rows = new CohortInteraction(this, () => this.svg, (id) => this.select(id));

  /** The resolved cohort (rows that could be drawn), or null. */
  get cohort(): Cohort | null {
    return this._cohort;
  }

  /** Problems with the input or the view attributes; each names its field and value. */
  get issues(): readonly Issue[] {
    return [...this._rowIssues, ...this._viewIssues];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]!.contentRect.width);
      cancelAnimationFrame(this._frame);
      this._frame = requestAnimationFrame(() => {
        if (width > 0 && width !== this._width) {
          const old = this._width;
          this._width = width;
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
    const input = changed.has('description') || changed.has('text') || changed.has('gene') || changed.has('sharedExon');
    if (input) this.resolve();
    const widthChanged = changed.has('_width' as keyof FusionCohort) && this._width !== this._layout?.width;
    if (input || widthChanged || ['groupBy', 'sortBy', 'filter', 'fields'].some((k) => changed.has(k as keyof FusionCohort))) this.relayout();
  }

  protected override render() {
    const failed = !this._layout && this.issues.length > 0;
    const entry = this._layout?.rows.find((r) => r.id === this.selected);
    const row = entry && this._cohort?.rows.find((r) => r.id === entry.rowIds[0]);
    const d = row?.description;
    const on = this._rows;
    const tip = on.tip;
    return html`
      <svg part="svg" role="img" aria-label=${this._layout?.summary ?? nothing} ?hidden=${!this._layout}
        @pointerover=${on.onPointerOver} @pointerleave=${on.hideTip} @click=${on.onClick}
        @keydown=${on.onKeyDown} @focusin=${on.onFocusIn} @focusout=${on.hideTip}></svg>
      ${failed ? html`<div part="error" role="alert"><strong>This cohort cannot be drawn.</strong>
        <ul>${this.issues.map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}</ul></div>` : nothing}
      ${!failed && this.issues.length > 0 ? html`<details part="issues" role="status"><summary>${this.issues.length} ${this.issues.length === 1 ? 'problem' : 'problems'}: some rows or settings could not be used</summary>
        <ul>${this.issues.map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}</ul></details>` : nothing}
      ${!this._layout && !failed ? html`<p class="empty">No cohort to draw: set the <code>description</code> property to an array of descriptions or records.</p>` : nothing}
      <div part="tooltip" role="tooltip" ?hidden=${!tip} style=${tip ? `left:${tip.x}px;top:${tip.y}px` : ''}>${tip?.text ?? ''}</div>
      ${row ? html`<section part="detail" aria-label=${`Full diagram of ${row.fusion.label}`}>
        ${row.source ? html`<p class="source">${row.source}</p>` : nothing}
        ${typeof d === 'string' ? html`<fusion-diagram fusion=${d}></fusion-diagram>` : html`<fusion-diagram .description=${d}></fusion-diagram>`}
      </section>` : nothing}
    `;
  }

  protected override updated(): void {
    const svg = this.svg;
    if (svg && this._layout) {
      try {
        renderCohort(svg, this._layout, { selected: this.selected ?? null });
      } catch (error) {
        this._layout = null;
        this._viewIssues = [failure('render', error)];
        this.requestUpdate();
        return;
      }
    }
    const key = this.issues.length === 0 ? '' : JSON.stringify(this.issues);
    if (key && key !== this._announced) this.dispatchEvent(errorEvent({ issues: this.issues, description: (this.description ?? null) as object | null }));
    this._announced = key;
  }

  /** The cohort as a standalone SVG document, from the same drawing code as the element and the CLI. */
  toSVG(): string {
    if (!this.hasUpdated) {
      this.resolve();
      this.relayout();
    }
    if (!this._layout) throw new Error(`toSVG: nothing to export: ${this.issues.map((i) => `${i.path}: ${i.message}`).join('; ') || 'no cohort given'}`);
    return cohortSvgDocument(this._layout, this.exportTheme());
  }

  /** The cohort as a PNG, `scale` device pixels per CSS pixel (2 by default). */
  async toPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    if (this.isConnected) await this.updateComplete;
    const svg = this.toSVG();
    return svgToPng(svg, this._layout!.width, this._layout!.height, scale);
  }

  /** As `<fusion-diagram>`'s: the page's color-scheme decides the theme; our own light-dark() defaults are not user values. */
  private exportTheme(): { theme: Theme; tokens: Partial<Record<TokenName, string>> } {
    const { theme } = exportTheme(this);
    const tokens: Record<string, string> = {};
    if (this.isConnected) {
      const style = getComputedStyle(this);
      for (const name of [...tokenNames, ...cohortTokenNames]) {
        const value = style.getPropertyValue(`--fusion-${name}`).trim();
        if (value && !value.startsWith('light-dark(')) tokens[name] = value;
      }
    }
    return { theme, tokens: tokens as Partial<Record<TokenName, string>> };
  }

  private _preloaded = '';

  /** In a browser, fetches the shards of every gene a caller file names once, then resolves again. */
  private preload(text: string): void {
    const store = packStore('GRCh38');
    if (store.readsSync || this._preloaded === text) return;
    this._preloaded = text;
    const file = readCallerFile(text);
    const genes = new Set<string>();
    for (const r of (file?.rows ?? []) as unknown as { input?: FusionInput }[]) if (r.input) for (const g of namesOf(r.input).genes) genes.add(g);
    ensureNames(store, { genes: [...genes].filter((g) => /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(g)), accessions: [] }, annotationBase())
      .catch(() => undefined) // rows whose genes could not be loaded say so on their own
      .finally(() => {
        if (this._preloaded !== text) return;
        this.resolve();
        this.relayout();
        this.requestUpdate();
      });
  }

  private resolve(): void {
    this._cohort = null;
    this._rowIssues = [];
    const useText = (this.description === undefined || this.description === null) && typeof this.text === 'string';
    if (useText) this.preload(this.text!);
    const fromFile = useText ? cohortRecordsFromCallerFile(this.text!) : null;
    const items = fromFile ? fromFile.records : this.description;
    if (items === undefined || items === null) return;
    try {
      const r = resolveCohort(items, { gene: this.gene, sharedExon: Number.isFinite(this.sharedExon) ? this.sharedExon : undefined });
      this._cohort = r.cohort;
      this._rowIssues = [...(fromFile?.issues ?? []), ...r.issues];
    } catch (error) {
      this._rowIssues = [failure('description', error)];
    }
  }

  private relayout(): void {
    this._layout = null;
    this._viewIssues = [];
    if (!this._cohort) return;
    const known = [...BUILTIN_FIELDS, ...new Set(this._cohort.rows.flatMap((r) => Object.keys(r.clinical)))];
    const filter = parseFilter(this.filter, known);
    const unknown = (name: string, v: string | undefined, extra: string[] = []) =>
      v && ![...known, ...extra].includes(v) ? [{ path: name, code: 'invalid-value' as const, message: `unknown field "${v.slice(0, 60)}": expected one of ${[...extra, ...known].join(', ')}` }] : [];
    this._viewIssues = [...filter.issues, ...unknown('group-by', this.groupBy, ['none']), ...unknown('sort-by', this.sortBy, ['input']), ...list(this.fields).flatMap((f) => unknown('fields', f, ['domains']))];
    try {
      this._layout = layoutCohort(this._cohort, {
        width: this._width || this.clientWidth || FALLBACK_WIDTH,
        groupBy: known.includes(this.groupBy ?? '') ? this.groupBy : null,
        sortBy: known.includes(this.sortBy ?? '') ? this.sortBy : null,
        filter: filter.clauses,
        fields: this.fields ? list(this.fields).filter((f) => f === 'domains' || known.includes(f)) : undefined,
      });
    } catch (error) {
      this._viewIssues = [...this._viewIssues, failure('layout', error)];
    }
  }

  private get svg(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg[part="svg"]');
  }

  /** Select a row by its id: the detail shows its diagram and `fusion-cohort-select` is dispatched. */
  select(id: string): void {
    const entry = this._layout?.rows.find((r) => r.id === id);
    const row = entry && this._cohort?.rows.find((r) => r.id === entry.rowIds[0]);
    if (!entry || !row) return;
    this.selected = id;
    this.dispatchEvent(new CustomEvent<FusionCohortSelectDetail>('fusion-cohort-select', {
      detail: { id, rowIds: entry.rowIds, label: row.fusion.label, description: row.description }, bubbles: true, composed: true,
    }));
  }
}
