/**
 * The drop-in file and its lazily loaded siblings (scripts/drop-in.ts): between them they export
 * every runtime export of the library entry src/index.ts (the sequence file's through the module
 * namespace loadSequence() resolves with), and the siblings are the only other files.
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

/**
 * Names in the module namespace object of src/bundle-sequence.ts inside a built chunk
 * (`{junctionSequence:()=>q,…}`): what `await loadSequence()` resolves with.
 */
function namespaceExports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const names = sourceExports('src/bundle-sequence.ts');
  return names.filter((n) => new RegExp(`[{,]${n}:\\(\\)=>`).test(text)).sort();
}

/** Names a built (minified) ES module exports: `export{x as resolveFusion,…}`. */
function builtExports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim().split(/\s+as\s+/).pop()!));
}

beforeAll(() => ensureBuilt(), 180_000);

describe('the drop-in file dist/fusion-viz.js', () => {
  it('with its siblings exports everything src/index.ts exports, and loadCohort and loadSequence', () => {
    const index = sourceExports('src/index.ts');
    expect(index).toContain('resolveFusion');
    expect(index).toContain('readCallerFile');
    expect(index).toContain('sequenceRequest');
    const built = new Set([
      ...builtExports('dist/fusion-viz.js'), ...builtExports('dist/fusion-viz-cohort.js'), ...namespaceExports('dist/fusion-viz-sequence.js'),
      ...builtExports('dist/fusion-viz-annotation-readers.js'),
    ]);
    expect(index.filter((name) => !built.has(name))).toEqual([]);
    expect(builtExports('dist/fusion-viz.js')).toEqual(expect.arrayContaining(['loadCohort', 'loadSequence', 'loadAnnotationReaders', 'resolveFusion', 'layoutFusion']));
    expect(builtExports('dist/fusion-viz-annotation-readers.js').sort()).toEqual(['createAnnotationSource', 'parseGtf', 'parseRefGene', 'sourceFromPack']);
    expect(builtExports('dist/fusion-viz-cohort.js')).toContain('FusionTable');
    expect(namespaceExports('dist/fusion-viz-sequence.js')).toEqual(sourceExports('src/bundle-sequence.ts').sort());
  });

  it('carries the licence notices of what it bundles: a comment opening each file, the texts in a file beside them', () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    const notices = readFileSync('dist/fusion-viz-third-party-licenses.txt', 'utf8');
    const named = new Set<string>();
    for (const file of readdirSync('dist').filter((f) => /^fusion-viz.*\.js$/.test(f))) {
      const first = readFileSync(`dist/${file}`, 'utf8').split('\n', 1)[0]!;
      expect(first, file).toMatch(new RegExp(`^/\\*! fusion-viz ${version.replace(/\./g, '\\.')} \\(MIT\\)`));
      for (const m of first.matchAll(/((?:@[\w-]+\/)?[\w.-]+) (\d+\.\d+\.\d+) \(([\w.-]+)\)/g)) if (m[1] !== 'fusion-viz') named.add(`${m[1]} ${m[2]} (${m[3]})`);
    }
    const main = readFileSync('dist/fusion-viz.js', 'utf8').split('\n', 1)[0]!;
    for (const pkg of ['lit-html', '@lit/reactive-element', 'd3-selection', 'd3-scale']) expect(main).toContain(` ${pkg} `);
    // Each package named has its section in the notices file, with the licence text it ships.
    for (const n of named) {
      const name = n.split(' ')[0]!;
      const shipped = readFileSync(`node_modules/${name}/LICENSE`, 'utf8').trim();
      expect(notices, n).toContain(`${n}\n\n${shipped}`);
    }
    expect([...named].some((n) => n.includes('(ISC)')) && [...named].some((n) => n.includes('(BSD-3-Clause)'))).toBe(true);
  });

  it('keeps the cohort, table and caller-file code in a sibling, which it imports on demand', () => {
    const dropIn = readFileSync('dist/fusion-viz.js', 'utf8');
    expect(dropIn).toMatch(/import\((["'`])\.\/fusion-viz-cohort\.js\1\)/);
    expect(dropIn).not.toMatch(/^import\b/m);
    expect(readdirSync('dist').filter((f) => f.endsWith('.js')).sort()).toEqual(['cli.js', 'fusion-viz-annotation-readers.js', 'fusion-viz-cohort.js', 'fusion-viz-sequence.js', 'fusion-viz.js']);
    expect(readFileSync('dist/fusion-viz-cohort.js', 'utf8')).toMatch(/from\s*(["'`])\.\/fusion-viz\.js\1/);
  });

  it('keeps the junction-sequence code in a sibling it imports on demand, which the cohort file imports too', () => {
    const dropIn = readFileSync('dist/fusion-viz.js', 'utf8');
    const sequence = readFileSync('dist/fusion-viz-sequence.js', 'utf8');
    expect(dropIn).toMatch(/import\((["'`])\.\/fusion-viz-sequence\.js\1\)/);
    // The genetic code, the strip's ids and the sequence's words are in the sibling, not in the main file.
    for (const only of ['FFLLSSSSYY**CC*W', 'seq-label:junction', "The caller's peptide agrees"]) {
      expect(sequence, only).toContain(only);
      expect(dropIn, only).not.toContain(only);
    }
    expect(sequence).toMatch(/from\s*(["'`])\.\/fusion-viz\.js\1/);
    expect(readFileSync('dist/fusion-viz-cohort.js', 'utf8')).toMatch(/from\s*(["'`])\.\/fusion-viz-sequence\.js\1/);
  });

  it('keeps the GTF and refGene readers (and createAnnotationSource) in a sibling it imports on loadAnnotationReaders()', () => {
    const dropIn = readFileSync('dist/fusion-viz.js', 'utf8');
    expect(dropIn).toMatch(/import\((["'`])\.\/fusion-viz-annotation-readers\.js\1\)/);
    for (const only of ['GTF line ', 'refGene line ']) {
      expect(readFileSync('dist/fusion-viz-annotation-readers.js', 'utf8'), only).toContain(only);
      expect(dropIn, only).not.toContain(only);
    }
  });

  it('is minified whitespace and all (no bundler reads it)', () => {
    const dropIn = readFileSync('dist/fusion-viz.js', 'utf8');
    expect(dropIn.split('\n').length).toBeLessThan(dropIn.length / 1000);
    expect(dropIn).not.toMatch(/^\/\/ .*node_modules/m);
  });
});
