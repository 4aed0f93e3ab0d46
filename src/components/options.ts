/**
 * The element's view attributes read at the edge: `panels` and `intron-scale` text to the
 * layout's options, with an issue naming the attribute and the value when they are wrong.
 */
import type { Issue } from '../model/types';

export type PanelName = 'genes' | 'transcript' | 'protein';
export type IntronScale = 'compressed' | 'genomic';
type Separator = ' ' | ',' | ', ';
/** The `panels` attribute's values: one to three panel names, space- or comma-separated (`'genes protein'`). */
export type PanelList = PanelName | `${PanelName}${Separator}${PanelName}` | `${PanelName}${Separator}${PanelName}${Separator}${PanelName}`;

export const PANEL_NAMES: readonly PanelName[] = ['genes', 'transcript', 'protein'];
export const INTRON_SCALES: readonly IntronScale[] = ['compressed', 'genomic'];

const bad = (path: string, message: string): Issue => ({ path, message, code: 'invalid-value' });

/** `"transcript protein"`, `"genes,protein"` → panels in drawing order; empty or absent → all three. */
export function readPanels(text: string | null | undefined): { panels: PanelName[]; issues: Issue[] } {
  const tokens = (text ?? '').split(/[\s,]+/).filter(Boolean);
  const unknown = tokens.filter((t) => !(PANEL_NAMES as string[]).includes(t));
  if (unknown.length > 0) {
    return {
      panels: [],
      issues: [bad('panels', `unknown panel ${unknown.slice(0, 3).map((t) => JSON.stringify(t.length > 30 ? `${t.slice(0, 27)}...` : t)).join(', ')}: expected a subset of ${PANEL_NAMES.join(', ')}`)],
    };
  }
  const chosen = tokens.length === 0 ? PANEL_NAMES : PANEL_NAMES.filter((p) => tokens.includes(p));
  return { panels: [...chosen], issues: [] };
}

/** Absent → `compressed`. */
export function readIntronScale(text: string | null | undefined): { scale: IntronScale; issues: Issue[] } {
  const value = text ?? 'compressed';
  if ((INTRON_SCALES as string[]).includes(value)) return { scale: value as IntronScale, issues: [] };
  return { scale: 'compressed', issues: [bad('intron-scale', `intron-scale must be ${INTRON_SCALES.join(' or ')}, got ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`)] };
}
