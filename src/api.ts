/**
 * The library's front door: a description (VICC text, gene-symbol text or the JSON form)
 * in, a resolved Fusion (or issues naming the field and value) out.
 *
 * resolveInput and resolveFusion read sequence with the junction-sequence code imported here
 * (Node, the CLI, src/index.ts); resolveInputWith takes the reader as an argument, so the drop-in
 * (src/lazy-sequence.ts) can bind the one it loads on first use and leave this import out.
 */
import { defaultAnnotation } from './annotation/bundled';
import { parseDescription } from './formats/index';
import { buildFusion, type SequenceReader } from './model/fusion';
import { withJunctionSequence } from './model/sequence';
import type { AnnotationSource, Assembly, CallerSequenceInput, Fusion, FusionInput, Issue, Result, SequenceSet } from './model/types';

export interface AnnotateOptions {
  /** Annotation to resolve against (bring your own); by default the packs of the description's assembly. */
  annotation?: AnnotationSource;
  /** Assembly for descriptions that do not state one; GRCh38 by default. */
  assembly?: Assembly;
  /** Sequence for the junction (fetched beforehand: sequenceRequest() says what a fusion needs); sets Fusion.sequence. */
  sequence?: SequenceSet;
  /** A caller's fusion-transcript sequence (`|` at the junction); used when `sequence` does not cover the junction. */
  callerSequence?: CallerSequenceInput;
}

const other = (a: Assembly): Assembly => (a === 'GRCh38' ? 'GRCh37' : 'GRCh38');

/** The assembly a parsed description is read on, or an issue when it contradicts the given annotation. */
export function assemblyOf(input: FusionInput, options: AnnotateOptions): { assembly: Assembly } | { issue: Issue } {
  const assembly = input.assembly ?? options.assembly ?? (options.annotation?.assembly as Assembly | undefined) ?? 'GRCh38';
  if (options.annotation && options.annotation.assembly !== assembly) {
    return { issue: { path: 'assembly', code: 'assembly-mismatch', message: `the description is on ${assembly}, but the annotation given is ${options.annotation.assembly} (${options.annotation.description})` } };
  }
  return { assembly };
}

/** Resolves a parsed description (for callers that parse themselves, e.g. caller-file rows). */
export function resolveInput(input: FusionInput, options: AnnotateOptions = {}): Result<Fusion> {
  return resolveInputWith(input, options, withJunctionSequence);
}

export function resolveFusion(description: string | object, options: AnnotateOptions = {}): Result<Fusion> {
  const parsed = parseDescription(description);
  if (!parsed.ok) return parsed;
  return resolveInput(parsed.value, options);
}

/** resolveInput reading sequence with `readSequence` (BuildOptions.readSequence). */
export function resolveInputWith(input: FusionInput, options: AnnotateOptions, readSequence: SequenceReader | undefined): Result<Fusion> {
  const a = assemblyOf(input, options);
  if ('issue' in a) return { ok: false, issues: [a.issue] };
  const seq = {
    ...(options.sequence ? { sequence: options.sequence } : {}),
    ...(options.callerSequence ? { callerSequence: options.callerSequence } : {}),
    ...(readSequence ? { readSequence } : {}),
  };
  if (options.annotation) return buildFusion(input, options.annotation, seq);
  return buildFusion(input, defaultAnnotation(a.assembly), { otherAssembly: defaultAnnotation(other(a.assembly)), ...seq });
}

