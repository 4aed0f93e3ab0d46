/**
 * tsc writes relative imports in declarations as the sources spell them (`'./fusion-diagram.component'`),
 * which `moduleResolution: node16 | nodenext` rejects in an ESM package: there a relative import
 * must name the file (`'./fusion-diagram.component.js'`, `'./layout/index.js'`). Rewriting the
 * emitted .d.ts files keeps the sources extensionless (bundler style) and the package typed for
 * every resolution mode.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// `from '…'`, `import '…'`, `import('…')`, `export … from '…'`: the specifier in group 2.
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

function withExtension(file: string, specifier: string): string {
  if (/\.(js|mjs|cjs|json)$/.test(specifier)) return specifier;
  const target = resolve(dirname(file), specifier);
  if (existsSync(`${target}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(target, 'index.d.ts'))) return `${specifier.replace(/\/$/, '')}/index.js`;
  throw new Error(`${file}: cannot resolve the declaration import '${specifier}'`);
}

function* declarationFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* declarationFiles(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

/** Rewrites every relative import in the .d.ts files under `dir`; returns how many files changed. */
export function addDeclarationExtensions(dir: string): number {
  let changed = 0;
  for (const file of declarationFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const next = text
      .replace(SPECIFIER, (_, lead: string, quote: string, spec: string) => `${lead}${quote}${withExtension(file, spec)}${quote}`)
      // tsc names lit's internal package for inferred template types; `lit` re-exports them and is
      // the dependency consumers actually have (lit-html is only hoisted by npm, not by pnpm).
      .replace(/import\("lit-html"\)/g, 'import("lit")');
    if (next !== text) {
      writeFileSync(file, next);
      changed++;
    }
  }
  return changed;
}
