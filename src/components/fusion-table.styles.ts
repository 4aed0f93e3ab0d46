import { css } from 'lit';

/** Chrome of `<fusion-table>`; defaults in :where() so a page's rules win without !important. */
export const fusionTableStyles = css`
  :host {
    display: block;
    font: inherit;
    --fusion-table-border: #d0d7de;
    --fusion-table-selected: #ddf4ff;
    --fusion-table-error: #b00020;
    --fusion-table-drop: #0969da;
  }
  :host([hidden]) {
    display: none;
  }
  :where(.controls) {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-block-end: 0.5rem;
  }
  :where(.summary) {
    margin: 0;
  }
  :where(.scroll) {
    max-height: var(--fusion-table-max-height, 24rem);
    overflow: auto;
    border: 1px solid var(--fusion-table-border);
  }
  :where(table) {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  :where(th, td) {
    text-align: start;
    padding: 0.25rem 0.5rem;
    border-block-end: 1px solid var(--fusion-table-border);
    vertical-align: top;
  }
  :where(th) {
    position: sticky;
    top: 0;
    background: Canvas;
  }
  :where(th button) {
    font: inherit;
    font-weight: 600;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    color: inherit;
  }
  :where(tbody tr) {
    cursor: pointer;
  }
  :where(tbody tr[aria-selected='true']) {
    background: var(--fusion-table-selected);
  }
  :where(tbody tr:focus-visible) {
    outline: 2px solid var(--fusion-focus-color, #0969da);
    outline-offset: -2px;
  }
  :where(tr.bad td.status) {
    color: var(--fusion-table-error);
  }
  :where(.differs) {
    font-weight: 600;
  }
  :where(.detail) {
    margin-block-start: 0.75rem;
  }
  :where(.error) {
    border-inline-start: 4px solid var(--fusion-table-error);
    padding: 0.5rem 0.75rem;
  }
  :host([dragging]) :where(.scroll, .empty) {
    outline: 2px dashed var(--fusion-table-drop);
  }
  :where(.empty) {
    padding: 1rem;
    border: 1px dashed var(--fusion-table-border);
  }
  @media (prefers-reduced-motion: no-preference) {
    :where(tbody tr) {
      transition: background-color 0.1s;
    }
  }
`;
