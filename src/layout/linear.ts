/**
 * A linear scale, polylinear when given more than two stops: the part of d3-scale's
 * scaleLinear() the layout uses (domain, range, clamp, ticks), computed the same way (per-piece
 * normalise then interpolate, bisected pieces, clamping to the domain's ends), so positions are
 * the same numbers to the last bit. d3-scale itself would bring d3-interpolate and d3-color
 * (which registers colour parsing at load) into the drop-in file for no use here.
 */
import { bisectRight, ticks } from 'd3-array';

export interface LinearScale {
  (x: number): number;
  domain(): number[];
  domain(d: readonly number[]): LinearScale;
  range(): number[];
  range(r: readonly number[]): LinearScale;
  clamp(on: boolean): LinearScale;
  ticks(count?: number): number[];
}

const normalize = (a: number, b: number): ((x: number) => number) => {
  const span = b - a;
  return span ? (x) => (x - a) / span : () => (Number.isNaN(span) ? NaN : 0.5);
};
const interpolate = (a: number, b: number) => (t: number) => a * (1 - t) + b * t;

function piecewise(domain: readonly number[], range: readonly number[]): (x: number) => number {
  const j = Math.min(domain.length, range.length) - 1;
  if (j <= 1) {
    const [d0, d1] = domain as [number, number];
    const [r0, r1] = range as [number, number];
    const [n, i] = d1 < d0 ? [normalize(d1, d0), interpolate(r1, r0)] : [normalize(d0, d1), interpolate(r0, r1)];
    return (x) => i(n(x));
  }
  let d = domain;
  let r = range;
  if (d[j]! < d[0]!) {
    d = d.slice().reverse();
    r = r.slice().reverse();
  }
  const ns: ((x: number) => number)[] = [];
  const is: ((t: number) => number)[] = [];
  for (let k = 0; k < j; k++) {
    ns.push(normalize(d[k]!, d[k + 1]!));
    is.push(interpolate(r[k]!, r[k + 1]!));
  }
  return (x) => {
    const k = bisectRight(d, x, 1, j) - 1;
    return is[k]!(ns[k]!(x));
  };
}

export function scaleLinear(): LinearScale {
  let domain = [0, 1];
  let range = [0, 1];
  let clamped = false;
  let output: ((x: number) => number) | null = null;
  const scale = ((x: number) => {
    if (x == null || Number.isNaN((x = +x))) return undefined as unknown as number;
    if (clamped) {
      let a = domain[0]!;
      let b = domain[Math.min(domain.length, range.length) - 1]!;
      if (a > b) [a, b] = [b, a];
      x = Math.max(a, Math.min(b, x));
    }
    return (output ??= piecewise(domain, range))(x);
  }) as LinearScale;
  scale.domain = ((d?: readonly number[]) => {
    if (!d) return domain.slice();
    domain = Array.from(d, Number);
    output = null;
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((r?: readonly number[]) => {
    if (!r) return range.slice();
    range = Array.from(r, Number);
    output = null;
    return scale;
  }) as LinearScale['range'];
  scale.clamp = (on) => {
    clamped = on;
    return scale;
  };
  scale.ticks = (count = 10) => ticks(domain[0]!, domain[domain.length - 1]!, count);
  return scale;
}
