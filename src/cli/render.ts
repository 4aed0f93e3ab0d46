/**
 * `fusion-viz render`: the same layout and renderer as the element, in Node (linkedom gives the
 * DOM, resvg rasterises PNG). One file per fusion; batches print a progress line on stderr.
 *
 *   fusion-viz render 'NSF:e.1_20::ALK:e.20_29' -o nsf-alk.svg [--width 1000] [--theme light|dark] [--panels genes,protein]
 *   fusion-viz render --input fusions.json -o out/ --format png
 *
 * linkedom and resvg are optional peer dependencies, loaded here only when a figure is drawn
 * (src/cli/optional.ts); a missing one is reported with the command to install it (exit 69).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { resolveFusion } from '../api';
import { layoutFusion, type PanelName } from '../layout';
import { svgDocument, type Theme } from '../render';
import { parseArgs, readDescriptions, type CliIO } from './main';
import { EXIT_UNAVAILABLE, loadLinkedom, loadResvg, MissingDependencyError } from './optional';

type SvgParser = NonNullable<Parameters<typeof svgDocument>[1]>['DOMParser'];

const PANELS: readonly PanelName[] = ['genes', 'transcript', 'protein'];

export interface RenderOptions {
  width: number;
  theme: Theme;
  panels?: PanelName[];
}

/** The standalone SVG for one description, exactly what the element's toSVG() gives at that width. */
export function renderSvg(description: string | object, o: RenderOptions, DOMParser: SvgParser): { ok: true; svg: string; label: string; width: number; height: number } | { ok: false; message: string } {
  const r = resolveFusion(description);
  if (!r.ok) return { ok: false, message: r.issues.map((i) => `${i.path}: ${i.message}`).join('; ') };
  const layout = layoutFusion(r.value, { width: o.width, panels: o.panels });
  const svg = svgDocument(layout, { theme: o.theme, DOMParser });
  return { ok: true, svg, label: r.value.label, width: layout.width, height: layout.height };
}

export async function svgToPngNode(svg: string, scale: number): Promise<Buffer> {
  const { Resvg } = await loadResvg();
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  }).render();
  return png.asPng();
}

function isArrayFile(path: string): boolean {
  try {
    return Array.isArray(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return false;
  }
}

function fail(io: CliIO, message: string, code = 2): number {
  io.err(`fusion-viz render: ${message}\n`);
  return code;
}

export async function renderCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, new Set(['input', 'o', 'output', 'width', 'theme', 'panels', 'format', 'scale']));
  if (typeof args === 'string') return fail(io, args);
  const descriptions = readDescriptions(args);
  if (typeof descriptions === 'string') return fail(io, descriptions);
  const width = Number(args.flags.get('width') ?? 1000);
  if (!Number.isFinite(width) || width < 280 || width > 10000) return fail(io, `--width must be a number of px from 280 to 10000, got ${args.flags.get('width')}`);
  const theme = (args.flags.get('theme') ?? 'light') as string;
  if (theme !== 'light' && theme !== 'dark') return fail(io, `--theme must be light or dark, got ${theme}`);
  const scale = Number(args.flags.get('scale') ?? 2);
  if (!(scale > 0 && scale <= 8)) return fail(io, `--scale must be a number from 0 to 8, got ${args.flags.get('scale')}`);
  let panels: PanelName[] | undefined;
  const p = args.flags.get('panels');
  if (typeof p === 'string') {
    panels = p.split(/[\s,]+/).filter(Boolean) as PanelName[];
    const bad = panels.filter((x) => !PANELS.includes(x));
    if (bad.length || panels.length === 0) return fail(io, `--panels takes ${PANELS.join(', ')} (comma-separated), got ${p}`);
  }
  const out = (args.flags.get('o') ?? args.flags.get('output')) as string | undefined;
  if (!out) return fail(io, 'give the output with -o file.svg, file.png, or a folder for --input batches');
  // An --input file holding an array is a batch (one file per fusion into a folder), whatever its length.
  const batch = descriptions.length > 1 || (typeof args.flags.get('input') === 'string' && isArrayFile(args.flags.get('input') as string));
  const format = (args.flags.get('format') as string | undefined) ?? (batch ? 'svg' : extname(out).slice(1).toLowerCase());
  if (format !== 'svg' && format !== 'png') return fail(io, `the output must end in .svg or .png (or use --format svg|png), got ${out}`);
  let DOMParser: SvgParser;
  try {
    DOMParser = (await loadLinkedom()).DOMParser as unknown as SvgParser;
    if (format === 'png') await loadResvg();
  } catch (e) {
    if (e instanceof MissingDependencyError) return fail(io, e.message, EXIT_UNAVAILABLE);
    throw e;
  }
  if (batch) mkdirSync(out, { recursive: true });
  let failures = 0;
  for (const [k, d] of descriptions.entries()) {
    const r = renderSvg(d, { width, theme, panels }, DOMParser);
    if (!r.ok) {
      failures++;
      io.err(`fusion-viz render: ${batch ? `[${k + 1}/${descriptions.length}] ` : ''}${r.message}\n`);
      continue;
    }
    const file = batch ? join(out, `${String(k + 1).padStart(String(descriptions.length).length, '0')}-${r.label.replace(/[^A-Za-z0-9]+/g, '-')}.${format}`) : out;
    writeFileSync(file, format === 'svg' ? r.svg : await svgToPngNode(r.svg, scale));
    if (batch) io.err(`[${k + 1}/${descriptions.length}] ${r.label} → ${file}\n`);
  }
  return failures === 0 ? 0 : 1;
}
