/** Registers `<fusion-genes>`. Importing this module defines the tag (a side effect). */
import { FusionGenes } from './fusion-panel.component';

export { FusionGenes };
// Re-exported so the declaration of this entry loads the events' `HTMLElementEventMap` entries:
// `import 'fusion-viz/fusion-genes'` alone types `el.addEventListener('fusion-error', (e) => e.detail.issues)`.
export type { FusionErrorDetail, FusionErrorEvent, FusionFeatureDetail, FusionFeatureEvent, FusionFeatureKind } from './events';
export type { IntronScale, PanelList, PanelName } from './options';

if (!customElements.get('fusion-genes')) customElements.define('fusion-genes', FusionGenes);

declare global {
  interface HTMLElementTagNameMap {
    'fusion-genes': FusionGenes;
  }
}
