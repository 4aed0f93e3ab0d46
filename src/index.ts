/**
 * fusion-viz library entry. Importing it defines no custom element: import
 * `fusion-viz/register` (all tags) or one registration module for that.
 */
export { resolveFusion, type AnnotateOptions } from './api';
export { toAnnotateReport, type AnnotateReport, type AnnotatePartner } from './model/report';
export { describeFusion, domainLabel } from './model/explain';
export { bundledAnnotation } from './annotation/bundled';
export { layoutFusion } from './layout';
export type * from './layout';
export { renderFusion, svgDocument, fusionStyles } from './render';
export { FusionDiagram } from './components/fusion-diagram.component';
export { FusionGenes, FusionProtein, FusionTranscript } from './components/fusion-panel.component';
export type { FusionErrorDetail, FusionErrorEvent, FusionFeatureDetail, FusionFeatureEvent, FusionFeatureKind } from './components/events';
export type { IntronScale, PanelList, PanelName } from './components/options';
export type * from './model/types';
