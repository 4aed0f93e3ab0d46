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
  /** Accession keys (and aliases) of the genes in memory → gene: they answer without an accession shard. */
  private readonly own = new Map<string, string>();
  private spans: Record<string, [string, number, number, string][]> | null = null;

  /**
   * `reader`: the store reads its own files (Node). Its index (the whole genome's symbols: ~40 ms
   * to read, as long again to learn) is then read on first need, not here: a description of
   * embedded genes never needs it. `metaComplete: false` says `meta` is a stand-in (another
   * assembly than the embedded one) that holds no valid field: every lookup reads the index first.
   */
  constructor(meta: IndexMeta, private readonly reader?: SyncReader, private metaComplete = true) {
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
    this.metaComplete = true;
    this.learnSymbols(index.symbols);
    this.learnSymbols(Object.keys(index.previous));
  }

  addShard(shard: PackedShard, bucket?: number): void {
    if (bucket !== undefined) this.geneShards.add(bucket);
    for (const [symbol, gene] of Object.entries(shard.genes)) {
      if (!this.packed.has(symbol)) this.packed.set(symbol, { gene, desc: shard.desc });
      this.upper.set(symbol.toUpperCase(), symbol);
      for (const t of gene.t) for (const a of [t[0], ...t[7]]) if (!this.own.has(accessionKey(a))) this.own.set(accessionKey(a), symbol);
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
    this.needMeta();
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
    this.needMeta();
    const key = accessionKey(accession);
    // A gene in memory (embedded, or from a shard read) answers for its own transcripts, as its
    // accession shard would (each accession belongs to one gene: tests/annotation checks it).
    const own = this.own.get(key);
    if (own !== undefined) return { gene: own, inTable: true };
    const bucket = this.accBucket(accession);
    if (!this.accShards.has(bucket) && this.reader) this.readAcc(bucket);
    return this.accShards.get(bucket)?.get(key);
  }

  transcriptsOf(name: string): readonly TranscriptRecord[] {
    // An embedded gene named by its current symbol needs no index (none of them is another gene's
    // previous symbol: tests/annotation checks it against both packs).
    if (!this.indexLoaded && this.reader && !this.packed.has(this.upper.get(name.toUpperCase()) ?? '')) this.readIndex();
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
    this.needMeta();
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
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const store = this;
    return {
      assembly: this.assembly,
      // Getters: a store with a stand-in index reads the real one when its name is first asked.
      get description() {
        store.needMeta();
        return store.meta.source;
      },
      get pack() {
        store.needMeta();
        return store.meta.pack;
      },
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

  /** A stand-in index is replaced by the real one before any of its fields is used. */
  private needMeta(): void {
    if (!this.metaComplete && this.reader) this.readIndex();
  }

  private readIndex(): void {
    const index = this.reader?.('index.json.gz') as PackIndex | undefined;
    if (index) this.addIndex(index);
    else this.indexLoaded = this.metaComplete = true; // nothing to read: do not try again
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
