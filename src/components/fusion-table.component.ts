import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { defaultAnnotation, packStore } from '../annotation/bundled';
import { annotationBase, ensureNames, namesOf } from '../annotation/browser-packs';
import { callerFormatNames, readCallerFile } from '../formats/callers';
import type { CallerFormatName } from '../formats/caller-types';
import { normaliseAssembly } from '../formats/common';
import type { CallerSequenceInput, FusionInput, Issue, SequenceProvider, SequenceSet } from '../model/types';
import type { FigureEvidence } from '../layout/types';
import { callerSequenceOf, figureEvidence, resolveCallerFile, type ResolvedCallerRow } from '../rows';
import { errorEvent } from './events';
import { fusionTableStyles } from './fusion-table.styles';
import './fusion-diagram';

/**
 * One evidence and one caller-sequence object per row, so the diagram sees the same values on
 * every table render (sorting, filtering): it resolves and lays out again only when they change.
 */
const forDiagram = new WeakMap<ResolvedCallerRow, { evidence: FigureEvidence; callerSequence: CallerSequenceInput | undefined }>();
const diagramInputs = (row: ResolvedCallerRow) => {
  let d = forDiagram.get(row);
  if (!d) forDiagram.set(row, (d = { evidence: figureEvidence(row), callerSequence: callerSequenceOf(row.evidence, row.format, row.caller) }));
  return d;
};

type SortKey = 'line' | 'genes' | 'junction' | 'frame' | 'callerFrame' | 'reads' | 'confidence' | 'status';

interface TableRow {
  readonly line: number;
  readonly genes: string;
  readonly junction: string;
  readonly junctionTitle: string;
  readonly frame: string;
  readonly callerFrame: string;
  readonly differs: boolean;
  readonly reads: number | null;
  readonly readsText: string;
  readonly confidence: string;
  readonly status: string;
  readonly ok: boolean;
  readonly row: ResolvedCallerRow;
}

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'line', label: 'Line' },
  { key: 'genes', label: 'Genes' },
  { key: 'junction', label: 'Junction' },
  { key: 'frame', label: 'Frame' },
  { key: 'callerFrame', label: "Caller's frame" },
  { key: 'reads', label: 'Reads' },
  { key: 'confidence', label: 'Confidence' },
  { key: 'status', label: 'Status' },
];

function tableRow(r: ResolvedCallerRow): TableRow {
  const f = r.fusion;
  const e = r.evidence;
  const raw = [e?.genes?.fivePrime ?? '?', e?.genes?.threePrime ?? '?'].join('::');
  const reads = e?.splitReads !== undefined || e?.spanningPairs !== undefined ? (e?.splitReads ?? 0) + (e?.spanningPairs ?? 0) : e?.namedReads ?? null;
  const parts = [e?.splitReads !== undefined ? `${e.splitReads} split` : '', e?.spanningPairs !== undefined ? `${e.spanningPairs} ${e.nature === 'dna' ? 'paired' : 'discordant'}` : '', e?.namedReads !== undefined && e.splitReads === undefined ? `${e.namedReads} named` : ''].filter(Boolean);
  const exons = f ? `${f.fivePrime.gene} ${f.fivePrime.exons ? `e${f.fivePrime.exons[1]}` : ''}::${f.threePrime.gene} ${f.threePrime.exons ? `e${f.threePrime.exons[0]}` : ''}` : '';
  const bp = (p?: { breakpoint?: { chrom: string; pos: number } }) => (p?.breakpoint ? `${p.breakpoint.chrom}:${p.breakpoint.pos}` : '?');
  return {
    line: r.line,
    genes: f?.label ?? raw,
    junction: f ? exons : r.input ? `${bp(r.input.fivePrime)} :: ${bp(r.input.threePrime)}` : '',
    junctionTitle: f?.nomenclature ?? '',
    frame: f?.frame ?? '',
    callerFrame: r.frame?.caller.raw ?? e?.frame?.raw ?? '',
    differs: r.frame?.agrees === false,
    reads,
    readsText: parts.join(' + '),
    confidence: e?.confidence ?? '',
    status: f ? (r.warnings.length > 0 ? `ok, ${r.warnings.length} warning${r.warnings.length > 1 ? 's' : ''}` : 'ok') : (r.issues?.[0]?.message ?? 'failed'),
    ok: Boolean(f),
    row: r,
  };
}

/** Text of a file the user gave: gunzipped when it starts with the gzip magic bytes. */
async function textOf(data: ArrayBuffer): Promise<string> {
  const bytes = new Uint8Array(data);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).text();
  }
  return new TextDecoder().decode(bytes);
}

/** Detail of `fusion-row-select`. */
export interface FusionRowSelectDetail {
  /** 1-based line of the row in the caller file. */
  readonly line: number;
  /** The resolved row: its fusion or issues, evidence and support line. */
  readonly row: ResolvedCallerRow;
}
export type FusionRowSelectEvent = CustomEvent<FusionRowSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'fusion-row-select': FusionRowSelectEvent;
  }
}

/**
 * @summary Every row of a fusion caller's output (Arriba, STAR-Fusion, FusionCatcher, JAFFA, CICERO,
 * DRAGEN, VCF breakends, FUSOR JSON) as a sortable, filterable table; selecting a row draws its
 * `<fusion-diagram>` below. Rows that cannot be drawn are listed with their line and the reason.
 *
 * Give the file as `src` (a URL), as the `text` property, or by dropping it onto the element (or
 * choosing it with the file button). Rows are keyboard accessible: Tab to the table, arrows to move,
 * Enter or Space to select.
 *
 * @event fusion-row-select - `CustomEvent<{ line, row }>`: a row was selected; `row` is the resolved row.
 * @event fusion-error - `CustomEvent<{ issues, description }>`: the file could not be read or recognised.
 *
 * @csspart controls - The filter box, status filter and file button.
 * @csspart table - The table of rows.
 * @csspart detail - The selected row's diagram or its problems.
 * @csspart error - The message shown when the file cannot be read.
 *
 * @cssproperty --fusion-table-max-height - Height of the scrolling table. Default: `24rem`.
 * @cssproperty --fusion-table-selected - Background of the selected row. Default: `#ddf4ff`.
 * @cssproperty --fusion-table-error - Colour of failed rows' status. Default: `#b00020`.
 */
export class FusionTable extends LitElement {
  static override styles = fusionTableStyles;

  static override properties = {
    src: { type: String },
    text: { attribute: false },
    format: { type: String },
    assembly: { type: String },
    annotationBase: { type: String, attribute: 'annotation-base' },
    sequence: { attribute: false },
  };
  // Internal state is kept out of `properties` (and so out of the custom-elements manifest):
  // every change to it below calls requestUpdate().

  /** URL of a caller file to fetch and list. */
  src?: string;
  /** The caller file's text (property only); set by `src` and by a dropped file too. */
  text?: string;
  /** Force a reader (`arriba`, `star-fusion`, `vcf`, …) instead of detecting it from the header. */
  format?: string;
  /** Assembly of the file's positions when the file does not say: `GRCh38` or `GRCh37`. */
  assembly?: string;
  /** URL of the folder holding the annotation shards (see `<fusion-diagram>`); by default the package's `annotation/`. */
  annotationBase?: string;
  /** Sequence for the selected row's diagram (property only): a `SequenceSet` or provider, as `<fusion-diagram>`'s `sequence`. */
  sequence?: SequenceSet | SequenceProvider;

  private _rows: TableRow[] = [];
  private _fileIssues: readonly Issue[] = [];
  private _caller = '';
  private _sort: { key: SortKey; dir: 1 | -1 } = { key: 'line', dir: 1 };
  private _filter = '';
  private _show: 'all' | 'ok' | 'failed' = 'all';
  private _selected: number | null = null;
  private _focused: number | null = null;

  /** The resolved rows in file order, good and bad. */
  get rows(): readonly ResolvedCallerRow[] {
    return this._rows.map((r) => r.row);
  }

  /** Line of the selected row, or null. */
  get selectedLine(): number | null {
    return this._selected;
  }

  /** Selects the row of a file line (as a click would), scrolling it into view. */
  select(line: number): void {
    const row = this._rows.find((r) => r.line === line);
    if (!row) return;
    this._selected = line;
    this._focused = line;
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent('fusion-row-select', { detail: { line, row: row.row }, bubbles: true, composed: true }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('dragover', this._onDragOver);
    this.addEventListener('dragleave', this._onDragLeave);
    this.addEventListener('drop', this._onDrop);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('dragover', this._onDragOver);
    this.removeEventListener('dragleave', this._onDragLeave);
    this.removeEventListener('drop', this._onDrop);
    super.disconnectedCallback();
  }

  private readonly _onDragOver = (e: DragEvent) => {
    e.preventDefault();
    this.toggleAttribute('dragging', true);
  };
  private readonly _onDragLeave = () => this.toggleAttribute('dragging', false);
  private readonly _onDrop = (e: DragEvent) => {
    e.preventDefault();
    this.toggleAttribute('dragging', false);
    const file = e.dataTransfer?.files?.[0];
    if (file) void this._readFile(file);
  };

  private async _readFile(file: Blob): Promise<void> {
    try {
      this.text = await textOf(await file.arrayBuffer());
    } catch (error) {
      this._fail([{ path: 'file', code: 'syntax', message: `the file could not be read: ${(error as Error).message}` }]);
    }
  }

  private async _fetch(src: string): Promise<void> {
    try {
      const response = await fetch(src);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await textOf(await response.arrayBuffer());
      if (this.src === src) this.text = text;
    } catch (error) {
      this._fail([{ path: 'src', code: 'invalid-value', message: `${src.slice(0, 80)} could not be fetched: ${(error as Error).message}` }]);
    }
  }

  private _fail(issues: readonly Issue[]): void {
    this._rows = [];
    this._fileIssues = issues;
    this.requestUpdate();
    this.dispatchEvent(errorEvent({ issues, description: null }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this._fetch(this.src);
    if (!changed.has('text') && !changed.has('format') && !changed.has('assembly') && !changed.has('_shardTick' as keyof FusionTable)) return;
    if (this.text === undefined) return;
    try {
      const format = this.format && callerFormatNames.includes(this.format as CallerFormatName) ? (this.format as CallerFormatName) : undefined;
      const assembly = normaliseAssembly(this.assembly);
      const file = readCallerFile(this.text, { format, assembly });
      if (!file) {
        this._fail([{ path: 'text', code: 'invalid-value', message: `not a caller file fusion-viz reads (${callerFormatNames.join(', ')}; recognised by its header)` }]);
        return;
      }
      this._caller = file.caller;
      this._fileIssues = [];
      this._preload(file, assembly);
      this._rows = resolveCallerFile(file, defaultAnnotation(assembly ?? 'GRCh38'), { assembly, otherAssembly: defaultAnnotation(assembly === 'GRCh37' ? 'GRCh38' : 'GRCh37') }).map(tableRow);
      this._selected = null;
      this._focused = this._rows[0]?.line ?? null;
    } catch (error) {
      this._fail([{ path: 'text', code: 'invalid-value', message: `the file could not be read: ${(error as Error).message}` }]);
    }
  }

  private _shardTick = 0;
  /** The file text (and assembly) whose shards were fetched, so a re-read does not fetch again. */
  private _preloaded = '';

  /** In a browser, fetches the shards of every gene the file names once, then resolves the rows again. */
  private _preload(file: { rows: readonly object[] }, assembly: 'GRCh38' | 'GRCh37' | undefined): void {
    const store = packStore(assembly ?? 'GRCh38');
    const key = `${assembly ?? ''}\n${this.annotationBase ?? ''}\n${this.text ?? ''}`;
    if (store.readsSync || this._preloaded === key) return;
    const genes: string[] = [];
    const accessions: string[] = [];
    for (const r of file.rows as { input?: FusionInput }[]) {
      if (!r.input) continue;
      const n = namesOf(r.input);
      genes.push(...n.genes.filter((g) => /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(g)));
      accessions.push(...n.accessions);
    }
    this._preloaded = key;
    const tick = ++this._shardTick;
    ensureNames(store, { genes: [...new Set(genes)], accessions: [...new Set(accessions)] }, annotationBase(this.annotationBase))
      .catch(() => undefined) // rows whose genes could not be loaded say so on their own
      .finally(() => {
        if (tick !== this._shardTick || this.text === undefined) return;
        this._shardTick++;
        this.requestUpdate('_shardTick' as keyof FusionTable, tick);
      });
  }

  private _visible(): TableRow[] {
    const needle = this._filter.trim().toLowerCase();
    const { key, dir } = this._sort;
    return this._rows
      .filter((r) => (this._show === 'all' ? true : this._show === 'ok' ? r.ok : !r.ok))
      .filter((r) => !needle || [r.genes, r.junction, r.frame, r.callerFrame, r.confidence, r.status, String(r.line)].some((v) => v.toLowerCase().includes(needle)))
      .sort((a, b) => {
        const x = key === 'reads' ? (a.reads ?? -1) : a[key];
        const y = key === 'reads' ? (b.reads ?? -1) : b[key];
        return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * dir || a.line - b.line;
      });
  }

  private _sortBy(key: SortKey): void {
    this._sort = { key, dir: this._sort.key === key ? ((-this._sort.dir) as 1 | -1) : 1 };
    this.requestUpdate();
  }

  private _onKey(e: KeyboardEvent, rows: readonly TableRow[], k: number): void {
    const move = (to: number) => {
      e.preventDefault();
      const row = rows[Math.max(0, Math.min(rows.length - 1, to))];
      if (!row) return;
      this._focused = row.line;
      this.requestUpdate();
      void this.updateComplete.then(() => (this.renderRoot.querySelector(`tr[data-line="${row.line}"]`) as HTMLElement | null)?.focus());
    };
    if (e.key === 'ArrowDown') move(k + 1);
    else if (e.key === 'ArrowUp') move(k - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(rows.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(rows[k]!.line);
    }
  }

  protected override render() {
    if (this._fileIssues.length > 0) {
      return html`<div part="error" class="error" role="alert">${this._fileIssues.map((i) => html`<p>${i.path}: ${i.message}</p>`)}</div>${this._controls()}`;
    }
    if (this.text === undefined) return html`<div class="empty">Drop a caller file here (Arriba, STAR-Fusion, FusionCatcher, JAFFA, CICERO, DRAGEN, VCF, FUSOR JSON), or choose one: ${this._fileButton()}</div>`;
    const rows = this._visible();
    const bad = this._rows.filter((r) => !r.ok).length;
    const focus = rows.some((r) => r.line === this._focused) ? this._focused : rows[0]?.line;
    const selected = this._rows.find((r) => r.line === this._selected);
    return html`
      ${this._controls()}
      <p class="summary" role="status">${this._caller}: ${this._rows.length} rows, ${this._rows.length - bad} drawn, ${bad} with problems; ${rows.length} shown.</p>
      <div class="scroll">
        <table part="table" aria-label="${this._caller} fusion calls">
          <thead>
            <tr>
              ${COLUMNS.map((c) => html`<th scope="col" aria-sort=${this._sort.key === c.key ? (this._sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
                <button type="button" @click=${() => this._sortBy(c.key)}>${c.label}</button></th>`)}
            </tr>
          </thead>
          <tbody>
            ${repeat(rows, (r) => r.line, (r, k) => html`
              <tr data-line=${r.line} class=${r.ok ? 'ok' : 'bad'} tabindex=${r.line === focus ? 0 : -1}
                  aria-selected=${r.line === this._selected ? 'true' : 'false'}
                  @click=${() => this.select(r.line)} @keydown=${(e: KeyboardEvent) => this._onKey(e, rows, k)}>
                <td>${r.line}</td>
                <td>${r.genes}</td>
                <td title=${r.junctionTitle}>${r.junction}</td>
                <td>${r.frame}</td>
                <td class=${r.differs ? 'differs' : ''}>${r.callerFrame}${r.differs ? html` <span aria-label="differs from the computed frame">≠</span>` : nothing}</td>
                <td title=${r.readsText}>${r.readsText}</td>
                <td>${r.confidence}</td>
                <td class="status">${r.status}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>
      <div part="detail" class="detail" aria-live="polite">${selected ? this._detail(selected) : nothing}</div>
    `;
  }

  private _detail(r: TableRow) {
    const head = html`<p><strong>Line ${r.line}</strong> · ${r.row.support}</p>`;
    if (!r.ok) return html`${head}<div class="error" role="alert">${(r.row.issues ?? []).map((i) => html`<p>${i.path}: ${i.message}</p>`)}</div>`;
    return html`${head}
      ${r.row.warnings.length > 0 ? html`<ul class="warnings">${r.row.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : nothing}
      <fusion-diagram .description=${r.row.input} .sequence=${this.sequence} .callerSequence=${diagramInputs(r.row).callerSequence} .evidence=${diagramInputs(r.row).evidence}></fusion-diagram>`;
  }

  private _controls() {
    return html`<div part="controls" class="controls">
      <label>Filter <input type="search" .value=${this._filter} @input=${(e: Event) => { this._filter = (e.target as HTMLInputElement).value; this.requestUpdate(); }} /></label>
      <label>Show
        <select @change=${(e: Event) => { this._show = (e.target as HTMLSelectElement).value as typeof this._show; this.requestUpdate(); }}>
          <option value="all" ?selected=${this._show === 'all'}>all rows</option>
          <option value="ok" ?selected=${this._show === 'ok'}>drawn</option>
          <option value="failed" ?selected=${this._show === 'failed'}>with problems</option>
        </select>
      </label>
      ${this._fileButton()}
    </div>`;
  }

  private _fileButton() {
    return html`<label>Open file <input type="file" @change=${(e: Event) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void this._readFile(f); }} /></label>`;
  }
}
