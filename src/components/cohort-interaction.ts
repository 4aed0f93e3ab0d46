/**
 * Pointer and keyboard on the cohort's rows, bound once on the element's <svg> by delegation:
 * hover or focus shows a row's (or a feature's) tooltip; click, Enter or Space selects a row;
 * ↑/↓ and Home/End move the roving focus from row to row; Escape hides the tooltip.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { tooltipText } from './events';

const TIP_WIDTH = 320;

export interface CohortTip {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export class CohortInteraction implements ReactiveController {
  /** What the tooltip shows and where (relative to the host), or null when hidden. */
  tip: CohortTip | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly svg: () => SVGSVGElement | null,
    private readonly select: (id: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.tip = null;
  }

  private rowOf(target: EventTarget | null): SVGGElement | null {
    const el = target instanceof Element ? target.closest('[data-row]') : null;
    return el instanceof SVGGElement && this.svg()?.contains(el) ? el : null;
  }

  readonly onClick = (e: MouseEvent) => {
    const row = this.rowOf(e.target);
    if (row) this.select(row.getAttribute('data-row')!);
  };

  readonly onKeyDown = (e: KeyboardEvent) => {
    const row = this.rowOf(e.target);
    if (!row) return;
    if (e.key === 'Escape') return this.hideTip();
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(row.getAttribute('data-row')!);
      return;
    }
    const rows = [...this.svg()!.querySelectorAll<SVGGElement>('g.cohort-row')];
    const i = rows.indexOf(row);
    const next = e.key === 'ArrowDown' ? rows[i + 1] : e.key === 'ArrowUp' ? rows[i - 1] : e.key === 'Home' ? rows[0] : e.key === 'End' ? rows[rows.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    for (const r of rows) r.setAttribute('tabindex', r === next ? '0' : '-1');
    next.focus();
  };

  readonly onPointerOver = (e: PointerEvent) => {
    const target = e.target instanceof Element ? e.target.closest('[data-id]') : null;
    const row = this.rowOf(e.target);
    const text = target && target !== row ? tooltipText(target) : row?.getAttribute('aria-label') ?? '';
    this.showTip(text, (target ?? row) as Element | null);
  };

  readonly onFocusIn = (e: FocusEvent) => {
    const row = this.rowOf(e.target);
    this.showTip(row?.getAttribute('aria-label') ?? '', row);
  };

  readonly hideTip = () => {
    if (!this.tip) return;
    this.tip = null;
    this.host.requestUpdate();
  };

  private showTip(text: string, el: Element | null): void {
    if (!text || !el) return this.hideTip();
    const host = this.host.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    this.tip = { text, x: Math.max(0, Math.min(box.left - host.left, host.width - TIP_WIDTH)), y: box.bottom - host.top + 4 };
    this.host.requestUpdate();
  }
}
