/**
 * `fusion-viz` command line. `run` takes argv and an IO object so tests can call it directly.
 *
 *   fusion-viz annotate '<description>'        one JSON object on stdout
 *   fusion-viz annotate --input fusion.json    the JSON form (an object, or an array of descriptions)
 *
 * Errors: message on stderr, nothing on stdout, exit code 1 (bad description) or 2 (usage).
 */
import { readFileSync } from 'node:fs';
import { version } from '../../package.json';
import { resolveFusion } from '../api';
import { toAnnotateReport } from '../model/report';
import type { Issue } from '../model/types';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const USAGE = `usage:
  fusion-viz --version                     the installed version
  fusion-viz annotate '<description>'      e.g. 'NSF:e.1_20::ALK:e.20_29'
  fusion-viz annotate --input <file.json>  JSON form: one object, or an array of descriptions
  fusion-viz render '<description>' -o <file.svg|file.png> [--width 1000] [--theme light|dark]
                    [--panels genes,transcript,protein] [--scale 2]
  fusion-viz render --input <file.json> -o <folder> [--format svg|png]   one file per fusion
descriptions: VICC nomenclature (NM_006178.4(NSF):e.1_20::NM_004304.5(ALK):e.20_29), the same with
gene symbols (EML4:e.13::ALK:e.20), or JSON {"fivePrime": {...}, "threePrime": {...}, "evidence": "rna"|"dna"}`;

const formatIssues = (issues: readonly Issue[], where = ''): string =>
  issues.map((i) => `fusion-viz: ${where}${i.path}: ${i.message}`).join('\n');

export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  flags: Map<string, string | true>;
}

/** Minimal argv parser: `--flag value`, `--flag=value`, `-o value`, and positionals. */
export function parseArgs(argv: readonly string[], valued: ReadonlySet<string>): ParsedArgs | string {
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
      else return `unknown option ${a}`;
    } else positional.push(a);
  }
  return { command, positional, flags };
}

/** Descriptions named on the command line: one positional, or the contents of --input. */
export function readDescriptions(args: ParsedArgs): (string | object)[] | string {
  const input = args.flags.get('input');
  if (typeof input === 'string') {
    if (args.positional.length > 0) return 'give either a description or --input, not both';
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(input, 'utf8'));
    } catch (e) {
      return `--input ${input}: ${(e as Error).message}`;
    }
    return Array.isArray(data) ? (data as (string | object)[]) : [data as object];
  }
  if (args.positional.length !== 1) return args.positional.length === 0 ? 'a description is needed' : `expected one description, got ${args.positional.length} (quote it)`;
  return [args.positional[0]!];
}

function annotate(argv: readonly string[], io: CliIO): number {
  const args = parseArgs(argv, new Set(['input']));
  if (typeof args === 'string') return usageError(io, args);
  if (args.flags.has('help')) return io.out(USAGE + '\n'), 0;
  const descriptions = readDescriptions(args);
  if (typeof descriptions === 'string') return usageError(io, descriptions);
  const reports = [];
  for (const [k, d] of descriptions.entries()) {
    const r = resolveFusion(d);
    if (!r.ok) {
      io.err(formatIssues(r.issues, descriptions.length > 1 ? `[${k}] ` : '') + '\n');
      return 1;
    }
    reports.push(toAnnotateReport(r.value));
  }
  const isArray = typeof args.flags.get('input') === 'string' && descriptions.length !== 1 ? true : false;
  io.out(JSON.stringify(isArray ? reports : reports[0], null, 2) + '\n');
  return 0;
}

function usageError(io: CliIO, message: string): number {
  io.err(`fusion-viz: ${message}\n${USAGE}\n`);
  return 2;
}

export type Command = (argv: readonly string[], io: CliIO) => number | Promise<number>;
export const commands = new Map<string, Command>([
  ['annotate', annotate],
  ['render', async (argv, io) => (await import('./render')).renderCommand(argv, io)],
]);

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [name] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V' || name === 'version') return io.out(`fusion-viz ${version}\n`), 0;
  const command = commands.get(name);
  if (!command) return usageError(io, `unknown command ${name}`);
  try {
    return await command(argv, io);
  } catch (e) {
    io.err(`fusion-viz: internal error: ${(e as Error).stack ?? e}\n`);
    return 70;
  }
}
