/**
 * Bring-your-own annotation from a file, for Node (the CLI's `--annotation FILE`): a GTF
 * (GENCODE, Ensembl; `.gtf` or `.gtf.gz`) or a UCSC refGene/genePred table (`.txt`,
 * `.txt.gz`), told apart by content. I/O at the edge; the readers are pure (src/formats).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseGtf } from '../formats/gtf';
import { parseRefGene } from '../formats/refgene';
import { createAnnotationSource } from '../model/annotation-source';
import type { AnnotationSource, Assembly, Issue } from '../model/types';

export interface AnnotationFile {
  readonly source: AnnotationSource;
  readonly format: 'gtf' | 'refgene';
  /** Lines that could not be read (the rest is used). */
  readonly issues: readonly Issue[];
}

export function readAnnotationFile(path: string, assembly: Assembly): AnnotationFile {
  const bytes = readFileSync(path);
  const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
  const firstData = text.split('\n', 200).find((l) => l !== '' && !l.startsWith('#')) ?? '';
  const isGtf = firstData.split('\t').length === 9 && /transcript_id|gene_id/.test(firstData);
  const name = basename(path);
  const read = isGtf ? parseGtf(text, { source: `GTF ${name}` }) : parseRefGene(text);
  if (read.records.length === 0) {
    throw new Error(`${name}: no transcript could be read as ${isGtf ? 'GTF' : 'a refGene/genePred table'}${read.issues[0] ? ` (${read.issues[0].message})` : ''}`);
  }
  return {
    source: createAnnotationSource(read.records, { assembly, description: `${isGtf ? 'GTF' : 'refGene table'} ${name} (${read.records.length} transcripts; no domains)`, pack: name }),
    format: isGtf ? 'gtf' : 'refgene',
    issues: read.issues,
  };
}
