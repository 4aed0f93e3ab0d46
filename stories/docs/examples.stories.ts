/**
 * The live examples of the guide pages (stories/docs/*.mdx). They are not in the sidebar (`!dev`)
 * and have no page of their own (`!autodocs`): each is shown by the guide that explains it.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { FusionDiagram } from '../../src/components/fusion-diagram.component';
import { nsfAlkDnaDescription } from '../../tests/fixtures/fusions';
import { darkBackground, darkTokenDeclarations } from '../story-helpers';
import '../../src/register';

const meta: Meta = {
  title: 'Guide examples',
  tags: ['!dev', '!autodocs'],
  parameters: { docs: { source: { type: 'code' } } },
};
export default meta;

type Story = StoryObj;

/** Source shown under a canvas: the markup a page author writes, not Storybook's wrapper. */
const source = (code: string) => ({ docs: { source: { code, language: 'html' } } });

export const PlainPage: Story = {
  render: () => html`<fusion-diagram fusion="NSF:e.1_20::ALK:e.20_29"></fusion-diagram>`,
  parameters: source('<fusion-diagram fusion="NSF:e.1_20::ALK:e.20_29"></fusion-diagram>'),
};

// ------------------------------------------------------------------ Descriptions

/** What the element made of the description: its issues, or the normalised nomenclature, frame and warnings. */
function report(el: FusionDiagram): string {
  if (el.issues.length > 0) return el.issues.map((i) => `${i.path}: ${i.message}`).join('\n');
  const r = el.result;
  if (!r) return 'Nothing to draw yet.';
  const lines = [
    `nomenclature  ${r.nomenclature}`,
    `frame         ${r.frame}${r.proteinLength ? ` (${r.proteinLength.toLocaleString('en-US')} aa)` : ''}`,
    `evidence      ${r.evidence}`,
    ...r.warnings.map((w) => `warning       ${w}`),
  ];
  return lines.join('\n');
}

async function showReport(el: FusionDiagram): Promise<void> {
  await customElements.whenDefined('fusion-diagram');
  await el.updateComplete;
  const out = el.parentElement?.querySelector('.fv-try-report');
  if (out) out.textContent = report(el);
}

function onTry(e: SubmitEvent): void {
  e.preventDefault();
  const form = e.currentTarget as HTMLFormElement;
  const text = (form.elements.namedItem('description') as HTMLInputElement).value;
  const el = form.parentElement!.querySelector('fusion-diagram')!;
  el.fusion = text;
  void showReport(el);
}

export const TryADescription: Story = {
  render: () => html`
    <div class="fv-try">
      <style>
        .fv-try form { display: flex; gap: 8px; margin: 0 0 12px; font: 14px system-ui, sans-serif; flex-wrap: wrap; align-items: center; }
        .fv-try input { flex: 1 1 24rem; font: 13px ui-monospace, SFMono-Regular, Menlo, monospace; padding: 6px 8px; }
        .fv-try button { font: inherit; padding: 6px 12px; }
        .fv-try-report { font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; white-space: pre-wrap; margin: 12px 0 0;
          padding: 8px 12px; background: #f6f8fa; color: #1f2328; border-radius: 4px; }
      </style>
      <form @submit=${onTry}>
        <label for="fv-try-input">Description</label>
        <input id="fv-try-input" name="description" value="EML4:e.13::ALK:e.20" spellcheck="false" autocomplete="off" />
        <button type="submit">Draw</button>
      </form>
      <fusion-diagram fusion="EML4:e.13::ALK:e.20" ${ref((el) => el && void showReport(el as FusionDiagram))}></fusion-diagram>
      <pre class="fv-try-report"></pre>
    </div>
  `,
  parameters: source(`<fusion-diagram fusion="EML4:e.13::ALK:e.20"></fusion-diagram>
<script type="module">
  const el = document.querySelector('fusion-diagram');
  await el.updateComplete;
  console.log(el.issues.length ? el.issues : el.result); // the fusion-viz annotate report
</script>`),
};

export const Offsets: Story = {
  render: () => html`<fusion-transcript fusion="NM_152263.4(TPM3):e.8-66::NM_002609.4(PDGFRB):e.11+2"></fusion-transcript>`,
  parameters: source('<fusion-transcript fusion="NM_152263.4(TPM3):e.8-66::NM_002609.4(PDGFRB):e.11+2"></fusion-transcript>'),
};

export const Linker: Story = {
  render: () => html`<fusion-transcript fusion="NM_004327.4(BCR):e.2+182::ACTAAAGCG::NM_005157.6(ABL1):e.2-173"></fusion-transcript>`,
  parameters: source('<fusion-transcript fusion="NM_004327.4(BCR):e.2+182::ACTAAAGCG::NM_005157.6(ABL1):e.2-173"></fusion-transcript>'),
};

export const GeneOnly: Story = {
  render: () => html`<fusion-diagram fusion="?(::)ALK(hgnc:427)"></fusion-diagram>`,
  parameters: source('<fusion-diagram fusion="?(::)ALK(hgnc:427)"></fusion-diagram>'),
};

const dnaDescription = nsfAlkDnaDescription();

export const JsonDna: Story = {
  render: () => html`<fusion-diagram panels="genes transcript" .description=${dnaDescription}></fusion-diagram>`,
  parameters: {
    docs: {
      source: {
        language: 'js',
        code: `const el = document.createElement('fusion-diagram');
el.panels = 'genes transcript';
el.description = ${JSON.stringify(dnaDescription, null, 2)};
document.body.append(el);`,
      },
    },
  },
};

// ------------------------------------------------------------------ Embedding in reports

async function exportFigure(e: Event, kind: 'svg' | 'png'): Promise<void> {
  const box = (e.currentTarget as HTMLElement).closest('.fv-export')!;
  const el = box.querySelector('fusion-diagram')!;
  const status = box.querySelector('.fv-export-status')!;
  try {
    const blob = kind === 'svg' ? new Blob([el.toSVG()], { type: 'image/svg+xml' }) : await el.toPNG({ scale: 2 });
    const name = `${(el.fusionModel?.label ?? 'fusion').replace(/[^A-Za-z0-9]+/g, '-')}.${kind}`;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    status.textContent = `${name}: ${Math.round(blob.size / 1024).toLocaleString('en-US')} kB`;
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
  }
}

export const ExportButtons: Story = {
  render: () => html`
    <div class="fv-export">
      <style>
        .fv-export-bar { display: flex; gap: 8px; align-items: center; margin: 0 0 12px; font: 14px system-ui, sans-serif; flex-wrap: wrap; }
        .fv-export-bar button { font: inherit; padding: 6px 12px; }
        .fv-export-status { color: #59636e; }
      </style>
      <div class="fv-export-bar">
        <button type="button" @click=${(e: Event) => exportFigure(e, 'svg')}>Download SVG</button>
        <button type="button" @click=${(e: Event) => exportFigure(e, 'png')}>Download PNG (2×)</button>
        <span class="fv-export-status" role="status"></span>
      </div>
      <fusion-diagram fusion="EML4:e.13::ALK:e.20"></fusion-diagram>
    </div>
  `,
  parameters: {
    docs: {
      source: {
        language: 'js',
        code: `const el = document.querySelector('fusion-diagram');

// SVG: a string, the same drawing as on screen, with its colours written in.
const svg = new Blob([el.toSVG()], { type: 'image/svg+xml' });

// PNG: a Blob, 2 device pixels per CSS pixel.
const png = await el.toPNG({ scale: 2 });

// Offer either one as a download.
const a = document.createElement('a');
a.href = URL.createObjectURL(png);
a.download = 'EML4-ALK.png';
a.click();`,
      },
    },
  },
};

// ------------------------------------------------------------------ Theming

const customCss = `fusion-diagram.report-colours {
  --fusion-five-prime-color: #6A3D9A;
  --fusion-three-prime-color: #B15928;
  --fusion-font: Georgia, "Times New Roman", serif;
}
fusion-diagram.report-colours::part(footer) {
  display: none;
}`;

export const CustomColours: Story = {
  render: () => html`
    <style>${customCss}</style>
    <fusion-diagram class="report-colours" fusion="EML4:e.13::ALK:e.20"></fusion-diagram>
  `,
  parameters: source(`<style>\n${customCss}\n</style>\n<fusion-diagram class="report-colours" fusion="EML4:e.13::ALK:e.20"></fusion-diagram>`),
};

const darkCss = `.dark-page {
  color-scheme: dark;
  background: ${darkBackground};
  color: #E6EDF3;
}
.dark-page fusion-diagram {
  ${darkTokenDeclarations}
}`;

export const Dark: Story = {
  render: () => html`
    <style>${darkCss}</style>
    <div class="dark-page" style="padding: 16px">
      <fusion-diagram fusion="EML4:e.13::ALK:e.20"></fusion-diagram>
    </div>
  `,
  parameters: {
    ...source(`<style>\n${darkCss}\n</style>\n<div class="dark-page">\n  <fusion-diagram fusion="EML4:e.13::ALK:e.20"></fusion-diagram>\n</div>`),
    backgrounds: { disable: true },
  },
};

// ------------------------------------------------------------------ Accessibility

function logFeature(e: CustomEvent): void {
  const log = (e.currentTarget as Element).parentElement?.querySelector('.fv-events-log');
  if (log) log.textContent = `${e.type}  ${JSON.stringify(e.detail)}`;
}

export const KeyboardAndEvents: Story = {
  render: () => html`
    <div>
      <style>
        .fv-events-log { font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; margin: 12px 0 0; padding: 8px 12px;
          background: #f6f8fa; color: #1f2328; border-radius: 4px; min-height: 1.45em; white-space: pre-wrap; }
      </style>
      <fusion-diagram
        fusion="NPM1:e.4::ALK:e.20"
        @fusion-feature-hover=${logFeature}
        @fusion-feature-click=${logFeature}
      ></fusion-diagram>
      <p class="fv-events-log">Point at a feature, or Tab into the figure and press Enter.</p>
    </div>
  `,
  parameters: source(`<fusion-diagram fusion="NPM1:e.4::ALK:e.20"></fusion-diagram>
<script type="module">
  const el = document.querySelector('fusion-diagram');
  el.addEventListener('fusion-feature-hover', (e) => console.log(e.detail)); // { id, kind, label }
  el.addEventListener('fusion-feature-click', (e) => console.log(e.detail));
</script>`),
};
