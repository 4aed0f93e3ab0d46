import { afterEach, describe, expect, it } from 'vitest';
import { html, render } from 'lit';

// Placeholder browser test: checks the browser project runs in real Chromium.
describe('browser sanity', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('creates a DOM element and lays it out', () => {
    const el = document.createElement('div');
    el.id = 'probe';
    el.textContent = 'BCR::ABL1';
    el.style.width = '120px';
    el.style.height = '30px';
    document.body.append(el);

    expect(document.getElementById('probe')).toBe(el);
    expect(el.textContent).toBe('BCR::ABL1');
    const box = el.getBoundingClientRect();
    expect(box.width).toBe(120);
    expect(box.height).toBe(30);
    expect(navigator.userAgent).toMatch(/Chrom/);
  });

  it('renders a lit template', () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(html`<svg width="10" height="10"><rect width="4" height="4"></rect></svg>`, host);
    expect(host.querySelectorAll('rect')).toHaveLength(1);
    expect(host.querySelector('svg')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });
});
