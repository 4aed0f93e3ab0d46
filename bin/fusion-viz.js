#!/usr/bin/env node
// In a checkout (src/ present) run the TypeScript sources through tsx, so the command always
// matches the code; in the installed package (no src/) run the built dist/cli.js.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/node.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import(new URL('../dist/cli.js', import.meta.url).href);
}
