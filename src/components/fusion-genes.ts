/** Registers `<fusion-genes>`. Importing this module defines the tag (a side effect). */
import { FusionGenes } from './fusion-panel.component';

export { FusionGenes };

if (!customElements.get('fusion-genes')) customElements.define('fusion-genes', FusionGenes);

declare global {
  interface HTMLElementTagNameMap {
    'fusion-genes': FusionGenes;
  }
}
