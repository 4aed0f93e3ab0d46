/**
 * svgDocument: a standalone SVG file of a layout, drawn by the same renderFusion as the live
 * element, with <title>, <desc>, resolved styles and no external reference. Works in the
 * browser (global DOMParser) and in Node (pass linkedom's DOMParser). A small serializer of
 * our own gives byte-identical output in both.
 */
import type { FusionLayout } from '../layout/types';
import { renderFusion, SVG_NS } from './draw';
import { exportStyles, type Theme, type TokenName } from './styles';

export interface SvgDocumentOptions {
  readonly theme?: Theme;
  /** Token values in effect (e.g. read from the element's computed style), overriding the theme's. */
  readonly tokens?: Partial<Record<TokenName, string>>;
  /** DOMParser constructor; defaults to the global one (browsers). */
  readonly DOMParser?: { new (): { parseFromString(text: string, type: string): Document } };
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** XML serialization of an element tree (attributes sorted by name; empty elements self-closed). */
export function serializeSvg(el: Element, root = true): string {
  // Sorted, and empty style attributes dropped: DOM implementations differ in attribute order.
  const attrs = [...el.attributes]
    .filter((a) => a.name !== 'xmlns' && !(a.name === 'style' && a.value.trim() === ''))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((a) => ` ${a.name}="${escapeAttr(a.value)}"`)
    .join('');
  const ns = root ? ` xmlns="${SVG_NS}"` : '';
  const children = [...el.childNodes]
    .map((c) => (c.nodeType === 1 ? serializeSvg(c as Element, false) : c.nodeType === 3 ? escapeText(c.textContent ?? '') : ''))
    .join('');
  const tag = el.tagName;
  return children ? `<${tag}${ns}${attrs}>${children}</${tag}>` : `<${tag}${ns}${attrs}/>`;
}

export function svgDocument(layout: FusionLayout, options: SvgDocumentOptions = {}): string {
  return svgFigure(layout, renderFusion, (theme, tokens) => exportStyles(theme, tokens), options);
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
 * cohort): <title>, <desc>, resolved styles from `css`, background, role and aria-label.
 */
export function svgFigure<L extends FigureFrame>(
  layout: L,
  draw: (svg: SVGSVGElement, layout: L) => void,
  css: (theme: Theme, tokens?: Partial<Record<TokenName, string>>) => string,
  options: SvgDocumentOptions = {},
): string {
  const Parser = options.DOMParser ?? (globalThis as { DOMParser?: SvgDocumentOptions['DOMParser'] }).DOMParser;
  if (!Parser) throw new Error('svgDocument needs a DOMParser: pass one (e.g. from linkedom) outside a browser');
  const doc = new Parser().parseFromString(`<svg xmlns="${SVG_NS}"></svg>`, 'image/svg+xml');
  const svg = doc.documentElement as unknown as SVGSVGElement;
  draw(svg, layout);
  const el = (tag: string, text?: string) => {
    const e = doc.createElementNS(SVG_NS, tag);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const style = el('style', css(options.theme ?? 'light', options.tokens));
  const background = el('rect');
  background.setAttribute('class', 'background');
  background.setAttribute('width', String(layout.width));
  background.setAttribute('height', String(layout.height));
  const first = svg.firstChild;
  for (const node of [el('title', layout.title), el('desc', layout.summary), style, background]) svg.insertBefore(node, first);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', layout.summary);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg(svg)}\n`;
}
