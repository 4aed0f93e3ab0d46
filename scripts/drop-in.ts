/**
 * Vite build of the drop-in: dist/fusion-viz.js (src/bundle.ts) and its lazily imported siblings,
 * dist/fusion-viz-cohort.js (src/bundle-cohort.ts), dist/fusion-viz-sequence.js
 * (src/bundle-sequence.ts, the junction-sequence code) and dist/fusion-viz-annotation-readers.js
 * (src/bundle-annotation-readers.ts, GTF and refGene), all with fixed names so a page can serve
 * them side by side and import the cohort and readers API by name. The cohort file imports the
 * sequence file too (caller rows carry sequence), which makes that one a shared chunk: it exports
 * internal names, and its API is what loadSequence() resolves with. Shared by scripts/build.ts
 * and bench/size.ts, so the size measured is the size built.
 */
import { join } from 'node:path';
import type { InlineConfig } from 'vite';

export const DROP_IN = 'fusion-viz.js';
export const COHORT_FILE = 'fusion-viz-cohort.js';
export const SEQUENCE_FILE = 'fusion-viz-sequence.js';
export const READERS_FILE = 'fusion-viz-annotation-readers.js';

/** The sibling files by the module that enters them. */
const SIBLINGS: Record<string, string> = {
  '/src/bundle-cohort.ts': COHORT_FILE,
  '/src/bundle-sequence.ts': SEQUENCE_FILE,
  '/src/bundle-annotation-readers.ts': READERS_FILE,
};

export function dropInConfig(root: string, outDir: string, base: InlineConfig = {}): InlineConfig {
  return {
    ...base,
    configFile: false,
    root,
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: join(root, 'src/bundle.ts'), formats: ['es'], fileName: () => DROP_IN },
      rolldownOptions: {
        // The entry may export more than src/bundle.ts does (bindings for the sibling), so what the
        // two share stays in the entry instead of going to a third, hashed common chunk.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // Whitespace too: Vite leaves it in an ES library for the bundlers that read one, but no
          // bundler reads the drop-in (they take dist/esm).
          minify: true,
          // By the entering module among the chunk's modules (the sequence file, imported by the cohort
          // file too, is a shared chunk, not a facade).
          chunkFileNames: (chunk) => Object.entries(SIBLINGS).find(([entry]) => chunk.moduleIds.some((id) => id.endsWith(entry)))?.[1] ?? 'fusion-viz-[name]-[hash].js',
        },
      },
    },
  };
}
