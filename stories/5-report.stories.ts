import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fixture } from '../tests/fixtures/fusions';
import { fixtureText } from './story-helpers';

interface ReportArgs {
  fusion?: string;
  description?: object;
  label: string;
  theme: 'auto' | 'light' | 'dark';
  'wild-type': 'default' | 'show' | 'hide';
  width: number;
}

/**
 * `layout="report"`: the figure for a molecular-pathology report. Drawn for a 700-px column
 * (A4 portrait content width at 96 dpi) in about 40% of the page: compact connectors, the
 * title with a sample label, breakpoint coordinates and strand notes kept, caveats as
 * footnotes, wild-type rows on request, no empty panel. Wider, it scales up whole, so the text
 * stays print-sized (≥ 8 pt) in the column it is printed in.
 */
const meta: Meta<ReportArgs> = {
  title: 'Report layout',
  component: 'fusion-diagram',
  tags: ['autodocs'],
  args: { label: 'Case 12', theme: 'auto', 'wild-type': 'default', width: 700 },
  argTypes: {
    label: { control: 'text', description: 'Sample or case name after the title (attribute `label`).' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'], description: '`auto` follows the page\'s `color-scheme`.' },
    'wild-type': { control: 'inline-radio', options: ['default', 'show', 'hide'], description: 'Wild-type protein rows (hidden by default in a report).' },
    width: { control: { type: 'range', min: 360, max: 1600, step: 20 }, description: 'Width of the report column.' },
  },
  render: (args) => html`<div style="width:${args.width}px;max-width:100%">
    <fusion-diagram layout="report" fusion=${ifDefined(args.fusion)} .description=${args.description} label=${args.label}
      theme=${args.theme} wild-type=${ifDefined(args['wild-type'] === 'default' ? undefined : args['wild-type'])}></fusion-diagram>
  </div>`,
};
export default meta;

type Story = StoryObj<ReportArgs>;

const story = (key: string, args: Partial<ReportArgs> = {}): Story => {
  const f = fixture(key);
  const input = typeof f.description === 'string' ? { fusion: f.description } : { description: f.description };
  return { name: `${f.name} (report)`, args: { ...input, ...args }, parameters: { docs: { description: { story: fixtureText(f) } } } };
};

export const NsfAlk: Story = story('nsf-alk-rna');
export const Eml4AlkWithWildType: Story = { ...story('eml4-alk-v1', { 'wild-type': 'show' }), name: 'EML4::ALK v1 (report, wild types shown)' };
export const BcrAbl1Linker: Story = story('linker', { label: 'Sample 2024-117' });
export const GeneOnlyPartner: Story = story('gene-only', { label: 'FISH break-apart' });
export const Dark: Story = { ...story('eml4-alk-v1', { theme: 'dark' }), name: 'EML4::ALK v1 (report, dark)' };
export const PrintWidth1600: Story = { ...story('cltc-alk', { width: 1600 }), name: 'CLTC::ALK (report at 1600 px: scaled, text stays print-sized)' };
