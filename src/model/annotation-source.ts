/**
 * An AnnotationSource over an in-memory list of transcripts (a generated pack, or records
 * read from a refGene table). Lookups are case-insensitive for symbols, and accessions resolve
 * with or without version.
 */
import type { AnnotationPack, AnnotationSource, GeneNear, TranscriptRecord } from './types';

function unversioned(accession: string): string {
  return accession.replace(/\.\d+$/, '');
}

export function createAnnotationSource(
  transcripts: readonly TranscriptRecord[],
  meta: { assembly: string; description: string; pack?: string },
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
  let spans: Map<string, GeneNear[]> | undefined;
  const genesNear = (chrom: string, pos: number, limit = 3): GeneNear[] => {
    spans ??= spansByChrom(byGene);
    const c = chrom.startsWith('chr') ? chrom : `chr${chrom}`;
    return (spans.get(c === 'chrMT' ? 'chrM' : c) ?? [])
      .map((g) => {
        const distance = pos < g.start ? g.start - pos : pos > g.end ? pos - g.end : 0;
        const before = pos < g.start;
        const where: GeneNear['where'] = distance === 0 ? 'inside' : before === (g.strand === '+') ? 'upstream' : 'downstream';
        return { ...g, distance, where };
      })
      .sort((a, b) => a.distance - b.distance || a.gene.localeCompare(b.gene))
      .slice(0, limit);
  };
  return {
    assembly: meta.assembly,
    description: meta.description,
    ...(meta.pack ? { pack: meta.pack } : {}),
    geneOfAccession: (accession) => {
      const t = byAccession.get(accession.toUpperCase()) ?? byAccession.get(unversioned(accession).toUpperCase());
      return t ? { gene: t.gene, inTable: true } : undefined;
    },
    transcriptsOf: (gene) => byGene.get(gene.toUpperCase()) ?? [],
    transcript: (accession) =>
      byAccession.get(accession.toUpperCase()) ?? byAccession.get(unversioned(accession).toUpperCase()),
    genes: () => symbols,
    genesNear,
  };
}

/** Span of each gene's default (first) transcript, grouped by chromosome. */
function spansByChrom(byGene: Map<string, TranscriptRecord[]>): Map<string, GeneNear[]> {
  const out = new Map<string, GeneNear[]>();
  for (const list of byGene.values()) {
    const t = list[0]!;
    const lows = t.exons.map((e) => e[0]);
    const highs = t.exons.map((e) => e[1]);
    const g: GeneNear = { gene: t.gene, chrom: t.chrom, strand: t.strand, start: Math.min(...lows), end: Math.max(...highs), distance: 0, where: 'inside' };
    out.set(t.chrom, [...(out.get(t.chrom) ?? []), g]);
  }
  return out;
}

export function sourceFromPack(pack: AnnotationPack): AnnotationSource {
  return createAnnotationSource(pack.transcripts, { assembly: pack.assembly, description: pack.source });
}
