/**
 * layoutCohort: Cohort → CohortLayout, pure. Every row is drawn on one residue scale, aligned
 * at the shared gene's junction (x of residue 0 = the first kept residue of a 3' shared gene, or
 * just after the last kept residue of a 5' one): the partner's kept part and domains on one
 * side, the shared gene's on the other, then the frame badge and the clinical columns.
 * Illustrative junctions are outlined dashed and carry a †.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { domainLabel } from '../model/explain';
import { filterRows, groupRows, rowFacts, sortRows, type Cohort, type CohortEntry, type CohortRow } from '../model/cohort';
import { describeCohort } from '../model/cohort-summary';
import type { DomainCall, Fusion } from '../model/types';
import { cohortFooter, cohortHeader, fieldTitle, markClass, markGroups, sharedOffset } from './cohort-header';
import type { CohortLayout, CohortLayoutOptions, CohortRowLayout, CohortSectionLayout } from './cohort-types';
import { cohortColours, cutSide, domainShape } from './domains';
import { range, textWidth } from './text';
import type { Shape } from './types';

export type * from './cohort-types';

const M = 16;
export const ROW_HEIGHT = 22;
const BAR = 10;
const MIN_WIDTH = 480;
const FRAME_W = 70;
const sideClass = (s: 'fivePrime' | 'threePrime') => (s === 'fivePrime' ? 'five-prime' : 'three-prime');

/** Short frame words for a row badge. */
export function frameShort(f: Fusion): string {
  switch (f.frame) {
    case 'in-frame': return 'in frame';
    case 'out-of-frame': return 'out of frame';
    case 'five-prime-utr': return '5′ UTR';
    case 'three-prime-non-coding': return 'non-coding';
    default: return 'unknown';
  }
}

/** Where the fusion's residues sit relative to the shared junction: fusion residue p spans [p − 1 − j, p − j]. */
function junctionResidue(cohort: Cohort, f: Fusion): number {
  const a = f.fivePrime.residues?.[1] ?? 0;
  return cohort.side === 'threePrime' ? a + f.protein.novelResidues : a;
}

/** Residue extent [lo, hi] of a row relative to the junction (out of frame: the shared gene's stretch read in the wrong frame). */
function rowExtent(cohort: Cohort, row: CohortRow, wtEnd: number): { lo: number; hi: number } {
  const f = row.fusion;
  const j = junctionResidue(cohort, f);
  if (f.frame === 'out-of-frame') return { lo: -j, hi: frameshiftEnd(cohort, f, wtEnd) };
  return { lo: -j, hi: (f.protein.length ?? j) - j };
}

/** Out of frame, the 3' part is drawn as long as its protein would run: to the shared wild type's end, or the partner's length. */
function frameshiftEnd(cohort: Cohort, f: Fusion, wtEnd: number): number {
  const start = (f.fivePrime.residues?.[1] ?? 0) + f.protein.novelResidues - junctionResidue(cohort, f);
  return cohort.side === 'threePrime' ? Math.max(wtEnd, start + 1) : start + Math.max(1, f.threePrime.transcript?.proteinLength ?? 1);
}

export interface Columns {
  readonly labelX: number;
  readonly plotX0: number;
  readonly plotX1: number;
  readonly frameX: number;
  readonly mark: { readonly field: string; readonly x: number; readonly w: number } | null;
  readonly texts: readonly { readonly field: string; readonly x: number; readonly w: number }[];
}

function columns(cohort: Cohort, width: number, entries: readonly CohortEntry[], fields: readonly string[], markField: string | null, grouped: boolean): Columns {
  // Narrow figures drop text columns (last first), then the marks, so the rows keep room to draw.
  const texts = [...fields].filter((f) => f !== markField);
  let mark = markField;
  for (;;) {
    const cols = place(cohort, width, entries, texts, mark, grouped);
    if (cols.plotX1 - cols.plotX0 >= Math.min(260, width * 0.4) || (texts.length === 0 && !mark)) return cols;
    if (texts.length > 0) texts.pop();
    else mark = null;
  }
}

function place(cohort: Cohort, width: number, entries: readonly CohortEntry[], fields: readonly string[], markField: string | null, grouped: boolean): Columns {
  let right = width - M;
  const texts: { field: string; x: number; w: number }[] = [];
  for (const field of [...fields].reverse()) {
    const values = entries.map((e) => cellText(cohort, e, field));
    const w = Math.min(field === 'domains' ? 170 : 120, Math.max(textWidth(fieldTitle(field), 9), ...values.map((v) => textWidth(v, 10)))) + 10;
    right -= w;
    texts.unshift({ field, x: right, w });
  }
  let mark: Columns['mark'] = null;
  if (markField) {
    const w = Math.max(textWidth(fieldTitle(markField), 9) + 6, ...entries.map((e) => markGroups(e.rows, markField).reduce((s, g) => s + g.w + 3, 0))) + 8;
    right -= w;
    mark = { field: markField, x: right, w };
  }
  right -= FRAME_W;
  const frameX = right;
  const labelW = Math.min(grouped ? 190 : 200, Math.max(120, width * 0.2));
  return { labelX: M, plotX0: M + labelW, plotX1: frameX - 12, frameX, mark, texts };
}

/** Short names of the partner domains a row keeps (`WD40, HELP`), for the `domains` column. */
function partnerDomainNames(cohort: Cohort, r: CohortRow): string {
  const names = [...new Set(rowFacts(cohort, r).partnerDomains.map((d) => d.name))];
  return names.join(', ') || 'none';
}

/** A text cell: the value, or for a group the distinct values with counts (`EIMT 10`). */
function cellText(cohort: Cohort, e: CohortEntry, field: string): string {
  if (field === 'domains') return partnerDomainNames(cohort, e.rows[0]!);
  const counts = new Map<string, number>();
  for (const r of e.rows) {
    const v = r.clinical[field] ?? '—';
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  if (e.rows.length === 1) return [...counts.keys()][0]!;
  return [...counts.entries()].map(([v, k]) => (k > 1 ? `${v} ${k}` : v)).join(', ');
}

/** Row label candidates, longest first: partner and junction exon, †, shared exon when it varies, count or case. */
function entryLabels(cohort: Cohort, e: CohortEntry, sharedVaries: boolean): string[] {
  const r = e.rows[0]!;
  const facts = rowFacts(cohort, r);
  const exon = facts.partnerExon !== null ? ` e${facts.partnerExon}` : '';
  const dagger = r.illustrative ? '†' : '';
  // When the shared gene breaks at different exons across the cohort, each row names its own.
  const shared = sharedVaries && facts.sharedExon !== null ? ` · ${cohort.gene} e${facts.sharedExon}` : '';
  const count = e.rows.length > 1 ? ` ×${e.rows.length}` : '';
  const who = count || (r.clinical.case !== undefined && !/^[A-Za-z]/.test(r.clinical.case) ? ` · case ${r.clinical.case}` : '');
  const g = facts.partner.gene;
  return [`${g}${exon}${dagger}${shared}${who}`, `${g}${exon}${dagger}${shared}${count}`, `${g}${dagger}${count}`];
}

function entrySummary(cohort: Cohort, e: CohortEntry, cols: Columns): string {
  const r = e.rows[0]!;
  const f = r.fusion;
  const facts = rowFacts(cohort, r);
  const kept = [f.fivePrime, f.threePrime].map((p) => (p.residues ? `${p.gene} ${range(p.residues[0], p.residues[1])}` : `${p.gene} not translated in frame`)).join(' + ');
  const cases = e.rows.length > 1 ? `${e.rows.length} fusions (${e.rows.map((x) => (x.clinical.case !== undefined ? `case ${x.clinical.case}` : x.id)).join(', ')}): ` : r.clinical.case !== undefined ? `case ${r.clinical.case}: ` : '';
  const domains = facts.partnerDomains.length ? `; ${facts.partner.gene} brings ${[...new Set(facts.partnerDomains.map((d) => (d.status === 'truncated' ? `part of ${domainLabel(d)}` : domainLabel(d))))].join(', ')}` : `; no ${facts.partner.gene} domain kept`;
  const junction = r.illustrative ? '; junction illustrative (partner only in the data)' : '';
  const clinical = [cols.mark?.field, ...cols.texts.map((t) => t.field)].filter((x): x is string => !!x)
    .map((field) => `${fieldTitle(field).toLowerCase()} ${cellText(cohort, e, field)}`).join('; ');
  return `${cases}${f.label} ${f.fivePrime.gene} exon ${f.fivePrime.exons?.[1] ?? '?'} to ${f.threePrime.gene} exon ${f.threePrime.exons?.[0] ?? '?'}, ${frameShort(f)}: ${kept}${domains}${junction}${clinical ? `; ${clinical}` : ''}.`;
}

/** `text` cut with an ellipsis to fit `width` px at `size` (the row's tooltip has it whole). */
function clipText(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const max = Math.max(1, Math.floor(width / textWidth('m', size)) - 1);
  return `${text.slice(0, max).trimEnd()}…`;
}

/** The first text that fits `width` at `size`, else the last. */
const fitting = (texts: readonly string[], width: number, size: number) => texts.find((t) => textWidth(t, size) <= width) ?? texts[texts.length - 1]!;

function domainShapes(cohort: Cohort, f: Fusion, x: ScaleLinear<number, number>, cy: number, ds: readonly DomainCall[]): Shape[] {
  const j = junctionResidue(cohort, f);
  return ds.map((d) => domainShape(d, `domain fusion ${d.status} ${sideClass(d.side)} ${cohortColours(cohort)(d)}`, x(d.fusionStart! - 1 - j), x(d.fusionEnd! - j), cy, BAR + 4, cutSide(d), {
    kind: 'domain',
    label: `${d.gene} ${domainLabel(d)}${d.status === 'truncated' ? ' (truncated)' : ''}`,
    tooltip: `${d.gene} ${d.name}${d.accession ? ` (${d.accession})` : ''} · ${d.gene} residues ${range(d.start, d.end)} · ${d.status === 'retained' ? 'kept whole' : `truncated: fusion residues ${range(d.fusionStart!, d.fusionEnd!)} kept`}`,
  }));
}

function rowShapes(cohort: Cohort, e: CohortEntry, x: ScaleLinear<number, number>, cols: Columns, width: number, wtEnd: number, sharedVaries: boolean): Shape[] {
  const r = e.rows[0]!;
  const f = r.fusion;
  const facts = rowFacts(cohort, r);
  const cy = ROW_HEIGHT / 2;
  const j = junctionResidue(cohort, f);
  const out: Shape[] = [
    { shape: 'rect', id: 'hit', className: `cohort-row-bg${r.highlight ? ' highlight' : ''}`, x: 0, y: 0, width, height: ROW_HEIGHT },
    { shape: 'text', id: 'label', className: `cohort-label${r.highlight ? ' highlight' : ''}`, x: cols.labelX, y: cy + 4, text: fitting(entryLabels(cohort, e, sharedVaries), cols.plotX0 - cols.labelX - 8, 10.5), anchor: 'start', size: 10.5 },
  ];
  const bar = (id: string, cls: string, lo: number, hi: number) =>
    out.push({ shape: 'rect', id, className: cls, x: x(lo), y: cy - BAR / 2, width: Math.max(1, x(hi) - x(lo)), height: BAR, rx: 1.5 });
  const a = f.fivePrime.residues ? f.fivePrime.residues[1] - f.fivePrime.residues[0] + 1 : 0;
  const n = f.protein.novelResidues;
  if (a > 0) bar('five-prime', 'protein-bar fusion five-prime', -j, a - j);
  if (n > 0) bar('novel', 'protein-bar fusion linker', a - j, a + n - j);
  const r3 = f.threePrime.residues;
  if (r3) bar('three-prime', 'protein-bar fusion three-prime', a + n - j, a + n + (r3[1] - r3[0] + 1) - j);
  if (f.frame === 'out-of-frame') {
    bar('frameshift', 'frameshift', a + n - j, frameshiftEnd(cohort, f, wtEnd));
  }
  out.push(...domainShapes(cohort, f, x, cy, [...facts.partnerDomains, ...facts.sharedDomains]));
  if (r.illustrative) {
    const side = cohort.side === 'threePrime' ? [-j, 0] : [0, Math.max(1, facts.partnerLength)];
    out.push({ shape: 'rect', id: 'illustrative', className: 'cohort-illustrative', x: x(side[0]!) - 2, y: cy - BAR / 2 - 4, width: x(side[1]!) - x(side[0]!) + 4, height: BAR + 8, rx: 3 });
  }
  const badge = frameShort(f);
  out.push({ shape: 'rect', id: 'frame-badge', className: `frame-badge frame-${f.frame}`, x: cols.frameX, y: cy - 7, width: FRAME_W - 8, height: 14, rx: 7 });
  out.push({ shape: 'text', id: 'frame-badge-text', className: `frame-badge-text frame-${f.frame}`, x: cols.frameX + (FRAME_W - 8) / 2, y: cy + 3, text: badge, anchor: 'middle', size: 8.5 });
  if (cols.mark) {
    let mx = cols.mark.x;
    for (const g of markGroups(e.rows, cols.mark.field)) {
      out.push({ shape: 'rect', id: `mark:${g.value}`, className: `cohort-mark ${markClass(g.value)}`, x: mx, y: cy - 7, width: g.w, height: 14, rx: 2 });
      out.push({ shape: 'text', id: `mark-text:${g.value}`, className: `cohort-mark-text ${markClass(g.value)}`, x: mx + g.w / 2, y: cy + 3, text: g.text, anchor: 'middle', size: 8.5 });
      mx += g.w + 3;
    }
  }
  for (const t of cols.texts) {
    out.push({ shape: 'text', id: `cell:${t.field}`, className: 'cohort-cell', x: t.x, y: cy + 4, text: clipText(cellText(cohort, e, t.field), t.w - 10, 10), anchor: 'start', size: 10 });
  }
  return out;
}

export function layoutCohort(cohort: Cohort, options: CohortLayoutOptions): CohortLayout {
  const width = Math.max(MIN_WIDTH, Math.round(options.width));
  const shown = filterRows(cohort, options.filter ?? []);
  const entries = groupRows(cohort, sortRows(cohort, shown, options.sortBy), options.groupBy);
  const present = (field: string) => cohort.rows.some((r) => r.clinical[field] !== undefined);
  const fields = options.fields ?? [...['bestResponse', 'histology'].filter(present), 'domains'];
  const markField = options.markField === null ? null : options.markField ?? (fields.includes('bestResponse') ? 'bestResponse' : null);
  const cols = columns(cohort, width, entries, fields, markField && fields.includes(markField) ? markField : null, options.groupBy === 'partner');
  // One residue scale for every row and the shared protein: wide enough for the longest of each side.
  const t = cohort.transcript;
  const off = sharedOffset(cohort);
  const wtLo = off;
  const wtHi = off + (t.proteinLength ?? 0);
  let lo = Math.min(wtLo, 0);
  let hi = Math.max(wtHi, 1);
  for (const e of entries) {
    const ex = rowExtent(cohort, e.rows[0]!, wtHi);
    lo = Math.min(lo, ex.lo);
    hi = Math.max(hi, ex.hi);
  }
  const x = scaleLinear().domain([lo, hi]).range([cols.plotX0, cols.plotX1]);
  const sharedVaries = new Set(shown.map((r) => rowFacts(cohort, r).sharedExon)).size > 1;
  const header = cohortHeader(cohort, shown, { x, cols, width, markField: cols.mark?.field ?? null });
  let y = header.height;
  const rows: CohortRowLayout[] = [];
  const sections: CohortSectionLayout[] = [];
  let section: string | null = null;
  for (const e of entries) {
    if (e.section !== null && e.section !== section) {
      section = e.section;
      const k = entries.filter((q) => q.section === section).reduce((s, q) => s + q.rows.length, 0);
      sections.push({ id: `section:${section}`, y, shapes: [{ shape: 'text', id: 'section-title', className: 'heading cohort-section', x: M, y: 15, text: `${fieldTitle(options.groupBy!)}: ${section} · ${k} ${k === 1 ? 'fusion' : 'fusions'}`, anchor: 'start', size: 11 }] });
      y += ROW_HEIGHT;
    }
    rows.push({
      id: e.id,
      rowIds: e.rows.map((r) => r.id),
      y,
      height: ROW_HEIGHT,
      summary: entrySummary(cohort, e, cols),
      highlight: e.rows.some((r) => r.highlight),
      illustrative: e.rows[0]!.illustrative,
      shapes: rowShapes(cohort, e, x, cols, width, wtHi, sharedVaries),
    });
    y += ROW_HEIGHT;
  }
  if (entries.length === 0) {
    sections.push({ id: 'empty', y, shapes: [{ shape: 'text', id: 'empty-text', className: 'note muted', x: width / 2, y: 15, text: 'No fusion matches the filter.', anchor: 'middle', size: 11 }] });
    y += ROW_HEIGHT;
  }
  // The junction guide runs down through every row.
  const guide: Shape = { shape: 'line', id: 'junction-guide', className: 'guide', x1: x(0), y1: header.guideTop, x2: x(0), y2: y };
  const footer = cohortFooter(cohort, shown, { width, top: y + 10, markField: cols.mark?.field ?? null });
  return {
    width,
    height: Math.ceil(footer.bottom + 4),
    title: `${cohort.gene} fusion cohort`,
    summary: describeCohort(cohort, shown),
    header: [...header.tracks, { name: 'junction-guide', shapes: [guide] }],
    sections,
    rows,
    footer: footer.tracks,
    junctionX: x(0),
    pxPerResidue: (cols.plotX1 - cols.plotX0) / (hi - lo),
  };
}
