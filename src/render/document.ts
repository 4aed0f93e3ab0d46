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
  !(((name.length >= 4 && (name.charCodeAt(name.length - 1) | 32) === 102 && /(?:^|:)href$/i.test(name)) || (name.length === 3 && name.toLowerCase() === 'src')) && !value.startsWith('#')) &&
  !(value.includes('(') && /url\((?!\s*['"]?#)/i.test(value));

const escapeText = (s: string) => (/[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s);
const escapeAttr = (s: string) => (/[&<>"]/.test(s) ? escapeText(s).replace(/"/g, '&quot;') : s);
const byName = (a: readonly [string, string], b: readonly [string, string]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * An element's attributes as `[name, value, name, value, …]`, sorted by name: DOM implementations
 * differ in attribute order. The light DOM (light-dom.ts, the CLI's) keeps its attributes sorted
 * and hands them over as they are; a DOM's NamedNodeMap is read once and sorted here.
 */
function sortedAttributes(el: Element): readonly string[] {
  const own = (el as { sortedAttributes?: readonly string[] }).sortedAttributes;
  if (own) return own;
  const list = el.attributes;
  const pairs: [string, string][] = [];
  for (let i = 0; i < list.length; i++) pairs.push([list[i]!.name, list[i]!.value]);
  return pairs.sort(byName).flat();
}

// `<tag`, `</tag>` and ` name="` of each tag and attribute name met, made once: a figure writes
// ~500 elements of ~10 tags and ~3,000 attributes of ~25 names.
const once = (make: (name: string) => string) => {
  const made = new Map<string, string>();
  return (name: string) => {
    let s = made.get(name);
    if (s === undefined) made.set(name, (s = make(name)));
    return s;
  };
};
const tagOpen = once((tag) => `<${tag}`);
const tagClose = once((tag) => `</${tag}>`);
// An attribute's closing quote is written with what follows it (the next ` name="`, or `>`), so
// an attribute is two pieces, its opening and its value.
const attrFirst = once((name) => ` ${name}="`);
const attrNext = once((name) => `" ${name}="`);

/**
 * Appends `<tag attr="…` of an element to `out` (no closing quote or bracket; true when a quote is
 * left open), style attributes and unsafe ones left out. A figure is written as one array of
 * pieces, which svgDocument joins once and the CLI encodes in runs (a string built up piece by
 * piece is a tree of ~10,000 concatenations, flattened again when it is written).
 */
function openTag(el: Element, root: boolean, out: string[]): boolean {
  out.push(tagOpen(el.tagName));
  if (root) out.push(` xmlns="${SVG_NS}"`);
  const attrs = sortedAttributes(el);
  let quoteOpen = false;
  for (let i = 0; i < attrs.length; i += 2) {
    const name = attrs[i]!;
    const value = attrs[i + 1]!;
    if (name === 'xmlns' || name === 'style' || !allowedAttr(name, value)) continue;
    out.push(quoteOpen ? attrNext(name) : attrFirst(name), escapeAttr(value));
    quoteOpen = true;
  }
  return quoteOpen;
}

/** Appends the serialized children of an element to `out`, banned elements left out; false when it has none. */
function writeChildren(el: Element, out: string[]): boolean {
  // Sibling links, not childNodes: linkedom builds a fresh childNodes array on every read.
  const before = out.length;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) {
      if (!BANNED_ELEMENTS.has((c as Element).tagName.toLowerCase())) writeElement(c as Element, false, out);
    } else if (c.nodeType === 3) {
      const text = c.textContent ?? '';
      if (text !== '') out.push(escapeText(text));
    }
  }
  return out.length > before;
}

function writeElement(el: Element, root: boolean, out: string[]): void {
  const quoteOpen = openTag(el, root, out);
  const at = out.length;
  out.push(quoteOpen ? '">' : '>');
  if (writeChildren(el, out)) out.push(tagClose(el.tagName));
  else out[at] = quoteOpen ? '"/>' : '/>';
}

/** XML serialization of an element tree (attributes sorted by name; empty elements self-closed). */
export function serializeSvg(el: Element, root = true): string {
  const out: string[] = [];
  writeElement(el, root, out);
  return out.join('');
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

/**
 * svgDocument's markup as the pieces it is written in (joined, they are svgDocument's string), for
 * a writer that encodes them itself: the CLI, which so never makes a figure into one string (one
 * over 128 KB, as a figure with any non-Latin-1 character is, costs V8 a fresh large-object mapping).
 */
export function svgDocumentPieces(layout: FusionLayout, options: SvgDocumentOptions = {}): string[] {
  return svgFigurePieces(layout, renderFusion, exportStyles, options);
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
  return svgFigurePieces(layout, draw, css, options).join('');
}

/** svgFigure's markup as the pieces it is written in. */
export function svgFigurePieces<L extends FigureFrame>(
  layout: L,
  draw: (svg: SVGSVGElement, layout: L) => void,
  css: Css,
  options: SvgDocumentOptions = {},
): string[] {
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
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  const quoteOpen = openTag(svg, true, out);
  out.push(quoteOpen ? '">' : '>');
  writeElement(el('title', layout.title), false, out);
  writeElement(el('desc', layout.summary), false, out);
  out.push('<style>', escapeText(sheet), '</style>');
  writeElement(background, false, out);
  writeChildren(svg, out);
  out.push('</svg>\n');
  return out;
}
