/**
 * What a caller-file reader produces: one row per data line, each either a FusionInput with the
 * caller's evidence, or the issues that stop it, always tagged with its 1-based line in the file.
 * Readers are pure (text in, rows out); naming intergenic partners and checking the caller's
 * transcripts against the annotation happen later, in src/rows.ts.
 */
import type { Assembly, Evidence, FusionInput, Issue, Side } from '../model/types';

export type CallerFormatName = 'arriba' | 'star-fusion' | 'fusioncatcher' | 'jaffa' | 'cicero' | 'dragen' | 'vcf' | 'fusor';

/** The caller's own frame call, normalised where its vocabulary allows, with its raw words kept. */
export interface CallerFrame {
  readonly call: 'in-frame' | 'out-of-frame' | 'other';
  readonly raw: string;
}

/** Per-partner numbers, 5' then 3' as the row is oriented. */
export interface PerPartner<T> {
  readonly fivePrime?: T;
  readonly threePrime?: T;
}

export interface CallerEvidence {
  /** Caller as the file names it: `Arriba`, `STAR-Fusion`, `FusionInspector`, `Manta`, `GRIDSS`… */
  readonly caller: string;
  readonly format: CallerFormatName;
  readonly line: number;
  /** Lines of every record that made this row (a VCF breakend and its mate). */
  readonly lines: readonly number[];
  /** RNA callers see junctions, DNA callers see genomic breakpoints: sets FusionInput.evidence. */
  readonly nature: Evidence;
  /** Partner names as the caller wrote them (`BCR`, `RP11-9L18.2^ENSG…`, `GENE1(1234),GENE2(5678)`, `.`). */
  readonly genes: PerPartner<string>;
  /** Reads spanning the junction (split / junction reads), summed over both partners. */
  readonly splitReads?: number;
  /** Split reads anchored in each partner, where the caller counts them apart (Arriba). */
  readonly splitReadsPerPartner?: PerPartner<number>;
  /** Read pairs (fragments) with one mate in each partner: discordant mates, spanning fragments. */
  readonly spanningPairs?: number;
  /** Reads the caller lists by name without saying how they support the call (Dragen ReadNames). */
  readonly namedReads?: number;
  /** Fragments covering each breakpoint, when the caller reports them. */
  readonly coverage?: PerPartner<number>;
  /** Supporting reads over coverage (or the caller's own allele fraction), per partner. */
  readonly fraction?: PerPartner<number>;
  /** DNA callers: variant allele fraction of the breakend pair. */
  readonly vaf?: number;
  /** The caller's confidence class (`high`, `HighConfidence`, `HQ`, `PASS`…), verbatim. */
  readonly confidence?: string;
  readonly score?: number;
  readonly filters?: readonly string[];
  readonly tags?: readonly string[];
  /** The caller's transcripts (Ensembl or RefSeq), used when the annotation knows them. */
  readonly transcripts?: PerPartner<string>;
  readonly frame?: CallerFrame;
  /** Fusion transcript sequence around the junction, `|` marking the junction. */
  readonly junctionSequence?: string;
  /** Fusion peptide around the junction, `|` marking it when the caller does. */
  readonly peptide?: string;
  /** Coding nt ranges the caller gives per partner (STAR-Fusion CDS_LEFT_RANGE `1-1431`). */
  readonly codingRanges?: PerPartner<readonly [number, number]>;
  /** Caller's words on where each break lies (Arriba site1/2, CICERO featureA/B). */
  readonly sites?: PerPartner<string>;
  /** Event type as the caller words it (translocation, deletion/read-through, CTX, BND…). */
  readonly type?: string;
}

/** A breakend of a VCF pair: which side of `pos` the fusion keeps (low = bases ≤ pos). */
export interface Breakend {
  readonly chrom: string;
  readonly pos: number;
  readonly keep: 'low' | 'high';
}

export interface CallerRowOk {
  readonly line: number;
  readonly input: FusionInput;
  readonly evidence: CallerEvidence;
  /**
   * Set when the file gives breakends without saying which partner is 5' (Manta, GRIDSS):
   * the resolver takes each end's gene strand from the annotation to orient the pair.
   */
  readonly breakends?: readonly [Breakend, Breakend];
  /** Non-fatal remarks from reading the row. */
  readonly warnings: readonly string[];
}

export interface CallerRowError {
  readonly line: number;
  readonly issues: readonly Issue[];
  /** Whatever evidence could be read, so a bad row can still be listed with its caller's names. */
  readonly evidence?: Partial<CallerEvidence>;
}

export type CallerRow = CallerRowOk | CallerRowError;

export interface CallerFile {
  readonly format: CallerFormatName;
  readonly caller: string;
  /** Assembly the file states (VCF ##reference), else undefined: caller files rarely say. */
  readonly assembly?: Assembly;
  readonly rows: readonly CallerRow[];
}

export interface CallerReader {
  readonly name: CallerFormatName;
  /** Cheap test on the first line(s); entries of the registry never accept the same file. */
  accepts(head: string): boolean;
  read(text: string): CallerFile;
}

export const isRowError = (r: CallerRow): r is CallerRowError => 'issues' in r;
export type { Side };
