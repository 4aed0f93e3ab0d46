import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/e2e';

const e2e = useBuiltSite();

describe('the drop-in file and its cohort sibling', () => {
  it('defines <fusion-table> and <fusion-cohort> the first time the page adds one, loading dist/fusion-viz-cohort.js (and the sequence file it imports) from beside it', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${e2e.site.url}/examples/plain.html`);
    await page.waitForFunction(() => document.querySelector('fusion-diagram')?.shadowRoot?.querySelector('svg [data-kind="exon"]'));
    const before = await page.evaluate(() => [customElements.get('fusion-table') !== undefined, customElements.get('fusion-cohort') !== undefined]);
    // As text: vitest would rewrite a dynamic import() inside a function passed to the page.
    const after = await page.evaluate(`(async () => {
      const table = document.createElement('fusion-table');
      document.body.append(table);
      await customElements.whenDefined('fusion-table');
      await table.updateComplete;
      const dropIn = await import(location.origin + '/dist/fusion-viz.js');
      const sibling = await import(location.origin + '/dist/fusion-viz-cohort.js');
      return {
        upgraded: table.shadowRoot !== null,
        cohort: customElements.get('fusion-cohort') !== undefined,
        same: (await dropIn.loadCohort()) === sibling,
        readers: typeof sibling.readCallerFile,
      };
    })()`);
    expect(errors).toEqual([]);
    expect(before).toEqual([false, false]);
    expect(after).toEqual({ upgraded: true, cohort: true, same: true, readers: 'function' });
    // The cohort file imports the junction-sequence file (caller rows carry sequence).
    expect(e2e.site.requests.filter((p) => p.startsWith('/dist/'))).toEqual(['/dist/fusion-viz.js', '/dist/fusion-viz-cohort.js', '/dist/fusion-viz-sequence.js']);
  }, 60_000);
});
