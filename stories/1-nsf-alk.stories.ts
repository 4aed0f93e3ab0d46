import type { Meta } from '@storybook/web-components-vite';
import { resolveFusion } from '../src/api';
import { fixture } from '../tests/fixtures/fusions';
import { diagramMeta, fixtureStory, type DiagramArgs, type DiagramStory } from './story-helpers';

/**
 * NSF::ALK, the project's founding case, as the RNA caller and as the DNA caller reported it.
 * Both resolve to NSF exons 1–20 joined to ALK exons 20–29, and the model finds it out of frame.
 */
const meta: Meta<DiagramArgs> = {
  title: 'Fusion diagram/NSF::ALK',
  ...diagramMeta(),
};
export default meta;

const model = resolveFusion(fixture('nsf-alk-rna').description);
const frame = model.ok
  ? `The junction is out of frame. In the model's words: “${model.value.frameExplanation}” ` +
    'So the protein panel shows NSF up to the junction, then the shifted ALK reading frame, and no ALK kinase domain.'
  : '';

/** From the RNA-level description `NSF:e.1_20::ALK:e.20_29`. */
export const FromRna: DiagramStory = { ...fixtureStory('nsf-alk-rna', {}, frame), name: 'From RNA' };

/**
 * From the DNA-level JSON description: breakpoints in the middle of NSF intron 20 and of ALK
 * intron 19, computed from the bundled annotation. Splicing gives the same transcript as the RNA.
 */
export const FromDna: DiagramStory = { ...fixtureStory('nsf-alk-dna', {}, frame), name: 'From DNA' };
