/**
 * CohortLayout: the cohort figure as plain geometry, drawn by src/render/cohort.ts. Header and
 * footer tracks are in figure coordinates; each row's shapes are relative to the row (the row
 * moves by its `y`), so a re-sort moves rows instead of redrawing them.
 */
import type { FilterClause } from '../model/cohort';
import type { Track } from './types';

export interface CohortLayoutOptions {
  /** Width of the figure in px. */
  readonly width: number;
  /** `partner` merges identical fusions into counted rows; a field name makes sections; `none` or absent: one row per fusion. */
  readonly groupBy?: string | null;
  /** `input` (default), `partner`, `breakpoint`, `kept`, `frame`, `junction` or a clinical field. */
  readonly sortBy?: string | null;
  readonly filter?: readonly FilterClause[];
  /** Columns: clinical fields, or `domains` (the partner domains kept); default: `bestResponse` and `histology` when the rows have them, then `domains`. */
  readonly fields?: readonly string[];
  /** The field drawn as coloured marks with a legend (default `bestResponse` when shown); the others are text. */
  readonly markField?: string | null;
}

export interface CohortRowLayout {
  /** Entry id: the row's id, or `partner:<nomenclature>` for a group of identical fusions. */
  readonly id: string;
  /** Ids of the cohort rows this entry stands for (one, or the group's). */
  readonly rowIds: readonly string[];
  readonly y: number;
  readonly height: number;
  /** What the row shows in words, for its aria-label and tooltip. */
  readonly summary: string;
  readonly highlight: boolean;
  readonly illustrative: boolean;
  readonly shapes: Track['shapes'];
}

export interface CohortSectionLayout {
  readonly id: string;
  readonly y: number;
  readonly shapes: Track['shapes'];
}

export interface CohortLayout {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** Plain-language summary of the rows shown (counted), for aria-label and <desc>. */
  readonly summary: string;
  /** Shared protein, exon strip, axis and column heads, in figure coordinates. */
  readonly header: readonly Track[];
  readonly sections: readonly CohortSectionLayout[];
  readonly rows: readonly CohortRowLayout[];
  /** Legend and footer, in figure coordinates. */
  readonly footer: readonly Track[];
  /** x of the shared gene's junction (every row aligned on it) and px per residue. */
  readonly junctionX: number;
  readonly pxPerResidue: number;
}
