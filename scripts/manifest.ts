/**
 * custom-elements.json, the elements' declared API for Storybook, editors and other tools:
 * the analyzer reads the components' JSDoc and static properties, then this script
 *   - points every path at the shipped modules (`dist/esm/…js`) instead of `src/…ts`,
 *   - keeps only the public API (no `_private`, private or protected members),
 *   - gives each event its type with the detail's fields, read from src/components/events.ts,
 *   - declares every `--fusion-*` custom property: the render tokens (light and dark default)
 *     and the element's chrome properties documented with `@cssproperty`.
 * Run by `npm run build` and by Storybook's config, so a clean clone needs no extra step.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
// Extension spelled out: .storybook/main.ts imports this module as native ESM.
import { TOKENS, tokenNames } from '../src/render/styles.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Named { name: string; description?: string; privacy?: string; static?: boolean; [k: string]: unknown }
interface Declaration extends Named {
  kind: string;
  tagName?: string;
  members?: Named[];
  events?: (Named & { type?: { text: string } })[];
  cssProperties?: (Named & { default?: string })[];
}
interface Export { kind: string; name: string; declaration: { name: string; module?: string } }
interface Manifest { modules: { path: string; declarations?: Declaration[]; exports?: Export[] }[] }

/** `FusionFeatureDetail` → `{ readonly id: string; … }`, as written in events.ts. */
function interfaceShapes(file: string): Map<string, string> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
  const shapes = new Map<string, string>();
  const aliases = new Map<string, string>();
  source.forEachChild((node) => {
    if (ts.isTypeAliasDeclaration(node) && !ts.isTypeReferenceNode(node.type)) aliases.set(node.name.text, node.type.getText(source));
    if (!ts.isInterfaceDeclaration(node)) return;
    const members = node.members.map((m) => printer.printNode(ts.EmitHint.Unspecified, m, source).replace(/;$/, ''));
    shapes.set(node.name.text, `{ ${members.join('; ')} }`);
  });
  // Spell out literal unions (`kind: 'exon' | 'intron' | …`): a reader of the docs table sees the values.
  for (const [name, shape] of shapes) shapes.set(name, shape.replace(/\b\w+\b/g, (w) => aliases.get(w) ?? w));
  return shapes;
}

/** Event name → detail interface, from the global `HTMLElementEventMap` augmentation in events.ts. */
function eventDetails(file: string): Map<string, string> {
  const text = readFileSync(file, 'utf8');
  const aliases = new Map([...text.matchAll(/export type (\w+) = CustomEvent<(\w+)>/g)].map((m) => [m[1]!, m[2]!]));
  const events = new Map<string, string>();
  for (const m of text.matchAll(/'([a-z-]+)': (\w+);/g)) events.set(m[1]!, aliases.get(m[2]!) ?? m[2]!);
  return events;
}

const isPublic = (m: Named) => !m.name.startsWith('_') && m.privacy !== 'private' && m.privacy !== 'protected';

/** Rewrites `src/x/y.ts` and `/src/x/y` (the analyzer writes both) to the shipped `dist/esm/x/y.js`. */
function shipped(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/^\/?src\/(.+?)(\.ts)?$/, 'dist/esm/$1.js');
  if (Array.isArray(value)) return value.map(shipped);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'description' || k === 'summary' ? v : shipped(v)]));
  return value;
}

function tokenProperty(name: (typeof tokenNames)[number], documented?: string): Named & { default: string } {
  const [light, dark] = TOKENS[name];
  const defaults = light === dark ? `Default: \`${light}\`.` : `Default: \`${light}\` (dark theme: \`${dark}\`).`;
  return { name: `--fusion-${name}`, description: documented ? `${documented.replace(/\s*Default:.*$/, '')} ${defaults}` : defaults, default: light };
}

export function buildManifest(): Manifest {
  const out = mkdtempSync(join(tmpdir(), 'fv-cem-'));
  try {
    // `packagejson: false`: the analyzer would otherwise point package.json's `customElements` at the temp folder.
    const config = join(out, 'cem.config.mjs');
    writeFileSync(config, 'export default { packagejson: false };\n');
    execFileSync(process.execPath, [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--litelement', '--quiet',
      '--config', config, '--globs', 'src/components/*.ts', '--outdir', relative(root, out)], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')) as Manifest;
    // Event maps: events.ts, and any element that declares its own events (cohort, table).
    const files = [join(root, 'src/components/events.ts'), ...readdirSync(join(root, 'src/components')).filter((f) => f.endsWith('.component.ts')).map((f) => join(root, 'src/components', f))];
    const shapes = new Map(files.flatMap((f) => [...interfaceShapes(f)]));
    const details = new Map(files.flatMap((f) => [...eventDetails(f)]));
    for (const mod of manifest.modules) {
      // The registration modules' `export type { … } from './events'` are types only, not run-time exports.
      mod.exports = mod.exports?.filter((e) => !e.declaration.module?.startsWith('.'));
      for (const decl of mod.declarations ?? []) {
        if (decl.members) decl.members = decl.members.filter(isPublic);
        if (!decl.tagName) continue;
        for (const event of decl.events ?? []) {
          const detail = details.get(event.name);
          if (!detail) throw new Error(`custom-elements.json: event ${event.name} is in no HTMLElementEventMap of src/components (events.ts or the element's own file)`);
          event.type = { text: `CustomEvent<${detail}>` };
          event.description = `${event.description?.replace(/^`CustomEvent<[^`]*>`:\s*/, '') ?? ''} Detail: \`${shapes.get(detail) ?? detail}\`.`.trim();
        }
        const documented = new Map((decl.cssProperties ?? []).map((p) => [p.name, p]));
        const fromTokens = tokenNames.map((n) => tokenProperty(n, documented.get(`--fusion-${n}`)?.description));
        const chrome = [...documented.values()].filter((p) => !fromTokens.some((t) => t.name === p.name));
        decl.cssProperties = [...fromTokens, ...chrome];
      }
    }
    return shipped(manifest) as Manifest;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Writes custom-elements.json at the package root (where package.json's `customElements` points). */
export function writeManifest(): string {
  const file = join(root, 'custom-elements.json');
  writeFileSync(file, JSON.stringify(buildManifest(), null, 2) + '\n');
  return file;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) console.log(`wrote ${relative(root, writeManifest())}`);
