/**
 * Reading `--input FILE` at the edge: gunzip (by magic bytes, so `.vcf.gz` and misnamed files both
 * work), drop a UTF-8 BOM, then either a caller file (detected by header, or forced with --format)
 * or our JSON form (one description or an array).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { callerFormatNames, detectCallerFormat, readCallerFile } from '../formats/callers';
import type { CallerFile, CallerFormatName } from '../formats/caller-types';
import { normaliseAssembly, show } from '../formats/common';
import type { Assembly } from '../model/types';

export type InputRead =
  | { kind: 'json'; descriptions: (string | object)[]; array: boolean }
  | { kind: 'caller'; file: CallerFile };

export const INPUT_FORMATS = ['json', ...callerFormatNames] as const;

export function readFileText(path: string): string {
  const buf = readFileSync(path);
  const text = (buf[0] === 0x1f && buf[1] === 0x8b ? gunzipSync(buf) : buf).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads --input; a string is a usage error (one line, no stack). */
export function readInput(path: string, options: { format?: string; assembly?: Assembly }): InputRead | string {
  let text: string;
  try {
    text = readFileText(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a folder, not a file' : err.code === 'EACCES' ? 'permission denied' : err.message;
    return `--input ${path}: ${why}`;
  }
  const format = options.format ?? detectCallerFormat(text) ?? 'json';
  if (format !== 'json') {
    if (!callerFormatNames.includes(format as CallerFormatName)) return `--format must be one of ${INPUT_FORMATS.join(', ')}, got ${show(format)}`;
    return { kind: 'caller', file: readCallerFile(text, { format: format as CallerFormatName, assembly: options.assembly })! };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return `--input ${path}: not a caller file this version reads (${callerFormatNames.join(', ')}: detected by header) nor JSON: ${(e as Error).message.slice(0, 120)}`;
  }
  return Array.isArray(data) ? { kind: 'json', descriptions: data as (string | object)[], array: true } : { kind: 'json', descriptions: [data as object], array: false };
}

export function readAssemblyFlag(value: string | true | undefined): { assembly?: Assembly } | { error: string } {
  if (value === undefined) return {};
  const assembly = normaliseAssembly(value);
  return assembly ? { assembly } : { error: `--assembly must be GRCh38 or GRCh37 (hg38/hg19 accepted), got ${show(String(value))}` };
}

/** `--filter high,medium`: the confidence classes to keep, lower-cased; a string is a usage error. */
export function readFilterFlag(value: string | true | undefined): Set<string> | undefined | string {
  if (value === undefined) return undefined;
  const set = new Set(String(value).split(/[\s,]+/).filter(Boolean).map((s) => s.toLowerCase()));
  return set.size > 0 ? set : '--filter takes confidence classes separated by commas, e.g. high,medium';
}
