/** Registers `<fusion-cohort>` (and `<fusion-diagram>`, which shows the selected row). Importing this module defines the tags. */
import './fusion-diagram';
import { FusionCohort } from './fusion-cohort.component';

export { FusionCohort };
export type { FusionCohortSelectDetail, FusionCohortSelectEvent } from './fusion-cohort.component';

if (!customElements.get('fusion-cohort')) customElements.define('fusion-cohort', FusionCohort);

declare global {
  interface HTMLElementTagNameMap {
    'fusion-cohort': FusionCohort;
  }
}
