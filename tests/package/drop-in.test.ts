/**
 * The drop-in file and its lazily loaded sibling (scripts/drop-in.ts): between them they export
 * every runtime export of the library entry src/index.ts, and the sibling is the only other file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/built';

/** Runtime names of `export { a, b as c, type D } from …` statements (type-only exports left out). */
function sourceExports(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  return [...text.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
    m[1]!.split(',').map((s) => s.trim()).filter((s) => s && !s.startsWith('type ')).map((s) => s.split(/\s+as\s+/).pop()!));
}

/** Names a built (minified) ES module exports: `export{x as resolveFusion,…}`. */
function builtExports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim().split(/\s+as\s+/).pop()!));
}

beforeAll(() => ensureBuilt(), 180_000);

describe('the drop-in file dist/fusion-viz.js', () => {
  it('with dist/fusion-viz-cohort.js exports everything src/index.ts exports, and loadCohort', () => {
    const index = sourceExports('src/index.ts');
    expect(index).toContain('resolveFusion');
    expect(index).toContain('readCallerFile');
    const built = new Set([...builtExports('dist/fusion-viz.js'), ...builtExports('dist/fusion-viz-cohort.js')]);
    expect(index.filter((name) => !built.has(name))).toEqual([]);
    expect(builtExports('dist/fusion-viz.js')).toContain('loadCohort');
    expect(builtExports('dist/fusion-viz-cohort.js')).toContain('FusionTable');
  });

  it('keeps the cohort, table and caller-file code in its one sibling, which it imports on demand', () => {
    const dropIn = readFileSync('dist/fusion-viz.js', 'utf8');
    expect(dropIn).toMatch(/import\((["'`])\.\/fusion-viz-cohort\.js\1\)/);
    expect(dropIn).not.toMatch(/^import\b/m);
    expect(readdirSync('dist').filter((f) => f.endsWith('.js')).sort()).toEqual(['cli.js', 'fusion-viz-cohort.js', 'fusion-viz.js']);
    expect(readFileSync('dist/fusion-viz-cohort.js', 'utf8')).toMatch(/from\s*(["'`])\.\/fusion-viz\.js\1/);
  });

  it('is minified whitespace and all (no bundler reads it)', () => {
    const dropIn = readFileSync('dist/fusion-viz.js', 'utf8');
    expect(dropIn.split('\n').length).toBeLessThan(dropIn.length / 1000);
    expect(dropIn).not.toMatch(/^\/\/ .*node_modules/m);
  });
});
