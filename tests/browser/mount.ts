/** Mounting helpers for the element's browser tests: a sized container, and waits that match the element's. */
import '../../src/register';
import type { FusionDiagram } from '../../src/components/fusion-diagram.component';

export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits for the ResizeObserver, its animation frame and the update that follows. */
export async function settle(el: FusionDiagram): Promise<void> {
  await el.updateComplete;
  await frame();
  await frame();
  await el.updateComplete;
}

export async function mount<T extends keyof HTMLElementTagNameMap = 'fusion-diagram'>(
  attrs: Record<string, string>,
  { width = 960, tag = 'fusion-diagram' as T }: { width?: number; tag?: T } = {},
): Promise<{ el: HTMLElementTagNameMap[T] & FusionDiagram; box: HTMLDivElement }> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.append(box);
  const el = document.createElement(tag) as HTMLElementTagNameMap[T] & FusionDiagram;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  box.append(el);
  await settle(el);
  return { el, box };
}

export const svgOf = (el: FusionDiagram) => el.shadowRoot!.querySelector('svg[part="svg"]') as SVGSVGElement;

export const panel = (el: FusionDiagram, name: 'genes' | 'transcript' | 'protein') =>
  svgOf(el).querySelector(`[part~="panel-${name}"]`) as SVGGElement | null;

/** Left edge, in the svg's user units, of a drawn feature. */
export const left = (node: Element) => (node as SVGGraphicsElement).getBBox().x;
export const right = (node: Element) => {
  const b = (node as SVGGraphicsElement).getBBox();
  return b.x + b.width;
};
