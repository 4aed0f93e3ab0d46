#!/usr/bin/env node
// The built CLI (dist/cli.js, from `npm run build`) when present; otherwise the TypeScript
// sources through tsx, so `npx fusion-viz` works in a fresh checkout after `npm ci`.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/node.ts', import.meta.url).href);
}
