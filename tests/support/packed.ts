/**
 * The package as a user gets it: `npm pack` of the built checkout, unpacked into a fresh
 * project folder outside the repo, with only what its `dependencies` need linked beside it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ensureBuilt } from './built';

const repo = resolve(process.cwd());

/** Packs the built checkout into a temp folder and returns the tarball's path. */
export function packTarball(): string {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'fv-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return join(dir, (JSON.parse(out) as { filename: string }[])[0]!.filename);
}

const dependencyNames = (pkgDir: string): string[] => Object.keys((JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { dependencies?: object }).dependencies ?? {});

/** Symlinks `name` and, transitively, its `dependencies` (not optional or peer ones) from the repo's node_modules. */
export function linkFromRepo(project: string, names: readonly string[], seen = new Set<string>()): void {
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    const source = join(repo, 'node_modules', name);
    if (!existsSync(source)) throw new Error(`${name} is not installed in the repo's node_modules`);
    const target = join(project, 'node_modules', name);
    mkdirSync(dirname(target), { recursive: true });
    if (!existsSync(target)) symlinkSync(source, target, 'dir');
    linkFromRepo(project, dependencyNames(source), seen);
  }
}

/**
 * A consumer project: `node_modules/fusion-viz` is the unpacked tarball (not a link to the repo,
 * so only shipped files resolve), and its runtime dependencies plus `extra` are linked.
 */
export function consumerProject(tarball: string, extra: readonly string[] = []): string {
  const project = mkdtempSync(join(tmpdir(), 'fv-consumer-'));
  const pkg = join(project, 'node_modules', 'fusion-viz');
  mkdirSync(pkg, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', pkg, '--strip-components=1']);
  linkFromRepo(project, [...dependencyNames(pkg), ...extra]);
  return project;
}
