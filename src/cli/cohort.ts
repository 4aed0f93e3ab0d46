/**
 * `fusion-viz render --cohort`: many fusions of one gene on one figure, through the same
 * resolveCohort → layoutCohort → cohortSvgDocument path as `<fusion-cohort>`'s toSVG().
 *
 *   fusion-viz render --cohort --input cases.json -o cohort.svg [--gene ALK] [--shared-exon 20]
 *                     [--group-by partner] [--sort-by kept] [--filter 'bestResponse=CR|PR'] [--fields 'bestResponse histology']
 *
 * cases.json: an array of descriptions or records, or an object with such an array in `cases`
 * (the review table's shape). Rows that cannot be drawn are reported on stderr (exit code 1);
 * the figure is still written with the good ones.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cohortRecordsFromCallerFile, resolveCohort } from '../api-cohort';
import { stripBom } from '../formats/common';
import type { Issue } from '../model/types';
import { layoutCohort } from '../layout/cohort';
import { BUILTIN_FIELDS, parseFilter } from '../model/cohort';
import { cohortSvgDocument } from '../render/cohort';
import { LightDOMParser } from '../render/light-dom';
import { parseArgs, type CliIO } from './main';
import { EXIT_UNAVAILABLE, loadResvg, MissingDependencyError } from './optional';
import { svgToPngNode } from './render';

const VALUED = new Set(['input', 'o', 'output', 'width', 'theme', 'format', 'scale', 'gene', 'shared-exon', 'group-by', 'sort-by', 'filter', 'fields']);

function fail(io: CliIO, message: string, code = 2): number {
  io.err(`fusion-viz render --cohort: ${message}\n`);
  return code;
}

/** The items of a cohort file: an array, or the array under `cases` / `rows`. */
export function cohortItems(data: unknown): unknown[] | string {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') {
    for (const key of ['cases', 'rows', 'fusions']) {
      const v = (data as Record<string, unknown>)[key];
      if (Array.isArray(v)) return v;
    }
  }
  return 'expected a JSON array of descriptions or records, or an object with one in "cases"';
}

export async function cohortCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv.filter((a) => a !== '--cohort'), VALUED);
  if (typeof args === 'string') return fail(io, args);
  const input = args.flags.get('input');
  if (typeof input !== 'string') return fail(io, 'give the cohort with --input cases.json');
  if (args.positional.length > 0) return fail(io, 'a cohort comes from --input only');
  let items: unknown[] | string;
  let fileIssues: Issue[] = [];
  try {
    const bytes = readFileSync(input);
    const text = stripBom((bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8'));
    if (text.trimStart().startsWith('[') || text.trimStart().startsWith('{')) items = cohortItems(JSON.parse(text));
    else {
      // A caller file: one record per resolved row (its line and confidence as fields).
      const read = cohortRecordsFromCallerFile(text);
      if (!read.caller) return fail(io, `--input ${input}: neither JSON nor a caller file fusion-viz reads`);
      items = read.records;
      fileIssues = read.issues;
    }
  } catch (e) {
    return fail(io, `--input ${input}: ${(e as Error).message}`);
  }
  for (const i of fileIssues) io.err(`fusion-viz render --cohort: ${i.path}: ${i.message}\n`);
  if (typeof items === 'string') return fail(io, `--input ${input}: ${items}`);
  const out = (args.flags.get('o') ?? args.flags.get('output')) as string | undefined;
  if (!out) return fail(io, 'give the output with -o cohort.svg or cohort.png');
  const format = (args.flags.get('format') as string | undefined) ?? extname(out).slice(1).toLowerCase();
  if (format !== 'svg' && format !== 'png') return fail(io, `the output must end in .svg or .png (or use --format svg|png), got ${out}`);
  const width = Number(args.flags.get('width') ?? 1100);
  if (!Number.isFinite(width) || width < 480 || width > 10000) return fail(io, `--width must be a number of px from 480 to 10000, got ${args.flags.get('width')}`);
  const theme = (args.flags.get('theme') ?? 'light') as string;
  if (theme !== 'light' && theme !== 'dark') return fail(io, `--theme must be light or dark, got ${theme}`);
  const scale = Number(args.flags.get('scale') ?? 2);
  if (!(scale > 0 && scale <= 8)) return fail(io, `--scale must be a number from 0 to 8, got ${args.flags.get('scale')}`);
  const exonText = args.flags.get('shared-exon') as string | undefined;
  const sharedExon = exonText === undefined ? undefined : Number(exonText);
  if (sharedExon !== undefined && !(Number.isInteger(sharedExon) && sharedExon > 0)) return fail(io, `--shared-exon must be an exon number, got ${exonText}`);

  const { cohort, issues } = resolveCohort(items, { gene: args.flags.get('gene') as string | undefined, sharedExon });
  for (const i of issues) io.err(`fusion-viz render --cohort: ${i.path}: ${i.message}\n`);
  if (!cohort) return fail(io, 'nothing to draw', 1);
  const known = [...BUILTIN_FIELDS, ...new Set(cohort.rows.flatMap((r) => Object.keys(r.clinical)))];
  const filter = parseFilter(args.flags.get('filter') as string | undefined, known);
  if (filter.issues.length > 0) return fail(io, filter.issues.map((i) => `--${i.path}: ${i.message}`).join('; '));
  for (const flag of ['group-by', 'sort-by']) {
    const v = args.flags.get(flag) as string | undefined;
    if (v && ![...known, 'none', 'input'].includes(v)) return fail(io, `--${flag}: unknown field "${v.slice(0, 60)}": expected one of ${known.join(', ')}`);
  }
  const fields = (args.flags.get('fields') as string | undefined)?.split(/[\s,]+/).filter(Boolean);
  const layout = layoutCohort(cohort, {
    width,
    groupBy: args.flags.get('group-by') as string | undefined,
    sortBy: args.flags.get('sort-by') as string | undefined,
    filter: filter.clauses,
    fields,
  });
  try {
    if (format === 'png') await loadResvg();
  } catch (e) {
    if (e instanceof MissingDependencyError) return io.err(`fusion-viz render --cohort: ${e.message}\n`), EXIT_UNAVAILABLE;
    throw e;
  }
  const svg = cohortSvgDocument(layout, { theme, DOMParser: LightDOMParser });
  writeFileSync(out, format === 'svg' ? svg : await svgToPngNode(svg, scale));
  io.err(`${layout.rows.length} rows (${cohort.rows.length} fusions of ${cohort.gene}) → ${out}\n`);
  return issues.length === 0 ? 0 : 1;
}
