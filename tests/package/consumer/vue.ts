// Vue consumer: the elements as global components, props and event handlers typed.
import type {} from 'fusion-viz/vue';
import type { GlobalComponents } from 'vue';

type Props = InstanceType<GlobalComponents['fusion-diagram']>['$props'];

export const props: Props = {
  fusion: 'EML4:e.13::ALK:e.20',
  'intron-scale': 'compressed',
  panels: 'protein',
  onFusionFeatureClick: (e) => e.detail.id,
  onFusionError: (e) => e.detail.issues.length,
};
// @ts-expect-error: an intron scale is compressed or genomic
export const wrong: Props = { intronScale: 'linear' };
