export { renderFusion, SVG_NS } from './draw';
export { svgDocument, serializeSvg, type SvgDocumentOptions } from './document';
export { fusionStyles, exportStyles, safeTokenValue, tokenNames, TOKENS, type Theme, type TokenName } from './styles';
