/**
 * The bundle in a page with a strict Content Security Policy and Trusted Types enforced: the
 * figure draws, the tooltip sits under the hovered feature, and toSVG()/toPNG() work, with no
 * `securitypolicyviolation` at all (counted from before the page's first script).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/e2e';

/** What README "Content Security Policy and Trusted Types" says a page needs: nothing beyond its own script, plus blob: images for toPNG(). */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  'img-src blob:',
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>strict CSP</title>
<script type="module" src="/dist/fusion-viz.js"></script></head>
<body><fusion-diagram fusion="NSF:e.20+10::ALK:e.20"></fusion-diagram></body></html>`;

const e2e = useBuiltSite();

async function strictPage(csp: string): Promise<{ page: Page; violations: () => Promise<string[]>; errors: string[] }> {
  const page = await e2e.browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
  });
  await page.route(`${e2e.site.url}/strict-csp.html`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': csp }, body: PAGE }));
  await page.goto(`${e2e.site.url}/strict-csp.html`);
  await page.waitForFunction(() => document.querySelector('fusion-diagram')?.shadowRoot?.querySelector('svg [data-kind="exon"]'));
  return { page, errors, violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) };
}

describe('a page with a strict CSP and Trusted Types enforced', () => {
  it('draws NSF:e.20+10::ALK:e.20, places the tooltip and exports SVG and PNG with 0 policy violations', async () => {
    const { page, violations, errors } = await strictPage(STRICT_CSP);
    const drawn = await page.evaluate(() => {
      const root = document.querySelector('fusion-diagram')!.shadowRoot!;
      return root.querySelector('[data-panel="transcript"] [data-id="NSF:intron:20"]') !== null;
    });
    expect(drawn, 'the retained intron is drawn').toBe(true);

    // Hover the retained intron: the tooltip shows its text just under it.
    const intron = page.locator('fusion-diagram [data-panel="transcript"] [data-id="NSF:intron:20"]');
    await intron.hover({ force: true });
    await page.waitForFunction(() => !document.querySelector('fusion-diagram')!.shadowRoot!.querySelector('[part="tooltip"]')!.hasAttribute('hidden'));
    const tip = await page.evaluate(() => {
      const host = document.querySelector('fusion-diagram')!;
      const root = host.shadowRoot!;
      const t = root.querySelector('[part="tooltip"]')!.getBoundingClientRect();
      const f = root.querySelector('[data-panel="transcript"] [data-id="NSF:intron:20"]')!.getBoundingClientRect();
      return { text: root.querySelector('[part="tooltip"]')!.textContent, dy: t.top - f.bottom, left: t.left, featureLeft: f.left, hostLeft: host.getBoundingClientRect().left };
    });
    expect(tip.text).toMatch(/^NSF intron 20 \(part\)/);
    expect(tip.dy).toBeGreaterThanOrEqual(0);
    expect(tip.dy).toBeLessThan(12);
    expect(tip.left).toBeGreaterThan(tip.hostLeft);

    const exported = await page.evaluate(async () => {
      const el = document.querySelector('fusion-diagram')!;
      const svg = el.toSVG();
      const png = await el.toPNG({ scale: 1 });
      const head = [...new Uint8Array(await png.slice(0, 8).arrayBuffer())];
      return { svg, pngType: png.type, pngSize: png.size, head };
    });
    expect(exported.svg).toContain('<title>NSF::ALK fusion</title>');
    expect(exported.svg).toContain('data-key="transcript/path:NSF:intron:20"');
    expect(exported.pngType).toBe('image/png');
    expect(exported.head).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(exported.pngSize).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
    // The counter itself works: an inline style attribute set by the page is reported.
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
    expect((await violations()).map((v) => v.split(' ')[0])).toEqual(['style-src-attr']);
    await page.close();
  }, 90_000);
});
