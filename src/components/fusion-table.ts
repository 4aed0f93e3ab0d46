/** Registers `<fusion-table>`. Importing this module defines the tag (a side effect). */
import { FusionTable } from './fusion-table.component';

export { FusionTable };

if (!customElements.get('fusion-table')) customElements.define('fusion-table', FusionTable);

declare global {
  interface HTMLElementTagNameMap {
    'fusion-table': FusionTable;
  }
}
