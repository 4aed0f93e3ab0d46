/**
 * UCSC genePred / refGene table → transcript records, for annotation packs built from a
 * full table (e.g. shared/data/full/refGene.hg38.txt.gz). Columns (tab-separated; the
 * leading `bin` column of the UCSC download is optional):
 *
 *   bin name chrom strand txStart txEnd cdsStart cdsEnd exonCount exonStarts exonEnds score name2 cdsStartStat cdsEndStat exonFrames
 *   585 NM_006178 chr17 + 46590668 46757462 46590775 46755823 21 46590668,46624243,… 46590787,46624329,… 0 NSF cmpl cmpl 0,1,…
 *
 * Starts are 0-based, ends 1-based exclusive-of-nothing (UCSC half-open); this module converts to
 * the project's 1-based inclusive convention. refGene has no versions, protein accessions or
 * domains: protein length is derived from the CDS (stop codon excluded), domains are empty.
 * A bad row is reported with its line number; good rows still come through.
 */
import type { Issue, TranscriptRecord } from '../model/types';

export interface RefGeneRead {
  readonly records: TranscriptRecord[];
  readonly issues: Issue[];
}

export function parseRefGene(text: string, options: { genes?: ReadonlySet<string>; primaryOnly?: boolean } = {}): RefGeneRead {
  const records: TranscriptRecord[] = [];
  const issues: Issue[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.length === 0 || line.startsWith('#')) return;
    let f = line.split('\t');
    if (/^\d+$/.test(f[0] ?? '')) f = f.slice(1);
    const [name, chrom, strand, , , cdsS, cdsE, count, starts, ends, , name2] = f;
    if (f.length >= 12 && options.genes && !options.genes.has(name2 ?? '')) return;
    if (f.length >= 12 && options.primaryOnly !== false && chrom?.includes('_')) return;
    const lo = (starts ?? '').split(',').filter(Boolean).map(Number);
    const hi = (ends ?? '').split(',').filter(Boolean).map(Number);
    const problem =
      f.length < 12 ? `has ${f.length} columns, expected at least 12`
      : strand !== '+' && strand !== '-' ? `strand ${strand} is not + or -`
      : lo.length !== Number(count) || hi.length !== lo.length ? `exonCount ${count} does not match ${lo.length} exon starts and ${hi.length} ends`
      : lo.some((x, k) => !(x < hi[k]!)) ? 'an exon ends before it starts'
      : null;
    if (problem) {
      issues.push({ path: `line ${i + 1}`, code: 'syntax', message: `refGene line ${i + 1} (${name ?? '?'}): ${problem}` });
      return;
    }
    const exons = lo.map((x, k) => [x + 1, hi[k]!] as [number, number]);
    if (strand === '-') exons.reverse();
    const coding = Number(cdsS) < Number(cdsE);
    const cdsLength = coding ? exons.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, Number(cdsE)) - Math.max(a, Number(cdsS) + 1) + 1), 0) : 0;
    records.push({
      gene: name2!,
      hgnc: null,
      accession: name!,
      aliases: [],
      mane: false,
      chrom: chrom!,
      strand: strand as '+' | '-',
      exons,
      cdsStart: coding ? Number(cdsS) + 1 : null,
      cdsEnd: coding ? Number(cdsE) : null,
      proteinAccession: null,
      proteinLength: coding && cdsLength % 3 === 0 ? cdsLength / 3 - 1 : null,
      domains: [],
      otherDomains: [],
      provenance: {
        structure: `UCSC hg38 refGene row ${name} (unversioned)`,
        protein: 'length derived from the CDS',
        domains: 'none (refGene holds no domains)',
      },
    });
  });
  return { records, issues };
}
