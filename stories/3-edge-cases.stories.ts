import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defaultArgs, diagramArgTypes, fixtureStory, renderTag, withWidth, type DiagramArgs, type DiagramStory } from './story-helpers';

/** Cases that stress the drawing: frame, UTR, offsets, linkers, strands, scales, themes, widths, bad input. */
const meta: Meta<DiagramArgs> = {
  title: 'Fusion diagram/Edge cases',
  component: 'fusion-diagram',
  tags: ['autodocs'],
  args: defaultArgs,
  argTypes: diagramArgTypes,
  decorators: [withWidth],
  render: renderTag('fusion-diagram'),
};
export default meta;

export const OutOfFrame: DiagramStory = {
  ...fixtureStory('nsf-alk-rna', {}, 'Out of frame: ALK is read in a shifted frame, so the protein panel draws no ALK domain.'),
  name: 'Out of frame (NSF::ALK)',
};

export const FivePrimeUtrOnly: DiagramStory = fixtureStory('five-prime-utr');

export const ExonicOffset: DiagramStory = fixtureStory('exonic-offset');

export const Linker: DiagramStory = fixtureStory('linker');

export const BothMinusStrand: DiagramStory = fixtureStory(
  'both-minus-strand', {}, 'Both genes are transcribed on the minus strand; each is still drawn 5′→3′, left to right.',
);

export const GenomicIntronScale: DiagramStory = {
  ...fixtureStory('nsf-alk-rna', { 'intron-scale': 'genomic' }, 'Introns drawn to genomic scale (`intron-scale="genomic"`).'),
  name: 'Genomic intron scale (NSF::ALK)',
};

/** The page sets `color-scheme: dark` and the custom properties; the element follows. */
export const DarkTheme: DiagramStory = {
  ...fixtureStory('eml4-alk-v1', {}, 'Dark page: `color-scheme: dark` on a wrapper, colours through the `--fusion-*` custom properties.'),
  name: 'Dark theme (EML4::ALK v1)',
  decorators: [
    (story) => html`<div
      style="color-scheme: dark; background: #15171a; color: #e8eaed; padding: 16px;
        --fusion-five-prime-color: #6cb4ff; --fusion-three-prime-color: #ffb454;"
    >${story()}</div>`,
  ],
  parameters: { backgrounds: { disable: true } },
};

export const Narrow360: DiagramStory = {
  ...fixtureStory('nsf-alk-rna', { width: 360 }, 'A 360 px container, as on a phone.'),
  name: 'Narrow, 360 px (NSF::ALK)',
};

export const InvalidInput: DiagramStory = fixtureStory(
  'invalid', {}, 'The element shows an error box naming the field and value, and dispatches `fusion-error`.',
);

export const GeneOnly: DiagramStory = fixtureStory('gene-only');
