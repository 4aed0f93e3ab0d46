// Vitest globalSetup for the `browser` project: renders reference SVGs with the Node CLI, so a
// browser test can check that the element's toSVG() is the same document (one drawing path).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

export const CLI_CASES = [
  { name: 'nsf-alk-960', fusion: 'NSF:e.1_20::ALK:e.20_29', width: 960 },
  { name: 'eml4-alk-700', fusion: 'EML4:e.13::ALK:e.20', width: 700 },
];

export default function renderWithCli(): void {
  mkdirSync('tests/browser/.generated', { recursive: true });
  for (const c of CLI_CASES) {
    execFileSync(process.execPath, ['bin/fusion-viz.js', 'render', c.fusion, '--width', String(c.width), '-o', `tests/browser/.generated/${c.name}.svg`]);
  }
}
