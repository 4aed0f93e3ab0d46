/**
 * Browser side of bench/render.ts (bundled by vite into a small script; the elements come
 * from the shipped dist/fusion-viz.js, which the page imports): mounts diagrams, inserts the
 * same figures' styled export markup (`toSVG()`) with innerHTML, and resizes, each timed.
 */
interface Diagram extends HTMLElement {
  fusion?: string;
  updateComplete: Promise<boolean>;
  toSVG(): string;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
let host: HTMLElement;

function freshHost(width = 960): HTMLElement {
  document.body.replaceChildren();
  host = document.createElement('div');
  host.style.width = `${width}px`;
  document.body.append(host);
  return host;
}

const diagrams = () => [...host.querySelectorAll<Diagram>('fusion-diagram')];
const drawn = (el: Diagram) => el.shadowRoot?.querySelector('svg [data-id]') !== null;

/** Loads the shipped drop-in file; returns how long parsing and evaluating it took. */
async function loadLibrary(): Promise<number> {
  const t0 = performance.now();
  await import(/* @vite-ignore */ `${location.origin}/fusion-viz.js`);
  return performance.now() - t0;
}

/** Mounts one element per description and waits until all are drawn and laid out. */
async function mount(descriptions: readonly string[], width = 960): Promise<number> {
  freshHost(width);
  await frame();
  const t0 = performance.now();
  for (const d of descriptions) {
    const el = document.createElement('fusion-diagram') as Diagram;
    el.fusion = d;
    host.append(el);
  }
  const els = diagrams();
  await Promise.all(els.map((el) => el.updateComplete));
  host.getBoundingClientRect();
  const ms = performance.now() - t0;
  if (!els.every(drawn)) throw new Error('bench: a diagram drew nothing');
  return ms;
}

/** The mounted figures' standalone SVG (styles inlined), what a server-rendered report would insert. */
const exportMarkup = (): string[] => diagrams().map((el) => el.toSVG());

/**
 * Inserts the markup with innerHTML, each figure in a div. `skipped`: each div is skipped out of view
 * as the element's figure box is (content-visibility: auto, its height from the svg's), so the
 * baseline gets the same saving on layout and style.
 */
async function insert(markup: readonly string[], skipped = false): Promise<number> {
  freshHost();
  await frame();
  const open = (m: string) => (skipped
    ? `<div style="content-visibility:auto;contain-intrinsic-block-size:${/<svg[^>]*\sheight="([\d.]+)"/.exec(m)?.[1] ?? 0}px">`
    : '<div>');
  const t0 = performance.now();
  host.innerHTML = markup.map((m) => `${open(m)}${m.replace(/^<\?xml[^>]*>\s*/, '')}</div>`).join('');
  host.getBoundingClientRect();
  return performance.now() - t0;
}

/** What a resize cost: until the diagrams in view were drawn at the new width, and until all were. */
export interface Resized { inView: number; all: number; inViewCount: number }

/**
 * Narrows the container of mounted diagrams and times the relayout as a reader sees it: until every
 * diagram in the viewport is drawn at the new width and laid out by the browser, and until every one
 * of them is (those out of view are laid out when the page is idle; see src/components/offscreen.ts).
 * Reads the drawing's width attribute each frame, and never awaits `updateComplete`, which asks a
 * diagram to be current at once.
 */
async function resize(width: number): Promise<Resized> {
  const els = diagrams();
  const view = window.innerHeight;
  const inView = els.filter((el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < view; });
  const target = String(width);
  const done = (el: Diagram) => el.shadowRoot!.querySelector('svg')!.getAttribute('width') === target;
  const t0 = performance.now();
  host.style.width = `${width}px`;
  let inViewMs = -1;
  while (performance.now() - t0 < 20_000) {
    await frame();
    if (inViewMs < 0 && inView.every(done)) {
      host.getBoundingClientRect();
      inViewMs = performance.now() - t0;
    }
    if (els.every(done)) break;
  }
  if (!els.every(done)) throw new Error('bench: a diagram was not laid out again at the new width within 20 s');
  host.getBoundingClientRect();
  return { inView: inViewMs, all: performance.now() - t0, inViewCount: inView.length };
}

const api = { loadLibrary, mount, exportMarkup, insert, resize, clear: () => document.body.replaceChildren() };
export type BenchPage = typeof api;
(window as unknown as { fusionBench: BenchPage }).fusionBench = api;
