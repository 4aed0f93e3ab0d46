import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/e2e';

const e2e = useBuiltSite();

describe('the plain HTML page (examples/plain.html)', () => {
  it('renders NSF::ALK from the one self-contained file, with no request beyond the page and the script', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const external: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(e2e.site.url)) external.push(r.url()); });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${e2e.site.url}/examples/plain.html`);
    await page.waitForFunction(() => document.querySelector('fusion-diagram')?.shadowRoot?.querySelector('svg [data-kind="exon"]'));
    const drawn = await page.evaluate(() => {
      const root = document.querySelector('fusion-diagram')!.shadowRoot!;
      const transcript = root.querySelector('[data-panel="transcript"]')!;
      const ids = [...transcript.querySelectorAll('[data-kind="exon"]')].map((e) => e.getAttribute('data-id'));
      const svg = root.querySelector('svg[role="img"]')!;
      const junction = root.querySelector('[data-panel="transcript"] [data-kind="junction"]');
      return {
        nsf: ids.filter((id) => id!.startsWith('NSF:exon:')).length,
        alk: ids.filter((id) => id!.startsWith('ALK:exon:')).map((id) => Number(id!.split(':')[2])),
        label: svg.getAttribute('aria-label'),
        junction: junction !== null,
        error: root.querySelector('[part~="error"]') !== null && getComputedStyle(root.querySelector('[part~="error"]')!).display !== 'none',
      };
    });
    expect(errors).toEqual([]);
    expect(drawn.nsf).toBe(20);
    expect(drawn.alk).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    expect(drawn.junction).toBe(true);
    expect(drawn.label).toMatch(/^NSF::ALK fusion: NSF exons 1–20 joined out of frame to ALK exons 20–29/);
    expect(external).toEqual([]);
    expect(e2e.site.requests.filter((p) => p !== '/favicon.ico')).toEqual(['/examples/plain.html', '/dist/fusion-viz.js']);
  }, 60_000);
});
