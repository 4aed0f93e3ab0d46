import { FusionDiagram } from './fusion-diagram.component';
import type { PanelName } from './options';

/**
 * @summary The fusion protein alone — frame, junction residue and retained domains — for a
 * compact report line. Same attributes, events, parts and custom properties as
 * `<fusion-diagram>`; its `panels` attribute is ignored.
 */
export class FusionProtein extends FusionDiagram {
  protected override get fixedPanels(): readonly PanelName[] {
    return ['protein'];
  }
}

/**
 * @summary The fusion transcript alone — retained exons of both partners and the junction —
 * for a compact report line. Same API as `<fusion-diagram>`; `panels` is ignored.
 */
export class FusionTranscript extends FusionDiagram {
  protected override get fixedPanels(): readonly PanelName[] {
    return ['transcript'];
  }
}

/**
 * @summary The two partner genes alone, 5'→3', with their breakpoints. Same API as
 * `<fusion-diagram>`; `panels` is ignored.
 */
export class FusionGenes extends FusionDiagram {
  protected override get fixedPanels(): readonly PanelName[] {
    return ['genes'];
  }
}
