/**
 * Template typings of the fusion-viz elements for Vue 3 (vue-tsc / Volar). Opt in once:
 * `import type {} from 'fusion-viz/vue';`. Vue must be told the tags are custom elements
 * (`compilerOptions.isCustomElement: (tag) => tag.startsWith('fusion-')`).
 *
 *   <fusion-diagram fusion="EML4:e.13::ALK:e.20" @fusion-feature-click="(e) => e.detail.id" />
 */
import type { HTMLAttributes } from 'vue';
import type {
  FusionDiagram,
  FusionErrorEvent,
  FusionFeatureEvent,
  FusionGenes,
  FusionProtein,
  FusionTranscript,
  IntronScale,
  PanelList,
} from '../dist/types/index.js';

interface FusionElementEvents {
  'fusion-feature-hover': FusionFeatureEvent;
  'fusion-feature-click': FusionFeatureEvent;
  'fusion-error': FusionErrorEvent;
}

/** `fusion-feature-click` → `FusionFeatureClick`: Vue binds `@fusion-feature-click` to the prop `onFusionFeatureClick`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

type EventProps = { [K in keyof FusionElementEvents as `on${Pascal<K>}`]?: (event: FusionElementEvents[K]) => void };

/** A fusion-viz element as a Vue global component: its attributes and properties as props, its events as emits. */
export type FusionVueElement<E extends FusionDiagram> = new () => E & {
  $props: HTMLAttributes &
    EventProps & {
      fusion?: string;
      description?: object;
      'intron-scale'?: IntronScale;
      intronScale?: IntronScale;
      panels?: PanelList;
    };
  $emit: <K extends keyof FusionElementEvents>(event: K, payload: FusionElementEvents[K]) => void;
};

declare module 'vue' {
  interface GlobalComponents {
    'fusion-diagram': FusionVueElement<FusionDiagram>;
    'fusion-genes': FusionVueElement<FusionGenes>;
    'fusion-transcript': FusionVueElement<FusionTranscript>;
    'fusion-protein': FusionVueElement<FusionProtein>;
  }
}
