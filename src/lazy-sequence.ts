/**
 * The junction-sequence code (src/bundle-sequence.ts) loaded on first use, for the elements and
 * the drop-in's front door: the drop-in builds it as its sibling dist/fusion-viz-sequence.js, so a
 * page whose figures are given no sequence never fetches it. The edge loads it before the pure
 * pipeline runs (src/annotation/load-and-resolve.ts, as it loads annotation shards) and hands it
 * to the model and the layout; once it is loaded, everything is synchronous again. Node, the CLI
 * and src/index.ts import it statically instead (src/api.ts, src/layout/index.ts).
 */
import { resolveInputWith, type AnnotateOptions } from './api';
import { parseDescription } from './formats/index';
import { layoutFigure, type FusionLayout, type LayoutOptions } from './layout/index';
import type { Fusion, FusionInput, Issue, Result } from './model/types';

export type SequenceCode = typeof import('./bundle-sequence');

/** The drop-in's file of the junction-sequence code, beside dist/fusion-viz.js (scripts/drop-in.ts). */
export const SEQUENCE_FILE = 'fusion-viz-sequence.js';

let code: SequenceCode | undefined;
let loading: Promise<SequenceCode> | undefined;

/** The junction-sequence code when it has been loaded, else undefined. */
export function loadedSequence(): SequenceCode | undefined {
  return code;
}

/** Loads the junction-sequence code (in the drop-in: dist/fusion-viz-sequence.js, from beside it); resolves with its exports. A failed load is tried again on the next call. */
export function loadSequence(): Promise<SequenceCode> {
  return (loading ??= import('./bundle-sequence').then(
    (m) => (code = m),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  ));
}

/** The issue shown when the junction-sequence code could not be loaded: names the file and why. */
export function sequenceLoadIssue(path: string, e: unknown): Issue {
  return {
    path,
    code: 'code-unavailable',
    message: `could not load the junction-sequence code (the drop-in's ${SEQUENCE_FILE}, served beside fusion-viz.js): ${(e as Error)?.message ?? String(e)}`,
  };
}

/** The model's issue for sequence it has no reader for, in the drop-in's words. */
const notLoaded = (i: Issue): Issue => (i.code === 'code-unavailable'
  ? { ...i, message: `${i.path} is read by the junction-sequence code (${SEQUENCE_FILE}), which is not loaded yet: await loadSequence() first` }
  : i);

/**
 * resolveInput (src/api.ts) with the loaded junction-sequence code. Before it is loaded, an input
 * that resolves but has sequence is an issue saying so (any other problem of the input comes first).
 */
export function resolveInput(input: FusionInput, options: AnnotateOptions = {}): Result<Fusion> {
  const r = resolveInputWith(input, options, code?.withJunctionSequence);
  return r.ok || code ? r : { ok: false, issues: r.issues.map(notLoaded) };
}

/** resolveFusion (src/api.ts) with the loaded junction-sequence code, as resolveInput here. */
export function resolveFusion(description: string | object, options: AnnotateOptions = {}): Result<Fusion> {
  const parsed = parseDescription(description);
  return parsed.ok ? resolveInput(parsed.value, options) : parsed;
}

/** layoutFusion (src/layout/index.ts) with the loaded strip layout; throws for a fusion with sequence before it is loaded. */
export function layoutFusion(fusion: Fusion, options: LayoutOptions): FusionLayout {
  return layoutFigure(fusion, { ...options, ...(code ? { sequenceStrip: code.layoutSequence } : {}) });
}
