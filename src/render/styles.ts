/**
 * The figure's styles, written once as rules over design tokens, and emitted two ways:
 * - `fusionStyles`: live CSS for the element (defaults in `:where()`, tokens as documented
 *   `--fusion-*` custom properties, dark theme by `prefers-color-scheme`, reduced motion, print);
 * - `exportStyles(theme, overrides)`: plain CSS with every token resolved, for standalone SVG
 *   files that other tools (Inkscape, resvg) read without custom-property support.
 */

export type Theme = 'light' | 'dark';

/** Design tokens: custom property name (without `--fusion-`) → light and dark values. */
export const TOKENS = {
  'five-prime-color': ['#0072B2', '#56B4E9'],
  'three-prime-color': ['#D55E00', '#F28E45'],
  'linker-color': ['#8C8C8C', '#A6A6A6'],
  'text-color': ['#1F2328', '#E6EDF3'],
  'muted-color': ['#59636E', '#9198A1'],
  'line-color': ['#57606A', '#9198A1'],
  'lost-color': ['#D0D7DE', '#3D444D'],
  'background': ['#FFFFFF', '#0D1117'],
  'in-frame-color': ['#007A5A', '#3FB98A'],
  'out-of-frame-color': ['#B3261E', '#FF8A80'],
  'neutral-color': ['#6E7781', '#8B949E'],
  'focus-color': ['#0969DA', '#58A6FF'],
  'on-partner-color': ['#FFFFFF', '#0D1117'],
  'label-halo-color': ['#FFFFFF', '#0D1117'],
  'label-on-domain-color': ['#111111', '#F0F3F6'],
  // Domain palette (Paul Tol's muted scheme, colour-blind safe), same in both themes.
  'domain-color-1': ['#CC6677', '#CC6677'],
  'domain-color-2': ['#117733', '#2AA15A'],
  'domain-color-3': ['#DDCC77', '#DDCC77'],
  'domain-color-4': ['#332288', '#6A5ACD'],
  'domain-color-5': ['#88CCEE', '#88CCEE'],
  'domain-color-6': ['#882255', '#B03A78'],
  'domain-color-7': ['#44AA99', '#44AA99'],
  'domain-color-8': ['#999933', '#B5B54A'],
  'domain-color-9': ['#AA4499', '#C05BB0'],
  'domain-color-10': ['#6699CC', '#6699CC'],
  'font': ['system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif', 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif'],
} as const satisfies Record<string, readonly [string, string]>;

export type TokenName = keyof typeof TOKENS;
export const tokenNames = Object.keys(TOKENS) as TokenName[];
const v = (name: TokenName) => `var(--fusion-${name})`;

/** Rules over tokens; selectors are relative to the figure's <svg class="fusion-figure">. */
const RULES: readonly [string, Record<string, string>][] = [
  ['.fusion-figure', { 'font-family': v('font'), 'font-size': '11px' }],
  ['text', { fill: v('text-color') }],
  ['.fusion-figure .background, .track-background', { fill: v('background') }],
  ['.heading', { 'font-weight': '600' }],
  ['.heading.five-prime, .partner-label.five-prime, .track-label.five-prime', { fill: v('five-prime-color') }],
  ['.heading.three-prime, .partner-label.three-prime, .track-label.three-prime', { fill: v('three-prime-color') }],
  ['.partner-label', { 'font-weight': '600' }],
  ['.muted, .end-mark, .axis-label, .footer-text, .legend-text', { fill: v('muted-color') }],
  ['.exon.five-prime, .block.exon.five-prime, .protein-bar.fusion.five-prime, .kept.five-prime, .legend-swatch.five-prime', { fill: v('five-prime-color') }],
  ['.exon.three-prime, .block.exon.three-prime, .protein-bar.fusion.three-prime, .kept.three-prime, .legend-swatch.three-prime', { fill: v('three-prime-color') }],
  ['.exon.lost, .legend-swatch.lost', { fill: v('lost-color') }],
  ['.exon.undetermined', { fill: v('neutral-color') }],
  ['.intron', { stroke: v('line-color'), 'stroke-width': '1' }],
  ['.intron.lost', { stroke: v('lost-color') }],
  ['.retained-span.five-prime', { fill: v('five-prime-color'), 'fill-opacity': '0.1' }],
  ['.retained-span.three-prime', { fill: v('three-prime-color'), 'fill-opacity': '0.1' }],
  ['.exon-number', { fill: v('on-partner-color'), 'font-weight': '600' }],
  ['.exon-number.lost', { fill: v('text-color') }],
  ['.fusion-figure .exon-number-outside', { fill: v('text-color'), 'font-weight': '600' }],
  ['.fusion-figure .exon-number-outside.lost', { fill: v('muted-color'), 'font-weight': '400' }],
  ['.retained-intron-piece.five-prime', { fill: 'url(#fv-hatch-five-prime)', stroke: v('five-prime-color'), 'stroke-width': '0.8' }],
  ['.retained-intron-piece.three-prime', { fill: 'url(#fv-hatch-three-prime)', stroke: v('three-prime-color'), 'stroke-width': '0.8' }],
  ['.block', { stroke: v('background'), 'stroke-width': '0.75' }],
  ['.breakpoint', { stroke: v('text-color'), 'stroke-width': '1.5', 'stroke-dasharray': '4 2' }],
  ['.block.retained-intron.five-prime', { fill: 'url(#fv-hatch-five-prime)', stroke: v('five-prime-color') }],
  ['.block.retained-intron.three-prime', { fill: 'url(#fv-hatch-three-prime)', stroke: v('three-prime-color') }],
  ['.block.linker, .protein-bar.fusion.linker, .legend-swatch.linker', { fill: v('linker-color') }],
  ['.junction', { stroke: v('text-color'), 'stroke-width': '2' }],
  ['.junction-label', { 'font-weight': '600' }],
  ['.frame-badge', { fill: v('neutral-color') }],
  ['.frame-badge.frame-in-frame', { fill: v('in-frame-color') }],
  ['.frame-badge.frame-out-of-frame', { fill: v('out-of-frame-color') }],
  ['.fusion-figure .frame-badge-text', { fill: v('background'), 'font-weight': '600' }],
  ['.protein-bar.wild-type', { fill: v('lost-color') }],
  ['.frameshift, .legend-swatch.frameshift', { fill: 'url(#fv-hatch-frameshift)', stroke: v('out-of-frame-color'), 'stroke-width': '1' }],
  ['.fusion-figure .frameshift-label', { fill: v('out-of-frame-color'), 'font-weight': '600', 'paint-order': 'stroke', stroke: v('background'), 'stroke-width': '3px' }],
  ['.domain', { stroke: v('text-color'), 'stroke-opacity': '0.55', 'stroke-width': '0.8' }],
  ['.domain.lost', { 'fill-opacity': '0.3', 'stroke-dasharray': '2 2' }],
  ['.domain.undetermined', { 'fill-opacity': '0.6' }],
  // A truncated domain shows its torn edge (layout draws it); in the wild type it is whole, dashed as partly lost.
  ['.domain.truncated, .legend-swatch.truncated', { 'stroke-width': '1.6', 'stroke-opacity': '1' }],
  ['.domain.wild-type.truncated', { 'stroke-dasharray': '4 2' }],
  ['.legend-swatch.truncated', { fill: 'none', stroke: v('text-color') }],
  ['.fusion-figure .domain-label', { 'font-weight': '600' }],
  ['.fusion-figure .domain-label.inside', { fill: v('label-on-domain-color'), 'paint-order': 'stroke', stroke: v('label-halo-color'), 'stroke-width': '2.5px', 'stroke-opacity': '0.85' }],
  ['.fusion-figure .domain-label.lost', { fill: v('muted-color') }],
  ['.axis', { stroke: v('line-color'), 'stroke-width': '1' }],
  ['.guide', { stroke: v('text-color'), 'stroke-width': '1', 'stroke-dasharray': '3 2', 'stroke-opacity': '0.7' }],
  ['.kept.frameshift', { fill: 'url(#fv-hatch-frameshift)', stroke: v('out-of-frame-color'), 'stroke-width': '0.6' }],
  ['.frame-note.frame-out-of-frame', { fill: v('out-of-frame-color') }],
  ['.connector', { fill: 'none', 'stroke-width': '1', 'stroke-dasharray': '3 3' }],
  ['.connector.five-prime', { stroke: v('five-prime-color') }],
  ['.connector.three-prime', { stroke: v('three-prime-color') }],
  ['.connector-fill.five-prime', { fill: v('five-prime-color'), 'fill-opacity': '0.07' }],
  ['.connector-fill.three-prime', { fill: v('three-prime-color'), 'fill-opacity': '0.07' }],
  ['.legend-swatch.coding', { fill: v('line-color') }],
  ['.legend-swatch.introns', { fill: v('line-color') }],
  ['.scale-bar', { stroke: v('muted-color'), 'stroke-width': '2' }],
  ['.scale-break, .legend-swatch.scale-break', { fill: 'none', stroke: v('text-color'), 'stroke-width': '1.2' }],
  ['.legend-swatch.retained-intron', { fill: 'url(#fv-hatch-neutral)', stroke: v('line-color') }],
  ['.unknown-partner', { fill: 'none', stroke: v('muted-color'), 'stroke-dasharray': '4 3' }],
  ...Array.from({ length: 10 }, (_, i): [string, Record<string, string>] => [`.domain.domain-color-${i + 1}`, { fill: v(`domain-color-${i + 1}` as TokenName) }]),
  ['.hatch-line', { 'stroke-width': '1.5' }],
  ['.hatch-line.five-prime', { stroke: v('five-prime-color') }],
  ['.hatch-line.three-prime', { stroke: v('three-prime-color') }],
  ['.hatch-line.frameshift', { stroke: v('out-of-frame-color') }],
  ['.hatch-line.neutral', { stroke: v('line-color') }],
];

function block(selector: string, decls: Record<string, string>, resolve: (value: string) => string): string {
  const body = Object.entries(decls).map(([k, val]) => `${k}: ${resolve(val)};`).join(' ');
  return `${selector} { ${body} }`;
}

const declareTokens = (theme: Theme) =>
  tokenNames.map((n) => `--fusion-${n}: ${TOKENS[n][theme === 'light' ? 0 : 1]};`).join(' ');

/** Live CSS for the element's shadow root. Users override tokens on the element: `fusion-diagram { --fusion-five-prime-color: … }`. */
export const fusionStyles: string = [
  // Defaults on the host only: a value set on the element (or inherited from the page) must win.
  `:host { ${declareTokens('light')} }`,
  `@media (prefers-color-scheme: dark) { :host { ${declareTokens('dark')} } }`,
  ...RULES.map(([sel, decls]) => block(`:where(${sel})`, decls, (x) => x)),
  ':where(.fusion-figure [data-kind]) { cursor: pointer; transition: opacity 0.15s, stroke-width 0.15s; }',
  ':where(.fusion-figure [data-kind]):focus { outline: none; }',
  ':where(.fusion-figure [data-kind]):focus-visible { stroke: var(--fusion-focus-color); stroke-width: 3px; stroke-opacity: 1; }',
  '@media (prefers-reduced-motion: reduce) { :where(.fusion-figure [data-kind]) { transition: none; } }',
  '@media print { .fusion-figure { break-inside: avoid; page-break-inside: avoid; } }',
].join('\n');

/** What can reach outside a file or run code from CSS; checked before the shapes below, whatever the token. */
const HOSTILE = /url\(|image-set\(|expression\(|@import|javascript:|[\\<>{};@]|\/\*/i;
const HEX_COLOR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
/** rgb(), hsl(), oklch(), color(display-p3 …) … with plain arguments (no nested function). */
const FUNCTION_COLOR = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([-+\w.%\s,/]*\)$/i;
/** A named colour or keyword: transparent, currentColor, Canvas … */
const NAMED_COLOR = /^[a-z]{3,32}$/i;
/** A font family: quoted, or unquoted words. */
const FONT_FAMILY = /^(?:"[^"]{1,64}"|'[^']{1,64}'|[a-z][-\w ]{0,63})$/i;

/**
 * A token value fit for an exported file: a colour for the colour tokens, a font stack for
 * `font`, at most 200 characters; null for anything else (a `url()` beacon, `expression()`,
 * `@import`, `javascript:`, a rule break-out).
 */
export function safeTokenValue(name: TokenName, raw: string): string | null {
  const value = raw.trim();
  if (value === '' || value.length > 200 || HOSTILE.test(value)) return null;
  if (name === 'font') return value.split(',').every((f) => FONT_FAMILY.test(f.trim())) ? value : null;
  return HEX_COLOR.test(value) || FUNCTION_COLOR.test(value) || NAMED_COLOR.test(value) ? value : null;
}

/**
 * Plain CSS with tokens resolved, for a standalone SVG file. An override that is not a plain
 * colour (or font stack, for `font`) is dropped for the theme's default, and `warn` is told.
 */
export function exportStyles(theme: Theme, overrides: Partial<Record<TokenName, string>> = {}, warn: (message: string) => void = () => {}): string {
  const safe: Partial<Record<TokenName, string>> = {};
  for (const [name, raw] of Object.entries(overrides) as [TokenName, string | undefined][]) {
    if (raw === undefined || raw.trim() === '' || !(name in TOKENS)) continue;
    const checked = safeTokenValue(name, raw);
    if (checked !== null) safe[name] = checked;
    else {
      const shown = raw.length > 80 ? `${raw.slice(0, 77)}...` : raw;
      warn(`--fusion-${name} ${JSON.stringify(shown)} is not a ${name === 'font' ? 'font stack' : 'colour'}: the export uses the default ${TOKENS[name][theme === 'light' ? 0 : 1]}`);
    }
  }
  const value = (n: TokenName) => safe[n] ?? TOKENS[n][theme === 'light' ? 0 : 1];
  const resolve = (x: string) => x.replace(/var\(--fusion-([a-z0-9-]+)\)/g, (_, n: TokenName) => value(n));
  return RULES.map(([sel, decls]) => block(sel, decls, resolve)).join('\n');
}
