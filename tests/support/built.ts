/** Makes sure `npm run build` output exists (npm test builds first via `pretest`; a bare vitest run may not). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function ensureBuilt(): void {
  if (!existsSync('dist/fusion-viz.js') || !existsSync('dist/cli.js')) {
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  }
}
