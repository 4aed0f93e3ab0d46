/**
 * Size of the drop-in file dist/fusion-viz.js, gzip: as shipped (code + bundled annotation) and
 * with the annotation replaced by an empty pack, built in the same run (the same build config as
 * `npm run build`, scripts/drop-in.ts), so the code part is visible. Budget for the code part:
 * 35 KB gzip. What a page drawing a plain `<fusion-diagram fusion="…">` fetches is the drop-in
 * file and every file it imports statically (followed through the build's import graph, so a
 * sibling the main file starts to import statically is counted there). The lazily loaded siblings
 * (dist/fusion-viz-cohort.js, dist/fusion-viz-sequence.js, dist/fusion-viz-annotation-readers.js and
 * any other chunk the build makes)
 * are printed each with what it holds and when a page fetches it. Then the drop-in code's top contributors:
 * each module minified and gzipped on its own (a module's share, not an exact cut: gzip shares
 * its dictionary across modules, so the shares add up to more than the whole), and the same
 * summed per package (lit, each d3 module) or source folder. SIZE_TOP=80 lists 80 modules, not 12.
 * Last, the floor under the budget: lit and the d3 functions the drop-in's own modules import
 * (read from those modules' import statements), bundled and minified alone in the same way.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, minifySync, type Plugin } from 'vite';
import { COHORT_FILE, DROP_IN, dropInConfig, READERS_FILE, SEQUENCE_FILE } from '../scripts/drop-in';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET_KB = 35;

export interface Contributor { name: string; gzip: number; raw: number }

/** `…/node_modules/@lit/reactive-element/css-tag.js` → `@lit/reactive-element`; `…/src/layout/genes.ts` → `src/layout`. */
function owner(id: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg) return pkg[1]!;
  const rel = id.startsWith(root) ? id.slice(root.length + 1) : id;
  return rel.split('/').slice(0, rel.startsWith('src/') && rel.split('/').length > 2 ? 2 : 1).join('/');
}

/** Records each module's rendered code in the drop-in file, minified and gzipped alone. */
function moduleSizes(into: Contributor[]): Plugin {
  return {
    name: 'module-sizes',
    generateBundle(_, output) {
      for (const chunk of Object.values(output)) {
        if (chunk.type !== 'chunk' || chunk.fileName !== DROP_IN) continue;
        for (const [id, m] of Object.entries(chunk.modules)) {
          if (!m.code) continue;
          // As an ES module whose declarations are all used (they are, by the modules that import them):
          // top-level names mangled as in the bundle, nothing dropped as dead (which a lone .mjs module's
          // unexported functions would be, counting d3-scale as 0 KB).
          const code = minifySync(id.replace(/\?.*$/, '').replace(/\.(ts|json|mjs)$/, '.js'), m.code, { module: true, compress: { unused: false } }).code;
          into.push({ name: id.startsWith(root) && !id.includes('node_modules') ? id.slice(root.length + 1) : id.replace(/^.*node_modules\//, ''), raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
        }
      }
    },
  };
}

/** A file of the drop-in build: its bytes, the files it imports statically and the ones it loads on demand. */
export interface BuiltFile { name: string; code: Buffer; imports: string[]; dynamicImports: string[] }

/** Records every chunk of the build with its import graph. */
function chunks(into: Map<string, BuiltFile>): Plugin {
  return {
    name: 'chunk-graph',
    generateBundle(_, output) {
      for (const c of Object.values(output)) {
        if (c.type === 'chunk') into.set(c.fileName, { name: c.fileName, code: Buffer.from(c.code), imports: [...c.imports], dynamicImports: [...c.dynamicImports] });
      }
    },
  };
}

async function bundle(withoutAnnotation: boolean, modules?: Contributor[]): Promise<Map<string, BuiltFile>> {
  const outDir = mkdtempSync(join(tmpdir(), 'fv-size-'));
  const emptyPack: Plugin = {
    name: 'empty-annotation',
    enforce: 'pre',
    load: (id) => (id.endsWith('annotation/data/grch38-embedded.json')
      ? JSON.stringify({ index: { assembly: 'GRCh38', previous: {}, geneShards: 256, accShards: 64, rules: [], sources: [], dropped: [], source: '', pack: '', generatedFrom: [] }, shard: { genes: {}, desc: {} } })
      : null),
  };
  const files = new Map<string, BuiltFile>();
  await build(dropInConfig(root, outDir, {
    logLevel: 'silent',
    plugins: [...(withoutAnnotation ? [emptyPack] : []), ...(modules ? [moduleSizes(modules)] : []), chunks(files)],
  }));
  return files;
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

/** The runtime names each of `files` (project sources) imports from lit or a d3 module, by specifier. */
export function thirdPartyImports(files: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(/^import\s+(?!type\s)(?:\{([^}]*)\}\s+from\s+)?'((?:lit|@lit\/|d3-)[^']*)'/gm)) {
      const names = out.get(m[2]!) ?? new Set<string>();
      for (const n of (m[1] ?? '').split(',').map((x) => x.trim()).filter((x) => x && !x.startsWith('type '))) names.add(n.split(/\s+as\s+/)[0]!);
      out.set(m[2]!, names);
    }
  }
  return out;
}

/**
 * lit and the d3 functions the drop-in uses, bundled alone with the drop-in's minifier: what no
 * change to the project's own code can take off the budget. Returns its gzip size in bytes.
 */
async function thirdPartyFloor(imports: ReadonlyMap<string, ReadonlySet<string>>): Promise<number> {
  const dir = mkdtempSync(join(root, 'node_modules', '.fv-floor-'));
  let i = 0;
  const lines = [...imports].flatMap(([spec, names]) => (names.size === 0 ? [`import '${spec}';`]
    : [...names].map((n) => `import { ${n} as i${i} } from '${spec}'; export { i${i++} };`)));
  writeFileSync(join(dir, 'entry.js'), lines.join('\n'));
  const out = await build({
    configFile: false, root, logLevel: 'silent',
    build: { write: false, minify: true, target: 'es2022', lib: { entry: join(dir, 'entry.js'), formats: ['es'], fileName: 'floor' } },
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
  const { output } = (Array.isArray(out) ? out[0] : out) as { output: { type: string; code?: string }[] };
  return gz(Buffer.from(output.find((c) => c.type === 'chunk')!.code!));
}

/** The drop-in file and everything it imports statically: what a page fetches before it can draw a plain figure. */
export function fetchedUpFront(files: ReadonlyMap<string, BuiltFile>): string[] {
  const seen: string[] = [];
  const visit = (name: string) => {
    if (seen.includes(name)) return;
    seen.push(name);
    for (const i of files.get(name)?.imports ?? []) visit(i);
  };
  visit(DROP_IN);
  return seen;
}

/** What each lazily loaded sibling holds, and when a page fetches it. */
const HOLDS: Record<string, string> = {
  [COHORT_FILE]: 'cohort, table, caller files; fetched by a page that uses <fusion-cohort> or <fusion-table>',
  [SEQUENCE_FILE]: 'junction-sequence model and strip; fetched when an element is given sequence or callerSequence, and with the cohort file',
  [READERS_FILE]: 'GTF and refGene readers, createAnnotationSource; fetched on loadAnnotationReaders() by a page that brings its own annotation',
};

export interface Sibling { name: string; raw: number; gzip: number; holds: string; fetchedUpFront: boolean }

export async function measureSize(): Promise<{
  full: number; code: number; fullGzip: number; codeGzip: number;
  /** Files a plain diagram fetches (the drop-in first) and their code's gzip, summed file by file. */
  upFront: string[]; upFrontGzip: number;
  siblings: Sibling[]; modules: Contributor[];
  /** gzip bytes of lit and the d3 functions the drop-in's modules import, bundled alone. */
  thirdPartyGzip: number;
}> {
  const full = await bundle(false);
  const modules: Contributor[] = [];
  const code = await bundle(true, modules);
  const upFront = fetchedUpFront(code);
  const siblings = [...code.values()].filter((f) => f.name !== DROP_IN).map((f) => ({
    name: f.name, raw: f.code.length, gzip: gz(f.code), holds: HOLDS[f.name] ?? 'an unexpected chunk (scripts/drop-in.ts names every sibling)', fetchedUpFront: upFront.includes(f.name),
  }));
  const dropIn = (m: Map<string, BuiltFile>) => m.get(DROP_IN)!.code;
  return {
    full: dropIn(full).length, code: dropIn(code).length, fullGzip: gz(dropIn(full)), codeGzip: gz(dropIn(code)),
    upFront, upFrontGzip: upFront.reduce((n, f) => n + gz(code.get(f)!.code), 0), siblings, modules,
    thirdPartyGzip: await thirdPartyFloor(thirdPartyImports(modules.filter((m) => m.name.startsWith('src/') && /\.ts$/.test(m.name)).map((m) => m.name))),
  };
}

/** The whole-genome packs on disk (they ship in the npm package as they are: already gzip). */
export function packSizes(): { assembly: string; bytes: number; files: number }[] {
  return ['grch38', 'grch37'].map((a) => {
    const dir = join(root, 'annotation', a);
    const files = readdirSync(dir);
    return { assembly: a === 'grch38' ? 'GRCh38' : 'GRCh37', bytes: files.reduce((n, f) => n + statSync(join(dir, f)).size, 0), files: files.length };
  });
}

/** Modules summed by package or source folder, largest first. */
export function byOwner(modules: readonly Contributor[]): Contributor[] {
  const groups = new Map<string, Contributor>();
  for (const m of modules) {
    const key = owner(m.name.includes('/') && !m.name.startsWith('src/') ? `node_modules/${m.name}` : m.name);
    const g = groups.get(key) ?? { name: key, raw: 0, gzip: 0 };
    g.raw += m.raw;
    g.gzip += m.gzip;
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.gzip - a.gzip);
}

/** How many modules the list shows: SIZE_TOP=80 npm run size for more. */
const TOP = Number(process.env.SIZE_TOP) || 12;

export default async function report(): Promise<string> {
  const s = await measureSize();
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const row = (c: Contributor) => `  ${kb(c.gzip).padStart(8)} gzip ${kb(c.raw).padStart(8)} min  ${c.name}`;
  const top = [...s.modules].sort((a, b) => b.gzip - a.gzip).slice(0, TOP);
  const packs = packSizes().map((p) => `${p.assembly} ${(p.bytes / 1024 / 1024).toFixed(1)} MB in ${p.files} files`).join(', ');
  return [
    `annotation packs (on disk and in the npm package, already gzip): ${packs}`,
    `dist/fusion-viz.js ${kb(s.fullGzip)} gzip (${kb(s.full)} raw) with the annotation; code alone ${kb(s.codeGzip)} gzip ` +
      `(${kb(s.code)} raw); annotation ${kb(s.fullGzip - s.codeGzip)} gzip`,
    `a page drawing <fusion-diagram fusion="…"> fetches ${s.upFront.map((f) => `dist/${f}`).join(' + ')}: code ${kb(s.upFrontGzip)} gzip ` +
      `(+ the annotation), budget ${BUDGET_KB} KB: ${s.upFrontGzip / 1024 <= BUDGET_KB ? 'within' : 'OVER'}`,
    ...s.siblings.map((f) => `dist/${f.name} (${f.holds})${f.fetchedUpFront ? ', FETCHED BY A PLAIN DIAGRAM' : ''} ${kb(f.gzip)} gzip (${kb(f.raw)} raw)`),
    `drop-in code by package or source folder (each module minified and gzipped alone; ${s.modules.length} modules):`,
    ...byOwner(s.modules).map(row),
    `top ${TOP} modules:`,
    ...top.map(row),
    `lit and the d3 functions the drop-in imports, bundled alone: ${kb(s.thirdPartyGzip)} gzip; the project's own code is the other ` +
      `${kb(s.upFrontGzip - s.thirdPartyGzip)} (the ${BUDGET_KB} KB budget would leave it ${kb(Math.max(0, BUDGET_KB * 1024 - s.thirdPartyGzip))})`,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) console.log(await report());
