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
  // Partners differ in hue and in lightness (≥ 1.6:1 luminance), so they stay apart in greyscale print.
  'five-prime-color': ['#005C99', '#3B8FD9'],
  'three-prime-color': ['#D55E00', '#FFB000'],
  // Lighter than both partners in the light theme, darker in the dark one: apart from both in greyscale.
  'linker-color': ['#B0B0B0', '#6B6B6B'],
  'text-color': ['#1F2328', '#E6EDF3'],
  // The 3' partner's colour as text (junction-sequence bases): darker in the light theme for ≥ 4.5:1 on the background.
  'three-prime-text-color': ['#A34700', '#FFB000'],
  'muted-color': ['#59636E', '#9198A1'],
  'line-color': ['#57606A', '#9198A1'],
  'lost-color': ['#D0D7DE', '#5F6873'],
  'background': ['#FFFFFF', '#0D1117'],
  'in-frame-color': ['#007A5A', '#3FB98A'],
  'out-of-frame-color': ['#B3261E', '#FF8A80'],
  'neutral-color': ['#6E7781', '#8B949E'],
  'focus-color': ['#0969DA', '#58A6FF'],
  'on-partner-color': ['#FFFFFF', '#0D1117'],
  'label-halo-color': ['#FFFFFF', '#0D1117'],
  'label-on-domain-color': ['#111111', '#F0F3F6'],
  // Domain palette (Paul Tol's muted and light schemes, colour-blind safe, no partner hue): odd
  // slots light, even slots dark, so neighbours (layout alternates them) differ in greyscale too.
  'domain-color-1': ['#DDCC77', '#DDCC77'],
  'domain-color-2': ['#332288', '#7766CC'],
  'domain-color-3': ['#EE99AA', '#EE99AA'],
  'domain-color-4': ['#117733', '#2AA15A'],
  'domain-color-5': ['#CCBBEE', '#CCBBEE'],
  'domain-color-6': ['#882255', '#B03A78'],
  'domain-color-7': ['#99DDBB', '#99DDBB'],
  'domain-color-8': ['#666633', '#8C8C3A'],
  'domain-color-9': ['#BBCC33', '#BBCC33'],
  'domain-color-10': ['#AA4499', '#B655A6'],
  'domain-color-11': ['#CCDDAA', '#CCDDAA'],
  'domain-color-12': ['#225555', '#3D8080'],
  // Lost domains are faded, less so in the dark theme (≥ 3:1 against its background).
  'lost-domain-opacity': ['0.3', '0.6'],
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
  ['.figure-title', { 'font-weight': '700' }],
  ['.leader', { stroke: v('muted-color'), 'stroke-width': '0.8' }],
  ['.fusion-figure .footer-text.caveat', { fill: v('text-color') }],
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
  // Retained exons' numbers under the fusion transcript in their partner's colour: NSF 20 and ALK 20 side by side read apart.
  ['.fusion-figure .exon-number-outside.five-prime', { fill: v('five-prime-color') }],
  ['.fusion-figure .exon-number-outside.three-prime', { fill: v('three-prime-text-color') }],
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
  // Faint hatch under the segment's words, so they read.
  ['.frameshift.segment', { 'fill-opacity': '0.4' }],
  ['.fusion-figure .frameshift-label', { fill: v('out-of-frame-color'), 'font-weight': '600', 'paint-order': 'stroke', stroke: v('background'), 'stroke-width': '3px' }],
  ['.domain', { stroke: v('text-color'), 'stroke-opacity': '0.55', 'stroke-width': '0.8' }],
  ['.domain.lost', { 'fill-opacity': v('lost-domain-opacity'), 'stroke-dasharray': '2 2' }],
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
  ...Array.from({ length: 12 }, (_, i): [string, Record<string, string>] => [`.domain.domain-color-${i + 1}`, { fill: v(`domain-color-${i + 1}` as TokenName) }]),
  // Caller evidence under the title, and the frame disagreement (both calls, never one silently).
  ['.fusion-figure .frame-disagreement', { fill: v('out-of-frame-color'), 'font-weight': '600' }],
  // Junction-sequence strip: bases and residues in a monospace font, partner bars, codons, stops.
  ['.seq-nt, .seq-aa', { 'font-family': 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace', 'font-weight': '600' }],
  ['.fusion-figure .seq-nt.five-prime', { fill: v('five-prime-color') }],
  ['.fusion-figure .seq-nt.three-prime', { fill: v('three-prime-text-color') }],
  ['.fusion-figure .seq-nt.inserted', { fill: v('text-color') }],
  ['.fusion-figure .seq-aa', { fill: v('text-color') }],
  ['.fusion-figure .seq-aa.stop', { fill: v('out-of-frame-color') }],
  ['.seq-bar.five-prime', { fill: v('five-prime-color') }],
  ['.seq-bar.three-prime', { fill: v('three-prime-color') }],
  ['.seq-bar.linker', { fill: v('linker-color') }],
  ['.seq-codon', { fill: v('line-color'), 'fill-opacity': '0.12' }],
  ['.seq-codon.seq-stop', { fill: v('out-of-frame-color'), 'fill-opacity': '0.16', stroke: v('out-of-frame-color'), 'stroke-width': '1.2' }],
  ['.fusion-figure .seq-note.caveat', { fill: v('out-of-frame-color') }],
  ['.block.exon.frameshifted', { fill: 'url(#fv-hatch-frameshift)', stroke: v('three-prime-color'), 'stroke-width': '0.8' }],
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

const isColour = (value: string) => /^#[0-9a-f]{3,8}$/i.test(value);

/**
 * Tokens for the live element: colours as `light-dark(light, dark)`, so they follow the host's
 * used `color-scheme` (the page's, unless `theme` sets it), never the system preference alone;
 * a page without a dark mode keeps dark text. Other tokens take the light value, and the dark
 * one under `theme="dark"`.
 */
const declareAutoTokens = () =>
  tokenNames.map((n) => `--fusion-${n}: ${isColour(TOKENS[n][0]) ? `light-dark(${TOKENS[n][0]}, ${TOKENS[n][1]})` : TOKENS[n][0]};`).join(' ');
const declareDarkOnly = () => tokenNames.filter((n) => !isColour(TOKENS[n][0])).map((n) => `--fusion-${n}: ${TOKENS[n][1]};`).join(' ');

/** Live CSS for the element's shadow root. Users override tokens on the element: `fusion-diagram { --fusion-five-prime-color: … }`. */
export const fusionStyles: string = [
  // Defaults on the host only: a value set on the element (or inherited from the page) must win.
  `:host { ${declareAutoTokens()} }`,
  ':host([theme="light"]) { color-scheme: light; }',
  `:host([theme="dark"]) { color-scheme: dark; ${declareDarkOnly()} }`,
  // A dark figure brings its own background, so it reads on any page.
  ':host([theme="dark"]) .fusion-figure { background: var(--fusion-background); }',
  ...RULES.map(([sel, decls]) => block(`:where(${sel})`, decls, (x) => x)),
  ':where(.fusion-figure [data-kind]) { cursor: pointer; transition: opacity 0.15s, stroke-width 0.15s; }',
  ':where(.fusion-figure [data-kind]):focus { outline: none; }',
  // Text never takes the pointer: pointing at a domain's name shows the domain's tooltip.
  ':where(.fusion-figure text) { pointer-events: none; }',
  // Narrow exons and blocks get an invisible stroke so the pointer target is at least 8 px wide.
  ':where(.fusion-figure .narrow, .fusion-figure .exon:not(.block)) { stroke: transparent; stroke-width: 6px; }',
  // A two-tone ring (text colour inside, focus colour halo) shows on every fill, partner colour included.
  ':where(.fusion-figure [data-kind]):focus-visible { stroke: var(--fusion-text-color); stroke-width: 2.5px; stroke-opacity: 1; stroke-dasharray: none; filter: drop-shadow(0 0 1.5px var(--fusion-focus-color)) drop-shadow(0 0 1.5px var(--fusion-focus-color)); }',
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
const FONT_FAMILY = /^(?:"[^"]{1,64}"|'[^']{1,64}'|-?[a-z][-\w ]{0,63})$/i;

/**
 * A token value fit for an exported file: a colour for the colour tokens, a font stack for
 * `font`, at most 200 characters; null for anything else (a `url()` beacon, `expression()`,
 * `@import`, `javascript:`, a rule break-out).
 */
export function safeTokenValue(name: TokenName, raw: string): string | null {
  const value = raw.trim();
  if (value === '' || value.length > 200 || HOSTILE.test(value)) return null;
  if (name === 'font') return value.split(',').every((f) => FONT_FAMILY.test(f.trim())) ? value : null;
  // The one number-valued token: an opacity.
  if (name === 'lost-domain-opacity') return /^(?:0|1|0?\.\d{1,4}|1\.0{1,4})$/.test(value) ? value : null;
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
      warn(`--fusion-${name} ${JSON.stringify(shown)} is not a ${name === 'font' ? 'font stack' : name === 'lost-domain-opacity' ? 'number from 0 to 1' : 'colour'}: the export uses the default ${TOKENS[name][theme === 'light' ? 0 : 1]}`);
    }
  }
  const value = (n: TokenName) => safe[n] ?? TOKENS[n][theme === 'light' ? 0 : 1];
  const resolve = (x: string) => x.replace(/var\(--fusion-([a-z0-9-]+)\)/g, (_, n: TokenName) => value(n));
  return RULES.map(([sel, decls]) => block(sel, decls, resolve)).join('\n');
}
