/**
 * FusionInput + AnnotationSource → Fusion: the whole computation, pure and DOM-free.
 */
import { cdsTxRange, exonTxStart } from './coordinates';
import { callDomains, callFrame, fivePrimeCoding, threePrimeCoding, type FrameResult, type SideCoding } from './frame';
import { explainDiagnostics, explainFrame } from './explain';
import { findDownstreamStart } from './alt-start';
import { findJunction, findTranscript, retainedPieces, type Junction } from './partner';
import { chooseTranscript } from './transcript-choice';
import type {
  AlternativeTranscriptCall,
  AnnotationSource,
  CallerSequenceInput,
  Evidence,
  Fusion,
  FusionInput,
  FusionTranscript,
  FusionTranscriptBlock,
  Issue,
  PartnerInput,
  PartnerResolved,
  Result,
  SequenceSet,
  Side,
  TranscriptChoice,
  TranscriptRecord,
} from './types';

interface SideState {
  readonly input: PartnerInput;
  readonly transcript: TranscriptRecord | null;
  readonly junction: Junction | null;
  readonly choice: TranscriptChoice | null;
}

function resolveSide(input: PartnerInput, side: Side, evidence: Evidence, source: AnnotationSource, warnings: string[], issues: Issue[]): SideState | null {
  if (input.kind === 'unknown') return { input, transcript: null, junction: null, choice: null };
  const t = findTranscript(input, side, source);
  if (!t.ok) {
    issues.push(...t.issues);
    return null;
  }
  warnings.push(...t.warnings);
  if (input.kind === 'gene' || (input.exon === undefined && !input.breakpoint)) {
    return { input: { ...input, kind: 'gene' }, transcript: t.value, junction: null, choice: null };
  }
  let transcript = t.value;
  let choice: TranscriptChoice | null = null;
  if (t.byGene) {
    const chosen = chooseTranscript(source.transcriptsOf(t.value.gene), input, side, evidence);
    transcript = chosen.transcript;
    choice = chosen.choice;
    if (choice) warnings.push(`${side}: ${transcript.gene} is read on ${choice.accession}, not its default ${choice.defaultAccession}: ${choice.reason}.`);
  }
  const j = findJunction(transcript, input, side, evidence);
  if (!j.ok) {
    issues.push(...j.issues);
    return null;
  }
  return { input, transcript, junction: j.value, choice };
}

/** Adds to position errors that the positions fit the other assembly, when they do. */
function assemblyHint(input: FusionInput, evidence: Evidence, issues: Issue[], other: AnnotationSource, assembly: string): Issue[] {
  const positional = new Set<Issue['code']>(['position-outside-gene', 'chromosome-mismatch']);
  return issues.map((i) => {
    if (!positional.has(i.code)) return i;
    const side: Side | null = i.path.startsWith('fivePrime') ? 'fivePrime' : i.path.startsWith('threePrime') ? 'threePrime' : null;
    if (!side) return i;
    const s = resolveSide(input[side], side, evidence, other, [], []);
    const b = s?.junction?.breakpoint;
    // Only a position inside the gene there is evidence for the other assembly.
    if (!s?.transcript || !b || (b.exon === null && b.intron === null)) return i;
    const where = b.exon !== null ? `exon ${b.exon}` : `intron ${b.intron}`;
    return {
      path: i.path,
      code: 'assembly-mismatch',
      message: `${i.message} (on ${assembly}). On ${other.assembly} the position lies in ${where} of ${s.transcript.gene} ${s.transcript.accession}: ` +
        `it looks like a ${other.assembly} coordinate; give "assembly": "${other.assembly}" (CLI --assembly ${other.assembly}, element assembly="${other.assembly}")`,
    };
  });
}

function partner(side: Side, s: SideState, residues: readonly [number, number] | null): PartnerResolved {
  const t = s.transcript;
  const j = s.junction;
  const pieces = t && j ? retainedPieces(t, side, j) : [];
  const exonNumbers = pieces.filter((p) => p.kind === 'exon').map((p) => p.number);
  return {
    side,
    known: t !== null,
    gene: t?.gene ?? '?',
    hgnc: t?.hgnc ?? null,
    transcript: t,
    hasJunction: j !== null,
    exons: exonNumbers.length > 0 ? [Math.min(...exonNumbers), Math.max(...exonNumbers)] : null,
    breakpoint: j?.breakpoint ?? null,
    junctionOffset: j ? (side === 'fivePrime' ? j.intronic || -j.trimmed : -j.intronic || j.trimmed) : null,
    pieces,
    residues,
    transcriptChoice: s.choice,
  };
}

function buildTranscript(
  five: PartnerResolved,
  three: PartnerResolved,
  linker: string,
  f: FrameResult,
  c5: SideCoding,
  c3: SideCoding,
  j3: Junction,
): FusionTranscript {
  // Block positions first (the 5' pieces, the linker, the 3' pieces end to end), then the ORF in
  // fusion-transcript positions, so each block is made once, coding part and all.
  let junction = 0;
  for (const p of five.pieces) junction += p.length;
  const threeStart = junction + linker.length;
  const cds5 = five.transcript ? cdsTxRange(five.transcript) : null;
  const cds3 = three.transcript ? cdsTxRange(three.transcript) : null;
  // Fusion position of the 3' partner's transcript position x.
  const firstTx3 = three.transcript ? exonTxStart(three.transcript, j3.exon) + j3.trimmed : 0;
  const pos3 = (x: number) => threeStart + c3.intronicNt + (x - firstTx3) + 1;
  let orf: [number, number | null] | null = null;
  if (c5.kind === 'coding') orf = [cds5![0], f.frame === 'in-frame' && cds3 ? pos3(cds3[1]) : null];
  else if (c5.kind === 'after-cds') orf = [cds5![0], cds5![1]];
  else if (f.frame === 'five-prime-utr' && f.threePrimeResidues && cds3) orf = [pos3(cds3[0] + 3 * (f.threePrimeResidues[0] - 1)), pos3(cds3[1])];
  const codingEnd = orf ? orf[1] ?? junction + c5.intronicNt : null;

  // Whole literals, no spread of a partial block: buildFusion also runs for every alternative
  // transcript pair, and an object spread is a slow copy while the code is still cold.
  const blocks: FusionTranscriptBlock[] = [];
  let tx = 0;
  const push = (id: string, side: FusionTranscriptBlock['side'], gene: string, kind: FusionTranscriptBlock['kind'], number: number | null, length: number, partial: boolean) => {
    const txStart = tx + 1;
    const txEnd = tx + length;
    const s = orf ? Math.max(txStart, orf[0]) : 0;
    const e = codingEnd === null ? -1 : Math.min(txEnd, codingEnd);
    const coding = orf && s <= e ? ([s, e] as const) : null;
    blocks.push({ id, side, gene, kind, number, length, partial, txStart, txEnd, coding });
    tx = txEnd;
  };
  for (const p of five.pieces) push(p.id, 'fivePrime', five.gene, p.kind, p.number, p.length, p.partial);
  if (linker) push('linker', 'linker', '', 'linker', null, linker.length, false);
  for (const p of three.pieces) push(p.id, 'threePrime', three.gene, p.kind, p.number, p.length, p.partial);
  return { blocks, length: tx, junction, cdsStart: orf?.[0] ?? null, cdsEnd: orf?.[1] ?? null };
}

/** Frame of other transcript pairs of the source at the same genomic junction. */
function alternatives(input: FusionInput, evidence: Evidence, s5: SideState, s3: SideState, source: AnnotationSource): AlternativeTranscriptCall[] {
  const t5 = s5.transcript!;
  const t3 = s3.transcript!;
  const all5 = source.transcriptsOf(t5.gene);
  const all3 = source.transcriptsOf(t3.gene);
  const out: AlternativeTranscriptCall[] = [];
  const bp = (s: SideState) => ({ chrom: s.transcript!.chrom, pos: s.input.breakpoint?.pos ?? s.junction!.breakpoint.genomic! });
  for (const a5 of all5) {
    for (const a3 of all3) {
      if ((a5 === t5 && a3 === t3) || out.length >= 24) continue;
      const alt = buildFusion(
        { ...input, fivePrime: { transcript: a5.accession, breakpoint: bp(s5) }, threePrime: { transcript: a3.accession, breakpoint: bp(s3) } },
        source,
        { alternatives: false },
      );
      if (!alt.ok) {
        out.push({ fivePrime: a5.accession, threePrime: a3.accession, frame: 'unknown', note: alt.issues[0]!.message });
        continue;
      }
      const f = alt.value;
      const offBoundary = evidence === 'rna' && [f.fivePrime, f.threePrime].some((p) => p.breakpoint && p.breakpoint.offset !== 0) &&
        [s5, s3].every((s) => s.junction!.trimmed === 0 && s.junction!.intronic === 0);
      out.push({
        fivePrime: a5.accession,
        threePrime: a3.accession,
        frame: offBoundary ? 'unknown' : f.frame,
        note: offBoundary
          ? 'the junction is not at an exon boundary of these transcripts'
          : `${t5.gene} exons ${f.fivePrime.exons?.join('–')} :: ${t3.gene} exons ${f.threePrime.exons?.join('–')}`,
      });
    }
  }
  return out;
}

export function nomenclatureOf(five: PartnerResolved, three: PartnerResolved, linker: string, inferred: boolean): string {
  const fmt = (p: PartnerResolved, side: Side): string => {
    if (!p.known) return '?';
    const t = p.transcript!;
    if (!p.hasJunction) return `${t.gene}${t.hgnc ? `(${t.hgnc})` : ''}`;
    const off = p.junctionOffset ?? 0;
    const exonOff = (x: number) => (x === 0 ? '' : x > 0 ? `+${x}` : `${x}`);
    const [first, last] = p.exons!;
    const seg = side === 'fivePrime' ? `e.1_${last}${exonOff(off)}` : `e.${first}${exonOff(off)}_${t.exons.length}`;
    return `${t.accession}(${t.gene}):${seg}`;
  };
  const parts = [fmt(five, 'fivePrime'), ...(linker ? [linker] : []), fmt(three, 'threePrime')];
  return parts.join(inferred ? '(::)' : '::');
}

export interface BuildOptions {
  /** List other transcript pairs at the same junction (default true). */
  alternatives?: boolean;
  /** The other assembly's source: position errors then say when the positions fit it instead. */
  otherAssembly?: AnnotationSource;
  /** Sequence fetched at the edge (genome / transcript FASTA): the model reads the junction from it. */
  sequence?: SequenceSet;
  /** The caller's own fusion-transcript sequence for this row (used when no SequenceSet covers the junction). */
  callerSequence?: CallerSequenceInput;
  /**
   * Reads `sequence` / `callerSequence` into the fusion: withJunctionSequence of src/model/sequence.ts.
   * Passed in rather than imported, so the drop-in loads the junction-sequence code only for a
   * fusion that is given sequence (the model stays synchronous: the edge loads it first).
   */
  readSequence?: SequenceReader;
}

/** The fusion built without sequence → the same fusion with what the sequence shows (see withJunctionSequence). */
export type SequenceReader = (fusion: Fusion, sequence: SequenceSet | undefined, callerSequence: CallerSequenceInput | undefined) => Fusion;

export function buildFusion(input: FusionInput, source: AnnotationSource, options: BuildOptions = {}): Result<Fusion> {
  const issues: Issue[] = [];
  const warnings: string[] = [];
  const evidence = input.evidence ?? 'rna';
  const linker = (input.linker ?? '').toUpperCase();
  if (!/^[ACGT]*$/.test(linker)) issues.push({ path: 'linker', code: 'invalid-value', message: `linker ${input.linker} must contain only A, C, G and T` });
  if (input.fivePrime.kind === 'unknown' && input.threePrime.kind === 'unknown') {
    issues.push({ path: 'description', code: 'invalid-value', message: 'both partners are unknown (?): at least one must name a gene' });
  }
  const s5 = resolveSide(input.fivePrime, 'fivePrime', evidence, source, warnings, issues);
  const s3 = resolveSide(input.threePrime, 'threePrime', evidence, source, warnings, issues);
  if (!s5 || !s3 || issues.length > 0) {
    return { ok: false, issues: options.otherAssembly ? assemblyHint(input, evidence, issues, options.otherAssembly, source.assembly) : issues };
  }

  const t5 = s5.transcript;
  const t3 = s3.transcript;
  const complete = t5 !== null && t3 !== null && s5.junction !== null && s3.junction !== null;
  const c5 = complete ? fivePrimeCoding(t5, s5.junction!) : null;
  const c3 = complete ? threePrimeCoding(t3, s3.junction!) : null;
  let f: FrameResult = complete
    ? callFrame(c5!, c3!, t5.proteinLength, t3.proteinLength, linker.length)
    : { frame: 'unknown', pre: 0, fivePrimeResidues: null, threePrimeResidues: null, novelResidues: 0, junctionResidue: 0, length: null, frameshift: false, restoringInsertion: null };
  const starts = complete && f.frame === 'five-prime-utr' && !f.threePrimeResidues && c3!.kind === 'coding' && t3.proteinLength
    ? findDownstreamStart(t3, s3.junction!, source.transcriptsOf(t3.gene))
    : null;
  if (starts?.start && t3?.proteinLength) {
    f = { ...f, threePrimeResidues: [starts.start.residue, t3.proteinLength], length: t3.proteinLength - starts.start.residue + 1 };
  }
  const alternativeStart = starts?.start ? { transcript: starts.start.transcript, genomic: starts.start.genomic, truncatedBy: starts.start.truncatedBy } : null;

  const five = partner('fivePrime', s5, f.fivePrimeResidues);
  const three = partner('threePrime', s3, f.threePrimeResidues);
  const r3 = f.threePrimeResidues;
  const domains = complete
    ? [
        ...callDomains(t5, 'fivePrime', f.fivePrimeResidues, 1),
        ...callDomains(t3, 'threePrime', r3, r3 ? (r3[0] === 1 && !f.fivePrimeResidues ? 1 : f.junctionResidue + f.novelResidues + 1) : 0),
      ]
    : [];
  const alt = complete && options.alternatives !== false ? alternatives(input, evidence, s5, s3, source) : [];
  const transcriptsAvailable = {
    fivePrime: t5 ? source.transcriptsOf(t5.gene).length : 0,
    threePrime: t3 ? source.transcriptsOf(t3.gene).length : 0,
  };
  const label = `${five.gene}::${three.gene}`;
  const frameExplanation = explainFrame(label, five, three, f, c5, c3, linker, starts);
  const diagnostics = {
    fivePrimeCodingNt: c5 && (c5.kind === 'coding' || c5.kind === 'after-cds') ? c5.codingNt : null,
    linkerNt: linker.length,
    threePrimeLeadNt: c3 ? c3.intronicNt + c3.utrLeadNt : 0,
    threePrimeFirstCodingNt: c3 && c3.kind !== 'after-cds' && c3.kind !== 'non-coding' ? c3.firstCds : null,
    threePrimeCodon: c3 && c3.firstCds > 0 ? Math.ceil(c3.firstCds / 3) : null,
    threePrimeCodonBase: c3 && c3.firstCds > 0 ? ((((c3.firstCds - 1) % 3) + 1) as 1 | 2 | 3) : null,
    restoringInsertion: f.restoringInsertion,
    alternatives: alt,
    transcriptsAvailable,
  };
  const value: Fusion = {
      label,
      nomenclature: nomenclatureOf(five, three, linker, input.inferred ?? false),
      evidence,
      inferred: input.inferred ?? false,
      fivePrime: five,
      threePrime: three,
      linker,
      transcript: complete ? buildTranscript(five, three, linker, f, c5!, c3!, s3.junction!) : null,
      frame: f.frame,
      frameExplanation,
      protein: { length: f.length, novelResidues: f.novelResidues, junctionResidue: f.junctionResidue, frameshift: f.frameshift, alternativeStart },
      domains,
      diagnostics: { ...diagnostics, sentences: explainDiagnostics(five, three, f, c5, c3, linker, diagnostics) },
      annotation: { assembly: source.assembly, source: source.description, pack: source.pack ?? null },
      warnings,
  };
  if (!options.sequence && !options.callerSequence) return { ok: true, value };
  if (!options.readSequence) {
    const path = options.sequence ? 'sequence' : 'callerSequence';
    return { ok: false, issues: [{ path, code: 'code-unavailable', message: `${path} was given, but no sequence reader to read it (BuildOptions.readSequence: withJunctionSequence of src/model/sequence.ts)` }] };
  }
  return { ok: true, value: options.readSequence(value, options.sequence, options.callerSequence) };
}
