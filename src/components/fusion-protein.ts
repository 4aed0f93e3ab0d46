/** Registers `<fusion-protein>`. Importing this module defines the tag (a side effect). */
import { FusionProtein } from './fusion-panel.component';

export { FusionProtein };

if (!customElements.get('fusion-protein')) customElements.define('fusion-protein', FusionProtein);

declare global {
  interface HTMLElementTagNameMap {
    'fusion-protein': FusionProtein;
  }
}
