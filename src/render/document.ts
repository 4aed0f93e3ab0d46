/**
 * svgDocument: a standalone SVG file of a layout, drawn by the same renderFusion as the live
 * element, with <title>, <desc>, resolved styles and no external reference. Works in the
 * browser (a detached XML document: no markup parsed from a string, so Trusted Types have
 * nothing to check, and no <style> element is ever created, so a strict style-src has nothing
 * to block) and in Node (pass a DOMParser: the CLI passes light-dom.ts's LightDOMParser, a minimal
 * DOM of just what the renderer uses, kept out of this module so browser bundles do not carry it;
 * linkedom's works too). A small serializer of our own gives
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
  /** DOMParser constructor, for Node (LightDOMParser of light-dom.ts, or e.g. linkedom's); browsers use a detached document instead. */
  readonly DOMParser?: { new (): { parseFromString(text: string, type: string): Document } };
  /** Told about each token value dropped as unsafe; console.warn by default. */
  readonly warn?: (message: string) => void;
}

/** Elements and attributes an exported file never carries, whatever a caller drew into the tree. */
const BANNED_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'use', 'image', 'a', 'style']);
// Cheap character checks first (a figure has ~10,000 attributes), the exact rules after them.
const allowedAttr = (name: string, value: string) =>
  !((name.charCodeAt(0) | 32) === 111 && (name.charCodeAt(1) | 32) === 110) && // on…
  !(((name.length >= 4 && (name.charCodeAt(name.length - 1) | 32) === 102 && /(?:^|:)href$/i.test(name)) || /^src$/i.test(name)) && !value.startsWith('#')) &&
  !(value.includes('(') && /url\((?!\s*['"]?#)/i.test(value));

const escapeText = (s: string) => (/[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s);
const escapeAttr = (s: string) => (/[&<>"]/.test(s) ? escapeText(s).replace(/"/g, '&quot;') : s);
const byName = (a: readonly [string, string], b: readonly [string, string]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** `<tag attr="…"…` of an element (no closing bracket): attributes sorted by name, unsafe ones left out. */
function openTag(el: Element, root: boolean): string {
  // Sorted, and empty style attributes dropped: DOM implementations differ in attribute order.
  const kept: (readonly [string, string])[] = [];
  // The light DOM (light-dom.ts, the CLI's) hands over its attribute map; a DOM's NamedNodeMap is read once.
  const map = (el as { attributeMap?: ReadonlyMap<string, string> }).attributeMap;
  if (map) {
    for (const pair of map) if (pair[0] !== 'xmlns' && pair[0] !== 'style' && allowedAttr(pair[0], pair[1])) kept.push(pair);
  } else {
    const list = el.attributes;
    for (let i = 0; i < list.length; i++) {
      const { name, value } = list[i]!;
      if (name !== 'xmlns' && name !== 'style' && allowedAttr(name, value)) kept.push([name, value]);
    }
  }
  kept.sort(byName);
  let tag = `<${el.tagName}${root ? ` xmlns="${SVG_NS}"` : ''}`;
  for (const [name, value] of kept) tag += ` ${name}="${escapeAttr(value)}"`;
  return tag;
}

/** The serialized children of an element, banned elements left out. */
function childMarkup(el: Element): string {
  // Sibling links, not childNodes: linkedom builds a fresh childNodes array on every read.
  let children = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) children += BANNED_ELEMENTS.has((c as Element).tagName.toLowerCase()) ? '' : serializeSvg(c as Element, false);
    else if (c.nodeType === 3) children += escapeText(c.textContent ?? '');
  }
  return children;
}

/** XML serialization of an element tree (attributes sorted by name; empty elements self-closed). */
export function serializeSvg(el: Element, root = true): string {
  const open = openTag(el, root);
  const children = childMarkup(el);
  return children ? `${open}>${children}</${el.tagName}>` : `${open}/>`;
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

type Css = (theme: Theme, tokens?: Partial<Record<TokenName, string>>, warn?: (message: string) => void) => string;
const sheets = new WeakMap<Css, Map<Theme, string>>();

/** The figure's style sheet; without token values it depends on the theme only, so it is made once per theme. */
function styleSheet(css: Css, options: SvgDocumentOptions): string {
  const theme = options.theme ?? 'light';
  const warn = options.warn ?? ((m: string) => console.warn(`fusion-viz: ${m}`));
  if (options.tokens) return css(theme, options.tokens, warn);
  let byTheme = sheets.get(css);
  if (!byTheme) sheets.set(css, (byTheme = new Map()));
  let sheet = byTheme.get(theme);
  if (sheet === undefined) byTheme.set(theme, (sheet = css(theme, undefined, warn)));
  return sheet;
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
  css: Css,
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
  const sheet = styleSheet(css, options);
  const background = el('rect');
  background.setAttribute('class', 'background');
  background.setAttribute('width', String(layout.width));
  background.setAttribute('height', String(layout.height));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', layout.summary);
  // <title>, <desc>, the sheet as text (never a <style> element) and the background go first,
  // written beside the drawing rather than inserted into it.
  const head = `${serializeSvg(el('title', layout.title), false)}${serializeSvg(el('desc', layout.summary), false)}<style>${escapeText(sheet)}</style>${serializeSvg(background, false)}`;
  const markup = `${openTag(svg, true)}>${head}${childMarkup(svg)}</svg>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}
