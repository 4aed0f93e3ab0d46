/**
 * `npm run build`:
 *   dist/esm/**            ESM modules (one per source module; lit and d3 stay imports) for bundlers
 *   dist/types/**          type declarations (tsc)
 *   dist/fusion-viz.js     the drop-in file: the figure tags, lit, the d3 modules used and the
 *                          bundled annotation; drop into any page
 *   dist/fusion-viz-cohort.js  its sibling: <fusion-cohort>, <fusion-table>, caller-file readers,
 *                          imported by dist/fusion-viz.js the first time a page uses those tags
 *   dist/cli.js, dist/cli/ the Node command line (bin/fusion-viz.js runs it), the render command a lazy chunk
 *   custom-elements.json   the elements' declared API (scripts/manifest.ts), paths pointing into dist/esm
 * The JSX (React) and Vue typings are hand-written in types/ and ship as they are.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';
import { addDeclarationExtensions } from './dts-extensions';
import { dropInConfig } from './drop-in';
import { writeManifest } from './manifest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = (p: string) => join(root, 'src', p);
const quiet: InlineConfig = { configFile: false, root, logLevel: 'warn' };
const node = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

rmSync(join(root, 'dist'), { recursive: true, force: true });

// 1. ESM modules for bundlers: dependencies stay bare imports.
await build({
  ...quiet,
  build: {
    outDir: 'dist/esm',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: src('index.ts'),
        register: src('register.ts'),
        'components/fusion-diagram': src('components/fusion-diagram.ts'),
        'components/fusion-genes': src('components/fusion-genes.ts'),
        'components/fusion-transcript': src('components/fusion-transcript.ts'),
        'components/fusion-protein': src('components/fusion-protein.ts'),
        'components/fusion-cohort': src('components/fusion-cohort.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => /^(lit|@lit|d3-|linkedom|@resvg)/.test(id) || node.includes(id),
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

// 2. The drop-in file: everything inlined, minified; the cohort and table elements (and the
// caller-file readers) in one sibling file it imports on first use (src/bundle.ts).
await build(dropInConfig(root, 'dist', quiet));

// 3. The CLI for Node: dependencies (lit, d3, linkedom, resvg) stay imports from node_modules.
// Split at main.ts's dynamic import of the render command, so `--help`, `--version` and
// `annotate` load neither d3 nor the layout and renderer (nor linkedom, which render loads itself).
await build({
  ...quiet,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    ssr: src('cli/node.ts'),
    rolldownOptions: { output: { entryFileNames: 'cli.js', chunkFileNames: 'cli/[name]-[hash].js' } },
  },
});

// 4. Declarations and the custom-elements manifest.
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
addDeclarationExtensions(join(root, 'dist/types'));
writeManifest();
console.log('built dist/esm, dist/types, dist/fusion-viz.js, dist/cli.js, custom-elements.json');
