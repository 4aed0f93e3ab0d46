import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tokenNames } from '../../src/render/styles';
import { ensureBuilt } from '../support/built';

interface Packed { files: { path: string }[] }
let files: string[] = [];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

beforeAll(() => {
  ensureBuilt();
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  files = (JSON.parse(out) as Packed[])[0]!.files.map((f) => f.path);
}, 180_000);

describe('npm pack', () => {
  it('ships the modules, their declarations, the drop-in file, the CLI and the manifest', () => {
    for (const f of ['dist/fusion-viz.js', 'dist/fusion-viz-cohort.js', 'dist/fusion-viz-sequence.js', 'dist/fusion-viz-annotation-readers.js', 'dist/cli.js', 'dist/esm/index.js', 'dist/esm/register.js', 'dist/types/index.d.ts', 'dist/types/register.d.ts',
      'dist/types/components/fusion-diagram.component.d.ts', 'custom-elements.json', 'bin/fusion-viz.js', 'README.md', 'LICENSE', 'CHANGELOG.md', 'examples/plain.html']) {
      expect(files, f).toContain(f);
    }
  });

  it('ships no tests, sources, stories, fixtures or source maps', () => {
    expect(files.filter((f) => /^(tests|src|stories|scripts|bench|\.storybook)\/|\.test\.|\.map$|__snapshots__/.test(f))).toEqual([]);
  });

  it('every export map target and every side-effect module exists after the build', () => {
    const targets = Object.values(pkg.exports as Record<string, string | Record<string, string>>).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
    for (const t of targets) expect(existsSync(t), t).toBe(true);
    for (const t of pkg.sideEffects as string[]) expect(existsSync(t), t).toBe(true);
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.bin['fusion-viz']).toBe('./bin/fusion-viz.js');
  });

  it('the manifest declares the six tags with their attributes and events', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const decls = manifest.modules.flatMap((m: { declarations?: { tagName?: string; attributes?: { name: string }[]; events?: { name: string }[] }[] }) => m.declarations ?? []).filter((d: { tagName?: string }) => d.tagName);
    expect(decls.map((d: { tagName: string }) => d.tagName).sort()).toEqual(['fusion-cohort', 'fusion-diagram', 'fusion-genes', 'fusion-protein', 'fusion-table', 'fusion-transcript']);
    const diagram = decls.find((d: { tagName: string }) => d.tagName === 'fusion-diagram');
    expect(diagram.attributes.map((a: { name: string }) => a.name)).toEqual(['fusion', 'intron-scale', 'panels', 'assembly', 'annotation-base', 'theme', 'label', 'layout', 'wild-type']);
    expect(diagram.events.map((e: { name: string }) => e.name)).toEqual(['fusion-feature-hover', 'fusion-feature-click', 'fusion-error']);
    const table = decls.find((d: { tagName: string }) => d.tagName === 'fusion-table');
    expect(table.attributes.map((a: { name: string }) => a.name)).toEqual(['src', 'format', 'assembly', 'annotation-base']);
    expect(table.events.map((e: { name: string }) => e.name)).toEqual(['fusion-row-select', 'fusion-error']);
  });

  it('the manifest points at shipped files and declares event detail types and every --fusion-* token', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const paths: string[] = JSON.stringify(manifest).match(/"(path|module)":\s*"[^"]+"/g)!.map((m: string) => m.split('"')[3]!);
    for (const p of paths) expect(files, p).toContain(p);
    const diagram = manifest.modules.flatMap((m: { declarations?: object[] }) => m.declarations ?? []).find((d: { tagName?: string }) => d.tagName === 'fusion-diagram');
    expect(diagram.events.map((e: { type: { text: string } }) => e.type.text)).toEqual(['CustomEvent<FusionFeatureDetail>', 'CustomEvent<FusionFeatureDetail>', 'CustomEvent<FusionErrorDetail>']);
    const properties = diagram.cssProperties.map((c: { name: string }) => c.name);
    for (const n of tokenNames) expect(properties).toContain(`--fusion-${n}`);
    expect(properties).toContain('--fusion-tooltip-background');
    expect(diagram.members.filter((m: { name: string; privacy?: string }) => m.name.startsWith('_') || (m.privacy && m.privacy !== 'public'))).toEqual([]);
    expect(diagram.members.find((m: { name: string }) => m.name === 'intronScale').type.text).toBe('IntronScale | undefined');
  });

  it('ships the React (JSX) and Vue typings entries', () => {
    for (const f of ['types/jsx.d.ts', 'types/jsx.js', 'types/vue.d.ts', 'types/vue.js']) expect(files, f).toContain(f);
  });

  it('the README scripts table lists every npm script', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('| script | what it does |')).split('\n\n')[0]!;
    const missing = Object.keys(pkg.scripts as Record<string, string>).filter((name) =>
      !(name === 'test' ? table.includes('`npm test`') : name === 'pretest' ? table.includes('`pretest`') : table.includes(`npm run ${name}\``) || table.includes(`/ \`${name}\``)));
    expect(missing).toEqual([]);
  });
});
