/**
 * GTF (GENCODE / Ensembl, also UCSC or RefSeq GTF) → transcript records, so a user can draw
 * on the annotation their caller used (Arriba and STAR-Fusion ship GENCODE GTFs). Nine
 * tab-separated columns; 1-based inclusive coordinates, as the project's own:
 *
 *   seqname source feature start end score strand frame attributes
 *   chr2 HAVANA exon 29192774 29193922 . - . gene_id "ENSG00000171094.18"; transcript_id "ENST00000389048.8"; gene_name "ALK"; tag "MANE_Select";
 *
 * Rows used: `exon` (structure), `CDS` and `stop_codon` (the CDS bounds include the stop codon,
 * as the model expects; GTF CDS rows exclude it). The default transcript of a gene is the one
 * tagged `MANE_Select`, else `Ensembl_canonical`, else the longest CDS (ties: longer
 * transcript, then id). Protein length comes from the CDS; a GTF has no domains. Bad lines are
 * reported with their line number; the good ones still come through.
 */
import type { Issue, TranscriptRecord } from '../model/types';

export interface GtfRead {
  readonly records: TranscriptRecord[];
  readonly issues: Issue[];
}

interface Building {
  gene: string;
  geneId: string;
  chrom: string;
  strand: '+' | '-';
  exons: [number, number][];
  cds: [number, number] | null;
  protein: string | null;
  tags: Set<string>;
  line: number;
}

const ATTR = /\s*([A-Za-z_][\w.]*)\s+(?:"([^"]*)"|([^;\s]+))\s*;?/g;

function attributes(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(ATTR)) out.set(m[1]!, [...(out.get(m[1]!) ?? []), m[2] ?? m[3]!]);
  return out;
}

const chromName = (c: string): string => {
  const n = c.replace(/^chr/i, '');
  return /^(?:\d+|X|Y)$/i.test(n) ? `chr${n.toUpperCase()}` : n === 'MT' || n === 'M' ? 'chrM' : c;
};

export function parseGtf(text: string, options: { genes?: ReadonlySet<string>; source?: string } = {}): GtfRead {
  const issues: Issue[] = [];
  const byId = new Map<string, Building>();
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) return;
    const f = line.split('\t');
    const fail = (why: string) => issues.push({ path: `line ${i + 1}`, code: 'syntax', message: `GTF line ${i + 1}: ${why}` });
    if (f.length < 9) return void fail(`has ${f.length} columns, expected 9`);
    const [seq, , feature, s, e, , strand, , attr] = f as [string, string, string, string, string, string, string, string, string];
    if (feature !== 'exon' && feature !== 'CDS' && feature !== 'stop_codon') return;
    const start = Number(s);
    const end = Number(e);
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 1 || end < start) return void fail(`start ${s.slice(0, 20)} / end ${e.slice(0, 20)} are not 1-based positions with start ≤ end`);
    if (strand !== '+' && strand !== '-') return void fail(`strand ${strand.slice(0, 10)} is not + or -`);
    const a = attributes(attr);
    const tid = a.get('transcript_id')?.[0];
    if (!tid) return void fail('has no transcript_id');
    const gene = a.get('gene_name')?.[0] ?? a.get('gene_id')?.[0] ?? tid;
    if (options.genes && !options.genes.has(gene)) return;
    let t = byId.get(tid);
    if (!t) {
      t = { gene, geneId: a.get('gene_id')?.[0] ?? gene, chrom: chromName(seq), strand, exons: [], cds: null, protein: null, tags: new Set(), line: i + 1 };
      byId.set(tid, t);
    } else if (t.strand !== strand || t.chrom !== chromName(seq)) return void fail(`${tid} changes chromosome or strand`);
    for (const tag of a.get('tag') ?? []) t.tags.add(tag);
    if (feature === 'exon') t.exons.push([start, end]);
    else {
      t.cds = t.cds ? [Math.min(t.cds[0], start), Math.max(t.cds[1], end)] : [start, end];
      t.protein ??= a.get('protein_id')?.[0] ?? null;
    }
  });
  const records: TranscriptRecord[] = [];
  for (const [id, t] of byId) {
    if (t.exons.length === 0) {
      issues.push({ path: `line ${t.line}`, code: 'syntax', message: `GTF transcript ${id} (line ${t.line}) has CDS rows but no exon rows` });
      continue;
    }
    const exons = [...t.exons].sort((x, y) => x[0] - y[0]);
    if (t.strand === '-') exons.reverse();
    const cdsNt = t.cds ? exons.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, t.cds![1]) - Math.max(a, t.cds![0]) + 1), 0) : 0;
    records.push({
      gene: t.gene,
      hgnc: null,
      accession: id,
      aliases: id.includes('.') ? [id.replace(/\.\d+$/, '')] : [],
      mane: t.tags.has('MANE_Select'),
      maneStatus: t.tags.has('MANE_Select') ? 'MANE Select' : t.tags.has('MANE_Plus_Clinical') ? 'MANE Plus Clinical' : null,
      chrom: t.chrom,
      strand: t.strand,
      exons,
      cdsStart: t.cds?.[0] ?? null,
      cdsEnd: t.cds?.[1] ?? null,
      proteinAccession: t.protein,
      proteinLength: cdsNt > 0 && cdsNt % 3 === 0 ? cdsNt / 3 - 1 : null,
      domains: [],
      otherDomains: [],
      provenance: {
        structure: `${options.source ?? 'GTF'}: ${id} (gene ${t.geneId})`,
        protein: 'length derived from the CDS',
        domains: 'none (a GTF holds no domains)',
      },
    });
  }
  // Default first per gene: MANE Select, Ensembl canonical, longest CDS.
  const rank = (r: TranscriptRecord) => (r.mane ? 0 : byId.get(r.accession)!.tags.has('Ensembl_canonical') ? 1 : 2);
  const cdsLen = (r: TranscriptRecord) => (r.proteinLength ?? -1);
  const exonic = (r: TranscriptRecord) => r.exons.reduce((n, [a, b]) => n + b - a + 1, 0);
  records.sort((a, b) => a.gene.localeCompare(b.gene) || rank(a) - rank(b) || cdsLen(b) - cdsLen(a) || exonic(b) - exonic(a) || a.accession.localeCompare(b.accession));
  return { records, issues };
}
