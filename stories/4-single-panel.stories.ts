import type { Meta } from '@storybook/web-components-vite';
import { diagramArgTypes, fixtureStory, renderTag, withWidth, type DiagramArgs, type DiagramStory } from './story-helpers';

/**
 * `<fusion-protein>`, `<fusion-transcript>` and `<fusion-genes>`: one panel of `<fusion-diagram>`
 * each, for a compact line in a report. Same attributes, events and parts; `panels` is fixed.
 */
const meta: Meta<DiagramArgs> = {
  title: 'Single panel',
  component: 'fusion-protein',
  tags: ['autodocs'],
  args: { 'intron-scale': 'compressed', panels: [], width: 720 },
  argTypes: { ...diagramArgTypes, panels: { table: { disable: true } } },
  decorators: [withWidth],
  render: renderTag('fusion-protein'),
};
export default meta;

export const Protein: DiagramStory = { ...fixtureStory('eml4-alk-v1'), name: '<fusion-protein> (EML4::ALK v1)' };

export const ProteinOutOfFrame: DiagramStory = { ...fixtureStory('nsf-alk-rna'), name: '<fusion-protein> (NSF::ALK, out of frame)' };

export const Transcript: DiagramStory = {
  ...fixtureStory('eml4-alk-v1'),
  name: '<fusion-transcript> (EML4::ALK v1)',
  render: renderTag('fusion-transcript'),
};

export const Genes: DiagramStory = {
  ...fixtureStory('eml4-alk-v1'),
  name: '<fusion-genes> (EML4::ALK v1)',
  render: renderTag('fusion-genes'),
};
