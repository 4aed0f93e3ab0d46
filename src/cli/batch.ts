/**
 * Batches in the CLI: every entry of a caller file or JSON array is resolved on its own, so a bad
 * row never stops the good ones. Exit codes (README "Batch contract", USAGE):
 *   0  every entry resolved;  1  nothing resolved (one description, or every row failed);
 *   2  usage or I/O problem (bad option, unreadable input, unwritable output);
 *   3  some rows failed and the others were written.
 */
import { defaultAnnotation } from '../annotation/bundled';
import { parseDescription } from '../formats/index';
import { isRowError, type CallerFile, type CallerRow } from '../formats/caller-types';
import { buildFusion } from '../model/fusion';
import { withJunctionSequence } from '../model/sequence';
import type { AnnotationSource, Assembly, Fusion, Issue, SequenceSet } from '../model/types';
import { toAnnotateReport } from '../model/report';
import { resolveCallerRow, type ResolvedCallerRow } from '../rows';

export const EXIT = { ok: 0, failed: 1, usage: 2, someFailed: 3 } as const;

export interface BatchEntry {
  /** `{ format, line }` for caller rows; `{ format: 'json', entry }` (1-based) for JSON arrays. */
  readonly source: { format: string; caller?: string; line?: number; lines?: readonly number[]; entry?: number };
  readonly fusion?: Fusion;
  readonly issues?: readonly Issue[];
  readonly row?: ResolvedCallerRow;
  /** Where to say it on stderr: `line 12` or `entry 3`. */
  readonly where: string;
}

let custom: AnnotationSource | undefined;

/** A run's own annotation (`--annotation FILE`), used for every entry instead of the packs. */
export function useAnnotation(source: AnnotationSource | undefined): void {
  custom = source;
}

let sequence: SequenceSet | undefined;

/** A run's sequence (`--genome`, `--transcripts`), fetched for its fusions and used for every entry. */
export function useSequence(set: SequenceSet | undefined): void {
  sequence = set;
}

/** The annotation for an entry: `--annotation FILE`, else the whole-genome pack of its assembly (GRCh38 by default). */
export function annotationFor(assembly: Assembly | undefined): AnnotationSource {
  return custom ?? defaultAnnotation(assembly ?? 'GRCh38');
}

/** The other assembly's pack, for "these positions fit GRCh37" hints (none with a run's own annotation). */
function otherFor(assembly: Assembly | undefined): AnnotationSource | undefined {
  return custom ? undefined : defaultAnnotation((assembly ?? 'GRCh38') === 'GRCh38' ? 'GRCh37' : 'GRCh38');
}

export function filterRows(file: CallerFile, keep: Set<string> | undefined): { rows: CallerRow[]; dropped: number } | string {
  if (!keep) return { rows: [...file.rows], dropped: 0 };
  const confident = file.rows.filter((r) => r.evidence?.confidence !== undefined);
  if (confident.length === 0) return `--filter: ${file.caller} rows in this file give no confidence to filter on`;
  const rows = file.rows.filter((r) => isRowError(r) || keep.has((r.evidence.confidence ?? '').toLowerCase()));
  return { rows, dropped: file.rows.length - rows.length };
}

/** Resolves every row; `progress` hears every PROGRESS_EVERY rows of a long file. */
export const PROGRESS_EVERY = 500;

export function callerEntries(file: CallerFile, rows: readonly CallerRow[], assembly: Assembly | undefined, progress?: (done: number, total: number) => void): BatchEntry[] {
  return rows.map((r, k) => {
    if (progress && k > 0 && k % PROGRESS_EVERY === 0) progress(k, rows.length);
    // A row may state its assembly (VCF headers); else the run's --assembly; else GRCh38.
    const rowAssembly = ('input' in r ? r.input.assembly : undefined) ?? assembly;
    const row = resolveCallerRow(file, r, annotationFor(rowAssembly), { assembly, otherAssembly: otherFor(rowAssembly), ...(sequence ? { sequence } : {}) });
    return {
      source: { format: file.format, caller: file.caller, line: r.line, lines: row.evidence?.lines ?? [r.line] },
      fusion: row.fusion,
      issues: row.issues,
      row,
      where: `line ${r.line}`,
    };
  });
}

export function jsonEntries(descriptions: readonly (string | object)[], assembly: Assembly | undefined): BatchEntry[] {
  return descriptions.map((d, k) => {
    const base = { source: { format: 'json', entry: k + 1 }, where: `entry ${k + 1}` };
    const parsed = parseDescription(d);
    if (!parsed.ok) return { ...base, issues: parsed.issues };
    const input = assembly && !parsed.value.assembly ? { ...parsed.value, assembly } : parsed.value;
    if (custom && input.assembly && input.assembly !== custom.assembly) {
      return { ...base, issues: [{ path: 'assembly', code: 'assembly-mismatch' as const, message: `the description is on ${input.assembly}, but --annotation is ${custom.assembly} (${custom.description}): give --assembly ${input.assembly} with it` }] };
    }
    const built = buildFusion(input, annotationFor(input.assembly), { otherAssembly: otherFor(input.assembly), ...(sequence ? { sequence } : {}), readSequence: withJunctionSequence });
    return built.ok ? { ...base, fusion: built.value } : { ...base, issues: built.issues };
  });
}

export function exitCode(entries: readonly BatchEntry[]): number {
  const bad = entries.filter((e) => !e.fusion).length;
  if (bad === 0) return EXIT.ok;
  return bad === entries.length ? EXIT.failed : EXIT.someFailed;
}

export function formatEntryIssues(e: BatchEntry, prefix = 'fusion-viz'): string {
  return (e.issues ?? []).map((i) => `${prefix}: ${e.where}: ${i.path}: ${i.message}`).join('\n');
}

/** One entry of the `annotate` array: `source` first, then the report or `error: { issues }`. */
export function entryJson(e: BatchEntry): object {
  const caller = e.row ? { caller: { support: e.row.support, frame: e.row.frame ?? null, evidence: e.row.evidence ?? null } } : {};
  if (!e.fusion) return { source: e.source, error: { issues: e.issues ?? [] }, ...caller };
  const report = toAnnotateReport(e.fusion);
  if (!e.row) return { ...report, source: e.source };
  return { source: e.source, ...report, warnings: [...new Set([...report.warnings, ...e.row.warnings])], ...caller };
}
