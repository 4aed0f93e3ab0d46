/**
 * Pack shards in the browser: fetched on demand from a base URL (by default the
 * `annotation/` folder shipped beside `dist/fusion-viz.js` in the package), decompressed
 * with DecompressionStream, cached per URL. Loading happens before the model runs:
 * `ensureForInput` fetches what a description names, then the model reads the store.
 */
import type { FusionInput } from '../model/types';
import { isGzip, parseJsonBytes } from './decode';
import { packageRelative } from './node-packs';
import type { PackStore } from './pack-store';
import { accShardName, geneShardName, INDEX_FILE, type PackIndex, type PackedAccessions, type PackedShard } from './shard-format';

let globalBase: string | null = null;

/** Sets where every element loads annotation shards from (a URL to the folder holding grch38/ and grch37/). */
export function setAnnotationBase(url: string | URL | null): void {
  globalBase = url === null ? null : String(url);
}

export function annotationBase(override?: string | null): string {
  const base = override ?? globalBase ?? new URL(packageRelative(import.meta.url), import.meta.url).href;
  return base.endsWith('/') ? base : `${base}/`;
}

export class ShardLoadError extends Error {
  constructor(readonly url: string, reason: string) {
    super(`could not load annotation shard ${url}: ${reason}`);
  }
}

const cache = new Map<string, Promise<unknown>>();

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Fetches and parses one pack file, once per URL. */
export function fetchPackFile(url: string): Promise<unknown> {
  let p = cache.get(url);
  if (!p) {
    p = (async () => {
      let res: Response;
      try {
        res = await fetch(url);
      } catch (e) {
        throw new ShardLoadError(url, (e as Error).message);
      }
      if (!res.ok) throw new ShardLoadError(url, `HTTP ${res.status}`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      try {
        return parseJsonBytes(isGzip(bytes) ? await gunzip(bytes) : bytes);
      } catch (e) {
        throw new ShardLoadError(url, `not a pack file (${(e as Error).message})`);
      }
    })();
    p.catch(() => cache.delete(url)); // a failed fetch may be retried later
    cache.set(url, p);
  }
  return p;
}

/** Names (genes, accessions) a description needs from the annotation. */
export function namesOf(input: FusionInput): { genes: string[]; accessions: string[] } {
  const genes: string[] = [];
  const accessions: string[] = [];
  for (const p of [input.fivePrime, input.threePrime]) {
    if (p.gene) genes.push(p.gene);
    if (p.transcript) accessions.push(p.transcript);
  }
  return { genes, accessions };
}

/** Loads into `store` every shard the names need; resolves at once when the store already has them. */
export async function ensureNames(store: PackStore, names: { genes: string[]; accessions: string[] }, base: string): Promise<void> {
  const folder = `${base}${store.assembly.toLowerCase()}/`;
  const known = (g: string) => {
    const s = store.symbol(g);
    return s !== undefined && store.hasGene(s);
  };
  const accKnown = (a: string) => store.geneOfAccession(a)?.inTable === true && known(store.geneOfAccession(a)!.gene);
  if (names.genes.every(known) && names.accessions.every(accKnown)) return;
  if (!store.hasIndex) store.addIndex((await fetchPackFile(folder + INDEX_FILE)) as PackIndex);
  const genes = [...names.genes];
  await Promise.all(names.accessions.filter((a) => !accKnown(a)).map(async (a) => {
    const k = store.accBucket(a);
    if (!store.hasAccShard(k)) store.addAccessions((await fetchPackFile(folder + accShardName(k))) as PackedAccessions, k);
    const hit = store.geneOfAccession(a);
    if (hit) genes.push(hit.gene);
  }));
  await Promise.all(genes.map(async (g) => {
    const s = store.symbol(g);
    if (!s || store.hasGene(s)) return;
    const k = store.geneBucket(s);
    if (!store.hasGeneShard(k)) store.addShard((await fetchPackFile(folder + geneShardName(k))) as PackedShard, k);
  }));
}
