// Vitest globalSetup for the `browser` project: renders reference SVGs with the Node CLI, so a
// browser test can check that the element's toSVG() is the same document (one drawing path).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

// `--text-scale 1`: the figure as the element shows it (toSVG() with no options); the default
// text scale at 1400 px is what toSVG({ width: 1400 }) gives.
export const CLI_CASES = [
  { name: 'nsf-alk-960', fusion: 'NSF:e.1_20::ALK:e.20_29', width: 960, args: ['--text-scale', '1'] },
  { name: 'eml4-alk-700', fusion: 'EML4:e.13::ALK:e.20', width: 700, args: [] },
  { name: 'eml4-alk-1400', fusion: 'EML4:e.13::ALK:e.20', width: 1400, args: [] },
];

export default function renderWithCli(): void {
  mkdirSync('tests/browser/.generated', { recursive: true });
  for (const c of CLI_CASES) {
    execFileSync(process.execPath, ['bin/fusion-viz.js', 'render', c.fusion, '--width', String(c.width), ...c.args, '-o', `tests/browser/.generated/${c.name}.svg`]);
  }
}
