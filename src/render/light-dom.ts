/**
 * A minimal XML DOM for drawing figures to export outside a browser (the CLI, Node code): only
 * what d3-selection's keyed joins and the renderers use — createElementNS, appendChild /
 * insertBefore / removeChild, attributes, textContent, children, compareDocumentPosition (for
 * `selection.order()`), and `matches` / `querySelector` for the simple selectors the renderers
 * write (`g.track`, `[data-key]`, `[data-kind][tabindex="0"]`, `:first-child`). No events, no
 * parsing, no style, no live collections: attributes are a small array kept sorted by name, a child
 * a linked node.
 * The same renderFusion / renderCohort draws into it as into a browser's <svg>, and serializeSvg
 * writes both identically (a test compares it with linkedom's tree, the browser tests with toSVG()).
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_POSITION_PRECEDING = 2;
const DOCUMENT_POSITION_FOLLOWING = 4;

abstract class LightNode {
  parentNode: LightElement | null = null;
  nextSibling: LightNode | null = null;
  previousSibling: LightNode | null = null;
  abstract readonly nodeType: number;
  abstract textContent: string;

  constructor(readonly ownerDocument: LightDocument) {}

  /** Tree order only (the renderers compare siblings, for selection.order()). */
  compareDocumentPosition(other: LightNode): number {
    if (other === this) return 0;
    // Siblings, the renderers' case (order() compares each node with the next one): a walk along them.
    if (this.parentNode !== null && other.parentNode === this.parentNode) {
      for (let s = this.nextSibling; s; s = s.nextSibling) if (s === other) return DOCUMENT_POSITION_FOLLOWING;
      return DOCUMENT_POSITION_PRECEDING;
    }
    const path = (n: LightNode) => {
      const out: LightNode[] = [];
      for (let p: LightNode | null = n; p; p = p.parentNode) out.unshift(p);
      return out;
    };
    const a = path(this);
    const b = path(other);
    let k = 0;
    while (k < a.length && k < b.length && a[k] === b[k]) k++;
    if (k === a.length) return DOCUMENT_POSITION_FOLLOWING; // other is inside this
    if (k === b.length) return DOCUMENT_POSITION_PRECEDING; // this is inside other
    for (let s = a[k]!.nextSibling; s; s = s.nextSibling) if (s === b[k]) return DOCUMENT_POSITION_FOLLOWING;
    return DOCUMENT_POSITION_PRECEDING;
  }
}

class LightText extends LightNode {
  readonly nodeType = TEXT_NODE;
  constructor(doc: LightDocument, public data: string) {
    super(doc);
  }
  get textContent(): string {
    return this.data;
  }
  set textContent(v: string) {
    this.data = String(v);
  }
}

export interface LightAttr {
  readonly name: string;
  readonly value: string;
}

/** A compound selector of the renderers' kind: optional tag, classes, `[attr]` / `[attr="v"]`, `:first-child`. */
interface Compound {
  readonly tag: string | null;
  readonly classes: readonly string[];
  readonly attrs: readonly (readonly [string, string | null])[];
  readonly firstChild: boolean;
}

const compiled = new Map<string, Compound>();
const PART = /([.#]?[\w-]+|\[[\w-]+(?:="[^"]*")?\]|:first-child)/gy;

function compile(selector: string): Compound {
  let c = compiled.get(selector);
  if (c) return c;
  let tag: string | null = null;
  const classes: string[] = [];
  const attrs: [string, string | null][] = [];
  let firstChild = false;
  PART.lastIndex = 0;
  let at = 0;
  for (let m = PART.exec(selector); m; m = PART.exec(selector)) {
    const p = m[1]!;
    if (p === ':first-child') firstChild = true;
    else if (p[0] === '.') classes.push(p.slice(1));
    else if (p[0] === '[') {
      const [, name, value] = /^\[([\w-]+)(?:="([^"]*)")?\]$/.exec(p)!;
      attrs.push([name!, value ?? null]);
    } else if (p[0] === '#') attrs.push(['id', p.slice(1)]);
    else tag = p;
    at = PART.lastIndex;
  }
  if (at !== selector.length) throw new Error(`light DOM: unsupported selector ${JSON.stringify(selector)}`);
  c = { tag, classes, attrs, firstChild };
  compiled.set(selector, c);
  return c;
}

export class LightElement extends LightNode {
  readonly nodeType = ELEMENT_NODE;
  firstChild: LightNode | null = null;
  lastChild: LightNode | null = null;
  /** `[name, value, name, value, …]`, kept sorted by name: what serializeSvg writes, with no sort of its own. */
  private readonly attrs: string[] = [];
  /** d3 keeps each node's datum here. */
  __data__?: unknown;

  constructor(doc: LightDocument, readonly namespaceURI: string | null, readonly tagName: string) {
    super(doc);
  }

  get localName(): string {
    return this.tagName;
  }

  get nodeName(): string {
    return this.tagName;
  }

  /** The attributes as `[name, value, …]` sorted by name (serializeSvg reads them without copying). */
  get sortedAttributes(): readonly string[] {
    return this.attrs;
  }

  get attributes(): LightAttr[] {
    const out: LightAttr[] = [];
    for (let i = 0; i < this.attrs.length; i += 2) out.push({ name: this.attrs[i]!, value: this.attrs[i + 1]! });
    return out;
  }

  /** Index of `name` in attrs, or -1 (an element has a dozen attributes at most: scanned, not hashed). */
  private indexOf(name: string): number {
    const a = this.attrs;
    for (let i = 0; i < a.length; i += 2) if (a[i] === name) return i;
    return -1;
  }

  getAttribute(name: string): string | null {
    const i = this.indexOf(name);
    return i < 0 ? null : this.attrs[i + 1]!;
  }

  setAttribute(name: string, value: unknown): void {
    const a = this.attrs;
    const v = String(value);
    // Find the name's place in name order (code-unit order, as serializeSvg sorts a DOM's attributes).
    let i = 0;
    while (i < a.length && a[i]! < name) i += 2;
    if (i < a.length && a[i] === name) {
      a[i + 1] = v;
      return;
    }
    a.push(name, v);
    for (let k = a.length - 2; k > i; k -= 2) {
      a[k] = a[k - 2]!;
      a[k + 1] = a[k - 1]!;
    }
    a[i] = name;
    a[i + 1] = v;
  }

  removeAttribute(name: string): void {
    const i = this.indexOf(name);
    if (i >= 0) this.attrs.splice(i, 2);
  }

  hasAttribute(name: string): boolean {
    return this.indexOf(name) >= 0;
  }

  /** d3 passes the local name (`xlink:href` → `href`), which is also what a browser's attribute is named. */
  setAttributeNS(_ns: string | null, local: string, value: unknown): void {
    this.setAttribute(local, value);
  }

  removeAttributeNS(_ns: string | null, local: string): void {
    this.removeAttribute(local);
  }

  get children(): LightElement[] {
    const out: LightElement[] = [];
    for (let c = this.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) out.push(c as LightElement);
    return out;
  }

  get childNodes(): LightNode[] {
    const out: LightNode[] = [];
    for (let c = this.firstChild; c; c = c.nextSibling) out.push(c);
    return out;
  }

  get firstElementChild(): LightElement | null {
    for (let c = this.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) return c as LightElement;
    return null;
  }

  get textContent(): string {
    let s = '';
    for (let c = this.firstChild; c; c = c.nextSibling) s += c.textContent;
    return s;
  }

  set textContent(v: string) {
    while (this.firstChild) this.removeChild(this.firstChild);
    const text = v == null ? '' : String(v);
    if (text !== '') this.appendChild(new LightText(this.ownerDocument, text));
  }

  appendChild<T extends LightNode>(child: T): T {
    return this.insertBefore(child, null);
  }

  insertBefore<T extends LightNode>(child: T, ref: LightNode | null): T {
    if (ref === child) return child;
    if (ref && ref.parentNode !== this) throw new Error('light DOM: insertBefore reference is not a child');
    child.parentNode?.removeChild(child);
    child.parentNode = this;
    child.nextSibling = ref;
    child.previousSibling = ref ? ref.previousSibling : this.lastChild;
    if (child.previousSibling) child.previousSibling.nextSibling = child;
    else this.firstChild = child;
    if (ref) ref.previousSibling = child;
    else this.lastChild = child;
    return child;
  }

  removeChild<T extends LightNode>(child: T): T {
    if (child.parentNode !== this) throw new Error('light DOM: removeChild of a node that is not a child');
    if (child.previousSibling) child.previousSibling.nextSibling = child.nextSibling;
    else this.firstChild = child.nextSibling;
    if (child.nextSibling) child.nextSibling.previousSibling = child.previousSibling;
    else this.lastChild = child.previousSibling;
    child.parentNode = child.nextSibling = child.previousSibling = null;
    return child;
  }

  remove(): void {
    this.parentNode?.removeChild(this);
  }

  matches(selector: string): boolean {
    const c = compile(selector);
    if (c.tag !== null && c.tag !== this.tagName) return false;
    if (c.firstChild && this.parentNode?.firstElementChild !== this) return false;
    // Indexed, not destructured: matches runs for every node of every selectChildren.
    for (let i = 0; i < c.attrs.length; i++) {
      const v = this.getAttribute(c.attrs[i]![0]);
      const want = c.attrs[i]![1];
      if (v === null || (want !== null && v !== want)) return false;
    }
    if (c.classes.length > 0) {
      const classes = (this.getAttribute('class') ?? '').split(/\s+/);
      for (const k of c.classes) if (!classes.includes(k)) return false;
    }
    return true;
  }

  /** First descendant (document order) matching `selector`. */
  querySelector(selector: string): LightElement | null {
    for (let c = this.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== ELEMENT_NODE) continue;
      const e = c as LightElement;
      if (e.matches(selector)) return e;
      const deeper = e.querySelector(selector);
      if (deeper) return deeper;
    }
    return null;
  }

  querySelectorAll(selector: string): LightElement[] {
    const out: LightElement[] = [];
    const walk = (el: LightElement) => {
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (c.nodeType !== ELEMENT_NODE) continue;
        if ((c as LightElement).matches(selector)) out.push(c as LightElement);
        walk(c as LightElement);
      }
    };
    walk(this);
    return out;
  }
}

export class LightDocument {
  readonly documentElement: LightElement;

  constructor(namespace: string, rootTag: string) {
    this.documentElement = new LightElement(this, namespace, rootTag);
  }

  createElementNS(namespace: string | null, tag: string): LightElement {
    return new LightElement(this, namespace, tag);
  }

  createElement(tag: string): LightElement {
    return new LightElement(this, this.documentElement.namespaceURI, tag);
  }

  createTextNode(data: string): LightText {
    return new LightText(this, String(data));
  }
}

/** A detached document whose root is an empty `<rootTag>` in `namespace`, typed as the DOM's for the renderers. */
export function lightDocument(namespace: string, rootTag: string): Document {
  return new LightDocument(namespace, rootTag) as unknown as Document;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The light DOM behind svgDocument's / svgFigure's `DOMParser` option (what the CLI passes): it
 * parses nothing; every call gives a new document whose root is an empty <svg>, which is all
 * those ask it for (their blank `<svg xmlns="…"></svg>`).
 */
export class LightDOMParser {
  parseFromString(_markup: string, _type: string): Document {
    return lightDocument(SVG_NS, 'svg');
  }
}
