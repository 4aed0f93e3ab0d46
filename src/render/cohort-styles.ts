/**
 * The cohort figure's own rules, over the shared tokens of styles.ts plus a few of its own
 * (`--fusion-response-*`), emitted the same two ways: live CSS for `<fusion-cohort>` and plain
 * CSS with tokens resolved for the standalone SVG. The fusion rules come first, unchanged.
 */
import { safeTokenValue, exportStyles, fusionStyles, TOKENS, type Theme, type TokenName } from './styles';

/** Cohort tokens: light and dark values. Best-response marks use Okabe–Ito colours (colour-blind safe) and always carry their code as text. */
export const COHORT_TOKENS = {
  'response-cr-color': ['#009E73', '#3FC49A'],
  'response-pr-color': ['#56B4E9', '#56B4E9'],
  'response-sd-color': ['#E69F00', '#E69F00'],
  'response-pd-color': ['#CC79A7', '#D890B8'],
  'response-other-color': ['#FFFFFF', '#0D1117'],
  'highlight-color': ['#FFF3BF', '#3A3000'],
  'selected-color': ['#DDF4FF', '#0C2D6B'],
} as const satisfies Record<string, readonly [string, string]>;

export type CohortTokenName = keyof typeof COHORT_TOKENS;
export const cohortTokenNames = Object.keys(COHORT_TOKENS) as CohortTokenName[];
const v = (name: TokenName | CohortTokenName) => `var(--fusion-${name})`;

const RULES: readonly [string, Record<string, string>][] = [
  ['.cohort-row-bg', { fill: 'transparent' }],
  ['.cohort-row-bg.highlight', { fill: v('highlight-color') }],
  ['.cohort-row.selected .cohort-row-bg', { fill: v('selected-color') }],
  ['.cohort-label', { 'font-weight': '600' }],
  ['.cohort-label.highlight', { 'font-weight': '700' }],
  ['.column-head', { fill: v('muted-color'), 'font-weight': '600' }],
  ['.cohort-cell', { fill: v('text-color') }],
  ['.cohort-illustrative', { fill: 'none', stroke: v('text-color'), 'stroke-width': '1', 'stroke-dasharray': '3 2' }],
  ['.cohort-mark', { stroke: v('line-color'), 'stroke-width': '0.6' }],
  ['.cohort-mark.mark-cr', { fill: v('response-cr-color') }],
  ['.cohort-mark.mark-pr', { fill: v('response-pr-color') }],
  ['.cohort-mark.mark-sd', { fill: v('response-sd-color') }],
  ['.cohort-mark.mark-pd', { fill: v('response-pd-color') }],
  ['.cohort-mark.mark-other', { fill: v('response-other-color') }],
  ['.fusion-figure .cohort-mark-text', { fill: '#111111', 'font-weight': '600' }],
  ['.fusion-figure .cohort-mark-text.mark-other', { fill: v('text-color'), 'font-weight': '400' }],
  ['.legend-swatch.cohort-row-bg.highlight', { stroke: v('line-color'), 'stroke-width': '0.6' }],
];

const block = (selector: string, decls: Record<string, string>, resolve: (value: string) => string) =>
  `${selector} { ${Object.entries(decls).map(([k, val]) => `${k}: ${resolve(val)};`).join(' ')} }`;

const declare = (theme: Theme) => cohortTokenNames.map((n) => `--fusion-${n}: ${COHORT_TOKENS[n][theme === 'light' ? 0 : 1]};`).join(' ');

/** Live CSS for `<fusion-cohort>`'s shadow root: the fusion rules, then the cohort's, defaults in :where(). */
export const cohortStyles: string = [
  fusionStyles,
  `:host { ${declare('light')} }`,
  `@media (prefers-color-scheme: dark) { :host { ${declare('dark')} } }`,
  ...RULES.map(([sel, decls]) => block(`:where(${sel})`, decls, (x) => x)),
  ':where(.cohort-row) { cursor: pointer; }',
  ':where(.cohort-row):focus { outline: none; }',
  ':where(.cohort-row):focus-visible .cohort-row-bg { stroke: var(--fusion-focus-color); stroke-width: 2px; }',
].join('\n');

/** Plain CSS with every token resolved, for the standalone cohort SVG. */
export function cohortExportStyles(theme: Theme, overrides: Partial<Record<TokenName | CohortTokenName, string>> = {}, warn: (message: string) => void = () => {}): string {
  // Cohort tokens are colours: the same check as the figure's (no url(), no markup), else the default.
  const safe = (n: string): string | undefined => {
    const raw = overrides[n as TokenName]?.trim();
    if (!raw) return undefined;
    const ok = n in TOKENS ? safeTokenValue(n as TokenName, raw) : safeTokenValue('text-color', raw);
    if (ok === null) warn(`--fusion-${n} ${JSON.stringify(raw.slice(0, 80))} is not a colour: the export uses the default`);
    return ok ?? undefined;
  };
  const value = (n: string) => safe(n)
    || (COHORT_TOKENS as Record<string, readonly [string, string]>)[n]?.[theme === 'light' ? 0 : 1]
    || (TOKENS as Record<string, readonly [string, string]>)[n]![theme === 'light' ? 0 : 1];
  const resolve = (x: string) => x.replace(/var\(--fusion-([a-z0-9-]+)\)/g, (_, n: string) => value(n));
  return [exportStyles(theme, overrides, warn), ...RULES.map(([sel, decls]) => block(sel, decls, resolve))].join('\n');
}
