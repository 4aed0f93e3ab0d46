/**
 * Caller rows → fusions: the step between a caller-file reader (pure text → rows) and the model.
 * Here the annotation is consulted to name intergenic or unnamed partners by position (genesNear),
 * to orient VCF breakend pairs by the genes' strands, to use the caller's transcripts when the
 * annotation knows them, and to compare the caller's frame call with the computed one.
 * Every row comes back, good or bad, with its line; a bad row never stops the others.
 */
import { buildFusion } from './model/fusion';
import { withJunctionSequence } from './model/sequence';
import type { AnnotationSource, CallerSequenceInput, FrameStatus, Fusion, FusionInput, GeneNear, Issue, PartnerInput, SequenceSet, Side } from './model/types';
import { normaliseAssembly, show } from './formats/common';
import type { FigureEvidence } from './layout/types';
import type { Breakend, CallerEvidence, CallerFile, CallerFrame, CallerRow, CallerRowOk } from './formats/caller-types';

export interface FrameComparison {
  readonly caller: CallerFrame;
  readonly computed: FrameStatus;
  /** null when either side is not a plain in-frame / out-of-frame call. */
  readonly agrees: boolean | null;
  /** Both calls and the likely reason, when they differ. */
  readonly note?: string;
}

export interface ResolvedCallerRow {
  readonly line: number;
  readonly format: CallerFile['format'];
  readonly caller: string;
  readonly evidence?: Partial<CallerEvidence>;
  /** The input as resolved: partners named, oriented, the caller's transcripts applied. */
  readonly input?: FusionInput;
  readonly fusion?: Fusion;
  readonly issues?: readonly Issue[];
  readonly warnings: readonly string[];
  readonly frame?: FrameComparison;
  /** "Arriba · high · 11 split + 0 discordant reads": one line for a figure or a table. */
  readonly support: string;
}

/**
 * How far outside a gene an unnamed breakpoint may lie and still be given to it: a promoter swap or
 * a break past a gene's end keeps the gene whole; further away the nearest gene is only a guess.
 */
export const NEAR_GENE_NT = 100_000;

const SIDES: readonly Side[] = ['fivePrime', 'threePrime'];
const prime = (s: Side) => (s === 'fivePrime' ? "5'" : "3'");
const at = (p: { chrom: string; pos: number }) => `${p.chrom.startsWith('chr') ? '' : 'chr'}${p.chrom}:${p.pos}`;

/** The read-support line: caller, confidence, then the counts it gives. */
export function supportLine(e: Partial<CallerEvidence> | undefined, caller = e?.caller ?? ''): string {
  if (!e) return caller;
  const counts: string[] = [];
  if (e.splitReads !== undefined) counts.push(`${e.splitReads} split`);
  if (e.spanningPairs !== undefined) counts.push(`${e.spanningPairs} ${e.nature === 'dna' ? 'paired' : 'discordant'}`);
  const reads = counts.length > 0 ? `${counts.join(' + ')} reads` : e.namedReads !== undefined ? `${e.namedReads} supporting reads` : undefined;
  const vaf = e.vaf !== undefined ? `VAF ${(e.vaf * 100).toFixed(0)}%` : undefined;
  return [caller, e.confidence, reads, vaf].filter(Boolean).join(' · ');
}

function where(g: GeneNear): string {
  return g.where === 'inside' ? `inside ${g.gene}` : `${g.distance} nt ${g.where} of ${g.gene}`;
}

/** Names a partner the caller left unnamed (or named as a locus or gene list) from its position. */
function nameByPosition(p: PartnerInput, side: Side | 'breakend', raw: string | undefined, source: AnnotationSource, notes: string[], issues: Issue[]): PartnerInput | undefined {
  if (p.gene || p.transcript || p.kind === 'unknown') return p;
  const bp = p.breakpoint;
  const label = raw === undefined ? 'the caller names no gene' : `${show(raw)} is not a gene symbol`;
  const path = side === 'breakend' ? 'breakend' : `${side}.gene`;
  if (!bp) return void issues.push({ path, code: 'unknown-gene', message: `${label}, and the row gives no position to find one` });
  if (!source.genesNear) {
    return void issues.push({ path, code: 'unknown-gene', message: `${label} at ${at(bp)}, and the annotation (${source.description}) cannot look genes up by position` });
  }
  const near = source.genesNear(bp.chrom, bp.pos, 5);
  if (near.length === 0) return void issues.push({ path, code: 'unknown-gene', message: `${label} at ${at(bp)}, and the annotation (${source.assembly}) holds no gene on ${bp.chrom}` });
  // A 5' partner broken past its end keeps all of it; a 3' partner broken before its start likewise.
  const prefer = side === 'fivePrime' ? 'downstream' : side === 'threePrime' ? 'upstream' : 'inside';
  const close = near.filter((n) => n.distance <= NEAR_GENE_NT);
  const g = close.find((n) => n.where === 'inside') ?? close.find((n) => n.where === prefer) ?? close[0];
  if (!g) {
    return void issues.push({ path, code: 'unknown-gene', message: `${label} at ${at(bp)}, and no gene of the annotation lies within ${NEAR_GENE_NT / 1000} kb (nearest: ${where(near[0]!)})` });
  }
  notes.push(`${side === 'breakend' ? 'breakend' : prime(side)} ${at(bp)}: ${label}; it lies ${where(g)}, so ${g.gene} is used`);
  return { ...p, gene: g.gene };
}

/** Puts the breakend that keeps its gene's 5' part first (+ strand keeping its low side, − its high). */
function orient(row: CallerRowOk, input: FusionInput, ends: readonly [Breakend, Breakend], source: AnnotationSource, issues: Issue[]): FusionInput | undefined {
  const strands = [input.fivePrime, input.threePrime].map((p) => (p.gene ? source.transcriptsOf(p.gene)[0]?.strand : undefined));
  if (strands[0] === undefined || strands[1] === undefined) return input;
  const five = ends.map((e, i) => (strands[i] === '+') === (e.keep === 'low'));
  const say = (i: 0 | 1) => {
    const p = i === 0 ? input.fivePrime : input.threePrime;
    return `${p.gene} (${strands[i]} strand) keeps the bases ${ends[i]!.keep === 'low' ? 'up to' : 'from'} ${at(ends[i]!)}`;
  };
  if (five[0] === five[1]) {
    issues.push({ path: 'ALT', code: 'orientation', message: `both breakends keep the ${five[0] ? "5'" : "3'"} part of their gene: ${say(0)}, ${say(1)}; no sense fusion transcript reads across the junction (line ${row.line})` });
    return undefined;
  }
  return five[0] ? input : { ...input, fivePrime: input.threePrime, threePrime: input.fivePrime };
}

function useCallerTranscripts(input: FusionInput, e: CallerEvidence, source: AnnotationSource, warnings: string[]): FusionInput {
  const out = { ...input };
  for (const side of SIDES) {
    const tx = e.transcripts?.[side];
    const p = out[side];
    if (!tx || p.transcript || p.kind === 'unknown') continue;
    const t = source.transcript(tx);
    if (t && (!p.gene || t.gene.toUpperCase() === p.gene.toUpperCase())) out[side] = { ...p, transcript: tx };
    else if (p.gene) {
      const own = source.transcriptsOf(p.gene)[0]?.accession;
      warnings.push(`${prime(side)}: the caller's transcript ${tx} is not in the annotation${own ? `; ${p.gene}'s ${own} is used instead` : ''}`);
    }
  }
  return out;
}

function compareFrame(call: CallerFrame | undefined, f: Fusion, e: CallerEvidence): FrameComparison | undefined {
  if (!call) return undefined;
  const plain = f.frame === 'in-frame' || f.frame === 'out-of-frame';
  const agrees = call.call === 'other' || !plain ? null : call.call === f.frame;
  if (agrees !== false) return { caller: call, computed: f.frame, agrees };
  const used = [f.fivePrime.transcript?.accession, f.threePrime.transcript?.accession];
  const theirs = [e.transcripts?.fivePrime, e.transcripts?.threePrime];
  const unversioned = (s?: string) => s?.replace(/\.\d+$/, '').toUpperCase();
  const differ = theirs.some((t, i) => t !== undefined && unversioned(t) !== unversioned(used[i]) && !f[SIDES[i]!].transcript?.aliases.some((a) => unversioned(a) === unversioned(t)));
  const reason = differ
    ? `the caller used other transcripts (${theirs.map((t) => t ?? '?').join(', ')}) than the annotation (${used.join(', ')})`
    : 'the breakpoints may be shifted by microhomology at the junction, or the caller predicts on another transcript';
  return { caller: call, computed: f.frame, agrees, note: `${e.caller} calls ${call.raw}, fusion-viz computes ${f.frame} on ${used.join('::')}: ${reason}` };
}

/** What the figure shows of a row's evidence (LayoutOptions.evidence): its support line, and the frame note when the calls differ. */
export function figureEvidence(row: Pick<ResolvedCallerRow, 'support' | 'frame'>): FigureEvidence {
  return { ...(row.support ? { support: row.support } : {}), ...(row.frame?.note ? { frameNote: row.frame.note } : {}) };
}

export interface ResolveRowOptions {
  /** Assembly for rows that do not state one (the CLI's --assembly). */
  assembly?: FusionInput['assembly'];
  /** The other assembly's source: position errors then say when a row fits it instead. */
  otherAssembly?: AnnotationSource;
  /** Sequence fetched at the edge (--genome / --transcripts): read before the caller's own. */
  sequence?: SequenceSet;
}

/** The column each caller writes its fusion-transcript sequence in, as the figure names it. */
const SEQUENCE_COLUMN: Partial<Record<CallerFile['format'], string>> = {
  arriba: 'fusion_transcript',
  'star-fusion': 'FUSION_CDS',
  fusioncatcher: 'Fusion_sequence',
  cicero: 'contig',
};

/** The caller's sequence for a row, when it gives one with a junction mark. */
export function callerSequenceOf(e: Partial<CallerEvidence> | undefined, format: CallerFile['format'], caller: string): CallerSequenceInput | undefined {
  const seq = e?.junctionSequence?.trim();
  if (!seq || seq === '.' || !seq.includes('|')) return undefined;
  const peptide = e?.peptide?.trim();
  const column = SEQUENCE_COLUMN[format] ?? 'sequence';
  return { source: `${caller} ${column}`, transcript: seq, ...(peptide && peptide !== '.' ? { peptide } : {}) };
}

export function resolveCallerRow(file: Pick<CallerFile, 'format' | 'caller'>, row: CallerRow, source: AnnotationSource, options: ResolveRowOptions = {}): ResolvedCallerRow {
  const base = { line: row.line, format: file.format, caller: file.caller, evidence: row.evidence };
  const support = supportLine(row.evidence, file.caller);
  if ('issues' in row) return { ...base, issues: row.issues, warnings: [], support };
  const issues: Issue[] = [];
  const warnings = [...row.warnings];
  const notes: string[] = [];
  let input: FusionInput | undefined = { ...row.input, assembly: row.input.assembly ?? options.assembly, evidence: row.input.evidence ?? row.evidence.nature };
  if (!input.assembly) delete input.assembly;
  const have = normaliseAssembly(source.assembly);
  if (input.assembly && have && input.assembly !== have) {
    issues.push({ path: 'assembly', code: 'invalid-value', message: `the row's positions are on ${input.assembly} but the annotation is ${source.assembly} (${source.description})` });
    return { ...base, input, issues, warnings, support };
  }
  const fiveRaw = row.evidence.genes.fivePrime;
  const threeRaw = row.evidence.genes.threePrime;
  const five = nameByPosition(input.fivePrime, row.breakends ? 'breakend' : 'fivePrime', fiveRaw, source, notes, issues);
  const three = nameByPosition(input.threePrime, row.breakends ? 'breakend' : 'threePrime', threeRaw, source, notes, issues);
  if (five && three) input = { ...input, fivePrime: five, threePrime: three };
  if (issues.length === 0 && row.breakends) input = orient(row, input, row.breakends, source, issues);
  if (issues.length > 0 || !input) return { ...base, input, issues, warnings: [...warnings, ...notes], support };
  input = useCallerTranscripts(input, row.evidence, source, warnings);
  const callerSequence = callerSequenceOf(row.evidence, file.format, file.caller);
  const built = buildFusion(input, source, {
    ...(options.otherAssembly ? { otherAssembly: options.otherAssembly } : {}),
    ...(options.sequence ? { sequence: options.sequence } : {}),
    ...(callerSequence ? { callerSequence } : {}),
    readSequence: withJunctionSequence,
  });
  if (!built.ok) {
    // Say how an unnamed partner was chosen, since that choice is often why it fails.
    const why = notes.length > 0 ? ` (${notes.join('; ')})` : '';
    return { ...base, input, issues: built.issues.map((i) => ({ ...i, message: i.message + why })), warnings: [...warnings, ...notes], support };
  }
  const frame = compareFrame(row.evidence.frame, built.value, row.evidence);
  const all = [...warnings, ...notes, ...built.value.warnings];
  if (frame?.note) all.push(frame.note);
  return { ...base, input, fusion: built.value, warnings: all, frame, support };
}

export function resolveCallerFile(file: CallerFile, source: AnnotationSource, options: ResolveRowOptions = {}): ResolvedCallerRow[] {
  return file.rows.map((r) => resolveCallerRow(file, r, source, options));
}
