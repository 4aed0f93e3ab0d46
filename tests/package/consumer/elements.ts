// A consumer of the packed package: every line type-checks, or fails where marked @ts-expect-error.
import 'fusion-viz/register';
import { FusionDiagram, FusionProtein, type FusionErrorDetail, type FusionFeatureDetail, type FusionFeatureKind } from 'fusion-viz';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type IsAny<T> = 0 extends 1 & T ? true : false;

export type Checks = [
  Expect<Equal<IsAny<FusionDiagram>, false>>,
  Expect<Equal<HTMLElementTagNameMap['fusion-diagram'], FusionDiagram>>,
  Expect<Equal<HTMLElementTagNameMap['fusion-protein'], FusionProtein>>,
  Expect<Equal<FusionFeatureKind, 'exon' | 'intron' | 'junction' | 'breakpoint' | 'domain'>>,
];

const el = document.createElement('fusion-diagram');
el.fusion = 'EML4:e.13::ALK:e.20';
el.description = { fivePrime: { gene: 'EML4' }, threePrime: { gene: 'ALK' } };
el.intronScale = 'genomic';
el.panels = 'genes protein';
el.panels = 'transcript,protein';
// @ts-expect-error: an intron scale is compressed or genomic
el.intronScale = 'linear';
// @ts-expect-error: exons is not a panel
el.panels = 'genes exons';

el.addEventListener('fusion-feature-click', (e) => {
  const detail: FusionFeatureDetail = e.detail;
  const kind: FusionFeatureKind = detail.kind;
  return [detail.id, detail.label, kind];
});
el.addEventListener('fusion-error', (e) => {
  const detail: FusionErrorDetail = e.detail;
  return detail.issues.map((issue) => `${issue.path}: ${issue.message}`);
});

export const svg: string = el.toSVG();
export const png: Promise<Blob> = el.toPNG({ scale: 2 });
export const frame = document.querySelector('fusion-protein')?.result?.frame;
