/**
 * Builds the annotation packs from the project's shared data (default ../shared/data, or
 * FUSION_VIZ_DATA): whole-genome packs for GRCh38 and GRCh37 in annotation/<assembly>/
 * (see src/annotation/shard-format.ts), and the embedded subset of the drop-in file,
 * src/annotation/data/grch38-embedded.json (the 113 curated genes, all their transcripts).
 *
 * Inputs (each recorded with its SHA-256): full/refGene.hg38.txt.gz, full/refGene.hg19.txt.gz,
 * full/MANE.GRCh38.v1.0.summary.txt.gz, full/protein_domains.refseq.tsv.gz,
 * full/ensembl_to_refseq.one2one.tsv.gz, genes.json and raw/pfamA.subset.tsv.
 * Nothing is typed in by hand. Run: npm run build:annotations [-- --out DIR]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accShardName, bucketOf, geneShardName, INDEX_FILE, type PackedAccessions, type PackedGene, type PackIndex, type PackedShard, SHARD_FORMAT, SPANS_FILE } from '../src/annotation/shard-format';
import { CURATED_INPUTS, curatedRecords } from './curated';
import { DOMAIN_RULE } from './domain-rule';
import { buildAssembly, PROJECTION_RULE, type Tables } from './pack-assembly';
import { readEnsemblMap, readMane, readPfamNames, readProteins, readRefGene, readTable, sha256 } from './pack-inputs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(process.env.FUSION_VIZ_DATA ?? join(root, '../shared/data'));
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? resolve(process.argv[outArg + 1]!) : root;

export const GENE_SHARDS = 256;
export const ACC_SHARDS = 64;

function addDescriptions(shard: PackedShard, g: PackedGene, desc: Map<string, string>): void {
  for (const d of g.p?.d ?? []) {
    const text = desc.get(d[1] ?? d[0]);
    if (text) shard.desc[d[1] ?? d[0]] = text;
  }
}

const t0 = Date.now();
const pfamNames = readPfamNames(readTable(dataDir, 'raw/pfamA.subset.tsv'));
const tables: Tables = {
  mane: readMane(readTable(dataDir, 'full/MANE.GRCh38.v1.0.summary.txt.gz')),
  proteins: readProteins(readTable(dataDir, 'full/protein_domains.refseq.tsv.gz'), pfamNames),
  ensembl: readEnsemblMap(readTable(dataDir, 'full/ensembl_to_refseq.one2one.tsv.gz')),
  curated: curatedRecords(dataDir),
};
const common = ['full/MANE.GRCh38.v1.0.summary.txt.gz', 'full/protein_domains.refseq.tsv.gz', 'full/ensembl_to_refseq.one2one.tsv.gz', ...CURATED_INPUTS];

const json = (v: unknown) => JSON.stringify(v) + '\n';
/** gzip without a timestamp, so a rebuild from the same inputs is byte-identical. */
const gz = (v: unknown) => gzipSync(json(v), { level: 9 });
let from38: { defaults: Map<string, string>; symbolOfNm: Map<string, string> } | null = null;
// `--only GRCh38` builds that assembly alone (GRCh37 needs GRCh38's defaults, so it always builds both).
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;
for (const assembly of (only === 'GRCh38' ? ['GRCh38'] : ['GRCh38', 'GRCh37']) as ('GRCh38' | 'GRCh37')[]) {
  const refGeneFile = assembly === 'GRCh38' ? 'full/refGene.hg38.txt.gz' : 'full/refGene.hg19.txt.gz';
  const built = buildAssembly(assembly, readRefGene(readTable(dataDir, refGeneFile)), tables, from38);
  if (assembly === 'GRCh38') from38 = built;
  const ucsc = assembly === 'GRCh38' ? 'hg38' : 'hg19';
  const index: PackIndex = {
    format: 'fusion-viz-pack-index/1',
    assembly,
    source: `UCSC ${ucsc} refGene (~2018) exon structures, MANE Select v1.0 default transcripts; domains: NCBI CDD hits on RefSeq proteins (maftools), UniProt Pfam/InterPro for ALK and EML4`,
    pack: `fusion-viz ${assembly} whole-genome pack`,
    generatedBy: 'scripts/build-annotations.ts (npm run build:annotations)',
    generatedFrom: [refGeneFile, ...common].map((f) => `shared/data/${f} sha256:${sha256(dataDir, f)}`),
    geneShards: GENE_SHARDS,
    accShards: ACC_SHARDS,
    rules: built.rules,
    domainRule: DOMAIN_RULE,
    domainProjection: PROJECTION_RULE,
    sources: built.sources,
    dropped: built.dropped,
    symbols: [...built.genes.keys()].sort(),
    previous: Object.fromEntries([...built.previous].sort()),
    counts: built.counts,
  };
  const dir = join(outDir, 'annotation', assembly.toLowerCase());
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, INDEX_FILE), gz(index));
  const shards: PackedShard[] = Array.from({ length: GENE_SHARDS }, () => ({ format: SHARD_FORMAT, assembly, genes: {}, desc: {} }));
  for (const [symbol, g] of [...built.genes].sort((a, b) => a[0].localeCompare(b[0]))) {
    const shard = shards[bucketOf(symbol, GENE_SHARDS)]!;
    shard.genes[symbol] = g;
    addDescriptions(shard, g, built.desc);
  }
  shards.forEach((s, k) => writeFileSync(join(dir, geneShardName(k)), gz(s)));
  const acc: PackedAccessions[] = Array.from({ length: ACC_SHARDS }, () => ({ format: 'fusion-viz-acc/1', assembly, accessions: {}, absent: {} }));
  for (const [key, [symbol, accession]] of [...built.accessions].sort((a, b) => a[0].localeCompare(b[0]))) {
    const bucket = acc[bucketOf(key, ACC_SHARDS)]![accession === null ? 'absent' : 'accessions'];
    (bucket[symbol] ??= []).push(key);
  }
  acc.forEach((a, k) => writeFileSync(join(dir, accShardName(k)), gz(a)));
  writeFileSync(join(dir, SPANS_FILE), gz({ format: 'fusion-viz-spans/1', assembly, spans: built.spans }));

  if (assembly === 'GRCh38') {
    // The drop-in embeds the curated genes with every transcript, so they draw offline exactly as in Node.
    const embedded: PackedShard = { format: SHARD_FORMAT, assembly, genes: {}, desc: {} };
    for (const c of tables.curated) {
      const g = built.genes.get(c.record.gene)!;
      embedded.genes[c.record.gene] = g;
      addDescriptions(embedded, g, built.desc);
    }
    const { symbols: _s, previous, ...meta } = index;
    const previousOfEmbedded = Object.fromEntries(Object.entries(previous).filter(([, cur]) => cur in embedded.genes));
    mkdirSync(join(outDir, 'src/annotation/data'), { recursive: true });
    writeFileSync(join(outDir, 'src/annotation/data/grch38-embedded.json'), json({ index: { ...meta, previous: previousOfEmbedded }, shard: embedded }));
  }
  console.log(`${assembly}: ${built.counts.genes} genes, ${built.counts.transcripts} transcripts (${built.counts.coding} coding) → ${dir}`);
}
console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
