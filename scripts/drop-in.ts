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
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InlineConfig, Plugin } from 'vite';

export const DROP_IN = 'fusion-viz.js';
export const COHORT_FILE = 'fusion-viz-cohort.js';
export const SEQUENCE_FILE = 'fusion-viz-sequence.js';
export const READERS_FILE = 'fusion-viz-annotation-readers.js';
/** The licences of the packages the drop-in files carry (lit, the d3 modules), written beside them. */
export const NOTICES_FILE = 'fusion-viz-third-party-licenses.txt';

/** The sibling files by the module that enters them. */
const SIBLINGS: Record<string, string> = {
  '/src/bundle-cohort.ts': COHORT_FILE,
  '/src/bundle-sequence.ts': SEQUENCE_FILE,
  '/src/bundle-annotation-readers.ts': READERS_FILE,
};

/** `…/node_modules/@lit/reactive-element/x.js` → `@lit/reactive-element`. */
const packageOf = (id: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];

/**
 * The licence notices the minified files would otherwise lose: each drop-in file opens with a
 * comment naming the packages it bundles and their licences, and NOTICES_FILE beside them holds
 * each package's licence text as the package ships it (lit's BSD-3-Clause and d3's ISC ask that
 * copies carry the notice).
 */
function licenceNotices(root: string): Plugin {
  return {
    name: 'fusion-viz-licence-notices',
    generateBundle(_, bundle) {
      const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; license: string };
      const all = new Map<string, { version: string; license: string; text: string }>();
      const meta = (name: string) => {
        const dir = join(root, 'node_modules', name);
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license?: string };
        const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
        if (!pkg.license || !file || !existsSync(join(dir, file))) throw new Error(`drop-in: ${name} has no licence file or field to carry`);
        return { version: pkg.version, license: pkg.license, text: readFileSync(join(dir, file), 'utf8').trim() };
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const names = [...new Set(chunk.moduleIds.map(packageOf).filter((n): n is string => !!n))].sort();
        for (const n of names) if (!all.has(n)) all.set(n, meta(n));
        const bundled = names.map((n) => `${n} ${all.get(n)!.version} (${all.get(n)!.license})`).join(', ');
        chunk.code = `/*! ${own.name} ${own.version} (${own.license})${bundled ? `; bundles ${bundled}: licences in ${NOTICES_FILE}` : ''} */\n${chunk.code}`;
      }
      const names = [...all.keys()].sort();
      const text = [
        `Third-party software in the ${own.name} ${own.version} drop-in files (${DROP_IN} and its siblings), with the licence each package ships.`,
        ...names.map((n) => `${'-'.repeat(72)}\n${n} ${all.get(n)!.version} (${all.get(n)!.license})\n\n${all.get(n)!.text}`),
      ].join('\n\n');
      this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: `${text}\n` });
    },
  };
}

export function dropInConfig(root: string, outDir: string, base: InlineConfig = {}): InlineConfig {
  return {
    ...base,
    plugins: [...(base.plugins ?? []), licenceNotices(root)],
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
