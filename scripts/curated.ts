/**
 * The curated GRCh38 records (one transcript per gene, 113 fusion genes) from the project's
 * shared data folder, used by scripts/build-annotations.ts as the default transcripts and
 * domain sets of those genes in the GRCh38 pack:
 *   genes.json                           per-gene GRCh38 records (exons, CDS, protein length, domains)
 *   full/MANE.GRCh38.v1.0.summary.txt.gz HGNC ids and gene names
 *   full/protein_domains.refseq.tsv.gz   long descriptions of the NCBI-CDD domain hits
 *   raw/pfamA.subset.tsv                 Pfam descriptions
 * Nothing is typed in by hand: every number comes from those files. Run: npm run build:annotations
 */
import type { DomainRecord, TranscriptRecord } from '../src/model/types';
import { chooseDisplayDomains, type RawDomain } from './domain-rule';
import { readTable } from './pack-inputs';

interface GeneJson {
  assembly: string;
  chrom: string;
  strand: '+' | '-';
  transcript: {
    refseq: string;
    refseqVersionedMane: string | null;
    ensembl: string | null;
    mane: boolean;
    maneSelect: { refseq: string; ensembl: string; protein: string } | null;
    ensemblEquivalentUnversioned: string[];
    proteinRefseq: string;
    structureSource: string;
  };
  exons: [number, number][];
  cdsStart: number;
  cdsEnd: number;
  proteinLength: number;
  domains: { name: string; source: string; accession: string | null; start: number; end: number; via: string; type?: string }[];
}

function tsvRows(text: string): string[][] {
  return text.split('\n').filter((l) => l.length > 0).map((l) => l.split('\t'));
}

export interface CuratedRecord {
  record: TranscriptRecord;
  /** The unversioned refGene accession whose structure the record holds. */
  refseq: string;
}

/** The 113 curated GRCh38 records of shared/data/genes.json, as the model reads them. */
export function curatedRecords(dataDir: string): CuratedRecord[] {
const readText = (rel: string) => readTable(dataDir, rel);
const genes = JSON.parse(readText('genes.json')) as Record<string, GeneJson>;

// HGNC ids from MANE: symbol -> "hgnc:N".
const hgncBySymbol = new Map<string, string>();
for (const row of tsvRows(readText('full/MANE.GRCh38.v1.0.summary.txt.gz')).slice(1)) {
  const [, , hgnc, symbol, , , , , , status] = row;
  if (status === 'MANE Select' && hgnc?.startsWith('HGNC:')) hgncBySymbol.set(symbol!, `hgnc:${hgnc.slice(5)}`);
}

// Long descriptions of the NCBI-CDD hits, keyed by protein/start/end/label.
const cddDescription = new Map<string, string>();
for (const row of tsvRows(readText('full/protein_domains.refseq.tsv.gz')).slice(1)) {
  const [, , protein, , start, end, , label, , , description] = row;
  if (description && description !== 'NA') cddDescription.set(`${protein}|${start}|${end}|${label}`, description);
}
const pfamDescription = new Map<string, string>();
for (const row of tsvRows(readText('raw/pfamA.subset.tsv')).slice(1)) pfamDescription.set(row[0]!, row[2]!);

function describe(g: GeneJson, d: GeneJson['domains'][number]): string | null {
  if (d.source === 'InterPro') return null; // InterPro names are already descriptive
  const cdd = cddDescription.get(`${g.transcript.proteinRefseq}|${d.start}|${d.end}|${d.name}`);
  if (cdd) return cdd;
  return d.accession ? pfamDescription.get(d.accession) ?? null : null;
}

function sourceLabel(d: GeneJson['domains'][number]): string {
  if (d.source === 'Pfam' || d.source === 'InterPro') {
    const uniprot = /UniProt (\w+)/.exec(d.via)?.[1];
    return `${d.source} (UniProt ${uniprot ?? '?'}${d.type ? `, ${d.type}` : ''})`;
  }
  return d.source;
}

const transcripts: TranscriptRecord[] = [];
for (const [symbol, g] of Object.entries(genes)) {
  const t = g.transcript;
  const accession = t.mane && t.refseqVersionedMane ? t.refseqVersionedMane : t.refseq;
  const aliases = new Set<string>([t.refseq, ...(t.ensembl ? [t.ensembl, t.ensembl.split('.')[0]!] : []), ...t.ensemblEquivalentUnversioned]);
  aliases.delete(accession);
  const raw: RawDomain[] = g.domains.map((d) => ({
    name: d.name,
    description: describe(g, d),
    accession: d.accession,
    source: sourceLabel(d),
    rawSource: d.source,
    type: d.type ?? null,
    start: d.start,
    end: d.end,
  }));
  const { display, other } = chooseDisplayDomains(raw);
  const strip = (d: RawDomain & { dropped?: string }): DomainRecord => ({
    name: d.name,
    description: d.description,
    accession: d.accession,
    source: d.source,
    start: d.start,
    end: d.end,
    ...(d.dropped ? { dropped: d.dropped } : {}),
  });
  const structureNote = t.mane
    ? `exon structure of refGene ${t.refseq} (unversioned, ~2018), the MANE Select v1.0 accession ${accession}`
    : t.structureSource;
  transcripts.push({
    gene: symbol,
    hgnc: hgncBySymbol.get(symbol) ?? null,
    accession,
    aliases: [...aliases],
    mane: t.mane,
    chrom: g.chrom,
    strand: g.strand,
    exons: g.exons,
    cdsStart: g.cdsStart,
    cdsEnd: g.cdsEnd,
    proteinAccession: t.mane && t.maneSelect ? t.maneSelect.protein : t.proteinRefseq,
    proteinLength: g.proteinLength,
    domains: display.map(strip),
    otherDomains: other.map(strip),
    provenance: {
      structure: `UCSC hg38 refGene: ${structureNote}`,
      protein: `protein length of RefSeq ${t.proteinRefseq} (NCBI, via maftools protein_domains)`,
      domains: 'NCBI CDD hits on the RefSeq protein (maftools protein_domains); ALK and EML4 also UniProt Pfam/InterPro (Genome Nexus)',
      ...(t.mane ? {} : { note: `not MANE Select: ${t.structureSource}` }),
    },
  });
}

  return transcripts.map((record, k) => ({ record, refseq: Object.values(genes)[k]!.transcript.refseq }));
}

/** Inputs of the curated records, for the packs' provenance. */
export const CURATED_INPUTS = ['genes.json', 'raw/pfamA.subset.tsv'];
