/**
 * JSX typings of the fusion-viz elements for React (19+, which sets properties and listens to
 * custom events on custom elements). Opt in once, e.g. in a `.d.ts` of the app or a tsconfig's
 * `types`: `import type {} from 'fusion-viz/jsx';`. Needs `@types/react` (the app's own).
 *
 *   <fusion-diagram fusion="EML4:e.13::ALK:e.20" intron-scale="genomic"
 *     onfusion-feature-click={(e) => e.detail.id} />
 */
import type * as React from 'react';
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

/** Props of one fusion-viz element: its attributes, its properties, and its events as `on<event-name>`. */
export type FusionElementProps<E extends FusionDiagram> = Omit<React.HTMLAttributes<E>, 'onError'> &
  React.RefAttributes<E> & {
    /** VICC or gene-symbol text, e.g. `EML4:e.13::ALK:e.20`. */
    fusion?: string;
    /** JSON-form description (set as a property); wins over `fusion`. */
    description?: object;
    'intron-scale'?: IntronScale;
    intronScale?: IntronScale;
    panels?: PanelList;
    class?: string;
    'onfusion-feature-hover'?: (event: FusionFeatureEvent) => void;
    'onfusion-feature-click'?: (event: FusionFeatureEvent) => void;
    'onfusion-error'?: (event: FusionErrorEvent) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'fusion-diagram': FusionElementProps<FusionDiagram>;
      'fusion-genes': FusionElementProps<FusionGenes>;
      'fusion-transcript': FusionElementProps<FusionTranscript>;
      'fusion-protein': FusionElementProps<FusionProtein>;
    }
  }
}
