/**
 * `fusion-viz` command line. `run` takes argv and an IO object so tests can call it directly.
 *
 *   fusion-viz annotate '<description>'        one JSON object on stdout
 *   fusion-viz annotate --input fusion.json    the JSON form (an object, or an array of descriptions)
 *   fusion-viz annotate --input fusions.tsv    a caller file (Arriba, STAR-Fusion, VCF, …): one entry per row
 *
 * Exit codes (see batch.ts): 0 ok, 1 the description (or every row) failed, 2 usage or I/O,
 * 3 some rows failed. Row problems go to stderr with their line; stdout has only the JSON.
 */
import { quickCommand, USAGE } from './usage';
import { toAnnotateReport } from '../model/report';
import type { Assembly, Issue } from '../model/types';
import { callerEntries, entryJson, exitCode, filterRows, formatEntryIssues, jsonEntries, useAnnotation, useSequence, type BatchEntry } from './batch';
import { readAssemblyFlag, readFilterFlag, readInput } from './input';
import { readAnnotationFile } from './annotation-file';
import { show } from '../formats/common';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export { USAGE };

const formatIssues = (issues: readonly Issue[], where = ''): string =>
  issues.map((i) => `fusion-viz: ${where}${i.path}: ${i.message}`).join('\n');

export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  flags: Map<string, string | true>;
}

/** Minimal argv parser: `--flag value`, `--flag=value`, `-o value`, and positionals. */
export function parseArgs(argv: readonly string[], valued: ReadonlySet<string>, booleans: ReadonlySet<string> = new Set()): ParsedArgs | string {
  const [command, ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a.startsWith('-') && a.length > 1) {
      const [name, inline] = a.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
      if (valued.has(name)) {
        const value = inline ?? rest[++i];
        if (value === undefined) return `option --${name} needs a value`;
        flags.set(name, value);
      } else if (name === 'help' || name === 'h') flags.set('help', true);
      else if (booleans.has(name)) flags.set(name, true);
      else return `unknown option ${a}`;
    } else positional.push(a);
  }
  return { command, positional, flags };
}

export type Batch =
  | { kind: 'single'; description: string | object; assembly?: Assembly }
  | { kind: 'batch'; entries: BatchEntry[]; dropped: number; label: string; /** Resolves the entries again (after useSequence). */ redo?: () => BatchEntry[] };

/** What the command line names: one description (positional or a one-object JSON file) or a batch. */
export function readBatch(args: ParsedArgs, inputFormat?: string, progress?: (done: number, total: number) => void): Batch | string {
  const flag = readAssemblyFlag(args.flags.get('assembly'));
  if ('error' in flag) return flag.error;
  const { assembly } = flag;
  const annotationFile = args.flags.get('annotation');
  useAnnotation(undefined);
  useSequence(undefined);
  if (typeof annotationFile === 'string') {
    try {
      const read = readAnnotationFile(annotationFile, assembly ?? 'GRCh38');
      useAnnotation(read.source);
    } catch (e) {
      return `--annotation ${show(annotationFile)}: ${(e as Error).message.slice(0, 300)}`;
    }
  }
  const filter = readFilterFlag(args.flags.get('filter'));
  if (typeof filter === 'string') return filter;
  const input = args.flags.get('input');
  if (typeof input === 'string') {
    if (args.positional.length > 0) return 'give either a description or --input, not both';
    const read = readInput(input, { format: inputFormat, assembly });
    if (typeof read === 'string') return read;
    if (read.kind === 'json') {
      if (filter) return '--filter applies to caller files, which give a confidence per row';
      if (!read.array) return { kind: 'single', description: read.descriptions[0]!, assembly };
      return { kind: 'batch', entries: jsonEntries(read.descriptions, assembly), dropped: 0, label: 'entries', redo: () => jsonEntries(read.descriptions, assembly) };
    }
    const kept = filterRows(read.file, filter);
    if (typeof kept === 'string') return kept;
    return { kind: 'batch', entries: callerEntries(read.file, kept.rows, assembly, progress), dropped: kept.dropped, label: `${read.file.caller} rows`, redo: () => callerEntries(read.file, kept.rows, assembly) };
  }
  if (args.positional.length !== 1) return args.positional.length === 0 ? 'a description is needed' : `expected one description, got ${args.positional.length} (quote it)`;
  return { kind: 'single', description: args.positional[0]!, assembly };
}

async function annotate(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, new Set(['input', 'format', 'input-format', 'filter', 'assembly', 'annotation', 'genome', 'transcripts']));
  if (typeof args === 'string') return usageError(io, args);
  if (args.flags.has('help')) return io.out(USAGE + '\n'), 0;
  const progress = (done: number, total: number) => io.err(`fusion-viz: ${done} of ${total} rows resolved…\n`);
  const batch = await withSequence(args, readBatch(args, (args.flags.get('input-format') ?? args.flags.get('format')) as string | undefined, progress));
  if (typeof batch === 'string') return usageError(io, batch);
  if (batch.kind === 'single') {
    const [r] = jsonEntries([batch.description], batch.assembly);
    if (!r!.fusion) return io.err(formatIssues(r!.issues ?? []) + '\n'), 1;
    io.out(JSON.stringify(toAnnotateReport(r!.fusion), null, 2) + '\n');
    return 0;
  }
  const { entries } = batch;
  for (const e of entries) if (!e.fusion) io.err(formatEntryIssues(e) + '\n');
  const bad = entries.filter((e) => !e.fusion).length;
  io.err(`fusion-viz: ${entries.length - bad} of ${entries.length} ${batch.label} annotated${bad ? `, ${bad} failed (listed above)` : ''}${batch.dropped ? `; ${batch.dropped} left out by --filter` : ''}\n`);
  io.out(JSON.stringify(entries.map(entryJson), null, 2) + '\n');
  return exitCode(entries);
}

/**
 * `--genome FILE` / `--transcripts FILE`: the two passes at the edge. The fusions are resolved
 * without sequence, the regions and accessions they need are fetched, then they are resolved again
 * with it. The readers load only when a flag is given.
 */
export async function withSequence(args: ParsedArgs, batch: Batch | string): Promise<Batch | string> {
  const genome = args.flags.get('genome');
  const transcripts = args.flags.get('transcripts');
  if (genome === undefined && transcripts === undefined) return batch;
  const { checkSequenceFiles, fetchSequence, SequenceFileError } = await import('../sequence/node');
  const { sequenceRequest } = await import('../model/sequence');
  const files = { ...(typeof genome === 'string' ? { genome } : {}), ...(typeof transcripts === 'string' ? { transcripts } : {}) };
  try {
    checkSequenceFiles(files);
    if (typeof batch === 'string') return batch;
    const fusions = batch.kind === 'single'
      ? jsonEntries([batch.description], batch.assembly).map((e) => e.fusion)
      : batch.entries.map((e) => e.fusion);
    const set = await fetchSequence(fusions.filter((f) => f !== undefined).map(sequenceRequest), files);
    useSequence(set);
  } catch (e) {
    if (e instanceof SequenceFileError) return e.message;
    throw e;
  }
  return batch.kind === 'batch' && batch.redo ? { ...batch, entries: batch.redo() } : batch;
}

function usageError(io: CliIO, message: string): number {
  io.err(`fusion-viz: ${message}\n${USAGE}\n`);
  return 2;
}

export type Command = (argv: readonly string[], io: CliIO) => number | Promise<number>;
export const commands = new Map<string, Command>([
  ['annotate', annotate],
  ['render', async (argv, io) => (argv.includes('--cohort') ? (await import('./cohort')).cohortCommand(argv, io) : (await import('./render')).renderCommand(argv, io))],
]);

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [name] = argv;
  const quick = quickCommand(argv);
  if (quick) return io.out(quick.out), quick.code;
  const command = commands.get(name);
  if (!command) return usageError(io, `unknown command ${name}`);
  try {
    return await command(argv, io);
  } catch (e) {
    io.err(`fusion-viz: internal error: ${(e as Error).stack ?? e}\n`);
    return 70;
  }
}
