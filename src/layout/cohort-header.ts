/**
 * The cohort figure's header (the shared gene's protein once, on the rows' residue scale, with
 * its domains and the stretch every in-frame row keeps; the strip of the shared gene's junction
 * exons with counts; the residue axis; column heads) and its footer (legend, provenance).
 */
import type { ScaleLinear } from 'd3-scale';
import { domainLabel } from '../model/explain';
import { rowFacts, type Cohort, type CohortRow } from '../model/cohort';
import { countCohort } from '../model/cohort-summary';
import type { Columns } from './cohort';
import { cohortColours, domainOutline } from './domains';
import { formatInt, placeLabels, range, textWidth, wrap, type Box } from './text';
import type { Shape, Track } from './types';

const M = 16;
const sideClass = (s: 'fivePrime' | 'threePrime') => (s === 'fivePrime' ? 'five-prime' : 'three-prime');

function modeOf(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  for (const v of values) {
    counts.set(v, (counts.get(v) ?? 0) + 1);
    if (best === null || counts.get(v)! > counts.get(best)!) best = v;
  }
  return best;
}

/**
 * Offset putting shared-gene residue r at [off + r − 1, off + r] on the rows' scale: the
 * commonest kept end of the shared gene sits on the junction (0).
 */
export function sharedOffset(cohort: Cohort): number {
  const kept = cohort.rows.map((r) => rowFacts(cohort, r).shared.residues).filter((x): x is readonly [number, number] => x !== null);
  if (cohort.side === 'threePrime') return 1 - (modeOf(kept.map((k) => k[0])) ?? 1);
  return -(modeOf(kept.map((k) => k[1])) ?? cohort.transcript.proteinLength ?? 0);
}

// ------------------------------------------------------------------ clinical marks

const MARK_ORDER = ['CR', 'PR', 'SD', 'PD'];
/** Words for the RECIST codes of the legend; other values are shown as given. */
const MARK_WORDS: Record<string, string> = { CR: 'complete remission', PR: 'partial remission', SD: 'stable disease', PD: 'progressive disease', NA: 'not available', '—': 'not given' };

export const markClass = (value: string) => (MARK_ORDER.includes(value.toUpperCase()) ? `mark-${value.toLowerCase()}` : 'mark-other');

/** The marks of an entry: one per distinct value (with its count in a group), RECIST order first. */
export function markGroups(rows: readonly CohortRow[], field: string): { value: string; text: string; w: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const v = r.clinical[field] ?? '—';
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const rank = (v: string) => (MARK_ORDER.indexOf(v.toUpperCase()) + 1 || MARK_ORDER.length + 1);
  return [...counts.entries()].sort((a, b) => rank(a[0]) - rank(b[0])).map(([value, k]) => {
    const text = rows.length > 1 ? `${value} ${k}` : value;
    return { value, text, w: textWidth(text, 8.5) + 6 };
  });
}

// ------------------------------------------------------------------ header

export function cohortHeader(cohort: Cohort, rows: readonly CohortRow[], o: { x: ScaleLinear<number, number>; cols: Columns; width: number; markField: string | null }): { tracks: Track[]; height: number; guideTop: number } {
  const { x, cols } = o;
  const t = cohort.transcript;
  const g = cohort.gene;
  const cls = sideClass(cohort.side);
  const counts = countCohort(cohort, rows);
  const off = sharedOffset(cohort);
  const len = t.proteinLength ?? 0;
  const protein: Shape[] = [];
  const taken: Box[] = [];
  const fusions = `${rows.length} ${rows.length === 1 ? 'fusion' : 'fusions'}`;
  const partners = `${counts.partners.length} ${counts.partners.length === 1 ? 'partner' : 'partners'}`;
  const title = [
    `${g} ${t.accession} · ${formatInt(len)} aa · ${fusions} with ${partners}, aligned at the ${g} junction`,
    `${g} ${t.accession} · ${formatInt(len)} aa · ${fusions} with ${partners}`,
    `${g} · ${fusions} · ${partners}`,
  ].find((x) => textWidth(x, 12) <= o.width - 2 * M) ?? `${g} · ${fusions}`;
  protein.push({ shape: 'text', id: 'cohort-title', className: `heading ${cls}`, x: M, y: 14, text: title, anchor: 'start', size: 12 });
  const wy = 44;
  if (counts.keptByAll) {
    const [a, b] = counts.keptByAll;
    protein.push({ shape: 'rect', id: 'kept-by-all', className: `retained-span ${cls}`, x: x(off + a - 1), y: wy - 12, width: x(off + b) - x(off + a - 1), height: 24 });
    const text = `${g} ${range(a, b)} kept by ${counts.inFrame === counts.fusions ? 'all' : `all ${counts.inFrame} in-frame`}`;
    protein.push(...placeLabels([0], () => ([[x(off + a - 1), 'start'], [x(off + b), 'end']] as const).map(([ax, anchor]) => ({ id: 'kept-by-all-label', className: `partner-label ${cls}`, x: ax, y: wy - 15, text, anchor, size: 10 })), { minX: cols.plotX0, maxX: cols.plotX1 }, taken));
  }
  protein.push({ shape: 'text', id: 'shared-label', className: `partner-label ${cls}`, x: M, y: wy + 4, text: `${g} (wild type)`, anchor: 'start', size: 10.5 });
  if (len > 0) protein.push({ shape: 'rect', id: 'shared-wild-type', className: 'protein-bar wild-type', x: x(off), y: wy - 5, width: x(off + len) - x(off), height: 10, rx: 2 });
  const kept = new Set(rows.flatMap((r) => rowFacts(cohort, r).sharedDomains.map((d) => `${d.accession ?? d.name}:${d.start}`)));
  for (const d of t.domains) {
    const key = `${d.accession ?? d.name}:${d.start}`;
    const k = rows.filter((r) => rowFacts(cohort, r).sharedDomains.some((s) => `${s.accession ?? s.name}:${s.start}` === key && s.status === 'retained')).length;
    const x0 = x(off + d.start - 1);
    const w = Math.max(1.5, x(off + d.end) - x0);
    protein.push({
      shape: 'rect', id: `${g}:domain:${key}`, className: `domain wild-type ${kept.has(key) ? 'retained' : 'lost'} ${cohortColours(cohort)(d)}`, x: x0, y: wy - 7, width: w, height: 14, rx: 2,
      feature: { kind: 'domain', label: `${g} ${domainLabel(d)}`, tooltip: `${g} ${d.name}${d.accession ? ` (${d.accession})` : ''} · residues ${range(d.start, d.end)} · kept whole in ${k} of ${rows.length} · source ${d.source}` },
    });
    if (textWidth(domainLabel(d), 9) + 6 <= w) protein.push({ shape: 'text', id: `${g}:domain-label:${key}`, className: 'domain-label inside', x: x0 + w / 2, y: wy + 3, text: domainLabel(d), anchor: 'middle', size: 9 });
  }
  // The shared gene's junction exons across the cohort, one cell per exon, with counts.
  const strip: Shape[] = [];
  const sy = 76;
  const n = t.exons.length;
  const cw = Math.min(16, (cols.plotX1 - cols.plotX0) / n);
  strip.push({ shape: 'text', id: 'strip-label', className: 'axis-label', x: M, y: sy + 4, text: `${g} junction exon`, anchor: 'start', size: 10 });
  const byExon = new Map(counts.breakpoints);
  for (let k = 1; k <= n; k++) {
    const c = byExon.get(k) ?? 0;
    const cx = cols.plotX0 + (k - 1) * cw;
    strip.push({
      shape: 'rect', id: `${g}:exon:${k}`, className: `exon ${c > 0 ? cls : 'lost'}`, x: cx, y: sy - 5, width: Math.max(1, cw - 1), height: 10,
      feature: { kind: 'exon', label: `${g} exon ${k}`, tooltip: `${g} exon ${k}: the junction exon of ${c} of ${rows.length} ${rows.length === 1 ? 'fusion' : 'fusions'}` },
    });
    if (c > 0) strip.push({ shape: 'text', id: `strip-count:${k}`, className: 'axis-label', x: cx + cw / 2, y: sy - 8, text: `${formatInt(c)}`, anchor: 'middle', size: 8 });
    if (c > 0 || k === 1 || k === n) strip.push({ shape: 'text', id: `strip-exon:${k}`, className: 'axis-label muted', x: cx + cw / 2, y: sy + 15, text: `${k}`, anchor: 'middle', size: 7.5 });
  }
  // Residue axis: distance from the junction, in residues.
  const axis: Shape[] = [];
  const ay = 108;
  const [lo, hi] = x.domain() as [number, number];
  axis.push({ shape: 'line', id: 'axis', className: 'axis', x1: x(lo), y1: ay, x2: x(hi), y2: ay });
  for (const v of x.ticks(Math.max(2, Math.floor((cols.plotX1 - cols.plotX0) / 80)))) {
    axis.push({ shape: 'line', id: `tick:${v}`, className: 'axis tick', x1: x(v), y1: ay - 3, x2: x(v), y2: ay + 3 });
    axis.push({ shape: 'text', id: `tick-label:${v}`, className: 'axis-label', x: x(v), y: ay - 6, text: v === 0 ? 'junction' : formatInt(Math.abs(v)), anchor: 'middle', size: 8.5 });
  }
  axis.push({ shape: 'text', id: 'axis-title', className: 'axis-label', x: M, y: ay + 3, text: 'residues from junction', anchor: 'start', size: 9 });
  const hy = 128;
  const heads: Shape[] = [
    { shape: 'text', id: 'head:partner', className: 'column-head', x: M, y: hy, text: 'Partner, junction exon', anchor: 'start', size: 9 },
    { shape: 'text', id: 'head:partner-side', className: 'column-head', x: x(0) - 4, y: hy, text: cohort.side === 'threePrime' ? '← partner' : `← ${g}`, anchor: 'end', size: 9 },
    { shape: 'text', id: 'head:shared-side', className: 'column-head', x: x(0) + 4, y: hy, text: cohort.side === 'threePrime' ? `${g} →` : 'partner →', anchor: 'start', size: 9 },
    { shape: 'text', id: 'head:frame', className: 'column-head', x: cols.frameX, y: hy, text: 'Frame', anchor: 'start', size: 9 },
  ];
  if (cols.mark) heads.push({ shape: 'text', id: `head:${cols.mark.field}`, className: 'column-head', x: cols.mark.x, y: hy, text: fieldTitle(cols.mark.field), anchor: 'start', size: 9 });
  for (const c of cols.texts) heads.push({ shape: 'text', id: `head:${c.field}`, className: 'column-head', x: c.x, y: hy, text: fieldTitle(c.field), anchor: 'start', size: 9 });
  return {
    tracks: [{ name: 'shared-protein', shapes: protein }, { name: 'exon-strip', shapes: strip }, { name: 'axis', shapes: axis }, { name: 'column-heads', shapes: heads }],
    height: hy + 6,
    guideTop: wy + 8,
  };
}

const FIELD_TITLES: Record<string, string> = { bestResponse: 'Best response', histology: 'Histology', case: 'Case', status: 'Status', domains: 'Partner domains' };
/** Column title of a record field: `bestResponse` → `Best response`. */
export const fieldTitle = (field: string) => FIELD_TITLES[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

// ------------------------------------------------------------------ footer

export function cohortFooter(cohort: Cohort, rows: readonly CohortRow[], o: { width: number; top: number; markField: string | null }): { tracks: Track[]; bottom: number } {
  const g = cohort.gene;
  const partnerCls = sideClass(cohort.side === 'threePrime' ? 'fivePrime' : 'threePrime');
  const items: { cls: string; text: string; kind: 'rect' | 'torn' | 'outline' | 'mark'; mark?: string }[] = [
    { cls: partnerCls, text: 'partner (kept part)', kind: 'rect' },
    { cls: sideClass(cohort.side), text: `${g} (kept part)`, kind: 'rect' },
  ];
  if (rows.some((r) => r.fusion.protein.novelResidues > 0)) items.push({ cls: 'linker', text: 'new residues at the junction', kind: 'rect' });
  if (rows.some((r) => r.fusion.frame === 'out-of-frame')) items.push({ cls: 'frameshift', text: `frameshift (${g} not read in frame)`, kind: 'rect' });
  if (rows.some((r) => r.fusion.domains.some((d) => d.status === 'truncated'))) items.push({ cls: 'truncated', text: 'truncated domain', kind: 'torn' });
  if (rows.some((r) => r.illustrative)) items.push({ cls: 'cohort-illustrative', text: '† illustrative junction (partner only in the data)', kind: 'outline' });
  if (rows.some((r) => r.highlight)) items.push({ cls: 'cohort-row-bg highlight', text: 'highlighted case', kind: 'rect' });
  if (o.markField) {
    const values = markGroups(rows, o.markField).map((m) => m.value);
    for (const v of values) items.push({ cls: markClass(v), text: MARK_WORDS[v.toUpperCase()] ?? v, kind: 'mark', mark: v });
  }
  const shapes: Shape[] = [];
  let x = M;
  let y = o.top + 6;
  for (const [i, it] of items.entries()) {
    const sw = it.kind === 'mark' ? textWidth(it.mark!, 8.5) + 6 : 12;
    const w = sw + 4 + textWidth(it.text, 10) + 16;
    if (x + w > o.width - M && x > M) {
      x = M;
      y += 18;
    }
    const id = `legend:${i}`;
    if (it.kind === 'torn') shapes.push({ shape: 'path', id, className: `legend-swatch ${it.cls}`, d: domainOutline(x, x + 12, y + 5, 10, 'right') });
    else if (it.kind === 'mark') {
      shapes.push({ shape: 'rect', id, className: `cohort-mark ${it.cls}`, x, y: y - 2, width: sw, height: 14, rx: 2 });
      shapes.push({ shape: 'text', id: `${id}:code`, className: `cohort-mark-text ${it.cls}`, x: x + sw / 2, y: y + 8, text: it.mark!, anchor: 'middle', size: 8.5 });
    } else shapes.push({ shape: 'rect', id, className: it.kind === 'outline' ? it.cls : `legend-swatch ${it.cls}`, x, y, width: 12, height: 10, rx: 2 });
    shapes.push({ shape: 'text', id: `${id}:text`, className: 'legend-text', x: x + sw + 4, y: y + 9, text: it.text, anchor: 'start', size: 10 });
    x += w;
  }
  y += 26;
  const t = cohort.transcript;
  const assembly = rows[0]?.fusion.annotation.assembly ?? '';
  const source = rows[0]?.fusion.annotation.source ?? '';
  const lines = [
    `${assembly} · ${g} ${t.accession}${t.mane ? ' (MANE Select)' : ''} · kept residues, domains and frame computed from the annotation; junction exons from the inputs`,
    ...(rows.some((r) => r.illustrative) ? [`† Illustrative: the data name the partner only; the junction is the in-frame exon boundary keeping the most whole partner domains.`] : []),
    `Annotation: ${source}`,
  ];
  const notes: Shape[] = [];
  lines.forEach((line, i) => wrap(line, o.width - 2 * M, 9.5).forEach((part, k) => {
    notes.push({ shape: 'text', id: `footer:${i}:${k}`, className: 'footer-text', x: M, y, text: part, anchor: 'start', size: 9.5 });
    y += 13;
  }));
  return { tracks: [{ name: 'cohort-legend', shapes }, { name: 'cohort-footer', shapes: notes }], bottom: y };
}
