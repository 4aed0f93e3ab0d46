/**
 * Shared pieces of the tabular caller readers: lines with their numbers, a header read by
 * column name (never by position: callers add and move columns between versions), numbers,
 * `chr:pos:strand` breakpoints and the row issues they raise.
 */
import type { BreakpointInput, Issue, PartnerInput, Strand } from '../model/types';
import { issue, show } from './common';
import type { CallerFrame } from './caller-types';

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Lines of the file, without CR, numbered from 1 as an editor shows them. */
export function numberedLines(text: string): { line: number; text: string }[] {
  return stripBom(text)
    .split('\n')
    .map((t, i) => ({ line: i + 1, text: t.endsWith('\r') ? t.slice(0, -1) : t }));
}

export function firstLine(text: string): string {
  const t = stripBom(text);
  const end = t.indexOf('\n');
  return (end < 0 ? t : t.slice(0, end)).replace(/\r$/, '');
}

/** A row's cells by column name; `get` returns undefined for absent, empty or `.`/`NA` cells. */
export interface Cells {
  readonly line: number;
  has(column: string): boolean;
  raw(column: string): string | undefined;
  get(...columns: string[]): string | undefined;
}

const EMPTY = new Set(['', '.', 'NA', 'N/A', '-', 'nan']);

export function header(cells: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  cells.forEach((c, i) => {
    const name = c.replace(/^#/, '').trim();
    if (!index.has(name)) index.set(name, i);
  });
  return index;
}

export function cellsOf(index: Map<string, number>, values: readonly string[], line: number): Cells {
  const raw = (column: string) => {
    const i = index.get(column);
    return i === undefined ? undefined : values[i];
  };
  return {
    line,
    has: (c) => index.has(c),
    raw,
    get: (...columns) => {
      for (const c of columns) {
        const v = raw(c)?.trim();
        if (v !== undefined && !EMPTY.has(v)) return v;
      }
      return undefined;
    },
  };
}

/** Collects a row's issues; every problem is reported with the column and the value. */
export class RowIssues {
  readonly list: Issue[] = [];
  add(path: string, code: Issue['code'], message: string): undefined {
    this.list.push(issue(path, code, message));
    return undefined;
  }
  /** A required column that is missing or empty. */
  need(cells: Cells, column: string): string | undefined {
    const v = cells.get(column);
    if (v === undefined) this.add(column, 'empty', `${column} is empty on line ${cells.line}`);
    return v;
  }
}

/** A count or measure; undefined when absent; an issue when present but not a number. */
export function num(cells: Cells, column: string, issues: RowIssues): number | undefined {
  const v = cells.get(column);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) return issues.add(column, 'invalid-value', `${column} must be a number, got ${show(v)}`);
  return n;
}

/** `chr2:29223528:-`, `2:29223528:-` or `22:23632600` (strand given apart). */
export function readBreakpoint(value: string, column: string, issues: RowIssues, strand?: string): BreakpointInput | undefined {
  const m = /^((?:chr)?[A-Za-z0-9_.]+):(\d+)(?::([+-]))?$/.exec(value);
  if (!m) return issues.add(column, 'invalid-value', `${column} must look like chr2:29223528:- (chromosome:position[:strand]), got ${show(value)}`);
  const pos = Number(m[2]);
  if (pos < 1) return issues.add(column, 'invalid-value', `${column} position must be 1 or more, got ${show(value)}`);
  const s = m[3] ?? strand;
  const bp: BreakpointInput = { chrom: m[1]!, pos };
  if (s === '+' || s === '-') bp.strand = s as Strand;
  else if (s !== undefined && s !== '.') return issues.add(column, 'invalid-value', `${column} strand must be + or -, got ${show(s)}`);
  return bp;
}

/** A gene symbol the model can look up, or undefined for intergenic / multi-gene / locus names. */
export function plainGene(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  return /^[A-Za-z0-9][A-Za-z0-9.\-]*$/.test(name) ? name : undefined;
}

/** A partner located by its breakpoint; the gene is left out when it is not a plain symbol. */
export function partnerInput(gene: string | undefined, breakpoint: BreakpointInput): PartnerInput {
  const g = plainGene(gene);
  return g ? { gene: g, breakpoint } : { breakpoint };
}

export function frameCall(raw: string | undefined, inFrame: RegExp, outOfFrame: RegExp): CallerFrame | undefined {
  if (raw === undefined) return undefined;
  return { call: inFrame.test(raw) ? 'in-frame' : outOfFrame.test(raw) ? 'out-of-frame' : 'other', raw };
}

/** `1-1431` → [1, 1431]. */
export function range(value: string | undefined): readonly [number, number] | undefined {
  const m = value ? /^(\d+)-(\d+)$/.exec(value) : null;
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

export function list(value: string | undefined, separator = ','): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(separator).map((s) => s.trim()).filter((s) => s && s !== '.');
  return items.length > 0 ? items : undefined;
}

/** Drops undefined fields so rows print and compare cleanly. */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Tab-separated data rows after a header line: the skeleton every TSV reader shares. */
export function tsvRows(text: string): { index: Map<string, number>; headerLine: number; rows: Cells[] } {
  const lines = numberedLines(text);
  const h = lines.findIndex((l) => l.text.trim() !== '');
  const index = header(h < 0 ? [] : lines[h]!.text.split('\t'));
  const rows = lines
    .slice(h + 1)
    .filter((l) => l.text.trim() !== '' && !l.text.startsWith('#'))
    .map((l) => cellsOf(index, l.text.split('\t'), l.line));
  return { index, headerLine: h + 1, rows };
}
