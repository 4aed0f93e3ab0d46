/**
 * Sequence files at the edge, for Node (the CLI's `--genome FILE` and `--transcripts FILE`):
 * a genome as `.2bit` (@gmod/twobit) or indexed FASTA (`.fa` + `.fai`, or bgzip `.fa.gz` + `.fai`
 * + `.gzi`; @gmod/indexedfasta), and transcript FASTA (UCSC `refMrna.fa` `>NM_000014 …`, NCBI
 * `*_rna.fna` `>NM_000014.6 Homo sapiens …`, GENCODE `>ENST…|ENSG…|…|`; plain or gzip), of which
 * only the accessions asked for are kept. The model says what it needs (sequenceRequest); this
 * module fetches exactly that into a SequenceSet, before the pure pipeline runs again.
 */
import { closeSync, createReadStream, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { SequenceRequest } from '../model/sequence';
import type { SequenceSet } from '../model/types';

/** A sequence file that cannot be used: the message names the flag and the path, in one line. */
export class SequenceFileError extends Error {}

export interface SequenceFiles {
  /** `--genome`: .2bit, or FASTA with .fai (bgzip: .fai and .gzi). */
  readonly genome?: string;
  /** `--transcripts`: transcript FASTA, plain or gzip. */
  readonly transcripts?: string;
}

interface Genome {
  names(): Promise<string[]>;
  /** 0-based half-open, forward strand. */
  fetch(name: string, start: number, end: number): Promise<string | undefined>;
}

function head(path: string, n: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const got = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

function checkFile(flag: string, path: string): void {
  if (!existsSync(path)) throw new SequenceFileError(`${flag} ${path}: no such file`);
  if (statSync(path).isDirectory()) throw new SequenceFileError(`${flag} ${path}: is a folder, not a file`);
}

/** Checks a --genome path and says what it is, without reading more than its first bytes. */
export function genomeKind(path: string): '2bit' | 'fasta' | 'bgzip-fasta' {
  checkFile('--genome', path);
  const b = head(path, 4);
  if (b.length === 4 && (b.readUInt32LE(0) === 0x1a412743 || b.readUInt32BE(0) === 0x1a412743)) return '2bit';
  const gz = b[0] === 0x1f && b[1] === 0x8b;
  if (!gz && b[0] !== 0x3e /* > */) throw new SequenceFileError(`--genome ${path}: neither a .2bit file nor a FASTA file (it does not start with '>')`);
  if (!existsSync(`${path}.fai`)) throw new SequenceFileError(`--genome ${path}: no index ${basename(path)}.fai beside it (make one with samtools faidx ${basename(path)})`);
  if (gz) {
    if (!existsSync(`${path}.gzi`)) throw new SequenceFileError(`--genome ${path}: a compressed FASTA must be bgzip-compressed with ${basename(path)}.gzi and .fai beside it (bgzip, then samtools faidx)`);
    return 'bgzip-fasta';
  }
  return 'fasta';
}

async function openGenome(path: string): Promise<Genome> {
  const kind = genomeKind(path);
  if (kind === '2bit') {
    const { TwoBitFile } = await import('@gmod/twobit');
    const f = new TwoBitFile({ path });
    return { names: () => f.getSequenceNames(), fetch: (n, s, e) => f.getSequence(n, s, e) };
  }
  const { IndexedFasta, BgzipIndexedFasta } = await import('@gmod/indexedfasta');
  const f = kind === 'fasta' ? new IndexedFasta({ path, faiPath: `${path}.fai` }) : new BgzipIndexedFasta({ path, faiPath: `${path}.fai`, gziPath: `${path}.gzi` });
  return { names: () => f.getSequenceNames(), fetch: (n, s, e) => f.getSequence(n, s, e) };
}

const chromKey = (c: string) => c.replace(/^chr/i, '').toUpperCase().replace(/^M$/, 'MT');
const unversioned = (a: string) => a.replace(/\.\d+$/, '').toUpperCase();

async function fetchGenome(path: string, regions: SequenceRequest['genomic']): Promise<NonNullable<SequenceSet['genomic']>> {
  let g: Genome;
  let names: string[];
  try {
    g = await openGenome(path);
    names = await g.names();
  } catch (e) {
    if (e instanceof SequenceFileError) throw e;
    throw new SequenceFileError(`--genome ${path}: cannot be read (${String((e as Error).message ?? e).slice(0, 120)})`);
  }
  const byKey = new Map(names.map((n) => [chromKey(n), n]));
  const out: { chrom: string; start: number; end: number; seq: string }[] = [];
  for (const r of regions) {
    const name = byKey.get(chromKey(r.chrom));
    if (!name) continue; // the model says the sequence does not cover it
    let seq: string | undefined;
    try {
      seq = await g.fetch(name, r.start - 1, r.end);
    } catch (e) {
      throw new SequenceFileError(`--genome ${path}: cannot read ${name}:${r.start}-${r.end} (${String((e as Error).message ?? e).slice(0, 120)})`);
    }
    if (seq) out.push({ chrom: r.chrom, start: r.start, end: r.start + seq.length - 1, seq });
  }
  return out;
}

/** The accessions a FASTA header names: its first word, and each `|` field of it (GENCODE). */
function headerIds(line: string): string[] {
  const first = line.slice(1).trim().split(/\s+/)[0] ?? '';
  return [first, ...first.split('|').filter(Boolean)];
}

/** Reads a transcript FASTA (plain or gzip), keeping only the accessions asked for (with or without version). */
export async function readTranscriptFasta(path: string, wanted: readonly string[]): Promise<Record<string, string>> {
  checkFile('--transcripts', path);
  const b = head(path, 2);
  const gz = b[0] === 0x1f && b[1] === 0x8b;
  if (!gz && b[0] !== 0x3e) throw new SequenceFileError(`--transcripts ${path}: not a FASTA file (it does not start with '>')`);
  const want = new Set(wanted.map(unversioned));
  const out: Record<string, string> = {};
  const stream = createReadStream(path);
  const input = gz ? stream.pipe(createGunzip()) : stream;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let current: string | null = null;
  let parts: string[] = [];
  let headers = 0;
  const flush = () => {
    if (current !== null && !(current in out)) out[current] = parts.join('');
    current = null;
    parts = [];
  };
  try {
    for await (const line of lines) {
      if (line.startsWith('>')) {
        flush();
        headers++;
        const id = headerIds(line).find((x) => want.has(unversioned(x)));
        current = id ?? null;
      } else if (current !== null) parts.push(line.trim());
    }
    flush();
  } catch (e) {
    throw new SequenceFileError(`--transcripts ${path}: cannot be read (${String((e as Error).message ?? e).slice(0, 120)})`);
  }
  if (headers === 0) throw new SequenceFileError(`--transcripts ${path}: holds no FASTA record`);
  return out;
}

/** Fetches what the fusions need from the files given, as one SequenceSet. */
export async function fetchSequence(requests: readonly SequenceRequest[], files: SequenceFiles): Promise<SequenceSet> {
  const sources: string[] = [];
  let genomic: SequenceSet['genomic'];
  let transcripts: SequenceSet['transcripts'];
  if (files.genome) {
    const seen = new Set<string>();
    const regions = requests.flatMap((r) => r.genomic).filter((r) => {
      const k = `${r.chrom}:${r.start}-${r.end}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });
    genomic = await fetchGenome(files.genome, regions);
    sources.push(`genome ${basename(files.genome)}`);
  }
  if (files.transcripts) {
    transcripts = await readTranscriptFasta(files.transcripts, [...new Set(requests.flatMap((r) => r.transcripts))]);
    sources.push(`transcripts ${basename(files.transcripts)}`);
  }
  return { source: sources.join(' + '), ...(genomic ? { genomic } : {}), ...(transcripts ? { transcripts } : {}) };
}

/** Checks the files exist and look right before anything is resolved (usage errors come first). */
export function checkSequenceFiles(files: SequenceFiles): void {
  if (files.genome) genomeKind(files.genome);
  if (files.transcripts) {
    checkFile('--transcripts', files.transcripts);
    const b = head(files.transcripts, 2);
    if (!(b[0] === 0x1f && b[1] === 0x8b) && b[0] !== 0x3e) throw new SequenceFileError(`--transcripts ${files.transcripts}: not a FASTA file (it does not start with '>')`);
  }
}
