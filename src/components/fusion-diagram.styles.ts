import { css, unsafeCSS } from 'lit';
import { fusionStyles } from '../render';

/**
 * The drawing's own rules (from render, shared with the SVG export) plus the element's chrome.
 * Chrome defaults sit in :where() so a page's rules win without !important.
 */
export const fusionDiagramStyles = [
  unsafeCSS(fusionStyles),
  css`
    :host {
      display: block;
      position: relative;
      /* Its width never depends on the drawing (which follows the width). Containment, not
         container-type: a query container costs a style recalculation of its own per element. */
      contain: inline-size layout style;
      font: inherit;
    }

    /* A relayout put off while out of view (offscreen.ts): the old drawing stays as it was, cut at
       the element's edge rather than spilling into the page's width. */
    :host(:state(deferred)) {
      overflow-x: clip;
    }

    :host([hidden]) {
      display: none;
    }
    /* Far from the viewport, the drawing is neither styled, laid out nor painted; its box keeps the
       drawing's height (set by the element from the layout: contain-intrinsic-block-size). Focus,
       find-in-page and the accessibility tree still reach it. Printed, every figure is drawn (@media print below). */
    .figure[data-drawn] {
      content-visibility: auto;
      /* Its paint containment clips at the box: room for a focus ring round a feature at the edge. */
      overflow-clip-margin: 6px;
    }
    /* For one rendering after a relayout while skipped (the element drops the stale remembered size). */
    .figure[data-drawn='forget'] {
      content-visibility: hidden;
    }
    [hidden] {
      display: none !important;
    }
    svg {
      display: block;
      height: auto;
      overflow: visible;
    }
    /* Scaled to fit only when drawn wider than the element (narrower than the narrowest layout, or
       not measured). Otherwise a narrowed container would first rescale every label of the old
       drawing (SVG text is laid out again at a new scale) a frame before the relayout replaces it;
       that frame shows the old drawing at its old width instead. */
    svg[data-fit] {
      max-width: 100%;
    }
    :where(svg [data-id]) {
      cursor: pointer;
    }
    :where(svg [data-id]:focus) {
      outline: none;
    }
    :where(svg [data-id]:focus-visible) {
      outline: 2px solid var(--fusion-focus-color, Highlight);
      outline-offset: 2px;
    }
    :where([part='tooltip']) {
      position: absolute;
      /* Set through CSSOM by the element (no style attribute, so a strict style-src allows it). */
      left: var(--_tip-x, 0);
      top: var(--_tip-y, 0);
      z-index: 1;
      max-width: 240px;
      padding: 4px 8px;
      border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
      border-radius: 4px;
      background: var(--fusion-tooltip-background, Canvas);
      color: var(--fusion-tooltip-color, CanvasText);
      font-family: var(--fusion-font);
      font-size: 0.8125rem;
      line-height: 1.35;
      white-space: pre-line;
      pointer-events: none;
      box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
      transition: opacity 120ms ease-out;
    }
    :where([part='error']) {
      --_accent: var(--fusion-error-color, light-dark(#b00020, #ff8a80));
      padding: 12px 16px;
      border: 1px solid var(--_accent);
      border-left-width: 4px;
      border-radius: 4px;
      color: inherit;
      background: color-mix(in srgb, var(--_accent) 8%, transparent);
    }
    :where([part='error']) strong {
      color: var(--_accent);
    }
    :where([part='error']) ul {
      margin: 6px 0 0;
      padding-left: 1.25em;
    }
    :where([part='error'] .input) {
      margin-top: 4px;
      overflow-wrap: anywhere;
    }
    :where(.empty) {
      margin: 0;
      padding: 12px 0;
      opacity: 0.75;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        transition: none !important;
        animation: none !important;
      }
    }
    @media print {
      .figure[data-drawn] {
        content-visibility: visible;
      }
      :host {
        break-inside: avoid;
      }
      svg {
        max-width: 100%;
      }
      [part='tooltip'] {
        display: none !important;
      }
    }
  `,
];
