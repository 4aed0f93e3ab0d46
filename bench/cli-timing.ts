/**
 * Timing of whole commands (process start to exit), for the CLI benchmarks: wall clock, and CPU
 * time (user + system, read with GNU time when /usr/bin/time is there), which a shared, busy
 * machine disturbs much less. Runs are interleaved across the commands compared, so load slows
 * them alike, and reported as min / median / max. Never used by pass/fail tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Timed {
  readonly runs: number[];
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export function summary(runs: number[]): Timed {
  return { runs, min: Math.min(...runs), median: median(runs), max: Math.max(...runs) };
}

const GNU_TIME = '/usr/bin/time';
let scratch: string | undefined;

/** One run of `command args…`: wall ms, and CPU ms (user + system, the command and its children) when GNU time is there; throws with its stderr when it fails. */
export function timeRun(command: string, args: readonly string[], cwd?: string): { wall: number; cpu: number | null } {
  const gnu = existsSync(GNU_TIME);
  scratch ??= mkdtempSync(join(tmpdir(), 'fv-time-'));
  const out = join(scratch, 'time.txt');
  const [c, a] = gnu ? [GNU_TIME, ['-f', '%U %S', '-o', out, command, ...args]] : [command, [...args]];
  const t0 = performance.now();
  const r = spawnSync(c, a, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${(r.stderr ?? '').slice(-2000)}`);
  let cpu: number | null = null;
  if (gnu) {
    const [user, system] = readFileSync(out, 'utf8').trim().split(/\s+/).slice(-2).map(Number) as [number, number];
    cpu = (user + system) * 1000;
    rmSync(out, { force: true });
  }
  return { wall, cpu };
}

/** One run's wall ms. */
export function timeOnce(command: string, args: readonly string[], cwd?: string): number {
  return timeRun(command, args, cwd).wall;
}

/** `runs` interleaved rounds of every command (after `warmup` untimed rounds); per command, wall and CPU summaries. */
export function timeInterleaved(commands: readonly (readonly [string, readonly string[]])[], runs: number, warmup = 1): { wall: Timed; cpu: Timed | null }[] {
  const wall = commands.map(() => [] as number[]);
  const cpu = commands.map(() => [] as number[]);
  for (let i = 0; i < warmup + runs; i++) {
    commands.forEach(([c, a], k) => {
      const t = timeRun(c, a);
      if (i < warmup) return;
      wall[k]!.push(t.wall);
      if (t.cpu !== null) cpu[k]!.push(t.cpu);
    });
  }
  return commands.map((_, k) => ({ wall: summary(wall[k]!), cpu: cpu[k]!.length ? summary(cpu[k]!) : null }));
}

export const fmtMs = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
export const spread = (t: Timed): string => `${fmtMs(t.median)} (min ${fmtMs(t.min)}, max ${fmtMs(t.max)})`;
