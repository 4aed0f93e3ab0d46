/** Reads the project's shared GRCh38 data (../shared/data) at test time; never copied into the repo. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const sharedDataDir = resolve(
  process.env.FUSION_VIZ_DATA ?? join(dirname(fileURLToPath(import.meta.url)), '../../../shared/data'),
);

export function readShared(rel: string): string {
  const buf = readFileSync(join(sharedDataDir, rel));
  return rel.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
}

export interface GeneJsonRecord {
  chrom: string;
  strand: '+' | '-';
  exons: [number, number][];
  cdsStart: number;
  cdsEnd: number;
  startCodon: number;
  stopCodonEnd: number;
  proteinLength: number;
  exonAaRanges: ([number, number] | null)[];
  transcript: { refseq: string; refseqVersionedMane: string | null };
}

let genes: Record<string, GeneJsonRecord> | undefined;
export function genesJson(): Record<string, GeneJsonRecord> {
  genes ??= JSON.parse(readShared('genes.json')) as Record<string, GeneJsonRecord>;
  return genes;
}
