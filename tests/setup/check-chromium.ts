// Vitest globalSetup for the `browser` project: fail early and clearly when the
// system chromium that Playwright is told to drive is not installed.
import { accessSync, constants } from 'node:fs';

export default function checkChromium(): void {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `[fusion-viz] Browser tests need Chromium at ${path}, but it is missing or not executable.\n` +
        '  Install it with: apt-get update && apt-get install -y chromium\n' +
        '  (or point CHROMIUM_PATH at another Chromium binary; run only node tests with: npm run test:node)',
    );
  }
}
