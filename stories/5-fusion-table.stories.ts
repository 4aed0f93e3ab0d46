import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/register';
// The callers' own files, read from ../shared/callers at build time (never copied into the repo).
import arriba from '../../shared/callers/arriba/arriba-test-bcr-abl1.tsv?raw';
import starFusion from '../../shared/callers/star-fusion/fusor-star-fusion.fusion_predictions.abridged.tsv?raw';
import codingEffect from '../../shared/callers/star-fusion/chimeraviz-abridged.annotated.coding_effect.tsv?raw';
import fusionCatcher from '../../shared/callers/fusioncatcher/fusor-fusion_catcher_test.txt?raw';
import jaffa from '../../shared/callers/jaffa/fusor-jaffa_results.csv?raw';
import cicero from '../../shared/callers/cicero/cicero-test-final_fusions.txt?raw';
import dragen from '../../shared/callers/dragen/fusion-report-dragen.tsv?raw';
import fusionCatcherVcf from '../../shared/callers/vcf/fusioncatcher-test-final-list.vcf?raw';
import mantaUrl from '../../shared/callers/vcf/manta-demo-somaticSV.vcf.gz?url';
import fusor from '../../shared/callers/fusor/bcr_abl1.json?raw';

interface TableArgs {
  text?: string;
  src?: string;
  assembly?: string;
}

/**
 * `<fusion-table>`: every row of a caller's output, sortable and filterable; select a row (click,
 * or arrows then Enter) to draw it below. Rows the bundled GRCh38 annotation cannot draw (other
 * genes, GRCh37 positions) are listed with their line and the reason. Drop any caller file on it.
 */
const meta: Meta<TableArgs> = {
  title: 'Caller files/<fusion-table>',
  component: 'fusion-table',
  tags: ['autodocs'],
  argTypes: {
    text: { control: false, description: 'The caller file as text (property `.text`).' },
    src: { control: 'text', description: 'URL of a caller file (attribute `src`).' },
    assembly: { control: 'select', options: [undefined, 'GRCh38', 'GRCh37'], description: 'Assembly when the file does not state it.' },
  },
  render: (a) => html`<fusion-table .text=${a.text} src=${a.src ?? ''} assembly=${a.assembly ?? ''}></fusion-table>`,
};
export default meta;

type Story = StoryObj<TableArgs>;

export const Arriba: Story = { args: { text: arriba, assembly: 'GRCh37' }, name: 'Arriba fusions.tsv (BCR::ABL1, GRCh37)' };
export const StarFusion: Story = { args: { text: starFusion }, name: 'STAR-Fusion abridged (FUSOR test file)' };
export const StarFusionCodingEffect: Story = { args: { text: codingEffect }, name: 'STAR-Fusion coding_effect (chimeraviz, GRCh37)' };
export const FusionCatcher: Story = { args: { text: fusionCatcher }, name: 'FusionCatcher final-list' };
export const Jaffa: Story = { args: { text: jaffa }, name: 'JAFFA results (SeraCare control)' };
export const Cicero: Story = { args: { text: cicero }, name: 'CICERO final_fusions (TCF3::PBX1)' };
export const Dragen: Story = { args: { text: dragen }, name: 'DRAGEN fusion_candidates.final' };
export const VcfFusionCatcher: Story = { args: { text: fusionCatcherVcf }, name: 'VCF breakends (FusionCatcher)' };
export const VcfManta: Story = { args: { src: mantaUrl }, name: 'VCF breakends (Manta, gzipped, GRCh37)' };
export const Fusor: Story = { args: { text: fusor }, name: 'FUSOR JSON (BCR::ABL1 CategoricalFusion)' };
