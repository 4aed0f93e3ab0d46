/**
 * The drop-in's sibling file dist/fusion-viz-cohort.js: defines `<fusion-cohort>` and
 * `<fusion-table>` and exports the cohort and caller-file API. dist/fusion-viz.js loads it the
 * first time a page holds one of those tags (or on `loadCohort()`); what the two share (lit, the
 * model, layout and renderer) stays in dist/fusion-viz.js, which this file imports, as it imports
 * dist/fusion-viz-sequence.js (caller rows carry sequence).
 */
import './components/fusion-cohort';
import './components/fusion-table';
// Caller rows carry sequence (src/rows.ts reads it): the junction-sequence file comes with this one.
import './bundle-sequence';

export {
  resolveCohort, describeCohort, layoutCohort, renderCohort, cohortSvgDocument, FusionCohort,
  readCallerFile, detectCallerFormat, callerReaders, resolveCallerFile, resolveCallerRow, supportLine,
} from './index';
export { FusionTable } from './components/fusion-table';
