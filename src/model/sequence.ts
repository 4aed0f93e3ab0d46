/**
 * The junction read from real sequence: a genome or transcript FASTA the user gave (SequenceSet,
 * fetched at the edge for the regions sequenceRequest() names) or the caller's own fusion
 * transcript (CallerSequenceInput). Pure: strings in, a SequenceCall out. The work is split:
 * sequence-set.ts reads a set, sequence-caller.ts a caller's sequence, sequence-analysis.ts
 * reads the frame, stops and starts on either, explain-sequence.ts puts it in words.
 */
import { explainSequence } from './explain-sequence';
import { analyse, frameOf, type Track } from './sequence-analysis';
import { sequenceFromCaller } from './sequence-caller';
import { assemble, reader } from './sequence-set';
import type { CallerSequenceInput, Fusion, SequenceCall, SequenceRequest, SequenceSet } from './types';

export type { SequenceRequest };
export { translateCodon, reverseComplement } from './codons';
export { sequenceRequest } from './sequence-set';
export { normaliseCallerTranscript, sequenceFromCaller } from './sequence-caller';
export { WINDOW_NT } from './sequence-analysis';

/** The junction from a SequenceSet (genome / transcripts), or null when the set covers neither partner. */
export function sequenceFromSet(f: Fusion, set: SequenceSet): SequenceCall | null {
  if (!f.transcript || !f.fivePrime.transcript || !f.threePrime.transcript) return null;
  const notes: string[] = [];
  const r = reader(set);
  const { seq, from } = assemble(f, r, notes);
  if (from.size === 0) return null;
  const J = f.transcript.junction;
  const tr: Track = {
    seq,
    jx: J,
    ins: f.linker.length,
    pos: (i) => (i >= 0 && i < seq.length ? i + 1 : null),
    index: (p) => p - 1,
    origin: from.has('genome') ? 'genome' : 'transcripts',
    source: set.source,
    whole: true,
  };
  return analyse(f, tr, frameOf(f, tr), notes);
}

/** Sequence for a built fusion: the user's set when it covers the junction, else the caller's. */
export function junctionSequence(f: Fusion, set?: SequenceSet, caller?: CallerSequenceInput): SequenceCall | null {
  const fromSet = set ? sequenceFromSet(f, set) : null;
  const fromCaller = caller ? sequenceFromCaller(f, caller) : null;
  if (fromSet && fromCaller?.callerPeptide) {
    // Keep the caller's peptide comparison with the user's sequence.
    return { ...fromSet, callerPeptide: fromCaller.callerPeptide, notes: [...fromSet.notes, ...fromCaller.notes.filter((x) => x.startsWith("the caller's peptide"))] };
  }
  return fromSet && fromSet.coveredAfterJunction > 0 ? fromSet : fromCaller ?? fromSet;
}

/**
 * The fusion with what the sequence shows (BuildOptions.readSequence): the junction read from the
 * set or the caller's sequence, and the frame explanation, diagnostics and warnings that follow;
 * a warning when neither covers the junction.
 */
export function withJunctionSequence(value: Fusion, set: SequenceSet | undefined, caller: CallerSequenceInput | undefined): Fusion {
  const complete = value.transcript !== null;
  const { warnings } = value;
  const sequence = complete ? junctionSequence(value, set, caller) : null;
  if (!sequence) {
    const why = caller ? `the caller's sequence (${caller.source}) has no readable junction mark` : `the sequence given (${set!.source}) covers neither partner`;
    return { ...value, sequence: null, warnings: complete ? [...warnings, `sequence: ${why}`] : warnings };
  }
  const words = explainSequence(value, sequence);
  return {
    ...value,
    frameExplanation: words.frameExplanation,
    diagnostics: { ...value.diagnostics, sentences: words.sentences },
    warnings: [...warnings, ...words.warnings],
    sequence,
  };
}
