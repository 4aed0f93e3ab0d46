/**
 * The drop-in's sibling dist/fusion-viz-annotation-readers.js: the readers of annotation files a
 * page brings itself (GTF, UCSC refGene), for createAnnotationSource(). Only a page that draws on
 * its own annotation needs them, so dist/fusion-viz.js loads them on `loadAnnotationReaders()`
 * (or a page imports them: `import { parseGtf } from './fusion-viz-annotation-readers.js'`).
 */
export { parseGtf } from './formats/gtf';
export { parseRefGene } from './formats/refgene';
