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

/** The `evidence` property's fields (FigureEvidence in the layout types). */
const EVIDENCE_FIELDS = ['support', 'frameNote'] as const;
/** Longest evidence text drawn: far above a support line or a frame note, short of a pasted file. */
export const MAX_EVIDENCE_TEXT = 1000;

export interface EvidenceValue {
  readonly support?: string;
  readonly frameNote?: string;
}

/**
 * The `evidence` property read at the edge: absent, or an object with string `support` and
 * `frameNote` (each at most MAX_EVIDENCE_TEXT characters). Anything else is an issue naming the
 * field, and the element shows its error box rather than drawing half of it.
 */
export function readEvidence(value: unknown): { evidence?: EvidenceValue; issues: Issue[] } {
  if (value === undefined || value === null) return { issues: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { issues: [bad('evidence', `evidence must be an object { support, frameNote }, got ${Array.isArray(value) ? 'an array' : typeof value}`)] };
  }
  const issues: Issue[] = [];
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (!(EVIDENCE_FIELDS as readonly string[]).includes(k)) {
      issues.push(bad(`evidence.${k.length > 40 ? `${k.slice(0, 37)}...` : k}`, `unknown field: evidence takes ${EVIDENCE_FIELDS.join(' and ')}`));
    } else if (v === undefined || v === null) continue;
    else if (typeof v !== 'string') issues.push(bad(`evidence.${k}`, `evidence.${k} must be text, got ${typeof v}`));
    else if (v.length > MAX_EVIDENCE_TEXT) issues.push(bad(`evidence.${k}`, `evidence.${k} is ${v.length} characters, more than ${MAX_EVIDENCE_TEXT}: ${JSON.stringify(`${v.slice(0, 77)}...`)}`));
    else out[k] = v;
  }
  return issues.length > 0 ? { issues } : { evidence: out, issues };
}
