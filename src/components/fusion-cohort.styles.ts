import { css, unsafeCSS } from 'lit';
import { cohortStyles } from '../render/cohort-styles';

/**
 * The cohort drawing's rules (from render, shared with the SVG export) plus the element's
 * chrome: error box, problem list, tooltip and the selected row's diagram. Defaults in :where().
 */
export const fusionCohortStyles = [
  unsafeCSS(cohortStyles),
  css`
    :host {
      display: block;
      position: relative;
      font: inherit;
    }
    :host([hidden]),
    [hidden] {
      display: none !important;
    }
    svg {
      display: block;
      max-width: 100%;
      height: auto;
      overflow: visible;
    }
    :where([part='tooltip']) {
      position: absolute;
      z-index: 1;
      max-width: 320px;
      padding: 4px 8px;
      border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
      border-radius: 4px;
      background: var(--fusion-tooltip-background, Canvas);
      color: var(--fusion-tooltip-color, CanvasText);
      font-family: var(--fusion-font);
      font-size: 0.8125rem;
      line-height: 1.35;
      pointer-events: none;
      box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
    }
    :where([part='error'], [part='issues']) {
      --_accent: var(--fusion-error-color, light-dark(#b00020, #ff8a80));
      padding: 8px 12px;
      border: 1px solid var(--_accent);
      border-left-width: 4px;
      border-radius: 4px;
      background: color-mix(in srgb, var(--_accent) 8%, transparent);
    }
    :where([part='issues']) {
      margin-top: 8px;
    }
    :where([part='error']) strong {
      color: var(--_accent);
    }
    :where([part='error'], [part='issues']) ul {
      margin: 6px 0 0;
      padding-left: 1.25em;
    }
    :where([part='detail']) {
      margin-top: 12px;
      padding-top: 8px;
      border-top: 1px solid color-mix(in srgb, currentColor 25%, transparent);
    }
    :where([part='detail'] .source) {
      margin: 0 0 6px;
      font-size: 0.875rem;
      opacity: 0.85;
    }
    :where(.empty) {
      margin: 0;
      padding: 12px 0;
      opacity: 0.75;
    }
    @media print {
      [part='tooltip'] {
        display: none !important;
      }
    }
  `,
];
