/**
 * JSON object form of a fusion description, for callers' output and programs.
 *
 *   {
 *     "fivePrime":  { "gene": "EML4", "transcript": "NM_019063.5", "exon": 13, "offset": 0 },
 *     "threePrime": { "gene": "ALK", "exon": 20,
 *                     "breakpoint": { "chrom": "chr2", "pos": 29223528, "strand": "-" } },
 *     "linker": "ACG",            optional, A/C/G/T
 *     "evidence": "rna",          optional, "rna" | "dna"
 *     "inferred": false           optional, as VICC "(::)"
 *     "assembly": "GRCh38"        optional, "GRCh38" | "GRCh37" (hg38 / hg19 accepted); GRCh38 by default
 *   }
 *
 * Partner keys: kind ("transcript" | "gene" | "unknown"), gene, hgnc ("hgnc:427"), transcript,
 * exon (≥ 1), offset (nt along transcription from the exon boundary), segment
 * ({start, startOffset, end, endOffset}, as the VICC parser produces), breakpoint
 * ({chrom, pos ≥ 1, strand?}). A partner with neither exon nor breakpoint is gene-only.
 * Every problem is reported, not just the first, each naming its path and value.
 */
import type { BreakpointInput, FusionInput, Issue, PartnerInput, Result, Side } from '../model/types';
import {
  GENE_SYMBOL, HGNC_ID, LIMITS, exonOutOfBounds, fail, issue, normaliseAssembly, normaliseHgnc, offsetOutOfBounds, readLinker, show, stripBom,
  tooLongDescription, tooLongName,
} from './common';

const TOP_KEYS = ['fivePrime', 'threePrime', 'linker', 'evidence', 'inferred', 'assembly'];
const PARTNER_KEYS = ['kind', 'gene', 'hgnc', 'transcript', 'exon', 'offset', 'segment', 'breakpoint'];
const BREAKPOINT_KEYS = ['chrom', 'pos', 'strand'];
const SEGMENT_KEYS = ['start', 'startOffset', 'end', 'endOffset'];
const PARTNER_EXAMPLE = '{"gene": "EML4", "exon": 13}';

type JsonObject = Record<string, unknown>;

export function parseJsonDescription(input: unknown): Result<FusionInput> {
  let data = input;
  if (typeof input === 'string') {
    const long = tooLongDescription(input);
    if (long) return fail([long]);
    // A file saved with a byte-order mark: JSON.parse would reject it.
    input = stripBom(input.trimStart());
    if ((input as string).trim() === '') {
      return fail([issue('description', 'empty', `description is empty: expected e.g. {"fivePrime": ${PARTNER_EXAMPLE}, "threePrime": {"gene": "ALK", "exon": 20}}`)]);
    }
    try {
      data = JSON.parse(input as string);
    } catch (error) {
      // The parser's message may quote the text around the error: keep it to a line.
      const why = (error as Error).message;
      return fail([issue('description', 'syntax', `description is not valid JSON: ${why.length > 120 ? `${why.slice(0, 117)}...` : why}`)]);
    }
  }
  if (!isObject(data)) {
    return fail([
      issue('description', 'invalid-value', `description must be an object with fivePrime and threePrime, got ${show(data)}`),
    ]);
  }

  const issues: Issue[] = [];
  unknownKeys(data, TOP_KEYS, '', issues);
  const fivePrime = readPartner(data.fivePrime, 'fivePrime', issues);
  const threePrime = readPartner(data.threePrime, 'threePrime', issues);
  const value: Partial<FusionInput> = { fivePrime, threePrime };

  if (data.linker !== undefined && data.linker !== '') {
    if (typeof data.linker !== 'string') {
      issues.push(issue('linker', 'invalid-value', `linker must be a string of A, C, G and T, got ${show(data.linker)}`));
    } else {
      const read = readLinker(data.linker, 'linker');
      if (read.issue) issues.push(read.issue);
      else value.linker = read.linker;
    }
  }
  if (data.evidence !== undefined) {
    if (data.evidence === 'rna' || data.evidence === 'dna') value.evidence = data.evidence;
    else issues.push(issue('evidence', 'invalid-value', `evidence must be "rna" or "dna", got ${show(data.evidence)}`));
  }
  if (data.assembly !== undefined) {
    const assembly = normaliseAssembly(data.assembly);
    if (assembly) value.assembly = assembly;
    else issues.push(issue('assembly', 'invalid-value', `assembly must be "GRCh38" or "GRCh37" (or hg38, hg19), got ${show(data.assembly)}`));
  }
  if (data.inferred !== undefined) {
    if (typeof data.inferred === 'boolean') {
      if (data.inferred) value.inferred = true;
    } else {
      issues.push(issue('inferred', 'invalid-value', `inferred must be true or false, got ${show(data.inferred)}`));
    }
  }

  if (fivePrime?.kind === 'unknown' && threePrime?.kind === 'unknown') {
    issues.push(issue('description', 'invalid-value', 'both partners are unknown: at least one partner needs a gene or transcript'));
  }
  if (issues.length > 0 || !fivePrime || !threePrime) return fail(issues);
  return { ok: true, value: value as FusionInput };
}

/** Validates one partner, pushing every problem; returns undefined when it has any. */
function readPartner(raw: unknown, side: Side, issues: Issue[]): PartnerInput | undefined {
  if (raw === undefined) {
    issues.push(issue(side, 'invalid-value', `${side} is missing: expected an object such as ${PARTNER_EXAMPLE}`));
    return undefined;
  }
  if (!isObject(raw)) {
    issues.push(issue(side, 'invalid-value', `${side} must be an object such as ${PARTNER_EXAMPLE}, got ${show(raw)}`));
    return undefined;
  }
  const start = issues.length;
  const bad = (key: string, expected: string) =>
    issues.push(issue(`${side}.${key}`, 'invalid-value', `${side}.${key} must be ${expected}, got ${show(raw[key])}`));
  unknownKeys(raw, PARTNER_KEYS, side, issues);
  const p: PartnerInput = {};

  const kind = raw.kind;
  if (kind !== undefined && kind !== 'transcript' && kind !== 'gene' && kind !== 'unknown') {
    bad('kind', '"transcript", "gene" or "unknown"');
  }
  const long = (key: string) => {
    const found = typeof raw[key] === 'string' ? tooLongName(`${side}.${key}`, raw[key] as string) : undefined;
    if (found) issues.push(found);
    return found !== undefined;
  };
  if (raw.gene !== undefined && !long('gene')) {
    if (typeof raw.gene === 'string' && GENE_SYMBOL.test(raw.gene)) p.gene = raw.gene;
    else bad('gene', 'a gene symbol such as "ALK"');
  }
  if (raw.hgnc !== undefined && !long('hgnc')) {
    if (typeof raw.hgnc === 'string' && HGNC_ID.test(raw.hgnc)) p.hgnc = normaliseHgnc(raw.hgnc);
    else bad('hgnc', 'an HGNC id such as "hgnc:427"');
  }
  if (raw.transcript !== undefined && !long('transcript')) {
    // Any identifier the annotation might know is allowed; the model resolves it.
    if (typeof raw.transcript === 'string' && /^\S+$/.test(raw.transcript)) p.transcript = raw.transcript;
    else bad('transcript', 'a transcript accession such as "NM_004304.5"');
  }
  if (raw.exon !== undefined) {
    const bound = isPositiveInteger(raw.exon) ? exonOutOfBounds(`${side}.exon`, raw.exon) : undefined;
    if (bound) issues.push(bound);
    else if (isPositiveInteger(raw.exon)) p.exon = raw.exon;
    else bad('exon', 'a positive integer');
  }
  if (raw.offset !== undefined) {
    const bound = Number.isSafeInteger(raw.offset) ? offsetOutOfBounds(`${side}.offset`, raw.offset as number) : undefined;
    if (bound) issues.push(bound);
    else if (!Number.isSafeInteger(raw.offset)) bad('offset', 'an integer (nt from the exon boundary)');
    else if (raw.exon === undefined && raw.segment === undefined) {
      issues.push(issue(`${side}.offset`, 'invalid-value', `${side}.offset ${show(raw.offset)} needs ${side}.exon: an offset counts from an exon boundary`));
    } else p.offset = raw.offset as number;
  }
  if (raw.segment !== undefined) p.segment = readSegment(raw.segment, `${side}.segment`, issues);
  if (raw.breakpoint !== undefined) p.breakpoint = readBreakpoint(raw.breakpoint, `${side}.breakpoint`, issues);
  if (issues.length > start) return undefined;

  const named = p.gene !== undefined || p.transcript !== undefined;
  const located = p.exon !== undefined || p.segment !== undefined || p.breakpoint !== undefined;
  if (kind === 'unknown') {
    if (named || located || p.hgnc !== undefined) {
      issues.push(issue(`${side}.kind`, 'invalid-value', `${side}.kind is "unknown" but ${side} also names a gene, transcript or position: drop kind or those fields`));
      return undefined;
    }
    return { kind: 'unknown' };
  }
  if (!named) {
    issues.push(issue(side, 'invalid-value', `${side} needs a gene or a transcript (or "kind": "unknown"), got ${show(raw)}`));
    return undefined;
  }
  if (kind === 'gene' && located) {
    issues.push(issue(`${side}.kind`, 'invalid-value', `${side}.kind is "gene" (no junction) but ${side} gives an exon or breakpoint`));
    return undefined;
  }
  if (kind === 'transcript' && !located) {
    issues.push(issue(side, 'invalid-value', `${side}.kind is "transcript" but ${side} gives neither exon nor breakpoint`));
    return undefined;
  }
  if (!located) return { kind: 'gene', ...p };

  // The segment alone fixes the junction: its end on the 5' side, its start on the 3' side.
  if (p.segment) {
    const [exon, offset] =
      side === 'fivePrime' ? [p.segment.end, p.segment.endOffset] : [p.segment.start, p.segment.startOffset];
    if ((p.exon !== undefined && p.exon !== exon) || (p.offset !== undefined && p.offset !== offset)) {
      issues.push(
        issue(`${side}.segment`, 'invalid-value', `${side}.segment ${show(p.segment)} disagrees with ${side}.exon ${show(p.exon)} / offset ${show(p.offset)}`),
      );
      return undefined;
    }
    p.exon = exon;
    p.offset = offset;
  }
  if (p.exon !== undefined && p.offset === undefined) p.offset = 0;
  return { kind: 'transcript', ...p };
}

function readBreakpoint(raw: unknown, path: string, issues: Issue[]): BreakpointInput | undefined {
  if (!isObject(raw)) {
    issues.push(issue(path, 'invalid-value', `${path} must be an object such as {"chrom": "chr2", "pos": 29223528}, got ${show(raw)}`));
    return undefined;
  }
  const start = issues.length;
  unknownKeys(raw, BREAKPOINT_KEYS, path, issues);
  const chrom = normaliseChrom(raw.chrom);
  if (chrom === undefined) {
    issues.push(issue(`${path}.chrom`, 'invalid-value', `${path}.chrom must be a chromosome 1-22, X, Y or M, with or without "chr", got ${show(raw.chrom)}`));
  }
  if (!isPositiveInteger(raw.pos)) {
    issues.push(issue(`${path}.pos`, 'invalid-value', `${path}.pos must be a positive integer, got ${show(raw.pos)}`));
  } else if (raw.pos > LIMITS.position) {
    issues.push(issue(`${path}.pos`, 'invalid-value', `${path}.pos ${show(raw.pos)} is beyond any chromosome: at most ${LIMITS.position.toLocaleString('en-US')}`));
  }
  if (raw.strand !== undefined && raw.strand !== '+' && raw.strand !== '-') {
    issues.push(issue(`${path}.strand`, 'invalid-value', `${path}.strand must be "+" or "-", got ${show(raw.strand)}`));
  }
  if (issues.length > start || chrom === undefined) return undefined;
  const breakpoint: BreakpointInput = { chrom, pos: raw.pos as number };
  if (raw.strand !== undefined) breakpoint.strand = raw.strand as '+' | '-';
  return breakpoint;
}

function readSegment(raw: unknown, path: string, issues: Issue[]): PartnerInput['segment'] {
  if (!isObject(raw)) {
    issues.push(issue(path, 'invalid-value', `${path} must be an object such as {"start": 1, "end": 20}, got ${show(raw)}`));
    return undefined;
  }
  const start = issues.length;
  unknownKeys(raw, SEGMENT_KEYS, path, issues);
  for (const key of ['start', 'end']) {
    const value = raw[key];
    if (!isPositiveInteger(value)) issues.push(issue(`${path}.${key}`, 'invalid-value', `${path}.${key} must be a positive integer, got ${show(value)}`));
    else {
      const bound = exonOutOfBounds(`${path}.${key}`, value);
      if (bound) issues.push(bound);
    }
  }
  for (const key of ['startOffset', 'endOffset']) {
    const value = raw[key];
    if (value !== undefined && !Number.isSafeInteger(value)) {
      issues.push(issue(`${path}.${key}`, 'invalid-value', `${path}.${key} must be an integer, got ${show(value)}`));
    } else if (value !== undefined) {
      const bound = offsetOutOfBounds(`${path}.${key}`, value as number);
      if (bound) issues.push(bound);
    }
  }
  if (issues.length > start) return undefined;
  const segment = {
    start: raw.start as number,
    startOffset: (raw.startOffset as number | undefined) ?? 0,
    end: raw.end as number,
    endOffset: (raw.endOffset as number | undefined) ?? 0,
  };
  if (segment.start > segment.end) {
    issues.push(issue(path, 'invalid-value', `${path} ${show(raw)} runs backwards: start must not follow end`));
    return undefined;
  }
  return segment;
}

/** `2`, `"2"`, `"chr2"`, `"MT"` → `chr2` / `chrM`, the spelling the annotation uses; undefined when not a chromosome. */
export function normaliseChrom(raw: unknown): string | undefined {
  if (typeof raw !== 'string' && !(typeof raw === 'number' && Number.isInteger(raw))) return undefined;
  const name = String(raw).trim().replace(/^chr/i, '').toUpperCase();
  if (/^(?:[1-9]|1\d|2[0-2]|X|Y)$/.test(name)) return `chr${name}`;
  if (name === 'M' || name === 'MT') return 'chrM';
  return undefined;
}

function unknownKeys(object: JsonObject, allowed: readonly string[], parent: string, issues: Issue[]): void {
  for (const key of Object.keys(object)) {
    if (allowed.includes(key)) continue;
    // An empty (or over-long) key still gets a path that names where it is.
    const name = key === '' ? '""' : key.length > 40 ? `${key.slice(0, 37)}...` : key;
    const path = parent ? `${parent}.${name}` : key === '' ? `description.${name}` : name;
    issues.push(issue(path, 'invalid-value', `unknown key ${show(path)}: allowed keys${parent ? ` of ${parent}` : ''} are ${allowed.join(', ')}`));
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPositiveInteger(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1;
}
