/**
 * Size of the drop-in file dist/fusion-viz.js, gzip: as shipped (code + bundled annotation) and
 * with the annotation replaced by an empty pack, built in the same run (the same build config as
 * `npm run build`, scripts/drop-in.ts), so the code part is visible. Budget for the code part:
 * 35 KB gzip. Its sibling dist/fusion-viz-cohort.js (cohort, table, caller files; loaded only by
 * a page that uses those tags) is printed beside it. Then the drop-in code's top contributors:
 * each module minified and gzipped on its own (a module's share, not an exact cut: gzip shares
 * its dictionary across modules, so the shares add up to more than the whole), and the same
 * summed per package (lit, each d3 module) or source folder. SIZE_TOP=80 lists 80 modules, not 12.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, minifySync, type Plugin } from 'vite';
import { COHORT_FILE, DROP_IN, dropInConfig } from '../scripts/drop-in';

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
          const code = minifySync(id.replace(/\?.*$/, '').replace(/\.(ts|json)$/, '.js'), m.code).code;
          into.push({ name: id.startsWith(root) && !id.includes('node_modules') ? id.slice(root.length + 1) : id.replace(/^.*node_modules\//, ''), raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
        }
      }
    },
  };
}

async function bundle(withoutAnnotation: boolean, modules?: Contributor[]): Promise<{ dropIn: Buffer; cohort: Buffer }> {
  const outDir = mkdtempSync(join(tmpdir(), 'fv-size-'));
  const emptyPack: Plugin = {
    name: 'empty-annotation',
    enforce: 'pre',
    load: (id) => (id.endsWith('annotation/data/grch38-embedded.json')
      ? JSON.stringify({ index: { assembly: 'GRCh38', previous: {}, geneShards: 256, accShards: 64, rules: [], sources: [], dropped: [], source: '', pack: '', generatedFrom: [] }, shard: { genes: {}, desc: {} } })
      : null),
  };
  await build(dropInConfig(root, outDir, {
    logLevel: 'silent',
    plugins: [...(withoutAnnotation ? [emptyPack] : []), ...(modules ? [moduleSizes(modules)] : [])],
  }));
  return { dropIn: readFileSync(join(outDir, DROP_IN)), cohort: readFileSync(join(outDir, COHORT_FILE)) };
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

export async function measureSize(): Promise<{ full: number; code: number; fullGzip: number; codeGzip: number; cohort: number; cohortGzip: number; modules: Contributor[] }> {
  const full = await bundle(false);
  const modules: Contributor[] = [];
  const code = await bundle(true, modules);
  return {
    full: full.dropIn.length, code: code.dropIn.length, fullGzip: gz(full.dropIn), codeGzip: gz(code.dropIn),
    cohort: code.cohort.length, cohortGzip: gz(code.cohort), modules,
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
      `(${kb(s.code)} raw), budget ${BUDGET_KB} KB: ${s.codeGzip / 1024 <= BUDGET_KB ? 'within' : 'OVER'}; annotation ${kb(s.fullGzip - s.codeGzip)} gzip`,
    `dist/${COHORT_FILE} (cohort, table, caller files; loaded by a page that uses <fusion-cohort> or <fusion-table>) ${kb(s.cohortGzip)} gzip (${kb(s.cohort)} raw)`,
    `drop-in code by package or source folder (each module minified and gzipped alone; ${s.modules.length} modules):`,
    ...byOwner(s.modules).map(row),
    `top ${TOP} modules:`,
    ...top.map(row),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) console.log(await report());
