/** Registers `<fusion-diagram>`. Importing this module defines the tag (a side effect). */
import { FusionDiagram } from './fusion-diagram.component';

export { FusionDiagram };

if (!customElements.get('fusion-diagram')) customElements.define('fusion-diagram', FusionDiagram);

declare global {
  interface HTMLElementTagNameMap {
    'fusion-diagram': FusionDiagram;
  }
}
