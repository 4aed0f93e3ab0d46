/**
 * The drop-in's sibling dist/fusion-viz-annotation-readers.js: for a page that brings its own
 * annotation, the readers of its files (GTF, UCSC refGene) and the AnnotationSource over what they
 * read (createAnnotationSource, or sourceFromPack over a pack). Only such a page needs them, so
 * dist/fusion-viz.js loads them on `loadAnnotationReaders()` (or a page imports them by name:
 * `import { parseGtf, createAnnotationSource } from './fusion-viz-annotation-readers.js'`).
 */
export { parseGtf } from './formats/gtf';
export { parseRefGene } from './formats/refgene';
export { createAnnotationSource, sourceFromPack } from './model/annotation-source';
