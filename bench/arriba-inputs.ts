/**
 * Inputs for the side-by-side run with Arriba's draw_fusions.R (bench/arriba.ts), made from our
 * own data, nothing typed: the review cohort (../shared/data/review-cohort.json) resolved by our
 * cohort code (ALK the shared gene, joined at ALK exon 20), one Arriba fusions.tsv row per
 * resolved fusion with the breakpoints of our model's junctions, a GTF of the transcripts the
 * model drew (one per gene, exported from our annotation; parseGtf reads it back identically)
 * and, for the run with domains, Arriba's protein_domains.gff3 of the same transcripts' domains.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveCohort } from '../src/api-cohort';
import type { Fusion, TranscriptRecord } from '../src/model/types';
import { sharedDataDir } from '../tests/support/shared-data';

/** The review cohort's fusions as our model resolves them, in the cohort's row order. */
export function reviewFusions(): Fusion[] {
  const data = JSON.parse(readFileSync(join(sharedDataDir, 'review-cohort.json'), 'utf8')) as { cases: unknown[] };
  const { cohort, issues } = resolveCohort(data.cases, { gene: 'ALK', sharedExon: 20 });
  if (!cohort || issues.length > 0) throw new Error(`review cohort: ${issues.map((i) => i.message).join('; ')}`);
  return cohort.rows.map((r) => r.fusion);
}

type Interval = [number, number];

/** Coding parts of the exons, in transcript order (each [low, high] genomic), stop codon included. */
function codingIntervals(t: TranscriptRecord): Interval[] {
  if (t.cdsStart === null || t.cdsEnd === null) return [];
  return t.exons.map(([a, b]) => [Math.max(a, t.cdsStart!), Math.min(b, t.cdsEnd!)] as Interval).filter(([a, b]) => a <= b);
}

/** Genomic intervals of CDS nt `from`..`to` (1-based along the CDS), in transcript order. */
function cdsToGenomic(t: TranscriptRecord, from: number, to: number): Interval[] {
  const out: Interval[] = [];
  let at = 0; // CDS nt before this interval
  for (const [a, b] of codingIntervals(t)) {
    const len = b - a + 1;
    const lo = Math.max(from, at + 1);
    const hi = Math.min(to, at + len);
    if (lo <= hi) {
      // k-th CDS nt of the interval along transcription → genomic
      const g = (k: number) => (t.strand === '+' ? a + k - at - 1 : b - (k - at - 1));
      out.push(t.strand === '+' ? [g(lo), g(hi)] : [g(hi), g(lo)]);
    }
    at += len;
  }
  return out;
}

const cdsLength = (t: TranscriptRecord) => codingIntervals(t).reduce((n, [a, b]) => n + b - a + 1, 0);

/** GENCODE-style GTF rows of transcripts: exon, CDS (without the stop codon, with frame) and stop_codon. */
export function gtfOf(transcripts: readonly TranscriptRecord[]): string {
  const rows: [string, number, string][] = [];
  for (const t of transcripts) {
    const attr = (n?: number) => `gene_id "${t.gene}"; transcript_id "${t.accession}"; gene_name "${t.gene}";${n ? ` exon_number "${n}";` : ''}${t.mane ? ' tag "MANE_Select";' : ''}`;
    const row = (feature: string, [a, b]: Interval, frame: string, n?: number) => rows.push([t.chrom, a, [t.chrom, 'fusion-viz', feature, a, b, '.', t.strand, frame, attr(n)].join('\t')]);
    t.exons.forEach((e, k) => row('exon', e as Interval, '.', k + 1));
    const total = cdsLength(t);
    if (total === 0) continue;
    let at = 0;
    for (const [a, b] of codingIntervals(t)) {
      const len = b - a + 1;
      // CDS rows stop before the stop codon (the last 3 nt along transcription), as GENCODE writes them.
      const keep = Math.min(len, Math.max(0, total - 3 - at));
      const exon = t.exons.findIndex(([x, y]) => x <= a && b <= y) + 1;
      if (keep > 0) row('CDS', t.strand === '+' ? [a, a + keep - 1] : [b - keep + 1, b], String((3 - (at % 3)) % 3), exon);
      at += len;
    }
    for (const piece of cdsToGenomic(t, total - 2, total)) row('stop_codon', piece, '0', t.exons.findIndex(([x, y]) => x <= piece[0] && piece[1] <= y) + 1);
  }
  rows.sort((x, y) => x[0].localeCompare(y[0]) || x[1] - y[1]);
  return rows.map((r) => r[2]).join('\n') + '\n';
}

/**
 * Arriba's protein_domains.gff3 for the transcripts' display domains: one row per exon piece of
 * each domain. Contigs without `chr`: draw_fusions.R strips it from the GTF's but not from these.
 */
export function domainsGff3(transcripts: readonly TranscriptRecord[]): string {
  const palette = ['#a6cee3', '#b2df8a', '#fb9a99', '#fdbf6f', '#cab2d6', '#ffff99', '#1f78b4', '#33a02c'];
  const rows: string[] = [];
  for (const t of transcripts) {
    t.domains.forEach((d, k) => {
      const id = d.accession ?? `${t.gene}-${d.name}`;
      const attrs = `Name=${encodeURIComponent(d.name)};color=${palette[k % palette.length]};gene_id=${t.gene};gene_name=${t.gene};transcript_id=${t.accession};protein_domain_id=${id}`;
      for (const [a, b] of cdsToGenomic(t, (d.start - 1) * 3 + 1, d.end * 3)) rows.push([t.chrom.replace(/^chr/, ''), 'fusion-viz', 'protein_domain', a, b, '.', t.strand, '.', attrs].join('\t'));
    });
  }
  return rows.join('\n') + '\n';
}

export const ARRIBA_COLUMNS = ['#gene1', 'gene2', 'strand1(gene/fusion)', 'strand2(gene/fusion)', 'breakpoint1', 'breakpoint2', 'site1', 'site2', 'type',
  'split_reads1', 'split_reads2', 'discordant_mates', 'coverage1', 'coverage2', 'confidence', 'reading_frame', 'tags', 'retained_protein_domains',
  'closest_genomic_breakpoint1', 'closest_genomic_breakpoint2', 'gene_id1', 'gene_id2', 'transcript_id1', 'transcript_id2', 'direction1', 'direction2',
  'filters', 'fusion_transcript', 'peptide_sequence', 'read_identifiers'];

/**
 * One Arriba fusions.tsv row per fusion: gene1 the 5' partner; breakpoints our junction (last
 * retained 5' base, first retained 3' base); direction as Arriba writes it (`downstream`: the
 * partner is fused at higher coordinates than the breakpoint). No reads (there are none): 0.
 */
export function arribaTsv(fusions: readonly Fusion[]): string {
  const lines = [ARRIBA_COLUMNS.join('\t')];
  for (const f of fusions) {
    const a = f.fivePrime;
    const b = f.threePrime;
    const ta = a.transcript!;
    const tb = b.transcript!;
    const p1 = a.breakpoint!.genomic!;
    const p2 = b.breakpoint!.genomic!;
    const direction1 = ta.strand === '+' ? 'downstream' : 'upstream';
    const direction2 = tb.strand === '+' ? 'upstream' : 'downstream';
    const type = ta.chrom !== tb.chrom ? 'translocation' : direction1 === direction2 ? 'inversion' : (direction1 === 'downstream') === (p1 < p2) ? 'deletion' : 'duplication';
    const chrom = (c: string) => c.replace(/^chr/, '');
    const cells: Record<string, string | number> = {
      '#gene1': a.gene, gene2: b.gene, 'strand1(gene/fusion)': `${ta.strand}/${ta.strand}`, 'strand2(gene/fusion)': `${tb.strand}/${tb.strand}`,
      breakpoint1: `${chrom(ta.chrom)}:${p1}`, breakpoint2: `${chrom(tb.chrom)}:${p2}`, site1: 'splice-site', site2: 'splice-site', type,
      split_reads1: 0, split_reads2: 0, discordant_mates: 0, coverage1: 0, coverage2: 0, confidence: 'high',
      reading_frame: f.frame === 'in-frame' || f.frame === 'out-of-frame' ? f.frame : '.',
      gene_id1: a.gene, gene_id2: b.gene, transcript_id1: ta.accession, transcript_id2: tb.accession, direction1, direction2,
    };
    lines.push(ARRIBA_COLUMNS.map((c) => String(cells[c] ?? '.')).join('\t'));
  }
  return lines.join('\n') + '\n';
}

/** The distinct transcripts the fusions are drawn on, in first-use order. */
export function transcriptsOf(fusions: readonly Fusion[]): TranscriptRecord[] {
  const seen = new Map<string, TranscriptRecord>();
  for (const f of fusions) for (const p of [f.fivePrime, f.threePrime]) if (p.transcript && !seen.has(p.transcript.accession)) seen.set(p.transcript.accession, p.transcript);
  return [...seen.values()];
}
