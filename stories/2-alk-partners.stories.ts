import type { Meta } from '@storybook/web-components-vite';
import { defaultArgs, diagramArgTypes, fixtureStory, renderTag, withWidth, type DiagramArgs, type DiagramStory } from './story-helpers';

/**
 * One story per ALK partner, each joined to ALK exon 20. A junction is **published** when
 * /work/shared/data/alk-fusions.json names its exon and source; otherwise it is
 * **illustrative**: an in-frame exon boundary chosen from the model, and said so on each story.
 */
const meta: Meta<DiagramArgs> = {
  title: 'Fusion diagram/ALK partners',
  component: 'fusion-diagram',
  tags: ['autodocs'],
  args: defaultArgs,
  argTypes: diagramArgTypes,
  decorators: [withWidth],
  render: renderTag('fusion-diagram'),
};
export default meta;

export const EML4v1: DiagramStory = fixtureStory('eml4-alk-v1');
export const EML4v2: DiagramStory = fixtureStory('eml4-alk-v2');
export const EML4v3a: DiagramStory = fixtureStory('eml4-alk-v3a');
export const EML4v3b: DiagramStory = fixtureStory('eml4-alk-v3b');
export const EML4v5a: DiagramStory = fixtureStory('eml4-alk-v5a');
export const NPM1: DiagramStory = fixtureStory('npm1-alk');
export const KIF5B: DiagramStory = fixtureStory('kif5b-alk');
export const STRN: DiagramStory = fixtureStory('strn-alk');
export const RANBP2: DiagramStory = fixtureStory('ranbp2-alk');
export const CLTC: DiagramStory = fixtureStory('cltc-alk');
export const TPM3: DiagramStory = fixtureStory('tpm3-alk');
export const TPM4: DiagramStory = fixtureStory('tpm4-alk');
export const TFG: DiagramStory = fixtureStory('tfg-alk');
export const SEC31A: DiagramStory = fixtureStory('sec31a-alk');
export const TRAF3: DiagramStory = fixtureStory('traf3-alk');
export const LRRFIP1: DiagramStory = fixtureStory('lrrfip1-alk');
export const FN1: DiagramStory = fixtureStory('fn1-alk');
export const NUMA1: DiagramStory = fixtureStory('numa1-alk');
export const RRBP1: DiagramStory = fixtureStory('rrbp1-alk');
export const TNS1: DiagramStory = fixtureStory('tns1-alk');
export const DCTN1: DiagramStory = fixtureStory('dctn1-alk');
export const CARS1: DiagramStory = fixtureStory('cars1-alk');
export const MPRIP: DiagramStory = fixtureStory('mprip-alk');
export const KLC1: DiagramStory = fixtureStory('klc1-alk');
export const HIP1: DiagramStory = fixtureStory('hip1-alk');
export const GPC1: DiagramStory = fixtureStory('gpc1-alk');
export const ATIC: DiagramStory = fixtureStory('atic-alk');
export const VCL: DiagramStory = fixtureStory('vcl-alk');
