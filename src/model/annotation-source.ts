/**
 * An AnnotationSource over an in-memory list of transcripts (a generated pack, or records
 * read from a refGene table). Lookups are case-insensitive for symbols, and accessions resolve
 * with or without version.
 */
import type { AnnotationPack, AnnotationSource, TranscriptRecord } from './types';

function unversioned(accession: string): string {
  return accession.replace(/\.\d+$/, '');
}

export function createAnnotationSource(
  transcripts: readonly TranscriptRecord[],
  meta: { assembly: string; description: string },
): AnnotationSource {
  const byGene = new Map<string, TranscriptRecord[]>();
  const byAccession = new Map<string, TranscriptRecord>();
  for (const t of transcripts) {
    const key = t.gene.toUpperCase();
    const list = byGene.get(key) ?? [];
    list.push(t);
    byGene.set(key, list);
    for (const name of [t.accession, unversioned(t.accession), ...t.aliases]) {
      if (!byAccession.has(name.toUpperCase())) byAccession.set(name.toUpperCase(), t);
    }
  }
  const symbols = [...new Set(transcripts.map((t) => t.gene))].sort();
  return {
    assembly: meta.assembly,
    description: meta.description,
    transcriptsOf: (gene) => byGene.get(gene.toUpperCase()) ?? [],
    transcript: (accession) =>
      byAccession.get(accession.toUpperCase()) ?? byAccession.get(unversioned(accession).toUpperCase()),
    genes: () => symbols,
  };
}

export function sourceFromPack(pack: AnnotationPack): AnnotationSource {
  return createAnnotationSource(pack.transcripts, { assembly: pack.assembly, description: pack.source });
}
