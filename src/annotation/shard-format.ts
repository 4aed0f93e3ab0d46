/**
 * The compact on-disk form of the whole-genome annotation packs (`annotation/<assembly>/`),
 * shared by the build script that writes it and the loaders that read it. Pure: no I/O.
 *
 *   index.json.gz      symbols (current), previous symbols → current, shard counts, provenance
 *   genes-NNN.json.gz  genes whose symbol hashes to NNN, each with all of its transcripts
 *   acc-NN.json.gz     unversioned accessions (NM_, NR_, ENST) by gene, for keys hashing to NN
 *   spans.json.gz      per chromosome, each gene's default-transcript span (nearest-gene lookups)
 *
 * Files are gzip-compressed JSON; readers accept them decompressed too (a server may send
 * them with Content-Encoding: gzip).
 *
 * Exons of a gene are stored once per gene (isoforms share most of them) and referenced by
 * index from each transcript. Domains are stored once per gene, on its reference protein,
 * and projected onto every transcript by genomic position when a shard is decoded
 * (src/model/domain-projection.ts).
 */
import { projectDomains } from '../model/domain-projection';
import type { DomainRecord, Strand, TranscriptRecord } from '../model/types';

export const SHARD_FORMAT = 'fusion-viz-shard/1';

/** FNV-1a over the upper-cased name; stable across builds and runtimes. */
export function bucketOf(name: string, buckets: number): number {
  let h = 0x811c9dc5;
  const s = name.toUpperCase();
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % buckets;
}

export const geneShardName = (k: number): string => `genes-${String(k).padStart(3, '0')}.json.gz`;
export const accShardName = (k: number): string => `acc-${String(k).padStart(2, '0')}.json.gz`;
export const INDEX_FILE = 'index.json.gz';
export const SPANS_FILE = 'spans.json.gz';

/** Unversioned, upper-case accession key. */
export const accessionKey = (accession: string): string => accession.replace(/\.\d+$/, '').toUpperCase();

/** A domain hit on the reference protein: name, accession, source index, start, end, dropped reason index (-1 = display). Descriptions: shard `desc[accession ?? name]`. */
export type PackedDomain = [string, string | null, number, number, number, number];

/**
 * accession (versioned when MANE), exon indices into the gene's exons in genomic order as
 * ranges ("0-5,7,9-12"), cdsLow, cdsHigh, protein accession, protein length, flags, Ensembl
 * aliases (MANE's versioned, the one-to-one map's unversioned).
 */
export type PackedTranscript = [string, string, number | null, number | null, string | null, number | null, number, string[]];

export interface PackedAccessions {
  format: 'fusion-viz-acc/1';
  assembly: string;
  /** Unversioned accessions of each gene's transcripts (and their Ensembl aliases). */
  accessions: Record<string, string[]>;
  /** MANE accessions whose structure this table lacks, by the gene they name. */
  absent: Record<string, string[]>;
}

export function packRanges(indices: readonly number[]): string {
  const sorted = [...indices].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(j > i ? `${sorted[i]}-${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return out.join(',');
}

export function unpackRanges(text: string): number[] {
  const out: number[] = [];
  for (const part of text.split(',')) {
    const [a, b] = part.split('-').map(Number) as [number, number | undefined];
    for (let k = a; k <= (b ?? a); k++) out.push(k);
  }
  return out;
}

export const FLAG_MANE_SELECT = 1;
export const FLAG_MANE_PLUS_CLINICAL = 2;
export const FLAG_CURATED = 4;
export const FLAG_PROTEIN_FROM_CDS = 8;

export interface PackedGene {
  /** HGNC id (`hgnc:427`) or null. */
  h: string | null;
  c: string;
  s: Strand;
  /** Unique exons, genomic order: [low0, len0, Δlow1, len1, …] with Δlow from the previous low; 1-based. */
  x: number[];
  /** Transcripts, the default first. */
  t: PackedTranscript[];
  /** Index into `rules` of the index: why the first transcript is the default. */
  r: number;
  /** Why the default is what it is, when a curated record says more than the rule. */
  n?: string;
  /** Reference protein: index of its transcript in `t`, and its hits. */
  p: { i: number; d: PackedDomain[] } | null;
}

export interface PackedShard {
  format: typeof SHARD_FORMAT;
  assembly: string;
  genes: Record<string, PackedGene>;
  /** Domain descriptions by key. */
  desc: Record<string, string>;
}

export interface PackIndex {
  format: 'fusion-viz-pack-index/1';
  assembly: string;
  /** One line naming the annotation, printed in every figure. */
  source: string;
  pack: string;
  generatedBy: string;
  generatedFrom: string[];
  geneShards: number;
  accShards: number;
  /** Rules for the default transcript, referenced by PackedGene.r. */
  rules: string[];
  domainRule: string;
  domainProjection: string;
  /** Domain source labels, referenced by PackedDomain[2]. */
  sources: string[];
  /** Reasons a hit is not displayed, referenced by PackedDomain[6]. */
  dropped: string[];
  symbols: string[];
  /** Previous symbol → current symbol (refGene name2 under which a MANE accession is listed). */
  previous: Record<string, string>;
  counts: { genes: number; transcripts: number; coding: number; noncoding: number };
}

export function packExons(exons: readonly (readonly [number, number])[]): number[] {
  const out: number[] = [];
  let prev = 0;
  for (const [lo, hi] of exons) {
    out.push(lo - prev, hi - lo + 1);
    prev = lo;
  }
  return out;
}

export function unpackExons(x: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let lo = 0;
  for (let i = 0; i < x.length; i += 2) {
    lo += x[i]!;
    out.push([lo, lo + x[i + 1]! - 1]);
  }
  return out;
}

/** Decodes one gene into TranscriptRecords, default first, with domains projected onto each transcript. */
export function decodeGene(symbol: string, g: PackedGene, index: Pick<PackIndex, 'assembly' | 'rules' | 'sources' | 'dropped' | 'pack'>, desc: Record<string, string>): TranscriptRecord[] {
  const exons = unpackExons(g.x);
  const structural = g.t.map((t) => ({
    gene: symbol,
    hgnc: g.h,
    accession: t[0],
    aliases: aliasesOf(t),
    mane: (t[6] & FLAG_MANE_SELECT) !== 0,
    chrom: g.c,
    strand: g.s,
    exons: orderAlong(unpackRanges(t[1]).map((i) => exons[i]!), g.s),
    cdsStart: t[2],
    cdsEnd: t[3],
    proteinAccession: t[4],
    proteinLength: t[5],
  }));
  const ref = g.p ? structural[g.p.i]! : null;
  const hits: DomainRecord[] = (g.p?.d ?? []).map((d) => ({
    name: d[0],
    description: desc[d[1] ?? d[0]] ?? null,
    accession: d[1],
    source: index.sources[d[2]]!,
    start: d[3],
    end: d[4],
    ...(d[5] >= 0 ? { dropped: index.dropped[d[5]]! } : {}),
  }));
  return structural.map((s, k) => {
    const t = g.t[k]!;
    const flags = t[6];
    const projected = ref ? projectDomains(ref, hits, s) : { domains: [], other: [] };
    const protein = flags & FLAG_PROTEIN_FROM_CDS
      ? 'protein length derived from the CDS length (no RefSeq protein row for this accession)'
      : `protein length of RefSeq ${t[4] ?? '?'} (NCBI, via maftools protein_domains)`;
    const domainsNote = !ref
      ? 'no domain annotation for this gene in the RefSeq protein table'
      : ref === s
        ? `hits on RefSeq ${ref.proteinAccession} (NCBI CDD via maftools protein_domains${flags & FLAG_CURATED ? '; curated genes.json record' : ''})`
        : `hits on RefSeq ${ref.proteinAccession} (${ref.accession}), projected onto ${s.accession} through genomic coordinates`;
    const record: TranscriptRecord = {
      ...s,
      maneStatus: flags & FLAG_MANE_SELECT ? 'MANE Select' : flags & FLAG_MANE_PLUS_CLINICAL ? 'MANE Plus Clinical' : null,
      domains: projected.domains,
      otherDomains: projected.other,
      provenance: {
        structure: `${index.assembly === 'GRCh37' ? 'UCSC hg19' : 'UCSC hg38'} refGene: ${structureNote(t)}`,
        protein,
        domains: domainsNote,
        ...(k === 0 ? { note: `${s.mane ? '' : 'not MANE Select: '}${g.n ?? `default transcript of ${symbol} by rule: ${index.rules[g.r]}`}` } : {}),
      },
    };
    return record;
  });
}

const orderAlong = (exons: [number, number][], strand: Strand): [number, number][] => (strand === '+' ? exons : exons.reverse());

function aliasesOf(t: PackedTranscript): string[] {
  const out = new Set<string>();
  const key = t[0].replace(/\.\d+$/, '');
  if (key !== t[0]) out.add(key);
  for (const a of t[7]) {
    out.add(a);
    out.add(a.replace(/\.\d+$/, ''));
  }
  return [...out];
}

function structureNote(t: PackedTranscript): string {
  const key = t[0].replace(/\.\d+$/, '');
  const status = t[6] & FLAG_MANE_SELECT ? 'MANE Select' : t[6] & FLAG_MANE_PLUS_CLINICAL ? 'MANE Plus Clinical' : null;
  return `exon structure of refGene ${key} (unversioned, ~2018)${status ? `, the ${status} v1.0 accession ${t[0]}` : ''}`;
}
