/**
 * The element's events: typed, prefixed, carrying model ids (STYLE §9), and the one place
 * that reads a drawn feature's id, kind, label and tooltip off the SVG that render produced.
 */
import type { Issue } from '../model/types';

export type FusionFeatureKind = 'exon' | 'intron' | 'junction' | 'breakpoint' | 'domain';

/** Detail of `fusion-feature-hover` and `fusion-feature-click`. */
export interface FusionFeatureDetail {
  /** Model id, e.g. `NSF:exon:20`, `ALK:domain:PF07714`. */
  readonly id: string;
  readonly kind: FusionFeatureKind;
  /** What a reader sees, e.g. `NSF exon 20`. */
  readonly label: string;
}

/** Detail of `fusion-error`. */
export interface FusionErrorDetail {
  /** Each problem, naming the field (`path`) and the value. */
  readonly issues: readonly Issue[];
  /** The input that failed, as given (`fusion` text or the `description` object). */
  readonly description: string | object | null;
}

export type FusionFeatureEvent = CustomEvent<FusionFeatureDetail>;
export type FusionErrorEvent = CustomEvent<FusionErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'fusion-feature-hover': FusionFeatureEvent;
    'fusion-feature-click': FusionFeatureEvent;
    'fusion-error': FusionErrorEvent;
  }
}

const KINDS: readonly FusionFeatureKind[] = ['exon', 'intron', 'junction', 'breakpoint', 'domain'];

/** The drawn feature an event target belongs to, or null (background, labels without id). */
export function featureElement(target: EventTarget | null, within: Element): SVGElement | null {
  if (!(target instanceof Element)) return null;
  const el = target.closest('[data-id]');
  return el instanceof SVGElement && within.contains(el) ? el : null;
}

/** The feature's `<title>` (in an exported file), else its `aria-label` (the live figure's, the same text). */
export function tooltipText(el: Element): string {
  const title = Array.from(el.children).find((c) => c.localName === 'title');
  return (title?.textContent ?? el.getAttribute('aria-label') ?? '').trim();
}

/**
 * Id, kind and label of a drawn feature. Kind comes from render's `data-kind`, else from the
 * id's middle part (`ALK:domain:PF07714`); label from `data-label`, else the tooltip's first line.
 */
export function featureDetail(el: Element): FusionFeatureDetail | null {
  const id = el.getAttribute('data-id');
  if (!id) return null;
  const named = el.getAttribute('data-kind') ?? id.split(':').find((part) => (KINDS as string[]).includes(part));
  const kind = (KINDS as string[]).includes(named ?? '') ? (named as FusionFeatureKind) : null;
  if (!kind) return null;
  const label = el.getAttribute('data-label') ?? tooltipText(el).split('\n')[0] ?? id;
  return { id, kind, label: label || id };
}

export function featureEvent(type: 'fusion-feature-hover' | 'fusion-feature-click', detail: FusionFeatureDetail): FusionFeatureEvent {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

export function errorEvent(detail: FusionErrorDetail): FusionErrorEvent {
  return new CustomEvent('fusion-error', { detail, bubbles: true, composed: true });
}
