/**
 * The built Storybook (what `npx storybook build` writes from a clean clone) opens in headless
 * Chromium without a console warning or error, and hides Storybook's own onboarding.
 * Kept cheap for a 2-core CI box: every docs page (an autodocs page draws every story of its
 * file, with the controls table) plus the first story of each file on its own canvas, each a
 * cold page load. Reuses storybook-static/ when it is newer than the sources, else builds it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { serveStatic } from '../support/static-server';

const OUT = 'storybook-static';
const SOURCES = ['src', 'stories', '.storybook', 'tests/fixtures', 'scripts/manifest.ts', 'package.json'];

const newest = (path: string): number => statSync(path).isDirectory()
  ? Math.max(0, ...readdirSync(path).map((n) => newest(join(path, n))))
  : statSync(path).mtimeMs;

interface Entry { id: string; type: 'story' | 'docs'; title: string; name: string; importPath: string; storiesImports?: string[] }
let entries: Entry[] = [];
let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  const index = join(OUT, 'index.json');
  if (!existsSync(index) || statSync(index).mtimeMs < Math.max(...SOURCES.map(newest))) {
    // NODE_ENV as a user's shell has it: Vitest sets `test`, which would build Lit's dev mode (and its warning).
    const env = { ...process.env, NODE_ENV: 'production' };
    execFileSync('npx', ['storybook', 'build', '--quiet', '--output-dir', OUT], { stdio: 'ignore', env });
  }
  entries = Object.values((JSON.parse(readFileSync(index, 'utf8')) as { entries: Record<string, Entry> }).entries);
  site = await serveStatic(join(process.cwd(), OUT));
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  site?.server.close();
});

/** Opens one story or docs page in the preview iframe and returns what the console said. */
async function open(page: Page, entry: Entry): Promise<string[]> {
  const said: string[] = [];
  const onConsole = (m: { type(): string; text(): string; location(): { url: string } }) => {
    // The browser asks every page for /favicon.ico, which a Storybook build does not have.
    if (m.location().url.endsWith('/favicon.ico')) return;
    if (m.type() === 'warning' || m.type() === 'error') said.push(`${m.type()}: ${m.text()}`);
  };
  const onError = (e: Error) => said.push(`pageerror: ${e.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  await page.goto(`${site.url}/iframe.html?id=${entry.id}&viewMode=${entry.type}`);
  await page.waitForFunction((type) => type === 'docs'
    ? document.querySelector('#storybook-docs .sbdocs-content') !== null
    : (document.querySelector('#storybook-root')?.children.length ?? 0) > 0, entry.type, { timeout: 30_000 });
  // Two frames: the elements measure their width (ResizeObserver) and draw.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  page.off('console', onConsole);
  page.off('pageerror', onError);
  return said;
}

describe('the built Storybook', () => {
  it('opens every docs page and one story canvas per file without a console warning or error', async () => {
    const docs = entries.filter((e) => e.type === 'docs');
    const stories = entries.filter((e, i) => e.type === 'story' && entries.findIndex((f) => f.type === 'story' && f.importPath === e.importPath) === i);
    // Every story file has an autodocs page or is shown by guide pages, so each story is drawn at least once.
    const documented = new Set(docs.flatMap((e) => [e.importPath, ...(e.storiesImports ?? [])]));
    expect(stories.filter((e) => !documented.has(e.importPath)).map((e) => e.importPath)).toEqual([]);
    const found: string[] = [];
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    for (const entry of [...docs, ...stories]) {
      for (const message of await open(page, entry)) found.push(`${entry.title} / ${entry.name}: ${message}`);
    }
    await page.close();
    expect(found).toEqual([]);
  }, 420_000);

  it('has the onboarding checklist and guide turned off', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/index.html`);
    const features = await page.evaluate(() => (window as unknown as { FEATURES: Record<string, unknown> }).FEATURES);
    expect(features.sidebarOnboardingChecklist).toBe(false);
    expect(features.menuOnboardingChecklist).toBe(false);
    await page.close();
  }, 60_000);
});
