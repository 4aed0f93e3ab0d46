/**
 * A cohort: many resolved fusions that share one gene (e.g. the review's 33 ALK-fusion
 * sarcomas), each row with its clinical fields. Pure: facts per row, filter, sort and group
 * (never mutating the caller's rows). Geometry is src/layout/cohort.ts; the words are
 * cohort-summary.ts.
 */
import type { DomainCall, Fusion, Issue, PartnerResolved, Side, TranscriptRecord } from './types';

export interface CohortRow {
  /** Stable id, e.g. `case-14:KLC1`; unique in the cohort. */
  readonly id: string;
  readonly fusion: Fusion;
  /** The description the row was resolved from (for its full `<fusion-diagram>`). */
  readonly description: string | object;
  /** True when the data gives the partner only and the junction was chosen by the illustrative rule. */
  readonly illustrative: boolean;
  /** Where the junction comes from, in words, when known. */
  readonly source: string | null;
  /** Clinical and other fields of the record, as text (`bestResponse: 'PR'`, `histology: 'EIMT'`). */
  readonly clinical: Readonly<Record<string, string>>;
  /** Drawn emphasised (e.g. the founding NSF::ALK case). */
  readonly highlight: boolean;
}

export interface Cohort {
  /** The gene every row shares. */
  readonly gene: string;
  /** Its side in the fusions (the same for every row). */
  readonly side: Side;
  readonly transcript: TranscriptRecord;
  readonly rows: readonly CohortRow[];
}

/** What a row brings, read off its fusion. */
export interface RowFacts {
  readonly partner: PartnerResolved;
  readonly shared: PartnerResolved;
  /** Junction exon of the shared gene (3' side: first kept; 5' side: last kept), null without a junction. */
  readonly sharedExon: number | null;
  readonly partnerExon: number | null;
  /** Residues of the partner kept in the fusion protein, 0 when none. */
  readonly partnerLength: number;
  readonly partnerDomains: readonly DomainCall[];
  readonly sharedDomains: readonly DomainCall[];
}

export const otherSide = (s: Side): Side => (s === 'fivePrime' ? 'threePrime' : 'fivePrime');

export function rowFacts(cohort: Pick<Cohort, 'side'>, row: CohortRow): RowFacts {
  const f = row.fusion;
  const shared = f[cohort.side];
  const partner = f[otherSide(cohort.side)];
  const junctionExon = (p: PartnerResolved) => (p.exons ? (p.side === 'threePrime' ? p.exons[0] : p.exons[1]) : null);
  const kept = (side: Side) => f.domains.filter((d) => d.side === side && d.status !== 'lost' && d.fusionStart !== null);
  return {
    partner,
    shared,
    sharedExon: junctionExon(shared),
    partnerExon: junctionExon(partner),
    partnerLength: partner.residues ? partner.residues[1] - partner.residues[0] + 1 : 0,
    partnerDomains: kept(partner.side),
    sharedDomains: kept(shared.side),
  };
}

// ------------------------------------------------------------------ filter

/** Fields a filter, sort or group can name besides the clinical ones. */
export const BUILTIN_FIELDS = ['partner', 'breakpoint', 'frame', 'junction', 'kept'] as const;

/** The value of `field` for a row, as text (`breakpoint`: the shared gene's junction exon). */
export function fieldValue(cohort: Pick<Cohort, 'side'>, row: CohortRow, field: string): string {
  const facts = rowFacts(cohort, row);
  switch (field) {
    case 'partner': return facts.partner.gene;
    case 'breakpoint': return facts.sharedExon === null ? '' : `exon ${facts.sharedExon}`;
    case 'frame': return row.fusion.frame;
    case 'junction': return row.illustrative ? 'illustrative' : 'given';
    case 'kept': return String(facts.partnerLength);
    default: return row.clinical[field] ?? '';
  }
}

export interface FilterClause {
  readonly field: string;
  /** Accepted values, compared case-insensitively. */
  readonly values: readonly string[];
}

/**
 * `"bestResponse=PR|CR; partner=EML4"`: clauses separated by `;`, values by `|` or `,`; a row is
 * kept when every clause matches. An unknown field is an issue naming it, not an empty figure.
 */
export function parseFilter(text: string | null | undefined, known: readonly string[]): { clauses: FilterClause[]; issues: Issue[] } {
  const clauses: FilterClause[] = [];
  const issues: Issue[] = [];
  for (const part of (text ?? '').split(';').map((p) => p.trim()).filter(Boolean)) {
    const m = part.match(/^([A-Za-z][\w-]*)\s*(?:=|:)\s*(.+)$/);
    if (!m) {
      issues.push({ path: 'filter', code: 'syntax', message: `expected field=value, got "${part.slice(0, 60)}"` });
      continue;
    }
    const field = m[1]!;
    if (!known.includes(field)) {
      issues.push({ path: 'filter', code: 'invalid-value', message: `unknown field "${field}": expected one of ${known.join(', ')}` });
      continue;
    }
    clauses.push({ field, values: m[2]!.split(/[|,]/).map((v) => v.trim().toLowerCase()).filter(Boolean) });
  }
  return { clauses, issues };
}

export function filterRows(cohort: Cohort, clauses: readonly FilterClause[]): CohortRow[] {
  return cohort.rows.filter((r) => clauses.every((c) => c.values.includes(fieldValue(cohort, r, c.field).toLowerCase())));
}

// ------------------------------------------------------------------ sort and group

/** Best responses in their clinical order (RECIST, then the review's other entries); others sort after, by text. */
const RESPONSE_ORDER = ['CR', 'PR', 'SD', 'PD', 'ADJUVANT', 'NA'];

function compareField(field: string, a: string, b: string): number {
  if (field === 'kept') return Number(b) - Number(a); // longest partner part first
  if (field === 'breakpoint') return (Number(a.replace(/\D/g, '')) || 0) - (Number(b.replace(/\D/g, '')) || 0);
  if (field === 'bestResponse') {
    const rank = (v: string) => (RESPONSE_ORDER.indexOf(v.toUpperCase()) + 1 || RESPONSE_ORDER.length + 1);
    return rank(a) - rank(b) || a.localeCompare(b);
  }
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return a.localeCompare(b, 'en', { numeric: true });
}

/** A new array sorted by `field` (stable: ties keep the input order); `input` or absent keeps the order. */
export function sortRows(cohort: Cohort, rows: readonly CohortRow[], field: string | null | undefined): CohortRow[] {
  if (!field || field === 'input') return [...rows];
  return rows.map((r, i) => ({ r, i, v: fieldValue(cohort, r, field) }))
    .sort((p, q) => compareField(field, p.v, q.v) || p.i - q.i)
    .map((x) => x.r);
}

/** One drawn row: a single fusion, or several identical fusions of one partner (grouped by partner). */
export interface CohortEntry {
  /** The row's id, or `partner:<nomenclature>` for a group. */
  readonly id: string;
  readonly rows: readonly CohortRow[];
  /** Section the entry belongs to when grouped by a field (`PR`, `exon 20`), else null. */
  readonly section: string | null;
}

/**
 * `partner`: rows with the same fusion (same nomenclature) merge into one counted entry, in the
 * order of their first row. Any other field: one entry per row, in sections by that field's value
 * (in the field's sort order). Absent or `none`: one entry per row.
 */
export function groupRows(cohort: Cohort, rows: readonly CohortRow[], groupBy: string | null | undefined): CohortEntry[] {
  if (!groupBy || groupBy === 'none') return rows.map((r) => ({ id: r.id, rows: [r], section: null }));
  if (groupBy === 'partner') {
    const groups = new Map<string, CohortRow[]>();
    for (const r of rows) {
      const key = r.fusion.nomenclature;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    return [...groups.entries()].map(([key, rs]) => ({ id: rs.length === 1 ? rs[0]!.id : `partner:${key}`, rows: rs, section: null }));
  }
  const sorted = sortRows(cohort, rows, groupBy);
  return sorted.map((r) => ({ id: r.id, rows: [r], section: fieldValue(cohort, r, groupBy) || 'not given' }));
}
