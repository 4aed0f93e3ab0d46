/**
 * resolveCohort: many descriptions or cohort records in, one Cohort (rows sharing one gene) out,
 * with an issue for every row that cannot join it; the good rows always come through.
 *
 * An input item is a description (VICC text or the JSON form), or a record:
 *   { case: 14, partner: 'multiple (TPM3, MPRIP)', histology: 'IMT', bestResponse: 'CR', … }
 *   { id: 'nsf', description: 'NSF:e.1_20::ALK:e.20_29', highlight: true }
 * A record without a description names its partner(s) only: each partner becomes a row joined
 * at the shared gene's junction exon (the option, else the one most rows with a description
 * use) by the illustrative rule of src/model/illustrative.ts, and the row says so.
 */
import { defaultAnnotation } from './annotation/bundled';
import { readCallerFile, type ReadCallerOptions } from './formats/callers';
import { resolveCallerFile } from './rows';
import { parseDescription } from './formats/index';
import { buildFusion } from './model/fusion';
import { illustrativeJunction, type SharedJunction } from './model/illustrative';
import { rowFacts, type Cohort, type CohortRow } from './model/cohort';
import type { AnnotationSource, Fusion, Issue, Side } from './model/types';

export interface CohortOptions {
  /** The gene every fusion shares; detected as the gene common to all descriptions when absent (the 3' one when they share both). */
  gene?: string;
  /** Junction exon of the shared gene for partner-only records; the commonest of the descriptions when absent. */
  sharedExon?: number;
  annotation?: AnnotationSource;
}

/** Record fields with a meaning of their own; every other primitive field is clinical. */
const RESERVED = new Set(['id', 'description', 'partner', 'partners', 'highlight', 'source', 'illustrative']);

interface Pending {
  readonly path: string;
  readonly id: string;
  readonly record: Record<string, unknown> | null;
  readonly description?: string | object;
  readonly partner?: string;
}

const clip = (v: unknown) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
};

/** `"RANBP2"`, `"TPM3, MPRIP"`, `"multiple (TPM3, MPRIP, KLC1)"`, or an array → gene symbols. */
export function partnerList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String).map((s) => s.trim()).filter(Boolean);
  if (typeof value !== 'string') return [];
  const inner = value.match(/\(([^)]*)\)/)?.[1] ?? value;
  return inner.split(/[,;/]/).map((s) => s.trim()).filter(Boolean);
}

function clinicalOf(record: Record<string, unknown> | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!record) return out;
  for (const [k, v] of Object.entries(record)) {
    if (RESERVED.has(k) || v === null || v === undefined || typeof v === 'object') continue;
    out[k] = String(v);
  }
  return out;
}

const isDescriptionObject = (o: object) => 'fivePrime' in o || 'threePrime' in o;

/** Items → one pending row per description or per named partner. */
function expand(items: readonly unknown[], issues: Issue[]): Pending[] {
  const out: Pending[] = [];
  items.forEach((item, i) => {
    const path = `description[${i}]`;
    if (typeof item === 'string' || (item && typeof item === 'object' && isDescriptionObject(item))) {
      out.push({ path, id: `row-${i + 1}`, record: null, description: item as string | object });
      return;
    }
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      issues.push({ path, code: 'invalid-value', message: `expected a description or a record, got ${clip(item)}` });
      return;
    }
    const record = item as Record<string, unknown>;
    const base = record.id !== undefined ? String(record.id) : record.case !== undefined ? `case-${record.case}` : `row-${i + 1}`;
    if (record.description !== undefined) {
      out.push({ path: `${path}.description`, id: base, record, description: record.description as string | object });
      return;
    }
    const partners = partnerList(record.partners ?? record.partner);
    if (partners.length === 0) {
      issues.push({ path: `${path}.partner`, code: 'empty', message: `a record needs a description or a partner, got ${clip(record.partner ?? null)}` });
      return;
    }
    partners.forEach((p) => out.push({ path: `${path}.partner`, id: partners.length > 1 ? `${base}:${p}` : base, record, partner: p }));
  });
  return out;
}

function sharedGeneOf(fusions: readonly Fusion[]): string | null {
  let common: Set<string> | undefined;
  for (const f of fusions) {
    const genes: Set<string> = new Set([f.fivePrime, f.threePrime].filter((p) => p.known).map((p) => p.gene));
    common = common ? new Set([...common].filter((g: string) => genes.has(g))) : genes;
  }
  if (!common || common.size === 0 || common.size > 2) return null;
  // Every fusion of the same pair: the 3' partner is the shared one (the kinase of most cohorts).
  return common.size === 1 ? [...common][0]! : fusions[0]!.threePrime.gene;
}

function mode<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  for (const [v, k] of counts) if (best === null || k > counts.get(best)!) best = v;
  return best;
}

export function resolveCohort(items: readonly unknown[], options: CohortOptions = {}): { cohort: Cohort | null; issues: Issue[] } {
  const source = options.annotation ?? defaultAnnotation('GRCh38');
  const issues: Issue[] = [];
  if (!Array.isArray(items)) return { cohort: null, issues: [{ path: 'description', code: 'invalid-value', message: `expected an array of descriptions or records, got ${clip(items)}` }] };
  const pending = expand(items, issues);
  const given = new Map<Pending, Fusion>();
  for (const p of pending) {
    if (p.description === undefined) continue;
    const parsed = parseDescription(p.description);
    // Each description on the pack of its own assembly (caller files may be GRCh37), unless an annotation is given.
    const r = parsed.ok ? buildFusion(parsed.value, options.annotation ?? defaultAnnotation(parsed.value.assembly ?? 'GRCh38')) : parsed;
    if (r.ok) given.set(p, r.value);
    else issues.push(...r.issues.map((x) => ({ ...x, path: `${p.path}.${x.path}` })));
  }
  const gene = options.gene?.trim() || sharedGeneOf([...given.values()]);
  if (!gene) {
    issues.push({ path: 'gene', code: 'empty', message: given.size === 0 ? 'no description names the shared gene: set gene (e.g. gene="ALK")' : 'the descriptions share no single gene: set gene' });
    return { cohort: null, issues };
  }
  const transcript = source.transcriptsOf(gene)[0];
  if (!transcript) return { cohort: null, issues: [...issues, { path: 'gene', code: 'unknown-gene', message: `gene "${clip(gene)}" is not in the annotation (${source.description})` }] };
  const sideOf = (f: Fusion): Side | null => (f.threePrime.gene === gene ? 'threePrime' : f.fivePrime.gene === gene ? 'fivePrime' : null);
  const side: Side = mode([...given.values()].map(sideOf).filter((s): s is Side => s !== null)) ?? 'threePrime';
  const exon = options.sharedExon ?? mode([...given.values()].filter((f) => sideOf(f) === side).map((f) => rowFacts({ side }, { fusion: f } as CohortRow).sharedExon).filter((e): e is number => e !== null));
  const shared: SharedJunction | null = exon === null ? null : { gene, exon, side };
  const chosen = new Map<string, ReturnType<typeof illustrativeJunction>>();
  const rows: CohortRow[] = [];
  const ids = new Set<string>();
  for (const p of pending) {
    let fusion = given.get(p) ?? null;
    let illustrative = false;
    if (p.description !== undefined && !fusion) continue; // already reported
    if (p.partner !== undefined) {
      if (!shared) {
        issues.push({ path: p.path, code: 'empty', message: `${clip(p.partner)}: no junction given and no ${gene} exon to join it at: set sharedExon or give descriptions` });
        continue;
      }
      if (!chosen.has(p.partner)) chosen.set(p.partner, source.transcriptsOf(p.partner)[0] ? illustrativeJunction(p.partner, shared, source) : null);
      const c = chosen.get(p.partner);
      if (!c) {
        const known = source.transcriptsOf(p.partner)[0];
        issues.push({ path: p.path, code: known ? 'invalid-value' : 'unknown-gene', message: known ? `${p.partner}: no exon boundary joins ${gene} exon ${shared.exon} in frame` : `partner "${clip(p.partner)}" is not in the annotation` });
        continue;
      }
      fusion = c.fusion;
      illustrative = true;
    }
    if (!fusion) continue;
    if (sideOf(fusion) !== side) {
      issues.push({ path: p.path, code: 'gene-mismatch', message: `${fusion.label} ${sideOf(fusion) ? `has ${gene} on the other side` : `does not include ${gene}`}: the cohort draws ${gene} as the ${side === 'threePrime' ? "3'" : "5'"} partner` });
      continue;
    }
    let id = p.id;
    for (let k = 2; ids.has(id); k++) id = `${p.id}~${k}`;
    ids.add(id);
    const r = p.record;
    const description = p.description ?? fusion.nomenclature;
    const note = illustrative ? `Illustrative junction: the data give the partner only; ${fusion.fivePrime.gene} exon ${fusion.fivePrime.exons?.[1]} to ${fusion.threePrime.gene} exon ${fusion.threePrime.exons?.[0]} is an in-frame exon boundary chosen by rule.` : null;
    rows.push({
      id,
      fusion,
      description,
      illustrative: illustrative || r?.illustrative === true,
      source: typeof r?.source === 'string' ? r.source : note,
      clinical: clinicalOf(r),
      highlight: r?.highlight === true,
    });
  }
  return { cohort: rows.length > 0 ? { gene, side, transcript, rows } : null, issues };
}

/**
 * Cohort records from a caller file (any format the readers know): one record per row that
 * resolves, its description the row's resolved input, with `line` and the caller's `confidence`
 * as fields; rows that do not resolve are issues naming their line.
 */
export function cohortRecordsFromCallerFile(text: string, options: ReadCallerOptions = {}): { records: object[]; issues: Issue[]; caller: string | null } {
  const file = readCallerFile(text, options);
  if (!file) return { records: [], issues: [{ path: 'text', code: 'invalid-value', message: 'not a caller file fusion-viz reads (recognised by its header)' }], caller: null };
  const records: object[] = [];
  const issues: Issue[] = [];
  for (const r of resolveCallerFile(file, defaultAnnotation(options.assembly ?? 'GRCh38'), { assembly: options.assembly })) {
    if (r.fusion && r.input) records.push({ description: r.input, case: `line ${r.line}`, line: r.line, ...(r.evidence?.confidence ? { confidence: r.evidence.confidence } : {}) });
    else issues.push(...(r.issues ?? []).map((i) => ({ ...i, path: `line ${r.line}.${i.path}` })));
  }
  return { records, issues, caller: file.caller };
}
