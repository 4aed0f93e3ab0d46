/**
 * Pointer and keyboard on the drawn features, by delegation: the element binds these handlers
 * once on its <svg>, and any `[data-id]` node render draws (now or after a relayout) answers.
 * Hover and focus show the tooltip and dispatch `fusion-feature-hover`; click, Enter and Space
 * dispatch `fusion-feature-click`; leaving, blurring or Escape hides the tooltip.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { featureDetail, featureElement, featureEvent, tooltipText } from './events';

export interface Tip {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** Tooltip width budget, to keep it inside the element near its right edge. */
const TIP_WIDTH = 240;

export class FeatureInteraction implements ReactiveController {
  /** What the tooltip shows and where (relative to the host), or null when hidden. */
  tip: Tip | null = null;
  private active: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly svg: () => SVGSVGElement | null,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Forget the active feature (its node may move or go on relayout). */
  reset(): void {
    this.active = null;
    this.tip = null;
  }

  readonly onPointerOver = (e: PointerEvent) => this.activate(this.feature(e.target), 'pointer');

  readonly onPointerOut = (e: PointerEvent) => {
    const to = this.feature(e.relatedTarget);
    if (to !== this.active) this.activate(to, 'pointer');
  };

  readonly onFocusIn = (e: FocusEvent) => this.activate(this.feature(e.target), 'focus');

  readonly onFocusOut = (e: FocusEvent) => {
    if (!this.feature(e.relatedTarget)) this.activate(null, 'focus');
  };

  readonly onClick = (e: MouseEvent) => {
    const detail = this.detail(e.target);
    if (detail) this.host.dispatchEvent(featureEvent('fusion-feature-click', detail));
  };

  readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      this.reset();
      this.host.requestUpdate();
      return;
    }
    if (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End') {
      this.move(e);
      return;
    }
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const detail = this.detail(e.target);
    if (!detail) return;
    e.preventDefault(); // Space would scroll the page
    this.host.dispatchEvent(featureEvent('fusion-feature-click', detail));
  };

  /**
   * Roving focus: ←/→ step through the features of a panel left to right, ↑/↓ go to the
   * previous/next panel, Home/End to its first/last feature. The focused feature becomes the
   * panel's Tab stop.
   */
  private move(e: KeyboardEvent): void {
    const svg = this.svg();
    const current = this.feature(e.target);
    if (!svg || !current) return;
    const panels = [...svg.querySelectorAll('g.panel')].filter((p) => p.querySelector('[data-kind]'));
    const panelOf = (el: Element) => panels.findIndex((p) => p.contains(el));
    const ordered = (p: Element) =>
      [...p.querySelectorAll<SVGGraphicsElement>('[data-kind]')]
        .map((el) => ({ el, box: el.getBBox() }))
        .sort((a, b) => a.box.x - b.box.x || a.box.y - b.box.y)
        .map((x) => x.el);
    const pi = panelOf(current);
    const list = ordered(panels[pi]!);
    const i = list.indexOf(current as SVGGraphicsElement);
    let next: Element | undefined;
    if (e.key === 'ArrowRight') next = list[Math.min(list.length - 1, i + 1)];
    else if (e.key === 'ArrowLeft') next = list[Math.max(0, i - 1)];
    else if (e.key === 'Home') next = list[0];
    else if (e.key === 'End') next = list[list.length - 1];
    else {
      const target = panels[pi + (e.key === 'ArrowDown' ? 1 : -1)];
      next = target ? ordered(target)[0] : undefined;
    }
    if (!next || next === current) return;
    e.preventDefault();
    for (const el of panels[panelOf(next)]!.querySelectorAll('[data-kind][tabindex="0"]')) el.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    (next as SVGElement).focus();
  }

  private feature(target: EventTarget | null): SVGElement | null {
    const svg = this.svg();
    return svg ? featureElement(target, svg) : null;
  }

  private detail(target: EventTarget | null) {
    const el = this.feature(target);
    return el && featureDetail(el);
  }

  private activate(el: Element | null, origin: 'pointer' | 'focus'): void {
    if (el === this.active) return;
    this.active = el;
    const detail = el && featureDetail(el);
    this.tip = el && detail ? this.place(el, origin) : null;
    this.host.requestUpdate();
    if (detail) this.host.dispatchEvent(featureEvent('fusion-feature-hover', detail));
  }

  /** Under the feature, kept inside the element so it never spills over the page. */
  private place(el: Element, origin: 'pointer' | 'focus'): Tip | null {
    const text = tooltipText(el);
    if (!text) return null;
    const host = this.host.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const x = Math.max(0, Math.min(box.left - host.left, host.width - TIP_WIDTH));
    // A focus ring sits 2 px outside the feature: keep the tooltip clear of it.
    const y = box.bottom - host.top + (origin === 'focus' ? 6 : 4);
    return { text, x, y };
  }
}
