/**
 * Size of the drop-in file, gzip: as shipped (code + bundled annotation) and with the
 * annotation replaced by an empty pack, built in the same run, so the code part is visible.
 * Budget for the code part: 35 KB gzip.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET_KB = 35;

async function bundle(withoutAnnotation: boolean): Promise<Buffer> {
  const outDir = mkdtempSync(join(tmpdir(), 'fv-size-'));
  const emptyPack: Plugin = {
    name: 'empty-annotation',
    enforce: 'pre',
    load: (id) => (id.endsWith('annotation/data/grch38-embedded.json')
      ? JSON.stringify({ index: { assembly: 'GRCh38', previous: {}, geneShards: 256, accShards: 64, rules: [], sources: [], dropped: [], source: '', pack: '', generatedFrom: [] }, shard: { genes: {}, desc: {} } })
      : null),
  };
  await build({
    configFile: false, root, logLevel: 'silent',
    plugins: withoutAnnotation ? [emptyPack] : [],
    build: {
      outDir, target: 'es2022', minify: true,
      lib: { entry: join(root, 'src/bundle.ts'), formats: ['es'], fileName: () => 'fusion-viz.js' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  return readFileSync(join(outDir, 'fusion-viz.js'));
}

export async function measureSize(): Promise<{ full: number; code: number; fullGzip: number; codeGzip: number }> {
  const full = await bundle(false);
  const code = await bundle(true);
  return { full: full.length, code: code.length, fullGzip: gzipSync(full, { level: 9 }).length, codeGzip: gzipSync(code, { level: 9 }).length };
}

/** The whole-genome packs on disk (they ship in the npm package as they are: already gzip). */
export function packSizes(): { assembly: string; bytes: number; files: number }[] {
  return ['grch38', 'grch37'].map((a) => {
    const dir = join(root, 'annotation', a);
    const files = readdirSync(dir);
    return { assembly: a === 'grch38' ? 'GRCh38' : 'GRCh37', bytes: files.reduce((n, f) => n + statSync(join(dir, f)).size, 0), files: files.length };
  });
}

export default async function report(): Promise<string> {
  const s = await measureSize();
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const packs = packSizes().map((p) => `${p.assembly} ${(p.bytes / 1024 / 1024).toFixed(1)} MB in ${p.files} files`).join(', ');
  return `annotation packs (on disk and in the npm package): ${packs}\n  dist/fusion-viz.js ${kb(s.fullGzip)} gzip (${kb(s.full)} raw) with the annotation; code alone ${kb(s.codeGzip)} gzip ` +
    `(${kb(s.code)} raw), budget ${BUDGET_KB} KB: ${s.codeGzip / 1024 <= BUDGET_KB ? 'within' : 'OVER'}; annotation ${kb(s.fullGzip - s.codeGzip)} gzip`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) console.log(await report());
