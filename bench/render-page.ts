/**
 * Browser side of bench/render.ts, bundled by vite: mounts ALK fusion diagrams and times them
 * against inserting the same final SVG markup with innerHTML, in the same page and run.
 */
import '../src/register';
import type { FusionDiagram } from '../src/components/fusion-diagram.component';
import { alkPartnerFixtures } from '../tests/fixtures/fusions';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function freshHost(): HTMLElement {
  document.body.replaceChildren();
  const host = document.createElement('div');
  host.style.width = '960px';
  document.body.append(host);
  return host;
}

async function mountDiagrams(count: number): Promise<{ ms: number; markup: string[] }> {
  const fixtures = alkPartnerFixtures();
  const host = freshHost();
  const t0 = performance.now();
  const els: FusionDiagram[] = [];
  for (let i = 0; i < count; i++) {
    const el = document.createElement('fusion-diagram');
    el.fusion = fixtures[i % fixtures.length].description as string;
    host.append(el);
    els.push(el);
  }
  await Promise.all(els.map((el) => el.updateComplete));
  host.getBoundingClientRect();
  const ms = performance.now() - t0;
  const markup = els.map((el) => el.shadowRoot!.querySelector('svg')!.outerHTML);
  if (markup.some((m) => !m.includes('data-id'))) throw new Error('bench: a diagram drew nothing');
  return { ms, markup };
}

async function insertMarkup(markup: string[]): Promise<number> {
  const host = freshHost();
  await frame();
  const t0 = performance.now();
  host.innerHTML = markup.map((m) => `<div>${m}</div>`).join('');
  host.getBoundingClientRect();
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median over `rounds` of mounting `count` diagrams and of inserting their final markup. */
export async function benchRenderInPage(count = 100, rounds = 7): Promise<{ mountMs: number; markupMs: number; count: number }> {
  const mounts: number[] = [];
  const inserts: number[] = [];
  await mountDiagrams(count); // warm-up: JIT, style sheets, annotation parse
  for (let r = 0; r < rounds; r++) {
    const { ms, markup } = await mountDiagrams(count);
    mounts.push(ms);
    await frame();
    inserts.push(await insertMarkup(markup));
    await frame();
  }
  document.body.replaceChildren();
  return { mountMs: median(mounts), markupMs: median(inserts), count };
}

(window as unknown as { benchRenderInPage: typeof benchRenderInPage }).benchRenderInPage = benchRenderInPage;
