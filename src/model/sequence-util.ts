/** Small helpers shared by the sequence model's modules. */
import type { TranscriptRecord } from './types';

export const mod3 = (n: number): number => ((n % 3) + 3) % 3;
export const known = (s: string) => /^[ACGT]+$/.test(s);
export const n = (x: number) => x.toLocaleString('en-US');
export const plural = (k: number, w: string) => `${n(k)} ${w}${k === 1 ? '' : 's'}`;
export const unversioned = (a: string) => a.replace(/\.\d+$/, '').toUpperCase();
export const chromKey = (c: string) => c.replace(/^chr/i, '').toUpperCase().replace(/^M$/, 'MT');

export function firstAlong(t: TranscriptRecord, lo: number, hi: number): number {
  return t.strand === '+' ? lo : hi;
}
