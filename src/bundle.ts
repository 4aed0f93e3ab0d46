/**
 * Entry of the drop-in file dist/fusion-viz.js, with lit, d3 and the bundled annotation
 * inlined. It defines `<fusion-diagram>`, `<fusion-genes>`, `<fusion-transcript>` and
 * `<fusion-protein>` and exports the library's figure API.
 *
 * `<fusion-cohort>`, `<fusion-table>` and the caller-file readers are the sibling file
 * dist/fusion-viz-cohort.js (src/bundle-cohort.ts), which this file imports, and so defines those
 * tags, the first time the page holds one of them: a page of figures does not download the
 * cohort code. A page that creates them where a document observer does not see (inside a shadow
 * root) calls `loadCohort()` first; `import … from './fusion-viz-cohort.js'` gives the cohort API.
 *
 * The junction-sequence code (the sequence model, the strip's layout) is the sibling
 * dist/fusion-viz-sequence.js (src/bundle-sequence.ts), which an element imports the first time it
 * is given `sequence` or `callerSequence` (src/lazy-sequence.ts): a page of plain figures does not
 * download it. `loadSequence()` loads it and resolves with the sequence API (sequenceRequest,
 * junctionSequence, …); resolveFusion, resolveInput and layoutFusion here read sequence once it
 * has loaded (before that, an input with sequence is an issue saying so).
 *
 * What a page bringing its own annotation uses (parseGtf, parseRefGene, createAnnotationSource,
 * sourceFromPack) is a third sibling, dist/fusion-viz-annotation-readers.js, loaded by
 * `loadAnnotationReaders()` (or imported by name).
 *
 * The export list names every runtime export of src/index.ts, here or in a sibling
 * (tests/package/drop-in.test.ts checks the built files against it).
 */
import './components/fusion-diagram';
import './components/fusion-genes';
import './components/fusion-transcript';
import './components/fusion-protein';

export {
  defaultAnnotation, packStore,
  setAnnotationBase, annotationBase, ShardLoadError, PackStore, toAnnotateReport, describeFusion, domainLabel, bundledAnnotation,
  exportTextScale, renderFusion, svgDocument, fusionStyles, FusionDiagram, FusionGenes, FusionProtein, FusionTranscript,
} from './index';
// The front door with the junction-sequence code loaded on first use (dist/fusion-viz-sequence.js).
export { resolveFusion, resolveInput, layoutFusion, loadSequence } from './lazy-sequence';

let readers: Promise<typeof import('./bundle-annotation-readers')> | undefined;

/** Loads dist/fusion-viz-annotation-readers.js; resolves with `{ parseGtf, parseRefGene, createAnnotationSource, sourceFromPack }`. */
export function loadAnnotationReaders(): Promise<typeof import('./bundle-annotation-readers')> {
  return (readers ??= import('./bundle-annotation-readers'));
}

const LAZY_TAGS = 'fusion-cohort, fusion-table';
let cohort: Promise<typeof import('./bundle-cohort')> | undefined;

/** Loads dist/fusion-viz-cohort.js (defining `<fusion-cohort>` and `<fusion-table>`); resolves with its exports. */
export function loadCohort(): Promise<typeof import('./bundle-cohort')> {
  return (cohort ??= import('./bundle-cohort'));
}

/** Loads the cohort file as soon as the document holds one of its tags (now or later). */
function loadOnFirstUse(): void {
  if (document.querySelector(LAZY_TAGS)) {
    void loadCohort();
    return;
  }
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 && ((n as Element).matches(LAZY_TAGS) || (n as Element).querySelector(LAZY_TAGS))) {
          observer.disconnect();
          void loadCohort();
          return;
        }
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') loadOnFirstUse();
