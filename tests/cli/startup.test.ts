/**
 * The built CLI loads d3, the renderer and the rasteriser only when it draws, and no DOM
 * emulation at all (figures go into the light export DOM): `--help`, `--version` and `annotate`
 * start with the CLI's own modules alone (start-up is most of the cost of one command), and
 * `--help` / `--version` not even the annotation. Counted with a module-load hook, not timed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/built';

let dir = '';
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'fv-startup-'));
  writeFileSync(join(dir, 'hooks.mjs'), "import { appendFileSync } from 'node:fs';\nlet log;\nexport function initialize(data) { log = data.log; }\n" +
    "export async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(log, url + '\\n'); return next(url, context); }\n");
  writeFileSync(join(dir, 'count.mjs'), "import { register } from 'node:module';\n" +
    `register(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)}, { data: { log: process.env.FV_MODULE_LOG } });\n`);
}, 180_000);

/** Every file: URL a CLI command loads. */
function filesLoaded(name: string, ...args: string[]): string[] {
  const log = join(dir, `${name}.log`);
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'count.mjs')).href, resolve('dist/cli.js'), ...args], {
    encoding: 'utf8', env: { ...process.env, FV_MODULE_LOG: log }, cwd: dir,
  });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

/** The node_modules packages a CLI command loads (files of the package itself excluded). */
function packagesLoaded(name: string, ...args: string[]): string[] {
  const urls = filesLoaded(name, ...args);
  return [...new Set(urls.map((u) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u)?.[1]).filter((p): p is string => !!p))].sort();
}

describe('CLI start-up', () => {
  it('--help, --version and annotate load no package from node_modules', () => {
    expect(packagesLoaded('help', '--help')).toEqual([]);
    expect(packagesLoaded('version', '--version')).toEqual([]);
    expect(packagesLoaded('annotate', 'annotate', 'NSF:e.1_20::ALK:e.20_29')).toEqual([]);
  }, 60_000);

  it('--help and --version load only the entry chunk and the usage text, not the model or the annotation', () => {
    for (const flag of ['--help', '--version']) {
      const files = filesLoaded(flag, flag).map((u) => u.replace(/^.*\/dist\//, 'dist/'));
      expect(files.filter((f) => f.startsWith('dist/')).map((f) => f.replace(/-[\w-]{8}\.js$/, '.js')).sort(), flag).toEqual(['dist/cli.js', 'dist/cli/usage.js']);
    }
  }, 60_000);

  it('render loads d3 when it draws, no DOM emulation, and no rasteriser for SVG', () => {
    const loaded = packagesLoaded('render', 'render', 'NSF:e.1_20::ALK:e.20_29', '-o', join(dir, 'nsf-alk.svg'));
    expect(loaded).toContain('d3-selection');
    expect(loaded.filter((p) => /^(linkedom|jsdom|happy-dom)$/.test(p))).toEqual([]);
    expect(loaded.filter((p) => p.startsWith('@resvg'))).toEqual([]);
  }, 60_000);
});
