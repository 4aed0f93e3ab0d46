/** Registers `<fusion-diagram>`. Importing this module defines the tag (a side effect). */
import { FusionDiagram } from './fusion-diagram.component';

export { FusionDiagram };
// Re-exported so the declaration of this entry loads the events' `HTMLElementEventMap` entries:
// `import 'fusion-viz/fusion-diagram'` alone types `el.addEventListener('fusion-error', (e) => e.detail.issues)`.
export type { FusionErrorDetail, FusionErrorEvent, FusionFeatureDetail, FusionFeatureEvent, FusionFeatureKind } from './events';
export type { IntronScale, PanelList, PanelName } from './options';

if (!customElements.get('fusion-diagram')) customElements.define('fusion-diagram', FusionDiagram);

declare global {
  interface HTMLElementTagNameMap {
    'fusion-diagram': FusionDiagram;
  }
}
