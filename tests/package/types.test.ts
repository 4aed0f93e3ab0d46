/**
 * The packed package type-checks in a consumer project under each module resolution a
 * TypeScript user may have (nodenext, node16, bundler), with `skipLibCheck` off so the
 * shipped declarations are checked too, and for React (TSX) and Vue typings.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerProject, packTarball } from '../support/packed';

let project = '';
const files = ['elements.ts', 'react.tsx', 'vue.ts'];
const entries = ['fusion-diagram', 'fusion-genes', 'fusion-transcript', 'fusion-protein'].map((t) => `entry-${t}.ts`);

beforeAll(() => {
  project = consumerProject(packTarball(), ['@types/react']);
  cpSync(join(import.meta.dirname, 'consumer'), join(project, 'src'), { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // Vue is not installed here: a stand-in declares the two interfaces the typings use.
  mkdirSync(join(project, 'node_modules/vue'), { recursive: true });
  writeFileSync(join(project, 'node_modules/vue/package.json'), JSON.stringify({ name: 'vue', version: '3.5.0', types: 'index.d.ts' }));
  writeFileSync(join(project, 'node_modules/vue/index.d.ts'), 'export interface GlobalComponents {}\nexport interface HTMLAttributes { class?: unknown; style?: unknown; id?: string }\n');
}, 180_000);

const MODES = {
  nodenext: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext },
  node16: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 },
  bundler: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
} as const;

// lib.dom and the package's declarations are parsed once for all programs.
const cache = new Map<string, ts.SourceFile | undefined>();
function check(mode: keyof typeof MODES, names: readonly string[]): string[] {
  const options: ts.CompilerOptions = {
    ...MODES[mode], target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: true, noEmit: true, skipLibCheck: false, jsx: ts.JsxEmit.ReactJSX, types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) => {
    const key = `${file}|${JSON.stringify(language)}`;
    if (!cache.has(key)) cache.set(key, getSourceFile(file, language, ...rest));
    return cache.get(key);
  };
  const program = ts.createProgram(names.map((n) => join(project, 'src', n)), options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.replace(project, '')}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : '';
    return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
}

describe('the packed package in a TypeScript consumer', () => {
  for (const mode of Object.keys(MODES) as (keyof typeof MODES)[]) {
    it(`types the elements, their properties, events and JSX/Vue props under moduleResolution ${mode}`, () => {
      expect(check(mode, files)).toEqual([]);
    }, 60_000);
  }

  it('loads the event types from each element entry alone (nodenext)', () => {
    for (const entry of entries) expect(check('nodenext', [entry]), entry).toEqual([]);
  }, 60_000);

  it('reports a wrong attribute value as an error (the checks are not vacuous)', () => {
    writeFileSync(join(project, 'src/wrong.ts'), "import 'fusion-viz/fusion-diagram';\ndocument.createElement('fusion-diagram').intronScale = 'linear';\n");
    expect(check('nodenext', ['wrong.ts']).join('\n')).toMatch(/"linear"' is not assignable to type 'IntronScale/);
  }, 60_000);
});
