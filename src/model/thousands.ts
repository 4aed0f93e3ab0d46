/**
 * `1234567` → `1,234,567`, as `toLocaleString('en-US')` writes integers, without its cost: the
 * first Intl call loads ICU data (~25 ms), most of what the CLI's `annotate` spends on a fusion.
 * Non-integers keep toLocaleString (rare: counts and positions are integers).
 */
export const thousands = (x: number): string =>
  Number.isSafeInteger(x) ? String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : x.toLocaleString('en-US');
