/**
 * The whole-genome packs in Node: read synchronously from the installed package's
 * `annotation/<assembly>/` folder (or FUSION_VIZ_ANNOTATION_DIR), no network. Node built-ins
 * are reached through `process.getBuiltinModule`, so this module also loads (and does
 * nothing) in a browser bundle.
 */
import type { Assembly } from '../model/types';
import { isGzip, parseJsonBytes } from './decode';
import { PackStore, type IndexMeta } from './pack-store';
import { INDEX_FILE } from './shard-format';

// The few Node APIs used, typed here so browser builds need no Node type declarations.
interface Fs {
  existsSync(path: string): boolean;
  readFileSync(path: string): Uint8Array;
}
interface Zlib {
  gunzipSync(bytes: Uint8Array): Uint8Array;
}
interface Url {
  fileURLToPath(url: URL): string;
}

interface NodeBits {
  fs: Fs;
  zlib: Zlib;
  url: Url;
  env: Record<string, string | undefined>;
}

function nodeBits(): NodeBits | null {
  const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown; versions?: { node?: string }; env?: Record<string, string | undefined> } }).process;
  if (!p?.versions?.node || typeof p.getBuiltinModule !== 'function') return null;
  return { fs: p.getBuiltinModule('node:fs') as Fs, zlib: p.getBuiltinModule('node:zlib') as Zlib, url: p.getBuiltinModule('node:url') as Url, env: p.env ?? {} };
}

/** Where this module sits decides where the package's annotation folder is. */
export function packageRelative(moduleUrl: string): string {
  if (/\/dist\/esm\//.test(moduleUrl)) return '../../../annotation/';
  if (/\/dist\/[^/]+\.js$/.test(moduleUrl)) return '../annotation/';
  return '../../annotation/';
}

/** The folder holding `<assembly>/index.json.gz`, or null (not Node, or no packs installed). */
export function nodePackDir(): string | null {
  const n = nodeBits();
  if (!n) return null;
  // FUSION_VIZ_ANNOTATION_DIR, when set, is the only place looked at (a missing folder means: embedded genes only).
  const env = n.env.FUSION_VIZ_ANNOTATION_DIR;
  const candidates = env ? [env] : [n.url.fileURLToPath(new URL(packageRelative(import.meta.url), import.meta.url))];
  return candidates.find((d) => n.fs.existsSync(`${d.replace(/\/$/, '')}/grch38/${INDEX_FILE}`))?.replace(/\/$/, '') ?? null;
}

/** Fields of a stand-in index for an assembly whose index is not read yet (never used as such: the store reads the real one first). */
const STAND_IN = { format: 'fusion-viz-pack-index/1', geneShards: 0, accShards: 0, rules: {}, previous: {}, dropped: [] } as unknown as IndexMeta;

/** A store of one assembly that reads its files on first use; null when no pack is installed. */
export function nodePackStore(assembly: Assembly, embedded?: { index: IndexMeta; shard: import('./shard-format').PackedShard }): PackStore | null {
  const n = nodeBits();
  const dir = nodePackDir();
  if (!n || !dir) return null;
  const folder = `${dir}/${assembly.toLowerCase()}`;
  const read = (file: string): unknown => {
    const path = `${folder}/${file}`;
    if (!n.fs.existsSync(path)) return undefined;
    const bytes = n.fs.readFileSync(path);
    return parseJsonBytes(isGzip(bytes) ? n.zlib.gunzipSync(bytes) : bytes);
  };
  if (!n.fs.existsSync(`${folder}/${INDEX_FILE}`)) return null;
  // The index is read by the store on first need (see PackStore): until then the embedded genes'
  // index stands in for this assembly's, or an empty stand-in for the other assembly.
  const same = embedded !== undefined && embedded.index.assembly === assembly;
  const meta: IndexMeta = same ? embedded.index : { ...(embedded?.index ?? STAND_IN), assembly, source: `${assembly} annotation`, previous: {} };
  const store = new PackStore(meta, read, same);
  if (same) store.addShard(embedded.shard);
  return store;
}
