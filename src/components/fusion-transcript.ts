/** Registers `<fusion-transcript>`. Importing this module defines the tag (a side effect). */
import { FusionTranscript } from './fusion-panel.component';

export { FusionTranscript };

if (!customElements.get('fusion-transcript')) customElements.define('fusion-transcript', FusionTranscript);

declare global {
  interface HTMLElementTagNameMap {
    'fusion-transcript': FusionTranscript;
  }
}
