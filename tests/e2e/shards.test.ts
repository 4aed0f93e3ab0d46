import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/e2e';

const e2e = useBuiltSite();

/** The plain page, plus one more element added by script. */
async function pageWith(attrs: Record<string, string>): Promise<Page> {
  const page = await e2e.browser.newPage({ viewport: { width: 1200, height: 1800 } });
  await page.goto(`${e2e.site.url}/examples/plain.html`);
  await page.waitForFunction(() => document.querySelector('fusion-diagram')?.shadowRoot?.querySelector('svg [data-kind="exon"]'));
  await page.evaluate((a) => {
    const el = document.createElement('fusion-diagram');
    el.id = 'added';
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
    document.body.append(el);
  }, attrs);
  return page;
}

describe('annotation shards in the drop-in page', () => {
  it('draws PAX8::PPARG, outside the embedded genes, from shards loaded beside dist/fusion-viz.js', async () => {
    const page = await pageWith({ fusion: 'PAX8:e.9::PPARG:e.2' });
    // While the shards load, the element says so.
    await page.waitForFunction(() => {
      const root = document.getElementById('added')?.shadowRoot;
      return root?.querySelector('svg [data-kind="exon"]') || root?.querySelector('[part~="loading"]');
    });
    await page.waitForFunction(() => document.getElementById('added')!.shadowRoot!.querySelector('svg [data-id^="PPARG:exon:"]'), undefined, { timeout: 30_000 });
    const shown = await page.evaluate(() => {
      const el = document.getElementById('added') as HTMLElement & { result: { fivePrime: { transcript: string }; annotation: { pack: string } } };
      return { transcript: el.result.fivePrime.transcript, pack: el.result.annotation.pack, error: el.shadowRoot!.querySelector('[part~="error"]') !== null };
    });
    expect(shown).toMatchObject({ pack: 'fusion-viz GRCh38 whole-genome pack', error: false });
    expect(shown.transcript).toMatch(/^NM_003466/);
    const loaded = e2e.site.requests.filter((p) => p.startsWith('/annotation/'));
    expect(loaded).toContain('/annotation/grch38/index.json.gz');
    expect(loaded.filter((p) => p.includes('/genes-')).length).toBeGreaterThanOrEqual(1);
    expect(loaded.length).toBeLessThanOrEqual(4);
    await page.close();
  }, 90_000);

  it('shows an error naming the URL when the shards cannot be fetched', async () => {
    const page = await pageWith({ fusion: 'PAX8:e.9::PPARG:e.2', 'annotation-base': `${e2e.site.url}/missing-annotation/` });
    await page.waitForFunction(() => document.getElementById('added')!.shadowRoot!.querySelector('[part~="error"]'), undefined, { timeout: 30_000 });
    const text = await page.evaluate(() => document.getElementById('added')!.shadowRoot!.querySelector('[part~="error"]')!.textContent);
    expect(text).toMatch(/could not load annotation shard .*\/missing-annotation\/grch38\/index\.json\.gz: HTTP 404/);
    expect(text).toMatch(/annotation-base/);
    await page.close();
  }, 90_000);
});
