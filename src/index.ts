/**
 * fusion-viz library entry. Importing it defines no custom element: import
 * `fusion-viz/register` (all tags) or one registration module for that.
 */
export { resolveFusion, resolveInput, type AnnotateOptions } from './api';
export { createAnnotationSource, sourceFromPack } from './model/annotation-source';
export { parseRefGene, type RefGeneRead } from './formats/refgene';
export { parseGtf, type GtfRead } from './formats/gtf';
export { defaultAnnotation, packStore } from './annotation/bundled';
export { setAnnotationBase, annotationBase, ShardLoadError } from './annotation/browser-packs';
export { PackStore } from './annotation/pack-store';
export { sequenceRequest, junctionSequence, normaliseCallerTranscript, translateCodon, reverseComplement, type SequenceRequest } from './model/sequence';
export { toAnnotateReport, type AnnotateReport, type AnnotatePartner } from './model/report';
export { describeFusion, domainLabel } from './model/explain';
export { bundledAnnotation } from './annotation/bundled';
export { layoutFusion, exportTextScale } from './layout';
export type * from './layout';
export { renderFusion, svgDocument, fusionStyles } from './render';
export { FusionDiagram, type ExportOptions } from './components/fusion-diagram.component';
export { FusionGenes, FusionProtein, FusionTranscript } from './components/fusion-panel.component';
export type { FusionErrorDetail, FusionErrorEvent, FusionFeatureDetail, FusionFeatureEvent, FusionFeatureKind } from './components/events';
export type { IntronScale, PanelList, PanelName } from './components/options';
export type * from './model/types';
export { resolveCohort, type CohortOptions } from './api-cohort';
export { describeCohort } from './model/cohort-summary';
export type { Cohort, CohortRow } from './model/cohort';
export { layoutCohort } from './layout/cohort';
export type { CohortLayout, CohortLayoutOptions, CohortRowLayout } from './layout/cohort-types';
export { renderCohort, cohortSvgDocument } from './render/cohort';
export { FusionCohort, type FusionCohortSelectDetail, type FusionCohortSelectEvent } from './components/fusion-cohort.component';
export { readCallerFile, detectCallerFormat, callerReaders, type ReadCallerOptions } from './formats/callers';
export type * from './formats/caller-types';
export { resolveCallerFile, resolveCallerRow, supportLine, type ResolvedCallerRow, type FrameComparison } from './rows';
