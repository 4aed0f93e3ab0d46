/**
 * Vite build of the drop-in: dist/fusion-viz.js (src/bundle.ts) and its two lazily imported
 * siblings, dist/fusion-viz-cohort.js (src/bundle-cohort.ts) and dist/fusion-viz-sequence.js
 * (src/bundle-sequence.ts, the junction-sequence code), all with fixed names so a page can serve
 * them side by side and import the cohort sibling's API by name. The cohort file imports the
 * sequence file too (caller rows carry sequence), which makes that one a shared chunk: it exports
 * internal names, and its API is what loadSequence() resolves with. Shared by scripts/build.ts
 * and bench/size.ts, so the size measured is the size built.
 */
import { join } from 'node:path';
import type { InlineConfig } from 'vite';

export const DROP_IN = 'fusion-viz.js';
export const COHORT_FILE = 'fusion-viz-cohort.js';
export const SEQUENCE_FILE = 'fusion-viz-sequence.js';

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
          chunkFileNames: (chunk) => (chunk.facadeModuleId?.endsWith('/src/bundle-cohort.ts')
            ? COHORT_FILE
            : chunk.moduleIds.some((id) => id.endsWith('/src/bundle-sequence.ts')) ? SEQUENCE_FILE : 'fusion-viz-[name]-[hash].js'),
        },
      },
    },
  };
}
