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

/**
 * Input bounds, each far above any real fusion (README "Input limits"): a value beyond one is
 * rejected, naming the field, before it can fill an error message, a figure or an export.
 */
export const LIMITS = {
  /** Characters of a description given as text (VICC or JSON). */
  descriptionLength: 10_000,
  /** Characters of a gene symbol, transcript accession or HGNC id. */
  nameLength: 64,
  /** Nucleotides of a linker sequence between the partners. */
  linkerLength: 1_000,
  /** Highest exon number (well above any human transcript's exon count). */
  exon: 1_000,
  /** Largest |offset| from an exon boundary, in nt (above the longest human intron). */
  offset: 10_000_000,
  /** Highest genomic position (above the longest human chromosome). */
  position: 1_000_000_000,
} as const;

// As toLocaleString('en-US') writes integers, without loading ICU on the first call (src/model/thousands.ts).
const count = (n: number) => (Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : n.toLocaleString('en-US'));

/** A UTF-8 byte-order mark a file or a copied text may begin with: not part of the description. */
export const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** An issue when description text is longer than LIMITS.descriptionLength, quoting its start only. */
export function tooLongDescription(text: string): Issue | undefined {
  if (text.length <= LIMITS.descriptionLength) return undefined;
  return issue('description', 'invalid-value', `description is ${count(text.length)} characters long, more than the ${count(LIMITS.descriptionLength)} allowed: ${show(text)}`);
}

/** An issue when a gene symbol, accession or id is longer than LIMITS.nameLength. */
export function tooLongName(path: string, text: string): Issue | undefined {
  if (text.length <= LIMITS.nameLength) return undefined;
  return issue(path, 'invalid-value', `${path} is ${count(text.length)} characters long, more than the ${LIMITS.nameLength} a gene symbol or accession may have: ${show(text)}`);
}

/** An issue when an exon number is above LIMITS.exon (`raw` as written, for the message). */
export function exonOutOfBounds(path: string, exon: number, raw: unknown = exon): Issue | undefined {
  if (exon <= LIMITS.exon) return undefined;
  return issue(path, 'invalid-value', `${path} ${show(typeof raw === 'string' ? raw : exon)} is not an exon number: at most ${count(LIMITS.exon)}`);
}

/** An issue when an offset's size is above LIMITS.offset (`raw` as written, for the message). */
export function offsetOutOfBounds(path: string, offset: number, raw: unknown = offset): Issue | undefined {
  if (Math.abs(offset) <= LIMITS.offset) return undefined;
  return issue(path, 'invalid-value', `${path} ${show(typeof raw === 'string' ? raw : offset)} is too far from the exon boundary: at most ${count(LIMITS.offset)} nt either way`);
}

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
  if (text.length > LIMITS.linkerLength) {
    return { issue: issue(path, 'invalid-value', `${path} is ${count(text.length)} nt long, more than the ${count(LIMITS.linkerLength)} nt allowed: ${show(text)}`) };
  }
  if (LINKER.test(text)) return { linker: text.toUpperCase() };
  const bad = [...new Set(text.replace(/[ACGT]/gi, ''))].join('').slice(0, 20);
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
