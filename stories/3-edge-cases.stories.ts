import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { diagramMeta, darkBackground, darkTokenDeclarations, fixtureStory, type DiagramArgs, type DiagramStory } from './story-helpers';

/** Cases that stress the drawing: frame, UTR, offsets, linkers, strands, scales, themes, widths, bad input. */
const meta: Meta<DiagramArgs> = {
  title: 'Fusion diagram/Edge cases',
  ...diagramMeta(),
};
export default meta;

export const OutOfFrame: DiagramStory = {
  ...fixtureStory('nsf-alk-rna', {}, 'Out of frame: ALK is read in a shifted frame, so the protein panel draws no ALK domain.'),
  name: 'Out of frame (NSF::ALK)',
};

export const FivePrimeUtrOnly: DiagramStory = { ...fixtureStory('five-prime-utr'), name: '5′ UTR-only partner (TMPRSS2::ERG)' };

export const ExonicOffset: DiagramStory = { ...fixtureStory('exonic-offset'), name: 'Exonic breakpoint with offset (TPM3::PDGFRB)' };

export const Linker: DiagramStory = { ...fixtureStory('linker'), name: 'Linker sequence (BCR::ABL1)' };

export const BothMinusStrand: DiagramStory = {
  ...fixtureStory('both-minus-strand', {}, 'Both genes are transcribed on the minus strand; each is still drawn 5′→3′, left to right.'),
  name: 'Both partners on the minus strand',
};

export const GenomicIntronScale: DiagramStory = {
  ...fixtureStory('nsf-alk-rna', { 'intron-scale': 'genomic' }, 'Introns drawn to genomic scale (`intron-scale="genomic"`).'),
  name: 'Genomic intron scale (NSF::ALK)',
};

/**
 * A dark page: `color-scheme: dark` on a wrapper for the chrome (tooltip, error box), and the dark
 * default of every `--fusion-*` token set on the element, as a page with its own dark mode does.
 * (Without them the drawing turns dark only under `prefers-color-scheme: dark`.)
 */
export const DarkTheme: DiagramStory = {
  ...fixtureStory('eml4-alk-v1', {}, 'Dark page: `color-scheme: dark` on a wrapper, and the dark `--fusion-*` values set on the element.'),
  name: 'Dark theme (EML4::ALK v1)',
  decorators: [
    (story) => html`<style>
        .fv-dark-story fusion-diagram {
          ${darkTokenDeclarations}
        }
      </style>
      <div class="fv-dark-story" style="color-scheme: dark; background: ${darkBackground}; color: #e6edf3; padding: 16px;">${story()}</div>`,
  ],
  parameters: { backgrounds: { disable: true } },
};

export const Narrow360: DiagramStory = {
  ...fixtureStory('nsf-alk-rna', { width: 360 }, 'A 360 px container, as on a phone.'),
  name: 'Narrow, 360 px (NSF::ALK)',
};

export const InvalidInput: DiagramStory = {
  ...fixtureStory('invalid', {}, 'The element shows an error box naming the field and value, and dispatches `fusion-error`.'),
  name: 'Invalid input',
};

export const GeneOnly: DiagramStory = { ...fixtureStory('gene-only'), name: 'Gene only, unknown partner' };
