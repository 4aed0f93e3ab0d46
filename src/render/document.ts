/**
 * svgDocument: a standalone SVG file of a layout, drawn by the same renderFusion as the live
 * element, with <title>, <desc>, resolved styles and no external reference. Works in the
 * browser (a detached XML document: no markup parsed from a string, so Trusted Types have
 * nothing to check, and no <style> element is ever created, so a strict style-src has nothing
 * to block) and in Node (pass linkedom's DOMParser). A small serializer of our own gives
 * byte-identical output in both, writes the style sheet as text, and leaves out anything a
 * file must not hold: scripts, foreignObject, event attributes, non-local references.
 */
import type { FusionLayout } from '../layout/types';
import { renderFusion, SVG_NS } from './draw';
import { exportStyles, type Theme, type TokenName } from './styles';

export interface SvgDocumentOptions {
  readonly theme?: Theme;
  /** Token values in effect (e.g. read from the element's computed style), overriding the theme's. */
  readonly tokens?: Partial<Record<TokenName, string>>;
  /** DOMParser constructor, for Node (e.g. linkedom's); browsers use a detached document instead. */
  readonly DOMParser?: { new (): { parseFromString(text: string, type: string): Document } };
  /** Told about each token value dropped as unsafe; console.warn by default. */
  readonly warn?: (message: string) => void;
}

/** Elements and attributes an exported file never carries, whatever a caller drew into the tree. */
const BANNED_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'use', 'image', 'a', 'style']);
const allowedAttr = (name: string, value: string) =>
  !/^on/i.test(name) && !((/(?:^|:)href$/i.test(name) || /^src$/i.test(name)) && !value.startsWith('#')) && !/url\((?!\s*['"]?#)/i.test(value);

const escapeText = (s: string) => (/[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s);
const escapeAttr = (s: string) => (/[&<>"]/.test(s) ? escapeText(s).replace(/"/g, '&quot;') : s);

/** XML serialization of an element tree (attributes sorted by name; empty elements self-closed). */
export function serializeSvg(el: Element, root = true): string {
  // Sorted, and empty style attributes dropped: DOM implementations differ in attribute order.
  const attrs = [...el.attributes]
    .filter((a) => a.name !== 'xmlns' && a.name !== 'style' && allowedAttr(a.name, a.value))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((a) => ` ${a.name}="${escapeAttr(a.value)}"`)
    .join('');
  const ns = root ? ` xmlns="${SVG_NS}"` : '';
  // Sibling links, not childNodes: linkedom builds a fresh childNodes array on every read.
  let children = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) children += BANNED_ELEMENTS.has((c as Element).tagName.toLowerCase()) ? '' : serializeSvg(c as Element, false);
    else if (c.nodeType === 3) children += escapeText(c.textContent ?? '');
  }
  const tag = el.tagName;
  return children ? `<${tag}${ns}${attrs}>${children}</${tag}>` : `<${tag}${ns}${attrs}/>`;
}

function blankSvg(options: SvgDocumentOptions): Document {
  if (options.DOMParser) return new options.DOMParser().parseFromString(`<svg xmlns="${SVG_NS}"></svg>`, 'image/svg+xml');
  const implementation = (globalThis as { document?: Document }).document?.implementation;
  if (!implementation) throw new Error('svgDocument needs a DOMParser outside a browser: pass one (e.g. from linkedom)');
  return implementation.createDocument(SVG_NS, 'svg', null);
}

export function svgDocument(layout: FusionLayout, options: SvgDocumentOptions = {}): string {
  return svgFigure(layout, renderFusion, exportStyles, options);
}

/** What every exported figure has: a size, a title and a plain-language summary. */
export interface FigureFrame {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly summary: string;
}

/**
 * The standalone document of any figure drawn by one of render's functions (the fusion, the
 * cohort): <title>, <desc>, resolved styles from `css` (token values checked there), background,
 * role and aria-label, serialized without anything a file must not hold.
 */
export function svgFigure<L extends FigureFrame>(
  layout: L,
  draw: (svg: SVGSVGElement, layout: L) => void,
  css: (theme: Theme, tokens?: Partial<Record<TokenName, string>>, warn?: (message: string) => void) => string,
  options: SvgDocumentOptions = {},
): string {
  const doc = blankSvg(options);
  const svg = doc.documentElement as unknown as SVGSVGElement;
  draw(svg, layout);
  const el = (tag: string, text?: string) => {
    const e = doc.createElementNS(SVG_NS, tag);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const sheet = css(options.theme ?? 'light', options.tokens, options.warn ?? ((m) => console.warn(`fusion-viz: ${m}`)));
  const background = el('rect');
  background.setAttribute('class', 'background');
  background.setAttribute('width', String(layout.width));
  background.setAttribute('height', String(layout.height));
  const first = svg.firstChild;
  for (const node of [el('title', layout.title), el('desc', layout.summary), background]) svg.insertBefore(node, first);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', layout.summary);
  // The sheet goes in as text after <desc> (whose text is escaped, so this is its one end tag).
  const markup = serializeSvg(svg);
  const at = markup.indexOf('</desc>') + '</desc>'.length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup.slice(0, at)}<style>${escapeText(sheet)}</style>${markup.slice(at)}\n`;
}
