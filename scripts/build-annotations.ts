/**
 * Builds the bundled annotation pack, src/annotation/data/grch38.json, from the project's
 * shared data folder (default ../shared/data, override with FUSION_VIZ_DATA):
 *   genes.json                           per-gene GRCh38 records (exons, CDS, protein length, domains)
 *   full/MANE.GRCh38.v1.0.summary.txt.gz HGNC ids and gene names
 *   full/protein_domains.refseq.tsv.gz   long descriptions of the NCBI-CDD domain hits
 *   raw/pfamA.subset.tsv                 Pfam descriptions
 * Nothing is typed in by hand: every number comes from those files. Run: npm run build:annotations
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnnotationPack, DomainRecord, TranscriptRecord } from '../src/model/types';
import { chooseDisplayDomains, DOMAIN_RULE, type RawDomain } from './domain-rule';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(process.env.FUSION_VIZ_DATA ?? join(root, '../shared/data'));
const outArg = process.argv.indexOf('--out');
const outFile = outArg > 0 ? resolve(process.argv[outArg + 1]!) : join(root, 'src/annotation/data/grch38.json');

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

function readText(rel: string): string {
  const path = join(dataDir, rel);
  const buf = readFileSync(path);
  return rel.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
}

function sha256(rel: string): string {
  return createHash('sha256').update(readFileSync(join(dataDir, rel))).digest('hex').slice(0, 16);
}

function tsvRows(text: string): string[][] {
  return text.split('\n').filter((l) => l.length > 0).map((l) => l.split('\t'));
}

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

const inputs = ['genes.json', 'full/MANE.GRCh38.v1.0.summary.txt.gz', 'full/protein_domains.refseq.tsv.gz', 'raw/pfamA.subset.tsv'];
const pack: AnnotationPack = {
  format: 'fusion-viz-annotation/1',
  assembly: 'GRCh38',
  source: 'MANE Select v1.0 transcripts (exon structure from UCSC hg38 refGene); domains from NCBI CDD on RefSeq proteins and UniProt/InterPro',
  generatedBy: 'scripts/build-annotations.ts (npm run build:annotations)',
  generatedFrom: inputs.map((f) => `shared/data/${f} sha256:${sha256(f)}`),
  domainRule: DOMAIN_RULE,
  transcripts,
};

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(pack) + '\n');
const nDomains = transcripts.reduce((n, t) => n + t.domains.length, 0);
console.log(`wrote ${outFile.startsWith(root) ? relative(root, outFile) : outFile}: ${transcripts.length} transcripts, ${nDomains} display domains (from ${relative(root, dataDir)})`);
