import type { Meta } from '@storybook/web-components-vite';
import { diagramMeta, fixtureStory, type DiagramArgs, type DiagramStory } from './story-helpers';

/**
 * One story per ALK partner, each joined to ALK exon 20. A junction is **published** when
 * /work/shared/data/alk-fusions.json names its exon and source; otherwise it is
 * **illustrative**: an in-frame exon boundary chosen from the model, and said so on each story.
 */
const meta: Meta<DiagramArgs> = {
  title: 'Fusion diagram/ALK partners',
  ...diagramMeta(),
};
export default meta;

export const EML4v1: DiagramStory = { ...fixtureStory('eml4-alk-v1'), name: 'EML4::ALK v1 (E13;A20)' };
export const EML4v2: DiagramStory = { ...fixtureStory('eml4-alk-v2'), name: 'EML4::ALK v2 (E20;A20)' };
export const EML4v3a: DiagramStory = { ...fixtureStory('eml4-alk-v3a'), name: 'EML4::ALK v3a (E6a;A20)' };
export const EML4v3b: DiagramStory = { ...fixtureStory('eml4-alk-v3b'), name: 'EML4::ALK v3b (E6b;A20)' };
export const EML4v5a: DiagramStory = { ...fixtureStory('eml4-alk-v5a'), name: 'EML4::ALK v5a (E2;A20)' };
export const NPM1: DiagramStory = { ...fixtureStory('npm1-alk'), name: 'NPM1::ALK' };
export const KIF5B: DiagramStory = { ...fixtureStory('kif5b-alk'), name: 'KIF5B::ALK (K24;A20)' };
export const STRN: DiagramStory = { ...fixtureStory('strn-alk'), name: 'STRN::ALK' };
export const RANBP2: DiagramStory = { ...fixtureStory('ranbp2-alk'), name: 'RANBP2::ALK' };
export const CLTC: DiagramStory = { ...fixtureStory('cltc-alk'), name: 'CLTC::ALK' };
export const TPM3: DiagramStory = { ...fixtureStory('tpm3-alk'), name: 'TPM3::ALK' };
export const TPM4: DiagramStory = { ...fixtureStory('tpm4-alk'), name: 'TPM4::ALK' };
export const TFG: DiagramStory = { ...fixtureStory('tfg-alk'), name: 'TFG::ALK' };
export const SEC31A: DiagramStory = { ...fixtureStory('sec31a-alk'), name: 'SEC31A::ALK' };
export const TRAF3: DiagramStory = { ...fixtureStory('traf3-alk'), name: 'TRAF3::ALK' };
export const LRRFIP1: DiagramStory = { ...fixtureStory('lrrfip1-alk'), name: 'LRRFIP1::ALK' };
export const FN1: DiagramStory = { ...fixtureStory('fn1-alk'), name: 'FN1::ALK' };
export const NUMA1: DiagramStory = { ...fixtureStory('numa1-alk'), name: 'NUMA1::ALK' };
export const RRBP1: DiagramStory = { ...fixtureStory('rrbp1-alk'), name: 'RRBP1::ALK' };
export const TNS1: DiagramStory = { ...fixtureStory('tns1-alk'), name: 'TNS1::ALK' };
export const DCTN1: DiagramStory = { ...fixtureStory('dctn1-alk'), name: 'DCTN1::ALK' };
export const CARS1: DiagramStory = { ...fixtureStory('cars1-alk'), name: 'CARS1::ALK' };
export const MPRIP: DiagramStory = { ...fixtureStory('mprip-alk'), name: 'MPRIP::ALK' };
export const KLC1: DiagramStory = { ...fixtureStory('klc1-alk'), name: 'KLC1::ALK' };
export const HIP1: DiagramStory = { ...fixtureStory('hip1-alk'), name: 'HIP1::ALK' };
export const GPC1: DiagramStory = { ...fixtureStory('gpc1-alk'), name: 'GPC1::ALK' };
export const ATIC: DiagramStory = { ...fixtureStory('atic-alk'), name: 'ATIC::ALK' };
export const VCL: DiagramStory = { ...fixtureStory('vcl-alk'), name: 'VCL::ALK' };
