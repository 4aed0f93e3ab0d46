/**
 * The `fusion-viz annotate` JSON: a public, stable contract (documented in README.md).
 * Fields beyond the documented core are additive.
 */
import type { DomainStatus, Fusion, FrameStatus, PartnerResolved, Region, SequenceCall } from './types';

export interface AnnotatePartner {
  gene: string;
  transcript: string | null;
  chrom: string | null;
  strand: '+' | '-' | null;
  exons: [number, number] | null;
  breakpoint: { region: Region | null; exon: number | null; intron: number | null; offset: number | null; genomic: number | null };
  residues: [number, number] | null;
}

export interface AnnotateReport {
  nomenclature: string;
  fivePrime: AnnotatePartner;
  threePrime: AnnotatePartner;
  frame: FrameStatus;
  proteinLength: number | null;
  domains: {
    gene: string;
    name: string;
    accession: string | null;
    source: string;
    start: number;
    end: number;
    status: DomainStatus;
    fusionStart: number | null;
    fusionEnd: number | null;
  }[];
  annotation: { assembly: string; source: string };
  // Additive fields.
  evidence: 'rna' | 'dna';
  linker: string | null;
  frameExplanation: string;
  diagnostics: string[];
  warnings: string[];
  /** The junction read from sequence (the caller's, or --genome / --transcripts); present only when sequence was given. */
  sequence?: SequenceCall | null;
}

function partner(p: PartnerResolved): AnnotatePartner {
  const b = p.breakpoint;
  return {
    gene: p.gene,
    transcript: p.transcript?.accession ?? null,
    chrom: p.transcript?.chrom ?? null,
    strand: p.transcript?.strand ?? null,
    exons: p.exons ? [p.exons[0], p.exons[1]] : null,
    breakpoint: {
      region: b?.region ?? null,
      exon: b?.exon ?? null,
      intron: b?.intron ?? null,
      offset: b?.offset ?? null,
      genomic: b?.genomic ?? null,
    },
    residues: p.residues ? [p.residues[0], p.residues[1]] : null,
  };
}

export function toAnnotateReport(f: Fusion): AnnotateReport {
  return {
    nomenclature: f.nomenclature,
    fivePrime: partner(f.fivePrime),
    threePrime: partner(f.threePrime),
    frame: f.frame,
    proteinLength: f.protein.length,
    domains: f.domains.map((d) => ({
      gene: d.gene,
      name: d.name,
      accession: d.accession,
      source: d.source,
      start: d.start,
      end: d.end,
      status: d.status,
      fusionStart: d.fusionStart,
      fusionEnd: d.fusionEnd,
    })),
    annotation: { ...f.annotation },
    evidence: f.evidence,
    linker: f.linker || null,
    frameExplanation: f.frameExplanation,
    diagnostics: [...f.diagnostics.sentences],
    warnings: [...f.warnings],
    ...(f.sequence !== undefined ? { sequence: f.sequence } : {}),
  };
}
