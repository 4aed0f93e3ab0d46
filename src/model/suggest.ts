/**
 * "Did you mean" for unknown gene symbols: real near-matches by edit distance (insertions,
 * deletions, substitutions and adjacent transpositions), never a shared prefix alone.
 */

/** Optimal-string-alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j]!;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Up to `limit` symbols within 1 edit (2 for names of 7 or more letters), nearest first. */
export function suggestSymbols(name: string, symbols: readonly string[], limit = 8): string[] {
  const q = name.toUpperCase();
  const max = q.length >= 7 ? 2 : 1;
  return symbols
    .map((s) => ({ s, d: editDistance(q, s.toUpperCase(), max) }))
    .filter((x) => x.d <= max && x.s.toUpperCase() !== q)
    .sort((x, y) => x.d - y.d || x.s.localeCompare(y.s))
    .slice(0, limit)
    .map((x) => x.s);
}
