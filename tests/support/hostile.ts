/** Hostile theme values and what no exported SVG may contain: shared by the Node and browser export-safety tests. */
import type { TokenName } from '../../src/render';

export const HOSTILE: Partial<Record<TokenName, string>> = {
  background: 'url(http://host/beacon)',
  'five-prime-color': 'url("javascript:alert(1)")',
  'three-prime-color': 'red; } @import url(http://host/x.css); .a {',
  'text-color': 'expression(alert(1))',
  'line-color': 'image-set("http://host/b.png" 1x)',
  'muted-color': '#123456</style><script>alert(1)</script>',
  font: 'x, url(http://host/font.woff)',
  'focus-color': 'JavaScript:alert(1)',
};

/** Anything in a file that could fetch, run or escape: what no export may contain. */
export const UNSAFE = /url\((?!#fv-hatch-)|@import|expression\(|javascript:|<script|<foreignObject|\son[a-z]+=|href="(?!#)|image-set/i;
