import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/register';
import { defaultAnnotation } from '../src/annotation/bundled';
import { readCallerFile } from '../src/formats/callers';
import { exportTextScale, layoutFusion } from '../src/layout';
import { svgDocument } from '../src/render';
import { figureEvidence, resolveCallerFile, type ResolvedCallerRow } from '../src/rows';
import fusionCatcher from '../../shared/callers/fusioncatcher/fusor-final-list_candidate-fusion-genes.txt?raw';

interface EvidenceArgs {
  /** Line of the FusionCatcher file. */
  line: number;
  width: number;
  theme: 'light' | 'dark';
}

const file = readCallerFile(fusionCatcher)!;
const rows = new Map<number, ResolvedCallerRow>();
/** One row of the file resolved on its own (its genes are among the embedded ones, so no shard is fetched). */
function row(line: number): ResolvedCallerRow {
  let r = rows.get(line);
  if (!r) rows.set(line, (r = resolveCallerFile({ ...file, rows: file.rows.filter((x) => x.line === line) }, defaultAnnotation('GRCh38'))[0]!));
  return r;
}

/**
 * A caller row drawn with what the caller says of it: the read-support line under the title, and,
 * when the caller's frame call differs from the computed one, a note with both calls and the likely
 * reason (never one of them silently). On the element: `el.evidence = { support, frameNote }`
 * (`<fusion-table>` passes its selected row's); from the command line, `render --input <caller file>`
 * draws every row's.
 *
 * Under it, the exported figure with the **junction-sequence strip**: 30 nt each side of the junction
 * from FusionCatcher's `Fusion_sequence`, coloured by partner, codons of the computed frame with
 * their amino acid, the junction marked, a stop codon highlighted and named, and the source. Out of
 * frame with a stop in the sequence, the frameshift is drawn to that stop. (The model fills
 * `fusion.sequence` from the caller's sequence, or from a genome given with `--genome`.)
 */
const meta: Meta<EvidenceArgs> = {
  title: 'Caller files/Evidence on the figure',
  component: 'fusion-diagram',
  tags: ['autodocs'],
  args: { width: 700, theme: 'light' },
  argTypes: {
    line: { control: false, description: 'Line of `fusor-final-list_candidate-fusion-genes.txt` (FusionCatcher).' },
    width: { control: { type: 'range', min: 360, max: 1600, step: 20 }, description: 'Width of the figure.' },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => {
    const r = row(args.line);
    if (!r.fusion) return html`<p>Line ${args.line}: ${(r.issues ?? []).map((i) => `${i.path}: ${i.message}`).join('; ')}</p>`;
    const evidence = figureEvidence(r);
    const fusion = r.fusion;
    const svg = svgDocument(layoutFusion(fusion, { width: args.width, evidence, textScale: exportTextScale(args.width) }), { theme: args.theme });
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    return html`<div style="width:${args.width}px;max-width:100%">
      <p><strong>&lt;fusion-diagram&gt;</strong> with <code>.evidence</code> (line ${r.line}):</p>
      <fusion-diagram .description=${r.input} .evidence=${evidence} theme=${args.theme}></fusion-diagram>
      ${fusion.sequence ? html`<p><strong>Exported SVG</strong> with the junction sequence (${fusion.sequence.source}):</p>
        <img src=${url} width=${args.width} alt=${`${r.fusion.label} figure with the junction sequence`} />` : nothing}
    </div>`;
  },
};
export default meta;

type Story = StoryObj<EvidenceArgs>;

export const InFrame: Story = { args: { line: 3 }, name: 'EML4::ALK, in frame (FusionCatcher agrees)' };
export const FrameshiftToStop: Story = { args: { line: 2 }, name: 'ALK::EML4 (reciprocal), out of frame: the stop codon spans the junction' };
export const IntronicFrameshift: Story = { args: { line: 5 }, name: 'EML4::ALK from intronic breakpoints: a stop 11 codons after the junction' };
export const FrameCallsDiffer: Story = { args: { line: 50 }, name: "ROS1::CD74: FusionCatcher's frame call differs from the computed one" };
