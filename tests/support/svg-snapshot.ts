/**
 * The SVG snapshot check of tests/render/snapshots.test.ts and cohort-snapshots.test.ts (each
 * rounds numbers its own way first): a missing snapshot is written; a mismatch writes
 * <name>-changed.svg beside it for a person to look at (and a match removes a stale one).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export const SNAPSHOT_DIR = join(process.cwd(), 'tests/__snapshots__');

/** Asserts that `svg` (already normalised) equals the stored snapshot `name`. */
export function expectSnapshot(name: string, svg: string): void {
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  const file = join(SNAPSHOT_DIR, `${name}.svg`);
  const changed = join(SNAPSHOT_DIR, `${name}-changed.svg`);
  if (!existsSync(file)) writeFileSync(file, svg);
  const expected = readFileSync(file, 'utf8');
  if (svg !== expected) writeFileSync(changed, svg);
  else rmSync(changed, { force: true });
  expect(svg === expected, `${name}: drawing changed; compare ${changed} with ${file} (delete the snapshot to accept)`).toBe(true);
}
