import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { resolveCohort } from '../src/api-cohort';
import { describeCohort } from '../src/model/cohort-summary';
import { alkPartnerFixtures } from '../tests/fixtures/fusions';
import { cohortFixtureRecords } from '../tests/fixtures/cohort';
import { REVIEW_SOURCE, reviewCases } from '../tests/fixtures/review-cohort';
import fusionCatcher from '../../shared/callers/fusioncatcher/fusor-final-list_candidate-fusion-genes.txt?raw';
import '../src/register';

/**
 * `<fusion-cohort>`: many fusions of one gene on one figure. The main story is the review's 33
 * ALK-fusion sarcomas (tests/fixtures/review-cohort.ts, copied from shared/data/review-cohort.json)
 * with the founding NSF::ALK case highlighted. The review names the partner only: each row takes
 * the gallery's junction for its partner (published when alk-fusions.json gives the exon, else
 * the illustrative in-frame boundary, marked †), the same rule as the ALK partner stories.
 */
interface CohortArgs {
  description?: readonly unknown[];
  /** A caller file's text (property `.text`), used when there is no description. */
  text?: string;
  gene?: string;
  'shared-exon'?: number;
  'group-by'?: string;
  'sort-by'?: string;
  filter?: string;
  fields?: string;
  width: number;
}

const meta: Meta<CohortArgs> = {
  title: 'Cohort/ALK-fusion sarcomas',
  component: 'fusion-cohort',
  tags: ['autodocs'],
  args: { description: cohortFixtureRecords(), width: 1200 },
  argTypes: {
    description: { control: 'object', description: 'Descriptions or cohort records (property `.description`).' },
    gene: { control: 'text', description: 'The shared gene; detected when absent.' },
    'shared-exon': { control: 'number', description: 'Junction exon of the shared gene for partner-only records.' },
    'group-by': { control: 'select', options: ['none', 'partner', 'breakpoint', 'bestResponse', 'histology'], description: '`partner` merges identical fusions into counted rows; a field makes sections.' },
    'sort-by': { control: 'select', options: ['input', 'partner', 'kept', 'breakpoint', 'bestResponse', 'histology'], description: 'Row order.' },
    filter: { control: 'text', description: 'e.g. `bestResponse=CR|PR; partner=EML4`' },
    fields: { control: 'text', description: 'Columns, space-separated: clinical fields or `domains`.' },
    width: { control: { type: 'range', min: 480, max: 1600, step: 20 }, description: 'Width of the container.' },
  },
  render: (a) => html`<div style="width:${a.width}px;max-width:100%">
    <fusion-cohort .description=${a.text ? undefined : a.description} .text=${a.text} gene=${ifDefined(a.gene)} shared-exon=${a['shared-exon'] ?? nothing}
      group-by=${ifDefined(a['group-by'])} sort-by=${ifDefined(a['sort-by'])} filter=${ifDefined(a.filter)} fields=${ifDefined(a.fields)}></fusion-cohort>
  </div>`,
};
export default meta;
type Story = StoryObj<CohortArgs>;

const summary = (items: readonly unknown[], options = {}) => {
  const c = resolveCohort(items, options).cohort;
  return c ? `The figure's own summary: “${describeCohort(c)}”` : '';
};

const reviewText = `NSF::ALK (the founding case, highlighted) and the ${reviewCases.length} cases of ${REVIEW_SOURCE}. ` +
  'Case 14 reported six partners: one row each, with that case\'s clinical fields. Rows marked † take an illustrative junction: ' +
  'the review names partners, never exons. Select a row (click, or arrow keys then Enter) to see its full diagram below.';

export const ByPartner: Story = {
  name: 'Review: grouped by partner, response marks',
  args: { 'group-by': 'partner', 'sort-by': 'partner' },
  parameters: { docs: { description: { story: `${reviewText}\n\n${summary(cohortFixtureRecords())}` } } },
};

export const OneRowPerCase: Story = {
  name: 'Review: one row per fusion',
  parameters: { docs: { description: { story: reviewText } } },
};

export const ByResponse: Story = {
  name: 'Review: sections by best response',
  args: { 'group-by': 'bestResponse' },
  parameters: { docs: { description: { story: 'Sections by best response in clinical order (CR, PR, SD, PD, then the others): does the partner structure line up with the response?' } } },
};

export const CompleteRemission: Story = {
  name: 'Review: complete remissions only (filter)',
  args: { filter: 'bestResponse=CR', 'sort-by': 'kept' },
  parameters: { docs: { description: { story: 'Filtered to `bestResponse=CR`, longest partner part first. The summary counts only the rows shown.' } } },
};

export const PartnerOnly: Story = {
  name: 'Review table as published (partner only)',
  args: { description: reviewCases, gene: 'ALK', 'shared-exon': 20, 'group-by': 'partner' },
  parameters: { docs: { description: { story: `The review's records passed unchanged: every junction is illustrative (†), joined to ALK exon 20 (the exon of every published ALK junction in alk-fusions.json) by the in-frame boundary rule.\n\n${summary(reviewCases, { gene: 'ALK', sharedExon: 20 })}` } } },
};

export const GalleryPartners: Story = {
  name: 'ALK partner gallery (published and illustrative junctions)',
  args: { description: alkPartnerFixtures().map((f) => ({ id: f.key, description: f.description, illustrative: f.status === 'illustrative', source: f.source })), 'sort-by': 'kept' },
  parameters: { docs: { description: { story: 'Every ALK partner story as one cohort: the five EML4 variants keep different EML4 lengths, all keep the ALK kinase. No clinical fields, so no columns.' } } },
};

export const CallerFile: Story = {
  name: 'A caller file: FusionCatcher calls of SMG1',
  args: { text: fusionCatcher, gene: 'SMG1', fields: 'confidence domains' },
  parameters: { docs: { description: { story: 'The `.text` property takes a caller file as the caller wrote it (here FusionCatcher\'s long candidate list, GRCh38): every call that resolves is a row, labelled by its line; calls without SMG1, or that do not resolve, are listed under the figure with their line and reason. Genes outside the embedded set are fetched as annotation shards first.' } } },
};
