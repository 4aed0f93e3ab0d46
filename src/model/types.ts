/**
 * Types shared by the whole pipeline: annotation records, the loosely typed input that
 * parsers produce, and the resolved, read-only `Fusion` that layout and render consume.
 *
 * Coordinate convention (see coordinates.ts, the one place that converts):
 * - genomic positions are 1-based and inclusive, on the assembly's forward strand;
 * - exon and intron numbers count 5'→3' along the transcript (intron n follows exon n);
 * - transcript positions ("tx") are 1-based along the spliced transcript, 5'→3';
 * - CDS positions ("c.") are 1-based from the A of the start codon;
 * - residues are 1-based; residue r is encoded by c.(3r-2)..c.(3r).
 */

export type Strand = '+' | '-';
export type Side = 'fivePrime' | 'threePrime';
export type Evidence = 'rna' | 'dna';
/** The assemblies fusion-viz has annotation packs for. Inputs may say hg38/hg19; parsers normalise. */
export type Assembly = 'GRCh38' | 'GRCh37';

/** A protein feature of an annotation record, residue coordinates 1-based inclusive. */
export interface DomainRecord {
  /** Short name as the source gives it (e.g. `Pkinase_Tyr`). */
  readonly name: string;
  /** Longer description when the source has one. */
  readonly description: string | null;
  /** Model accession (`PF07714`, `SM00382`, `cd05036`, `IPR000719`) or null when the source gives none. */
  readonly accession: string | null;
  /** Where the hit comes from, e.g. `Pfam (UniProt Q9UM73)` or `NCBI-CDD:SMART`. */
  readonly source: string;
  readonly start: number;
  readonly end: number;
  /** Why this entry is not in the display set, for the non-display list. */
  readonly dropped?: string;
}

/** One transcript of one gene, as an annotation source holds it. */
export interface TranscriptRecord {
  readonly gene: string;
  /** HGNC id like `hgnc:427`, or null when the source has none. */
  readonly hgnc: string | null;
  /** The accession to print, with version when known (`NM_004304.5`). */
  readonly accession: string;
  /** Other names that resolve to this transcript (unversioned NM, Ensembl ids). */
  readonly aliases: readonly string[];
  readonly mane: boolean;
  /** MANE v1.0 status of this accession, when it has one. */
  readonly maneStatus?: 'MANE Select' | 'MANE Plus Clinical' | null;
  readonly chrom: string;
  readonly strand: Strand;
  /** Exons in transcript order 5'→3', each [low, high] genomic, 1-based inclusive. */
  readonly exons: readonly (readonly [number, number])[];
  /** Genomic low/high of the CDS including the stop codon; null for a non-coding transcript. */
  readonly cdsStart: number | null;
  readonly cdsEnd: number | null;
  readonly proteinAccession: string | null;
  readonly proteinLength: number | null;
  /** Display set of domains, one per region (see scripts/build-annotations.ts for the rule). */
  readonly domains: readonly DomainRecord[];
  /** Every other hit of the source, kept for tooltips and audits, each with the reason it was dropped. */
  readonly otherDomains: readonly DomainRecord[];
  /** Where each part of the record comes from, in words. */
  readonly provenance: {
    readonly structure: string;
    readonly protein: string;
    readonly domains: string;
    readonly note?: string;
  };
}

/** The generated annotation file's shape. */
export interface AnnotationPack {
  readonly format: 'fusion-viz-annotation/1';
  readonly assembly: string;
  readonly source: string;
  readonly generatedBy: string;
  readonly generatedFrom: readonly string[];
  readonly domainRule: string;
  readonly transcripts: readonly TranscriptRecord[];
}

/**
 * What the model reads annotation through. The bundled pack is one implementation;
 * a pack built from a full refGene table or GTF is another.
 */
export interface AnnotationSource {
  readonly assembly: string;
  /** One line naming where the annotation comes from, printed in every figure. */
  readonly description: string;
  /** Name of the pack (e.g. `fusion-viz GRCh38 whole-genome pack`), when the source is one. */
  readonly pack?: string;
  /** All transcripts of a gene, the default first; empty when the gene is unknown. */
  transcriptsOf(gene: string): readonly TranscriptRecord[];
  /** Look a transcript up by accession, with or without version, or by alias. */
  transcript(accession: string): TranscriptRecord | undefined;
  /** Gene symbols the source knows (for suggestions in error messages). */
  genes(): readonly string[];
  /**
   * Genes whose default transcript spans or lies nearest a genomic position (1-based), nearest
   * first; distance 0 inside the span. Optional: only sources with a positional index have it
   * (used to place intergenic caller breakpoints upstream/downstream of a gene).
   */
  genesNear?(chrom: string, pos: number, limit?: number): readonly GeneNear[];
  /**
   * The gene an accession (RefSeq or Ensembl, any version) names, and whether the source holds
   * that transcript's structure; undefined when unknown. Optional.
   */
  geneOfAccession?(accession: string): { readonly gene: string; readonly inTable: boolean } | undefined;
}

export interface GeneNear {
  readonly gene: string;
  readonly chrom: string;
  readonly strand: Strand;
  /** Span of the gene's default transcript, genomic low/high. */
  readonly start: number;
  readonly end: number;
  /** 0 inside the span, else bases to the nearest end. */
  readonly distance: number;
  /** Where the position lies relative to the gene along its transcription. */
  readonly where: 'inside' | 'upstream' | 'downstream';
}

// ---------------------------------------------------------------- input (as parsed)

export interface BreakpointInput {
  chrom: string;
  /** 1-based. 5' partner: last retained base; 3' partner: first retained base, along transcription. */
  pos: number;
  /** Strand the fusion transcript reads at this position, when the caller reports it. */
  strand?: Strand;
}

export interface PartnerInput {
  /** `transcript` (default): a transcript or gene with a junction; `gene`: gene only, no junction; `unknown`: `?`. */
  kind?: 'transcript' | 'gene' | 'unknown';
  gene?: string;
  hgnc?: string;
  transcript?: string;
  /** Junction exon: 5' = last retained exon, 3' = first retained exon. */
  exon?: number;
  /** VICC offset from the junction exon boundary, in nt along transcription (+ = 3', − = 5'). */
  offset?: number;
  /** The full VICC segment, when given, for validation (5' must start at exon 1, 3' must end at the last exon). */
  segment?: { start: number; startOffset: number; end: number; endOffset: number };
  breakpoint?: BreakpointInput;
}

export interface FusionInput {
  fivePrime: PartnerInput;
  threePrime: PartnerInput;
  /** Linker nucleotides between the partners, 5'→3'. */
  linker?: string;
  evidence?: Evidence;
  /** VICC `(::)`: the junction is inferred (e.g. break-apart FISH), not observed. */
  inferred?: boolean;
  /** Assembly of the breakpoint positions; GRCh38 when absent. */
  assembly?: Assembly;
}

/** A problem with the input or its resolution, naming the field and the value. */
export interface Issue {
  /** Dotted path of the offending field, e.g. `fivePrime.exon`. */
  readonly path: string;
  readonly message: string;
  /** Kind of problem, for programs. */
  readonly code:
    | 'syntax'
    | 'empty'
    | 'unknown-gene'
    | 'unknown-transcript'
    | 'gene-mismatch'
    | 'exon-out-of-range'
    | 'position-outside-gene'
    | 'chromosome-mismatch'
    | 'orientation'
    | 'assembly-mismatch'
    | 'annotation-unavailable'
    /** Code the input needs could not be loaded (a sibling file of the drop-in, e.g. the junction-sequence reader). */
    | 'code-unavailable'
    | 'invalid-value';
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: readonly Issue[] };

// ---------------------------------------------------------------- resolved fusion

export type Region = '5utr' | 'cds' | '3utr' | 'intron' | 'upstream' | 'downstream';
export type FrameStatus = 'in-frame' | 'out-of-frame' | 'five-prime-utr' | 'three-prime-non-coding' | 'unknown';
export type DomainStatus = 'retained' | 'truncated' | 'lost';

export interface BreakpointLocation {
  readonly chrom: string;
  readonly region: Region;
  /** Exon holding the break (exonic breaks), else null. */
  readonly exon: number | null;
  /** Intron holding the break (intronic breaks), else null. */
  readonly intron: number | null;
  /**
   * VICC offset (nt along transcription) from the junction exon's boundary: for the 5' partner from the end
   * of its last retained exon, for the 3' partner from the start of its first retained exon. 0 at the boundary.
   * Null when the break lies outside the gene.
   */
  readonly offset: number | null;
  /** 1-based genomic position of the break (last retained base 5', first retained base 3'). */
  readonly genomic: number | null;
}

/** A piece of a partner kept in the fusion transcript, in transcription order. */
export interface RetainedPiece {
  /** Stable id, e.g. `NSF:exon:20`, `EML4:intron:6`. */
  readonly id: string;
  readonly kind: 'exon' | 'intron';
  /** Exon or intron number. */
  readonly number: number;
  /** Genomic low/high of the kept part, 1-based inclusive. */
  readonly start: number;
  readonly end: number;
  readonly length: number;
  /** True when only part of the exon is kept. */
  readonly partial: boolean;
}

/** Why a partner is read on a transcript other than its gene's default. */
export interface TranscriptChoice {
  readonly accession: string;
  readonly defaultAccession: string;
  /** In plain words, naming the junction and both transcripts. */
  readonly reason: string;
}

export interface PartnerResolved {
  readonly side: Side;
  /** False for the unknown partner `?`. */
  readonly known: boolean;
  readonly gene: string;
  readonly hgnc: string | null;
  readonly transcript: TranscriptRecord | null;
  /** False for a gene-only element: the junction is not known. */
  readonly hasJunction: boolean;
  /** First and last retained exon numbers (any part), or null. */
  readonly exons: readonly [number, number] | null;
  readonly breakpoint: BreakpointLocation | null;
  /** VICC offset of the junction in the fusion transcript (0 at an exon boundary; DNA breaks splice, so 0). */
  readonly junctionOffset: number | null;
  readonly pieces: readonly RetainedPiece[];
  /** Residues of this partner in the fusion protein, or null. */
  readonly residues: readonly [number, number] | null;
  /** Set when the junction selected a transcript other than the gene's default. */
  readonly transcriptChoice: TranscriptChoice | null;
}

/** One block of the fusion transcript, positions 1-based in the fusion transcript. */
export interface FusionTranscriptBlock {
  readonly id: string;
  readonly side: Side | 'linker';
  readonly gene: string;
  readonly kind: 'exon' | 'intron' | 'linker';
  readonly number: number | null;
  readonly txStart: number;
  readonly txEnd: number;
  readonly length: number;
  readonly partial: boolean;
  /** Coding part of this block in fusion-transcript positions, or null. */
  readonly coding: readonly [number, number] | null;
}

export interface FusionTranscript {
  readonly blocks: readonly FusionTranscriptBlock[];
  readonly length: number;
  /** Last fusion-transcript position of the 5' partner; the junction lies after it. */
  readonly junction: number;
  /** Fusion-transcript positions of the ORF start and of the last base of its stop codon, when known. */
  readonly cdsStart: number | null;
  readonly cdsEnd: number | null;
}

export interface DomainCall {
  /** Stable id, e.g. `ALK:domain:PF07714`. */
  readonly id: string;
  readonly side: Side;
  readonly gene: string;
  readonly name: string;
  readonly description: string | null;
  readonly accession: string | null;
  readonly source: string;
  readonly start: number;
  readonly end: number;
  readonly status: DomainStatus;
  readonly fusionStart: number | null;
  readonly fusionEnd: number | null;
}

export interface AlternativeTranscriptCall {
  readonly fivePrime: string;
  readonly threePrime: string;
  readonly frame: FrameStatus;
  readonly note: string;
}

export interface FrameDiagnostics {
  /** Coding nt the 5' partner brings (from its start codon to the junction; retained intron included). */
  readonly fivePrimeCodingNt: number | null;
  readonly linkerNt: number;
  /** Nt of 3'-partner sequence ahead of its first CDS base that enter the ORF (retained intron, 5'UTR). */
  readonly threePrimeLeadNt: number;
  /** CDS position (c.) of the 3' partner's first retained coding base. */
  readonly threePrimeFirstCodingNt: number | null;
  /** Codon of the 3' partner that the 3' part begins in, and which base of it (1, 2 or 3). */
  readonly threePrimeCodon: number | null;
  readonly threePrimeCodonBase: 1 | 2 | 3 | null;
  /** Nt to insert at the junction (1 or 2) that would restore the frame; null when in frame or not applicable. */
  readonly restoringInsertion: 1 | 2 | null;
  /** Other transcript pairs of the annotation source checked for this junction. */
  readonly alternatives: readonly AlternativeTranscriptCall[];
  /** How many transcripts the source holds for each partner. */
  readonly transcriptsAvailable: { readonly fivePrime: number; readonly threePrime: number };
  /** The diagnostics in plain words, for a reader. */
  readonly sentences: readonly string[];
}

export interface FusionProtein {
  /** Fusion protein length in residues (stop excluded), when the frame defines it. */
  readonly length: number | null;
  /** Residues encoded by linker/intronic sequence between the partners. */
  readonly novelResidues: number;
  /** Fusion-protein position of the last 5'-partner residue (0 when none). */
  readonly junctionResidue: number;
  /** True when the 3' part is translated out of frame after the junction. */
  readonly frameshift: boolean;
  /**
   * 5' UTR fusions whose 3' partner lost its own start codon: the most upstream annotated
   * start codon of another transcript of the 3' partner inside the kept part, in frame with
   * the 3' transcript's CDS. Null otherwise.
   */
  readonly alternativeStart: {
    readonly transcript: string;
    /** Genomic position of the A of the ATG. */
    readonly genomic: number;
    /** Residues of the 3' partner's protein lost at the N-terminus. */
    readonly truncatedBy: number;
  } | null;
}

export interface Fusion {
  /** `NSF::ALK` style label. */
  readonly label: string;
  /** Normalised VICC nomenclature with versioned accessions. */
  readonly nomenclature: string;
  readonly evidence: Evidence;
  readonly inferred: boolean;
  readonly fivePrime: PartnerResolved;
  readonly threePrime: PartnerResolved;
  readonly linker: string;
  readonly transcript: FusionTranscript | null;
  readonly frame: FrameStatus;
  readonly frameExplanation: string;
  readonly protein: FusionProtein;
  readonly domains: readonly DomainCall[];
  readonly diagnostics: FrameDiagnostics;
  readonly annotation: { readonly assembly: string; readonly source: string; readonly pack: string | null };
  /** Non-fatal remarks (e.g. a transcript version differing from the annotation's). */
  readonly warnings: readonly string[];
  /**
   * The junction read from real sequence (the caller's fusion transcript, or a genome / transcript
   * FASTA the user gave), or null/absent when none was given: the annotation holds no sequence.
   */
  readonly sequence?: SequenceCall | null;
}

/**
 * Sequence the caller wrote for a row (Arriba `fusion_transcript`, STAR-Fusion `FUSION_CDS`,
 * FusionCatcher `Fusion_sequence`, CICERO `contig`), as its reader gives it. Passed to
 * buildFusion through BuildOptions.callerSequence; the model normalises it
 * (normaliseCallerTranscript in sequence.ts: case, Arriba's `___`, `[…]`, `-`, `...`, `?` marks).
 */
export interface CallerSequenceInput {
  /** Where it came from, as the figure names it: `Arriba fusion_transcript`. */
  readonly source: string;
  /**
   * Fusion transcript around the junction, `|` at the junction; a second `|` closes
   * non-templated nt inserted between the partners (Arriba `…AAG|acg|TTC…`).
   */
  readonly transcript: string;
  /** The caller's peptide, `|` at the junction when the caller marks it. */
  readonly peptide?: string;
}

/** Where sequence is needed for a fusion (sequenceRequest() in sequence.ts): genomic intervals (1-based, forward) and transcript accessions. */
export interface SequenceRequest {
  readonly genomic: readonly { readonly chrom: string; readonly start: number; readonly end: number }[];
  readonly transcripts: readonly string[];
}

/**
 * Fetches sequence on demand (the elements' `sequence` property, e.g. a .2bit file read with
 * @gmod/twobit over HTTP): called at the edge, before the pure pipeline runs again with the set.
 */
export interface SequenceProvider {
  /** Named in the figure and the report: `genome hg38.2bit`. */
  readonly source: string;
  fetch(request: SequenceRequest): Promise<SequenceSet>;
}

/**
 * Sequence fetched at the edge (CLI `--genome` / `--transcripts`, the elements' `sequence`
 * property) for the regions a fusion needs (sequenceRequest() in sequence.ts), before the pure
 * pipeline runs. The model never reads files.
 */
export interface SequenceSet {
  /** Where it came from, as the figure names it: `genome hg38.2bit`, `transcripts refMrna.fa`. */
  readonly source: string;
  /** Genomic intervals, 1-based inclusive, forward-strand sequence. */
  readonly genomic?: readonly { readonly chrom: string; readonly start: number; readonly end: number; readonly seq: string }[];
  /** Whole transcript (mRNA) sequences, 5'→3', by accession with or without version. */
  readonly transcripts?: Readonly<Record<string, string>>;
}

/**
 * The junction as real sequence shows it (computed by the model from a CallerSequenceInput or a SequenceSet).
 *
 * Indexing: the window is `fivePrime + inserted + threePrime`; `codons[].start` and
 * `firstStart.windowIndex` are 0-based indices into it. The "junction codon" is the codon that
 * holds the first base after the 5' partner (a codon split across the junction counts on the 3'
 * side, as everywhere in fusion-viz).
 */
export interface SequenceCall {
  /** `genome` when any base came from a genome (intron pieces always do), else `transcripts`; `caller` for the caller's own sequence. */
  readonly origin: 'caller' | 'genome' | 'transcripts';
  /** Where the sequence came from, for the figure and provenance: `Arriba fusion_transcript`, `genome hg38.2bit`. */
  readonly source: string;
  /**
   * The junction window: up to 30 nt of the 5' partner ending at the junction (its retained intron
   * included), the nt between the partners (linker, or the caller's non-templated bases), up to 30 nt
   * of the 3' partner. Unknown bases are `N`.
   */
  readonly fivePrime: string;
  readonly inserted: string;
  readonly threePrime: string;
  /**
   * Position in its codon (0, 1, 2) of the window's first base in the fusion's reading frame
   * (the 5' partner's frame; for a 5' UTR fusion, the frame of the first ATG found, else of the
   * annotated start), or null when no reading frame runs through the junction (then no codons).
   */
  readonly phase: 0 | 1 | 2 | null;
  /**
   * The window's whole codons in that frame, from the start codon on (none before it), up to and
   * including the first stop: `start` is the 0-based index of the codon's first base in
   * fivePrime+inserted+threePrime; `aa` one letter, `*` a stop, `?` a codon with an unknown base.
   */
  readonly codons: readonly { readonly start: number; readonly aa: string }[];
  /**
   * The first stop codon in the fusion's frame after the 5' partner's annotated coding sequence
   * (so in its retained intron, the linker, or anywhere after the junction), or null when the
   * sequence shows none. Out of frame, this is the frameshifted product's stop.
   */
  readonly stop: {
    /**
     * Codons read from the junction codon up to the stop, the stop excluded: 0 when the junction
     * codon is itself the stop, 12 when 12 sense codons follow the junction before it. Negative
     * when the stop lies before the junction (in the 5' partner's retained intron).
     */
    readonly codonsAfterJunction: number;
    /** Residues of the protein this stop ends (stop excluded), when the frame starts at a known start codon; else null. */
    readonly proteinLength: number | null;
    /** The part of the fusion transcript holding the stop, in words: `BCR intron 13`, `the linker`, `ABL1 exon 2`. */
    readonly where: string;
    /** In frame: true when this stop comes before the 3' partner's own stop, truncating the protein the exon lengths imply. */
    readonly truncates: boolean;
  } | null;
  /** Nt of known sequence (A, C, G, T) from the first base after the junction on (to decide what a missing stop means). */
  readonly coveredAfterJunction: number;
  /**
   * True when no stop codon is left unchecked: the sequence covers every intron, UTR and linker nt
   * read into the protein (in frame), or shows the stop that ends it (out of frame, or a stop before
   * the 3' partner's CDS), or the 5' stop comes before the junction.
   */
  readonly coversUnchecked: boolean;
  /** The caller's peptide and whether the translation of its sequence in the computed frame agrees with it, when the caller gave one. */
  readonly callerPeptide: { readonly peptide: string; readonly agrees: boolean } | null;
  /** Remarks in words (the sequence disagrees with the annotation, a gap, a short window…). */
  readonly notes: readonly string[];
  /**
   * 5' UTR fusions whose 3' partner lost its own start codon: the first ATG of the fusion
   * transcript in the sequence (the caller's window: its first ATG) and the product it starts. Null otherwise or when none is seen.
   */
  readonly firstStart?: {
    /** 0-based index in the window when the ATG lies inside it, else null. */
    readonly windowIndex: number | null;
    /** Nt from the first base after the junction to the A of the ATG (negative: in the 5' partner). */
    readonly fromJunction: number;
    /** Genomic position of the A, when known. */
    readonly genomic: number | null;
    /** The partner it lies in (`linker` between them). */
    readonly gene: string;
    /** True when it reads the 3' partner's CDS frame. */
    readonly inFrameWithThreePrime: boolean;
    /** Residues from it to the first stop (stop excluded), when the sequence shows that stop. */
    readonly proteinLength: number | null;
    /** The 3' partner's residues it makes, when in frame and read to the 3' partner's own stop. */
    readonly threePrimeResidues: readonly [number, number] | null;
    /** Whether it is the annotated alternative start (Fusion.protein.alternativeStart), when there is one and its position is known. */
    readonly matchesAnnotatedStart: boolean | null;
  } | null;
}
