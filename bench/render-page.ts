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

async function insert(markup: readonly string[]): Promise<number> {
  freshHost();
  await frame();
  const t0 = performance.now();
  host.innerHTML = markup.map((m) => `<div>${m.replace(/^<\?xml[^>]*>\s*/, '')}</div>`).join('');
  host.getBoundingClientRect();
  return performance.now() - t0;
}

/** Narrows the container of mounted diagrams and waits for every one to be laid out again at the new width. */
async function resize(width: number): Promise<number> {
  const els = diagrams();
  const t0 = performance.now();
  host.style.width = `${width}px`;
  const target = String(width);
  for (let i = 0; i < 100; i++) {
    await frame();
    await Promise.all(els.map((el) => el.updateComplete));
    if (els.every((el) => el.shadowRoot!.querySelector('svg')!.getAttribute('width') === target)) break;
  }
  host.getBoundingClientRect();
  return performance.now() - t0;
}

const api = { loadLibrary, mount, exportMarkup, insert, resize, clear: () => document.body.replaceChildren() };
export type BenchPage = typeof api;
(window as unknown as { fusionBench: BenchPage }).fusionBench = api;
