import { describe, expect, it } from 'vitest';
import { format } from 'd3-format';
import { scaleLinear } from 'd3-scale';

// Placeholder node test: checks the node project runs and the d3 deps resolve.
describe('node sanity', () => {
  it('runs in node, not a browser', () => {
    expect(typeof process.versions.node).toBe('string');
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  });

  it('maps genomic coordinates with d3-scale', () => {
    const x = scaleLinear().domain([1_000, 2_000]).range([0, 100]);
    expect(x(1_500)).toBe(50);
    expect(x.invert(25)).toBe(1_250);
  });

  it('formats numbers with d3-format', () => {
    expect(format(',')(1234567)).toBe('1,234,567');
  });
});
