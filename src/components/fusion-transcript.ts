/** Registers `<fusion-transcript>`. Importing this module defines the tag (a side effect). */
import { FusionTranscript } from './fusion-panel.component';

export { FusionTranscript };
// Re-exported so the declaration of this entry loads the events' `HTMLElementEventMap` entries:
// `import 'fusion-viz/fusion-transcript'` alone types `el.addEventListener('fusion-error', (e) => e.detail.issues)`.
export type { FusionErrorDetail, FusionErrorEvent, FusionFeatureDetail, FusionFeatureEvent, FusionFeatureKind } from './events';
export type { IntronScale, PanelList, PanelName } from './options';

if (!customElements.get('fusion-transcript')) customElements.define('fusion-transcript', FusionTranscript);

declare global {
  interface HTMLElementTagNameMap {
    'fusion-transcript': FusionTranscript;
  }
}
