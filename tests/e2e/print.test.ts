/**
 * Printing a long page draws every figure: a figure far from the viewport is skipped on screen
 * (content-visibility: auto, src/components/fusion-diagram.styles.ts) but not in print.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/e2e';

const e2e = useBuiltSite();

describe('a page of many figures, printed', () => {
  it('skips the figures far from the viewport on screen and draws all of them for print', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${e2e.site.url}/examples/plain.html`);
    await page.waitForFunction(() => document.querySelector('fusion-diagram')?.shadowRoot?.querySelector('svg [data-kind="exon"]'));
    await page.evaluate(async () => {
      const fusions = ['EML4:e.13::ALK:e.20', 'NPM1:e.4::ALK:e.20', 'KIF5B:e.24::ALK:e.20', 'TPM3:e.7::ALK:e.20'];
      document.body.replaceChildren(...Array.from({ length: 12 }, (_, i) => {
        const el = document.createElement('fusion-diagram');
        el.setAttribute('fusion', fusions[i % fusions.length]!);
        return el;
      }));
      await Promise.all([...document.querySelectorAll('fusion-diagram')].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    });
    const shown = () => page.evaluate(() => [...document.querySelectorAll('fusion-diagram')]
      .map((el) => el.shadowRoot!.querySelector('svg')!.checkVisibility({ contentVisibilityAuto: true })));
    const screen = await shown();
    expect(screen.filter((v) => !v).length, 'figures skipped on screen').toBeGreaterThan(6);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await shown()).toEqual(Array(12).fill(true));
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
