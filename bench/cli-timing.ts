/**
 * Wall-clock timing of whole commands (process start to exit), for the CLI benchmarks: runs are
 * interleaved across the commands compared, so a busy machine slows them alike, and reported as
 * min / median / max. Never used by pass/fail tests.
 */
import { spawnSync } from 'node:child_process';
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

/** One run of `command args…` in ms; throws with its stderr when it fails. */
export function timeOnce(command: string, args: readonly string[], cwd?: string): number {
  const t0 = performance.now();
  const r = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${(r.stderr ?? '').slice(-2000)}`);
  return ms;
}

/** `runs` interleaved rounds of every command (after `warmup` untimed rounds); one summary per command. */
export function timeInterleaved(commands: readonly (readonly [string, readonly string[]])[], runs: number, warmup = 1): Timed[] {
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < warmup + runs; i++) {
    commands.forEach(([c, a], k) => {
      const ms = timeOnce(c, a);
      if (i >= warmup) times[k]!.push(ms);
    });
  }
  return times.map(summary);
}

export const fmtMs = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
export const spread = (t: Timed): string => `${fmtMs(t.median)} (min ${fmtMs(t.min)}, max ${fmtMs(t.max)})`;
