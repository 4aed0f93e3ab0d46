/**
 * Relayouts put off while a diagram is out of view. One IntersectionObserver, shared by every
 * diagram on the page, tells which ones are near the viewport; a diagram the observer last saw
 * out of view that gets a new width keeps its drawing (scaled to fit, if narrower) and is laid out
 * again when it comes near the viewport, when the page is idle, before printing, or as soon as
 * anything asks it to be current (`updateComplete`, `toSVG()`, the getters). A window resize on a
 * page of 100 diagrams so costs the few in view at once and the rest in idle time, instead of one
 * long task for all of them.
 *
 * Only a width change is put off, and only for a diagram that has drawn once: a first drawing, any
 * input change, and every diagram in a browser without IntersectionObserver are drawn at once as
 * before. A diagram is watched from its first width change on (a page that never resizes pays
 * nothing); until the observer's first report on it, one frame later, its width waits, and the
 * report applies it at once if the diagram is in view.
 */

/** What a diagram does with a put-off width. */
export interface Deferring extends Element {
  /** Applies the put-off width now (lays out and draws in this task). */
  applyDeferredWidth(): void;
}

/** How far beyond the viewport a diagram counts as in view (laid out before it scrolls in). */
const MARGIN = '50% 0px';
/** Idle time kept free after the last relayout of an idle callback (ms). */
const IDLE_RESERVE = 4;

/** Watched diagrams, and whether the observer last saw them in view (undefined: no report yet). */
const inView = new WeakMap<Element, boolean | undefined>();
const waiting = new Set<Deferring>();
let observer: IntersectionObserver | null | undefined;
let idleScheduled = false;

function visibility(): IntersectionObserver | null {
  if (observer !== undefined) return observer;
  if (typeof IntersectionObserver === 'undefined') return (observer = null);
  observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const el = entry.target as Deferring;
      if (!inView.has(el)) continue; // unwatched since
      inView.set(el, entry.isIntersecting);
      if (entry.isIntersecting && waiting.delete(el)) el.applyDeferredWidth();
    }
  }, { rootMargin: MARGIN });
  // A printed page shows every diagram: bring them all up to date first.
  globalThis.addEventListener?.('beforeprint', flushDeferred);
  return observer;
}

/**
 * True when `el`'s new width may be put off: the observer last reported it out of view, or it was
 * not watched yet (it is from now on, and the first report applies the width if it is in view).
 * False without IntersectionObserver, or when last seen in view.
 */
export function mayDefer(el: Deferring): boolean {
  const io = visibility();
  if (!io) return false;
  if (!inView.has(el)) {
    inView.set(el, undefined);
    io.observe(el);
    return true;
  }
  return inView.get(el) !== true;
}

/** Stops watching `el` and drops its put-off width (on disconnect). */
export function unwatchVisibility(el: Deferring): void {
  if (inView.delete(el)) observer?.unobserve(el);
  waiting.delete(el);
}

/** `el` holds a put-off width: apply it when it comes into view or the page is idle. */
export function deferWidth(el: Deferring): void {
  waiting.add(el);
  scheduleIdle();
}

/** `el` applied (or no longer needs) its put-off width. */
export function settledWidth(el: Deferring): void {
  waiting.delete(el);
}

/** Applies every put-off width now. */
export function flushDeferred(): void {
  for (const el of [...waiting]) {
    waiting.delete(el);
    el.applyDeferredWidth();
  }
}

type Idle = (callback: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void, options?: { timeout: number }) => unknown;

function scheduleIdle(): void {
  if (idleScheduled) return;
  idleScheduled = true;
  const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
  const run = (deadline: { timeRemaining(): number; didTimeout: boolean }) => {
    idleScheduled = false;
    // At least one per callback, so the queue always drains; more while idle time is left.
    let first = true;
    for (const el of waiting) {
      if (!first && deadline.timeRemaining() < IDLE_RESERVE) break;
      first = false;
      waiting.delete(el);
      el.applyDeferredWidth();
    }
    if (waiting.size) scheduleIdle();
  };
  if (idle) idle(run, { timeout: 1000 });
  else setTimeout(() => run({ timeRemaining: () => 0, didTimeout: true }), 16);
}
