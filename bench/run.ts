/**
 * `npm run bench`: every benchmark of the project, reported as rates and as ratios measured in
 * the same run (never pass/fail). Each part is a module in bench/ exporting one function.
 */
import { existsSync } from 'node:fs';
import { benchModel } from './model';

const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const m = benchModel();
console.log(`model: ${fmt(m.perSecond)} descriptions/s over ${m.descriptions} ALK fusion descriptions ` +
  `(parse alone: ${fmt(m.parsePerSecond)}/s; resolving costs ${fmt(m.ratioToParse, 1)}× parsing)`);

// Later parts (render in Chromium, bundle size) register here when their modules exist.
for (const part of ['cli', 'annotation', 'callers', 'cohort', 'render', 'heap', 'size']) {
  const file = new URL(`./${part}.ts`, import.meta.url);
  if (!existsSync(file)) continue;
  const mod = (await import(file.href)) as { default?: () => Promise<string> | string };
  if (typeof mod.default === 'function') console.log(`${part}: ${await mod.default()}`);
}
