/**
 * A web developer's install: `npm install` of the packed tarball into an empty project pulls
 * the elements' run-time dependencies only — no native module and no DOM emulation, which
 * the CLI needs none of (it draws into its own light DOM; PNG needs the optional peer
 * @resvg/resvg-js). The CLI answers --version and annotate there, draws SVG, and for PNG says
 * what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packTarball } from '../support/packed';

interface LockEntry { version: string; os?: string[]; cpu?: string[]; hasInstallScript?: boolean; optional?: boolean; peer?: boolean }
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; peerDependencies: Record<string, string> };
const DOM_OR_NATIVE = /(^|\/)(linkedom|jsdom|happy-dom|domino|canvas|sharp|@resvg\/.*|@napi-rs\/.*)$/;

let project = '';
let installed: [string, LockEntry][] = [];

beforeAll(() => {
  const tarball = packTarball();
  project = mkdtempSync(join(tmpdir(), 'fv-install-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'web-app', private: true, type: 'module' }));
  execFileSync('npm', ['install', tarball, '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--loglevel=error'], { cwd: project, stdio: 'ignore' });
  const lock = JSON.parse(readFileSync(join(project, 'node_modules/.package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  installed = Object.entries(lock.packages).map(([path, entry]) => [path.replace(/^.*node_modules\//, ''), entry]);
}, 300_000);

/** The same figure drawn by the repository's own build (dist/cli.js), to compare the installed package's with. */
function cliSvgInRepo(): string {
  const file = join(project, 'repo-nsf-alk.svg');
  execFileSync(process.execPath, [resolve('dist/cli.js'), 'render', 'NSF:e.1_20::ALK:e.20_29', '-o', file]);
  return file;
}

const cli = (...args: string[]) => spawnSync(process.execPath, [join(project, 'node_modules/fusion-viz/bin/fusion-viz.js'), ...args], { cwd: project, encoding: 'utf8' });

/** Files ending in `.node` (compiled addons) anywhere in the project's node_modules. */
function nativeAddons(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.node')).map((e) => join(e.parentPath, e.name));
}

describe('npm install of the packed tarball into an empty project', () => {
  it('pulls no native or DOM-emulation package (the rasteriser is an optional peer)', () => {
    const names = installed.map(([name]) => name);
    expect(names).toContain('fusion-viz');
    expect(names).toContain('lit');
    expect(names.filter((n) => DOM_OR_NATIVE.test(n))).toEqual([]);
    expect(installed.filter(([, e]) => e.os || e.cpu || e.hasInstallScript).map(([n]) => n)).toEqual([]);
    expect(nativeAddons(join(project, 'node_modules'))).toEqual([]);
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(['@resvg/resvg-js']);
    console.log(`browser install: ${names.length - 1} packages besides the project (${names.filter((n) => n !== 'fusion-viz').join(', ')})`);
  });

  it('the installed CLI prints its version and annotates without the drawing dependencies', () => {
    const version = cli('--version');
    expect(version.stdout.trim()).toBe(`fusion-viz ${pkg.version}`);
    const annotate = cli('annotate', 'NSF:e.1_20::ALK:e.20_29');
    expect(annotate.status, annotate.stderr).toBe(0);
    const report = JSON.parse(annotate.stdout) as { fivePrime: { gene: string }; threePrime: { gene: string } };
    expect([report.fivePrime.gene, report.threePrime.gene]).toEqual(['NSF', 'ALK']);
  }, 60_000);

  it('render draws SVG with no optional dependency, and for PNG names the missing rasteriser and the command that installs it', () => {
    const out = join(project, 'nsf-alk.svg');
    const drawn = cli('render', 'NSF:e.1_20::ALK:e.20_29', '-o', out);
    expect(drawn.status, drawn.stderr).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg.slice(0, 200)).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('data-id="ALK:exon:20"');
    expect(svg).toBe(readFileSync(cliSvgInRepo(), 'utf8'));
    const png = join(project, 'nsf-alk.png');
    const missing = cli('render', 'NSF:e.1_20::ALK:e.20_29', '-o', png);
    expect(missing.status).toBe(69);
    expect(missing.stderr).toMatch(/needs the optional dependency @resvg\/resvg-js.*npm install @resvg\/resvg-js/);
    expect(existsSync(png)).toBe(false);
  }, 60_000);
});
