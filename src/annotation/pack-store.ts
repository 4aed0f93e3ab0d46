/**
 * An AnnotationSource over the sharded packs of one assembly. The store holds what has been
 * loaded (the embedded genes, the index, gene and accession shards); loading is done by the
 * edges (node-packs.ts reads files synchronously, browser-packs.ts fetches them), so the
 * model keeps reading a synchronous source.
 */
import type { AnnotationSource, GeneNear, TranscriptRecord } from '../model/types';
import { accessionKey, accShardName, bucketOf, decodeGene, geneShardName, type PackIndex, type PackedAccessions, type PackedGene, type PackedShard } from './shard-format';

export type IndexMeta = Omit<PackIndex, 'symbols'> & { symbols?: string[] };

/** Synchronous file access for a store (Node); returns undefined when the file is absent. */
export type SyncReader = (file: string) => unknown;

export class PackStore {
  readonly assembly: string;
  private meta: IndexMeta;
  private indexLoaded = false;
  private readonly upper = new Map<string, string>();
  private readonly packed = new Map<string, { gene: PackedGene; desc: Record<string, string> }>();
  private readonly decoded = new Map<string, TranscriptRecord[]>();
  private readonly geneShards = new Set<number>();
  private readonly accShards = new Map<number, Map<string, { gene: string; inTable: boolean }>>();
  private spans: Record<string, [string, number, number, string][]> | null = null;

  constructor(meta: IndexMeta, private readonly reader?: SyncReader) {
    this.assembly = meta.assembly;
    this.meta = meta;
    this.learnSymbols(Object.keys(meta.previous));
  }

  get index(): IndexMeta {
    return this.meta;
  }

  /** True when the store reads its files itself (Node): nothing needs loading first. */
  get readsSync(): boolean {
    return this.reader !== undefined;
  }

  get hasIndex(): boolean {
    return this.indexLoaded;
  }

  /** The full index (symbols and previous symbols of the whole genome). */
  addIndex(index: PackIndex): void {
    this.meta = index;
    this.indexLoaded = true;
    this.learnSymbols(index.symbols);
  }

  addShard(shard: PackedShard, bucket?: number): void {
    if (bucket !== undefined) this.geneShards.add(bucket);
    for (const [symbol, gene] of Object.entries(shard.genes)) {
      if (!this.packed.has(symbol)) this.packed.set(symbol, { gene, desc: shard.desc });
      this.upper.set(symbol.toUpperCase(), symbol);
    }
  }

  addAccessions(acc: PackedAccessions, bucket: number): void {
    const map = new Map<string, { gene: string; inTable: boolean }>();
    for (const [gene, keys] of Object.entries(acc.accessions)) for (const k of keys) map.set(k, { gene, inTable: true });
    for (const [gene, keys] of Object.entries(acc.absent)) for (const k of keys) if (!map.has(k)) map.set(k, { gene, inTable: false });
    this.accShards.set(bucket, map);
  }

  addSpans(spans: { spans: Record<string, [string, number, number, string][]> }): void {
    this.spans = spans.spans;
  }

  /** Current symbol for a symbol or previous symbol, any case; undefined when unknown (so far). */
  symbol(name: string): string | undefined {
    const known = this.upper.get(name.toUpperCase());
    return known === undefined ? undefined : this.meta.previous[known] ?? known;
  }

  geneBucket(symbol: string): number {
    return bucketOf(symbol, this.meta.geneShards);
  }

  accBucket(accession: string): number {
    return bucketOf(accessionKey(accession), this.meta.accShards);
  }

  hasGeneShard(bucket: number): boolean {
    return this.geneShards.has(bucket);
  }

  hasAccShard(bucket: number): boolean {
    return this.accShards.has(bucket);
  }

  /** Whether the gene's records are in memory (embedded or from a loaded shard). */
  hasGene(symbol: string): boolean {
    return this.packed.has(symbol);
  }

  /** The gene an accession names, and whether this table holds its structure. */
  geneOfAccession(accession: string): { gene: string; inTable: boolean } | undefined {
    const bucket = this.accBucket(accession);
    if (!this.accShards.has(bucket) && this.reader) this.readAcc(bucket);
    const hit = this.accShards.get(bucket)?.get(accessionKey(accession));
    if (hit) return hit;
    // Embedded genes answer for their own accessions without an accession shard.
    const key = accessionKey(accession);
    for (const [symbol] of this.packed) {
      if (this.transcriptsOf(symbol).some((t) => accessionKey(t.accession) === key || t.aliases.some((a) => accessionKey(a) === key))) return { gene: symbol, inTable: true };
    }
    return undefined;
  }

  transcriptsOf(name: string): readonly TranscriptRecord[] {
    if (!this.indexLoaded && this.reader) this.readIndex();
    const symbol = this.symbol(name);
    if (!symbol) return [];
    const done = this.decoded.get(symbol);
    if (done) return done;
    if (!this.packed.has(symbol) && this.reader) this.readGeneShard(this.geneBucket(symbol));
    const p = this.packed.get(symbol);
    if (!p) return [];
    const records = decodeGene(symbol, p.gene, this.meta, p.desc);
    this.decoded.set(symbol, records);
    return records;
  }

  transcript(accession: string): TranscriptRecord | undefined {
    const hit = this.geneOfAccession(accession);
    if (!hit?.inTable) return undefined;
    const key = accessionKey(accession);
    const list = this.transcriptsOf(hit.gene);
    return list.find((t) => accessionKey(t.accession) === key) ?? list.find((t) => t.aliases.some((a) => accessionKey(a) === key));
  }

  genes(): readonly string[] {
    if (!this.indexLoaded && this.reader) this.readIndex();
    return this.indexLoaded ? (this.meta.symbols ?? []) : [...this.packed.keys()].sort();
  }

  genesNear(chrom: string, pos: number, limit = 3): readonly GeneNear[] {
    if (!this.spans && this.reader) {
      const s = this.reader('spans.json.gz') as { spans: Record<string, [string, number, number, string][]> } | undefined;
      if (s) this.spans = s.spans;
    }
    const c = chrom.replace(/^chr/i, '');
    const list = this.spans?.[`chr${c === 'MT' ? 'M' : c}`] ?? [];
    return list
      .map(([gene, start, end, strand]) => {
        const distance = pos < start ? start - pos : pos > end ? pos - end : 0;
        const where: GeneNear['where'] = distance === 0 ? 'inside' : (pos < start) === (strand === '+') ? 'upstream' : 'downstream';
        return { gene, chrom: `chr${c}`, strand: strand as '+' | '-', start, end, distance, where };
      })
      .sort((a, b) => a.distance - b.distance || a.gene.localeCompare(b.gene))
      .slice(0, limit);
  }

  /** The model's view of this store. */
  source(): AnnotationSource {
    return {
      assembly: this.assembly,
      description: this.meta.source,
      pack: this.meta.pack,
      transcriptsOf: (g) => this.transcriptsOf(g),
      transcript: (a) => this.transcript(a),
      genes: () => this.genes(),
      genesNear: (c, p, l) => this.genesNear(c, p, l),
      geneOfAccession: (a) => this.geneOfAccession(a),
    };
  }

  private learnSymbols(symbols: readonly string[]): void {
    for (const s of symbols) if (!this.upper.has(s.toUpperCase())) this.upper.set(s.toUpperCase(), s);
  }

  private readIndex(): void {
    const index = this.reader?.('index.json.gz') as PackIndex | undefined;
    if (index) this.addIndex(index);
    else this.indexLoaded = true; // nothing to read: do not try again
  }

  private readGeneShard(bucket: number): void {
    if (this.geneShards.has(bucket)) return;
    this.geneShards.add(bucket);
    const shard = this.reader?.(geneShardName(bucket)) as PackedShard | undefined;
    if (shard) this.addShard(shard, bucket);
  }

  private readAcc(bucket: number): void {
    const acc = this.reader?.(accShardName(bucket)) as PackedAccessions | undefined;
    if (acc) this.addAccessions(acc, bucket);
    else this.accShards.set(bucket, new Map());
  }
}
