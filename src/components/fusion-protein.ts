/** Registers `<fusion-protein>`. Importing this module defines the tag (a side effect). */
import { FusionProtein } from './fusion-panel.component';

export { FusionProtein };
// Re-exported so the declaration of this entry loads the events' `HTMLElementEventMap` entries:
// `import 'fusion-viz/fusion-protein'` alone types `el.addEventListener('fusion-error', (e) => e.detail.issues)`.
export type { FusionErrorDetail, FusionErrorEvent, FusionFeatureDetail, FusionFeatureEvent, FusionFeatureKind } from './events';
export type { IntronScale, PanelList, PanelName } from './options';

if (!customElements.get('fusion-protein')) customElements.define('fusion-protein', FusionProtein);

declare global {
  interface HTMLElementTagNameMap {
    'fusion-protein': FusionProtein;
  }
}
