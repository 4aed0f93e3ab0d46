/**
 * The set-up every end-to-end page test shares: the built package served over a local static
 * server and one headless Chromium, started before the file's tests and closed after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ensureBuilt } from './built';
import { launchChromium } from './chromium';
import { serveStatic } from './static-server';

export interface BuiltSite {
  readonly browser: Browser;
  readonly site: Awaited<ReturnType<typeof serveStatic>>;
}

/** Registers the hooks; the returned object's fields are set once beforeAll has run. */
export function useBuiltSite(): BuiltSite {
  const e2e = {} as { browser: Browser; site: BuiltSite['site'] };
  beforeAll(async () => {
    ensureBuilt();
    e2e.site = await serveStatic(process.cwd());
    e2e.browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await e2e.browser?.close();
    e2e.site?.server.close();
  });
  return e2e;
}
