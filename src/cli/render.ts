/**
 * `fusion-viz render`: the same layout and renderer as the element, in Node (drawn into the light
 * export DOM of src/render/light-dom.ts; resvg, an optional dependency, rasterises PNG). One file
 * per fusion; batches print a progress line on stderr.
 *
 *   fusion-viz render 'NSF:e.1_20::ALK:e.20_29' -o nsf-alk.svg [--width 1000] [--text-scale K] [--theme light|dark] [--panels genes,protein] [--layout report] [--label 'Case 12']
 *
 * Text scales with --width by default (max(1, width / 700), as the element's toSVG({ width })), so a
 * wide figure printed in a 700-px column keeps print-size text; --text-scale 1 keeps screen size.
 * Caller rows (--input fusions.tsv) draw their read support and any frame disagreement.
 *   fusion-viz render --input fusions.json -o out/ --format png
 */
import { extname, join } from 'node:path';
import { resolveFusion } from '../api';
import { exportTextScale, layoutFusion, MAX_TEXT_SCALE, type FigureEvidence, type PanelName } from '../layout';
import { svgDocument, type Theme } from '../render';
import { svgDocumentPieces } from '../render/document';
import { LightDOMParser } from '../render/light-dom';
import type { Fusion } from '../model/types';
import { figureEvidence } from '../rows';
import { exitCode, formatEntryIssues, jsonEntries, type BatchEntry } from './batch';
import { parseArgs, readBatch, withSequence, type CliIO } from './main';
import { EXIT_UNAVAILABLE, loadResvg, MissingDependencyError } from './optional';
import { ensureFolder, exists, isFolder, writeAtomic, WriteError } from './write';

/** What figures are drawn into: the light export DOM by default (tests may pass linkedom's DOMParser). */
type SvgParser = NonNullable<Parameters<typeof svgDocument>[1]>['DOMParser'];

const PANELS: readonly PanelName[] = ['genes', 'transcript', 'protein'];

export interface RenderOptions {
  width: number;
  theme: Theme;
  panels?: PanelName[];
  layout?: 'screen' | 'report';
  label?: string;
  /** Text size relative to the screen figure; default exportTextScale(width). */
  textScale?: number;
  /** A caller row's evidence, drawn under the title. */
  evidence?: FigureEvidence;
}

const layoutOptions = (o: RenderOptions) => ({
  width: o.width, panels: o.panels, layout: o.layout, label: o.label, textScale: o.textScale ?? exportTextScale(o.width), ...(o.evidence ? { evidence: o.evidence } : {}),
});

/** The standalone SVG for one description, exactly what the element's toSVG() gives at that width. */
export function renderSvg(description: string | object, o: RenderOptions, DOMParser: SvgParser = LightDOMParser): { ok: true; svg: string; label: string; width: number; height: number } | { ok: false; message: string } {
  const r = resolveFusion(description);
  if (!r.ok) return { ok: false, message: r.issues.map((i) => `${i.path}: ${i.message}`).join('; ') };
  const layout = layoutFusion(r.value, layoutOptions(o));
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

/** Render for a resolved Fusion (the batch path resolves rows itself). */
export function renderFusionSvg(fusion: Fusion, o: RenderOptions, DOMParser: SvgParser = LightDOMParser): { svg: string; width: number; height: number } {
  const layout = layoutFusion(fusion, layoutOptions(o));
  const svg = svgDocument(layout, { theme: o.theme, DOMParser });
  return { svg, width: layout.width, height: layout.height };
}

/** What an SVG file of a resolved Fusion holds, as the pieces of its markup (writeAtomic encodes them). */
function renderFusionPieces(fusion: Fusion, o: RenderOptions): string[] {
  return svgDocumentPieces(layoutFusion(fusion, layoutOptions(o)), { theme: o.theme, DOMParser: LightDOMParser });
}

function fail(io: CliIO, message: string, code = 2): number {
  io.err(`fusion-viz render: ${message}\n`);
  return code;
}

/** `0002-BCR-ABL1.svg`: the row's line (or JSON entry), zero-padded so names sort in file order, then the genes. */
export function batchFileName(e: BatchEntry, width: number, format: string): string {
  const n = e.source.line ?? e.source.entry ?? 0;
  const label = (e.fusion?.label ?? 'fusion').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${String(n).padStart(width, '0')}-${label}.${format}`;
}

export async function renderCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, new Set(['input', 'o', 'output', 'width', 'theme', 'panels', 'format', 'input-format', 'scale', 'filter', 'assembly', 'annotation', 'layout', 'label', 'genome', 'transcripts', 'text-scale']), new Set(['overwrite']));
  if (typeof args === 'string') return fail(io, args);
  // --format takes svg|png (output) or a caller format name (input); the two vocabularies do not overlap.
  const formatFlag = args.flags.get('format') as string | undefined;
  const outputFormat = formatFlag === 'svg' || formatFlag === 'png' ? formatFlag : undefined;
  const inputFormat = (args.flags.get('input-format') as string | undefined) ?? (formatFlag && !outputFormat ? formatFlag : undefined);
  const width = Number(args.flags.get('width') ?? 1000);
  if (!Number.isFinite(width) || width < 280 || width > 10000) return fail(io, `--width must be a number of px from 280 to 10000, got ${args.flags.get('width')}`);
  const ts = args.flags.get('text-scale');
  const textScale = ts === undefined ? undefined : Number(ts);
  if (textScale !== undefined && !(Number.isFinite(textScale) && textScale > 0 && textScale <= MAX_TEXT_SCALE)) return fail(io, `--text-scale must be a number above 0 and at most ${MAX_TEXT_SCALE}, got ${ts}`);
  const theme = (args.flags.get('theme') ?? 'light') as string;
  if (theme !== 'light' && theme !== 'dark') return fail(io, `--theme must be light or dark, got ${theme}`);
  const scale = Number(args.flags.get('scale') ?? 2);
  if (!(scale > 0 && scale <= 8)) return fail(io, `--scale must be a number from 0 to 8, got ${args.flags.get('scale')}`);
  const layout = (args.flags.get('layout') ?? 'screen') as string;
  if (layout !== 'screen' && layout !== 'report') return fail(io, `--layout must be screen or report, got ${layout}`);
  const label = typeof args.flags.get('label') === 'string' ? (args.flags.get('label') as string) : undefined;
  let panels: PanelName[] | undefined;
  const p = args.flags.get('panels');
  if (typeof p === 'string') {
    panels = p.split(/[\s,]+/).filter(Boolean) as PanelName[];
    const bad = panels.filter((x) => !PANELS.includes(x));
    if (bad.length || panels.length === 0) return fail(io, `--panels takes ${PANELS.join(', ')} (comma-separated), got ${p}`);
  }
  const out = (args.flags.get('o') ?? args.flags.get('output')) as string | undefined;
  if (!out) return fail(io, 'give the output with -o file.svg, file.png, or a folder for --input batches');
  const batch = await withSequence(args, readBatch(args, inputFormat));
  if (typeof batch === 'string') return fail(io, batch);
  if (batch.kind === 'single' && isFolder(out)) return fail(io, `-o ${out} is a folder: give a file name such as ${join(out, `fusion.${outputFormat ?? 'svg'}`)}`);
  const format = outputFormat ?? (batch.kind === 'batch' ? 'svg' : extname(out).slice(1).toLowerCase());
  if (format !== 'svg' && format !== 'png') return fail(io, `the output must end in .svg or .png (or use --format svg|png), got ${out}`);
  const o = { width, theme, panels, layout, label, ...(textScale !== undefined ? { textScale } : {}) } as RenderOptions;
  try {
    if (format === 'png') await loadResvg();
  } catch (e) {
    if (e instanceof MissingDependencyError) return fail(io, e.message, EXIT_UNAVAILABLE);
    throw e;
  }
  try {
    if (batch.kind === 'single') {
      const [e] = jsonEntries([batch.description], batch.assembly);
      if (!e!.fusion) return fail(io, (e!.issues ?? []).map((i) => `${i.path}: ${i.message}`).join('; '), 1);
      writeAtomic(out, format === 'svg' ? renderFusionPieces(e!.fusion, o) : await svgToPngNode(renderFusionSvg(e!.fusion, o).svg, scale));
      return 0;
    }
    return await renderBatch(batch.entries, out, format, scale, o, args.flags.has('overwrite'), io);
  } catch (e) {
    if (e instanceof WriteError) return fail(io, e.message);
    throw e;
  }
}

async function renderBatch(entries: readonly BatchEntry[], out: string, format: string, scale: number, o: RenderOptions, overwrite: boolean, io: CliIO): Promise<number> {
  ensureFolder(out);
  const numbers = entries.map((e) => e.source.line ?? e.source.entry ?? 0);
  const pad = String(Math.max(0, ...numbers)).length;
  const names = entries.map((e) => join(out, batchFileName(e, pad, format)));
  // Refuse before writing anything: a second run into the same folder must not silently replace figures.
  const clash = entries.map((e, k) => (e.fusion && exists(names[k]!) ? names[k] : undefined)).filter(Boolean);
  if (clash.length > 0 && !overwrite) throw new WriteError(`${clash[0]} already exists${clash.length > 1 ? ` (and ${clash.length - 1} more)` : ''}: use an empty folder or pass --overwrite`);
  for (const [k, e] of entries.entries()) {
    const count = `[${k + 1}/${entries.length}]`;
    if (!e.fusion) {
      io.err(formatEntryIssues(e, `fusion-viz render: ${count}`) + '\n');
      continue;
    }
    const options = e.row ? { ...o, evidence: figureEvidence(e.row) } : o;
    writeAtomic(names[k]!, format === 'svg' ? renderFusionPieces(e.fusion, options) : await svgToPngNode(renderFusionSvg(e.fusion, options).svg, scale));
    io.err(`${count} ${e.where}: ${e.fusion.label} → ${names[k]}\n`);
  }
  const bad = entries.filter((e) => !e.fusion).length;
  io.err(`fusion-viz render: ${entries.length - bad} of ${entries.length} written to ${out}${bad ? `, ${bad} failed (listed above)` : ''}\n`);
  return exitCode(entries);
}
