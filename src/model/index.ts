export * from './types';
export * from './coordinates';
export { buildFusion, nomenclatureOf } from './fusion';
export { describeFusion, domainLabel } from './explain';
export { toAnnotateReport, type AnnotateReport, type AnnotatePartner } from './report';
export { createAnnotationSource, sourceFromPack } from './annotation-source';
