/**
 * Readers for the whole-genome tables in shared/data/full (see shared/data/PROVENANCE.md),
 * used by scripts/build-annotations.ts. Every number of the packs comes from these files.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { RawDomain } from './domain-rule';

export function readTable(dataDir: string, rel: string): string {
  const buf = readFileSync(join(dataDir, rel));
  return rel.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
}

export function sha256(dataDir: string, rel: string): string {
  return createHash('sha256').update(readFileSync(join(dataDir, rel))).digest('hex').slice(0, 16);
}

const rows = (text: string): string[][] => text.split('\n').filter((l) => l.length > 0).map((l) => l.split('\t'));
export const unversioned = (a: string): string => a.replace(/\.\d+$/, '');

export interface RefGeneRow {
  name: string;
  chrom: string;
  strand: '+' | '-';
  /** 1-based inclusive, genomic order. */
  exons: [number, number][];
  cdsLow: number | null;
  cdsHigh: number | null;
  name2: string;
}

/** UCSC refGene (genePred with bin): primary chromosomes only, 0-based starts made 1-based. */
export function readRefGene(text: string): RefGeneRow[] {
  const out: RefGeneRow[] = [];
  for (const r of rows(text)) {
    const chrom = r[2]!;
    if (chrom.includes('_')) continue; // alt, fix, random and unplaced contigs
    const starts = r[9]!.replace(/,$/, '').split(',').map(Number);
    const ends = r[10]!.replace(/,$/, '').split(',').map(Number);
    const cdsStart = Number(r[6]);
    const cdsEnd = Number(r[7]);
    out.push({
      name: r[1]!,
      chrom,
      strand: r[3] as '+' | '-',
      exons: starts.map((s, i) => [s + 1, ends[i]!] as [number, number]),
      cdsLow: cdsStart < cdsEnd ? cdsStart + 1 : null,
      cdsHigh: cdsStart < cdsEnd ? cdsEnd : null,
      name2: r[12]!,
    });
  }
  return out;
}

export interface ManeRow {
  symbol: string;
  hgnc: string | null;
  nm: string;
  np: string;
  enst: string;
  status: 'MANE Select' | 'MANE Plus Clinical';
  chrom: string;
  start: number;
  end: number;
  strand: '+' | '-';
}

export function readMane(text: string): ManeRow[] {
  return rows(text).slice(1).map((r) => ({
    symbol: r[3]!,
    hgnc: r[2]?.startsWith('HGNC:') ? `hgnc:${r[2].slice(5)}` : null,
    nm: r[5]!,
    np: r[6]!,
    enst: r[7]!,
    status: r[9] as ManeRow['status'],
    chrom: `chr${r[10]}`,
    start: Number(r[11]),
    end: Number(r[12]),
    strand: r[13] as '+' | '-',
  }));
}

export interface ProteinRow {
  protein: string;
  length: number;
  hits: RawDomain[];
}

const ACC = /\b(pfam\d+|smart\d+|cd\d+|cl\d+|COG\d+|TIGR\d+|PRK\d+|PLN\d+|PHA\d+|PTZ\d+|NF\d+)\b/g;

/** Maps a maftools row's model id the way shared/data/build_genes_json.py does for genes.json. */
export function classifyHit(label: string, anno: string, origin: string, pfamNames: Map<string, string>): Pick<RawDomain, 'name' | 'accession' | 'source' | 'rawSource'> {
  const ids = anno.match(ACC) ?? [];
  let acc: string | null = ids.length > 0 ? ids[ids.length - 1]! : null;
  if (acc === null && /^(pfam|smart|cd|cl|COG|TIGR|PRK|PLN|PHA|PTZ|NF)\d+$/.test(label)) acc = label;
  const as = (source: string, name: string, accession: string | null) => ({ name, accession, source, rawSource: source });
  if (origin !== 'db_xref' && acc === null) return as(origin, label, null);
  if (acc?.startsWith('pfam')) {
    const accession = `PF${acc.slice(4)}`;
    return as('NCBI-CDD:Pfam', pfamNames.get(accession) ?? label, accession);
  }
  if (acc?.startsWith('smart')) return as('NCBI-CDD:SMART', label, `SM${acc.slice(5)}`);
  if (acc?.startsWith('cd')) return as('NCBI-CDD:CD', label, acc);
  if (acc?.startsWith('cl')) return as('NCBI-CDD:superfamily', label, acc);
  if (acc?.startsWith('COG')) return as('NCBI-CDD:COG', label, acc);
  return as('NCBI-CDD', label, acc);
}

/** maftools protein_domains: RefSeq transcript (unversioned) → protein, length and hits. */
export function readProteins(text: string, pfamNames: Map<string, string>): Map<string, ProteinRow> {
  const out = new Map<string, ProteinRow>();
  for (const r of rows(text).slice(1)) {
    const [, nm, protein, len, start, end, origin, label, anno, , description] = r;
    if (!nm?.startsWith('N')) continue;
    const row = out.get(nm) ?? { protein: protein!, length: Number(len), hits: [] };
    const c = classifyHit(label!, anno ?? '', origin!, pfamNames);
    row.hits.push({ ...c, description: description && description !== 'NA' ? description : null, type: null, start: Number(start), end: Number(end) });
    out.set(nm, row);
  }
  return out;
}

/** ENST (unversioned) → RefSeq accessions (unversioned), in file order. */
export function readEnsemblMap(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [enst, nm] of rows(text)) {
    if (!enst || !nm) continue;
    out.set(enst, [...(out.get(enst) ?? []), nm]);
  }
  return out;
}

export function readPfamNames(text: string): Map<string, string> {
  return new Map(rows(text).slice(1).map((r) => [r[0]!, r[1]!] as const));
}
