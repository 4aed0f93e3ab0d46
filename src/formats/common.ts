/**
 * Patterns and issue helpers shared by the description formats, so that VICC text and
 * JSON accept the same gene symbols, accessions and linkers and word problems alike.
 */
import type { Assembly, Issue } from '../model/types';

/** HGNC-style symbol; lowercase is allowed because C19orf-style names contain it. */
export const GENE_SYMBOL = /^[A-Za-z0-9][A-Za-z0-9.\-]*$/;
/** RefSeq (NM_, NR_, XM_, XR_) or Ensembl (ENST) transcript, version optional. */
export const TRANSCRIPT_ACCESSION = /^(?:(?:NM|NR|XM|XR)_\d+|ENST\d+)(?:\.\d+)?$/;
export const HGNC_ID = /^hgnc:\d+$/i;
export const LINKER = /^[ACGT]+$/i;

export const VICC_EXAMPLE = 'NSF:e.1_20::ALK:e.20_29';

export function issue(path: string, code: Issue['code'], message: string): Issue {
  return { path, code, message };
}

export function fail(issues: readonly Issue[]): { ok: false; issues: readonly Issue[] } {
  return { ok: false, issues };
}

/** A value as a reader would type it: strings quoted, long objects cut short. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** `hgnc:427` whatever the case of the prefix, as the annotation records spell it. */
export function normaliseHgnc(id: string): string {
  return `hgnc:${id.slice(id.indexOf(':') + 1)}`;
}

/**
 * Checks a linker and returns it upper-cased. `hint` lets the VICC parser add why a
 * non-nucleotide word between the partners cannot be a third gene.
 */
export function readLinker(
  text: string,
  path: string,
  hint = '',
): { linker: string; issue?: undefined } | { linker?: undefined; issue: Issue } {
  if (LINKER.test(text)) return { linker: text.toUpperCase() };
  const bad = [...new Set(text.replace(/[ACGT]/gi, ''))].join('');
  return {
    issue: issue(
      path,
      'invalid-value',
      `${path} ${show(text)} is not a nucleotide sequence: it may hold only A, C, G and T, found ${show(bad)}${hint}`,
    ),
  };
}

/** `GRCh38`, `hg38`, `GRCh37`, `hg19` (any case) → the assembly name; undefined otherwise. */
export function normaliseAssembly(raw: unknown): Assembly | undefined {
  if (typeof raw !== 'string') return undefined;
  const name = raw.trim().toLowerCase();
  if (name === 'grch38' || name === 'hg38') return 'GRCh38';
  if (name === 'grch37' || name === 'hg19') return 'GRCh37';
  return undefined;
}
