/**
 * An exported SVG carries no way out of the file: hostile theme values (CSS `url()` beacons,
 * `expression()`, `@import`, `javascript:`, rule break-outs) are dropped with a warning, and the
 * serializer never writes a script, an event attribute, a foreignObject or a non-local reference.
 */
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { resolveFusion } from '../../src/api';
import { layoutFusion } from '../../src/layout';
import { SVG_NS, TOKENS, safeTokenValue, serializeSvg, svgDocument, type TokenName } from '../../src/render';
import { HOSTILE, UNSAFE } from '../support/hostile';
import { fixture } from '../fixtures/fusions';

const layout = () => {
  const r = resolveFusion(fixture('nsf-alk-rna').description as string);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return layoutFusion(r.value, { width: 800 });
};

describe('exported SVG safety', () => {
  it('drops each of 8 hostile theme values with a warning naming the token, and keeps the defaults', () => {
    const warnings: string[] = [];
    const svg = svgDocument(layout(), { DOMParser: DOMParser as never, tokens: HOSTILE, warn: (m) => warnings.push(m) });
    expect(svg).not.toMatch(UNSAFE);
    expect(svg).not.toContain('host/');
    expect(warnings).toHaveLength(Object.keys(HOSTILE).length);
    for (const name of Object.keys(HOSTILE)) expect(warnings.some((w) => w.startsWith(`--fusion-${name} `))).toBe(true);
    expect(svg).toContain(`fill: ${TOKENS.background[0]};`);
    expect(svg).toContain(`fill: ${TOKENS['five-prime-color'][0]};`);
    // The only url()s are the figure's own hatch patterns, defined in the file.
    const urls = [...svg.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(svg).toContain(`id="${u!.slice(1)}"`);
  });

  it('keeps plain colours and font stacks as given', () => {
    const tokens = { 'five-prime-color': '#6a3d9a', 'three-prime-color': 'rgb(10 20 30 / 50%)', 'line-color': 'rebeccapurple', 'text-color': 'oklch(0.5 0.1 200)', font: '"Source Sans 3", Arial, sans-serif' } as const;
    const warnings: string[] = [];
    const svg = svgDocument(layout(), { DOMParser: DOMParser as never, tokens, warn: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
    for (const value of Object.values(tokens)) expect(svg).toContain(value.replace(/"/g, '"'));
    for (const [name, value] of Object.entries(tokens)) expect(safeTokenValue(name as TokenName, value)).toBe(value);
  });

  it('never serializes a script, foreignObject, event attribute or external reference, even if one was drawn', () => {
    const doc = new DOMParser().parseFromString(`<svg xmlns="${SVG_NS}"></svg>`, 'image/svg+xml') as unknown as Document;
    const svg = doc.documentElement;
    const add = (tag: string, attrs: Record<string, string>) => {
      const e = doc.createElementNS(SVG_NS, tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
      svg.appendChild(e);
      return e;
    };
    add('script', {}).textContent = 'alert(1)';
    add('foreignObject', {});
    add('image', { href: 'http://host/i.png' });
    add('rect', { onclick: 'alert(1)', onload: 'x()', width: '4', fill: 'url(http://host/p)', style: 'fill:url(http://host/s)' });
    add('use', { href: '#fv-hatch-neutral' });
    const text = serializeSvg(svg);
    expect(text).toBe(`<svg xmlns="${SVG_NS}"><rect width="4"/></svg>`);
  });
});
