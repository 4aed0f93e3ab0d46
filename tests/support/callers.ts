/** Caller fixtures from ../shared/callers (read at test time, never copied) and annotation built for them. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { expect } from 'vitest';
import { readCallerFile } from '../../src/formats/callers';
import type { CallerFile } from '../../src/formats/caller-types';
import { parseRefGene } from '../../src/formats/refgene';
import { createAnnotationSource } from '../../src/model/annotation-source';
import type { AnnotationSource } from '../../src/model/types';
import { resolveCallerFile, type ResolvedCallerRow } from '../../src/rows';
import { readShared } from './shared-data';

export const callersDir = resolve(process.env.FUSION_VIZ_CALLERS ?? join(dirname(fileURLToPath(import.meta.url)), '../../../shared/callers'));

export function fixtureText(rel: string): string {
  const buf = readFileSync(join(callersDir, rel));
  return (rel.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

export function readFixture(rel: string): CallerFile {
  const file = readCallerFile(fixtureText(rel));
  if (!file) throw new Error(`${rel} was not recognised`);
  return file;
}

/** 1-based numbers of the lines that hold data (not header, comment or blank) for a tabular or VCF file. */
export function dataLines(text: string, headerLines = 1): number[] {
  return text
    .split('\n')
    .map((t, i) => ({ t, line: i + 1 }))
    .filter(({ t, line }) => line > headerLines && t.trim() !== '' && !t.startsWith('#'))
    .map(({ line }) => line);
}

/**
 * The invariant every fixture must keep, whatever annotation is loaded: every data line is in
 * exactly one row, and each row either resolved to a fusion or carries issues that name a field.
 */
export function expectEveryRowAccounted(file: CallerFile, resolved: readonly ResolvedCallerRow[], lines: readonly number[]): void {
  const covered = resolved.flatMap((r) => r.evidence?.lines ?? [r.line]);
  expect([...covered].sort((a, b) => a - b)).toEqual([...lines]);
  for (const r of resolved) {
    expect(lines).toContain(r.line);
    if (!r.fusion) {
      expect(r.issues?.length, `line ${r.line} has neither a fusion nor issues`).toBeGreaterThan(0);
      for (const i of r.issues!) expect(i.path.length).toBeGreaterThan(0);
    }
  }
  expect(resolved.length).toBe(file.rows.length);
}

export function resolveAll(file: CallerFile, source: AnnotationSource): ResolvedCallerRow[] {
  return resolveCallerFile(file, source);
}

/**
 * A GRCh37 (or GRCh38) source of the named genes from the shared UCSC refGene table, with the
 * Ensembl transcript ids of the shared one-to-one map as aliases, so callers' ENST ids resolve.
 */
export function refGeneSource(build: 'hg19' | 'hg38', genes: readonly string[]): AnnotationSource {
  const { records } = parseRefGene(readShared(`full/refGene.${build}.txt.gz`), { genes: new Set(genes) });
  const ensembl = new Map<string, string[]>();
  for (const line of readShared('full/ensembl_to_refseq.one2one.tsv.gz').split('\n')) {
    const [enst, nm] = line.split('\t');
    if (enst && nm) ensembl.set(nm, [...(ensembl.get(nm) ?? []), enst]);
  }
  const withAliases = records.map((r) => ({ ...r, aliases: ensembl.get(r.accession) ?? [] }));
  return createAnnotationSource(withAliases, { assembly: build === 'hg19' ? 'GRCh37' : 'GRCh38', description: `UCSC ${build} refGene (test source)` });
}
