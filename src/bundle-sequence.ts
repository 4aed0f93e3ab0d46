/**
 * The junction-sequence code, the drop-in's sibling dist/fusion-viz-sequence.js: the sequence
 * model's reader (withJunctionSequence, which BuildOptions.readSequence takes), the layout of the
 * junction-sequence strip (FigureOptions.sequenceStrip) and the sequence API. dist/fusion-viz.js
 * loads it (src/lazy-sequence.ts, `loadSequence()`) the first time an element is given `sequence`
 * or `callerSequence`, so a page of plain figures never fetches it; the cohort sibling imports it
 * (caller rows carry sequence). What it shares with the figure stays in dist/fusion-viz.js.
 */
export { withJunctionSequence, sequenceRequest, junctionSequence, normaliseCallerTranscript, translateCodon, reverseComplement } from './model/sequence';
export { layoutSequence } from './layout/sequence';
