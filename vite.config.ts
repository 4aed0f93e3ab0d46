/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

// Playwright cannot download its own browsers here: the browser project drives
// the system (Debian) chromium. CHROMIUM_PATH overrides the path if needed.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // window.gc() for the leak test (tests/browser/leak.test.ts).
  '--js-flags=--expose-gc',
  // performance.memory in exact bytes rather than coarse buckets, for the heap-growth assertion.
  '--enable-precise-memory-info',
];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // CI shares a 2-core machine: heavy tests must not fail on Vitest's 5 s default.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Every browser test mounts and paints real diagrams: never held to the 5 s default on a busy machine
          // (heavier ones, e.g. leak.test.ts, set their own).
          testTimeout: 30_000,
          globalSetup: ['tests/setup/check-chromium.ts', 'tests/setup/cli-svg.ts', 'tests/setup/caller-fixtures.ts'],
          browser: {
            enabled: true,
            headless: true,
            // Wide enough for the diagrams the tests mount (960 px), so pointer actions reach every feature.
            viewport: { width: 1280, height: 1000 },
            // Vitest locates an element passed to userEvent by its text by default, which is ambiguous
            // for SVG shapes whose <title>s repeat; every drawn node has a unique data-key.
            locators: { testIdAttribute: 'data-key' },
            provider: playwright({
              launchOptions: {
                executablePath: CHROMIUM_PATH,
                args: CHROMIUM_ARGS,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
