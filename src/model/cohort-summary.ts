/**
 * The cohort in words, every number counted from the rows: how many fusions and partners,
 * what of the shared gene every in-frame fusion keeps, where the shared gene breaks, which
 * rows are out of frame and which junctions are illustrative. Used for the figure's <desc>,
 * the element's aria-label and the Storybook text.
 */
import { domainLabel } from './explain';
import { rowFacts, type Cohort, type CohortRow } from './cohort';
import { thousands } from './thousands';

const n = thousands;
const plural = (k: number, word: string, many = `${word}s`) => `${n(k)} ${k === 1 ? word : many}`;
const range = (r: readonly [number, number]) => (r[0] === r[1] ? `${r[0]}` : `${r[0]}–${r[1]}`);

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export interface CohortCounts {
  readonly fusions: number;
  readonly partners: readonly string[];
  /** Distinct `case` values, when the records carry one. */
  readonly cases: number | null;
  readonly inFrame: number;
  /** Residues of the shared gene kept by every in-frame row, or null when none is in frame. */
  readonly keptByAll: readonly [number, number] | null;
  /** Shared-gene domains kept whole by every in-frame row. */
  readonly domainsKeptByAll: readonly string[];
  /** Shared-gene junction exon → number of rows, most frequent first. */
  readonly breakpoints: readonly (readonly [number, number])[];
  readonly illustrative: number;
  readonly notInFrame: readonly CohortRow[];
}

export function countCohort(cohort: Cohort, rows: readonly CohortRow[] = cohort.rows): CohortCounts {
  const facts = rows.map((r) => ({ r, f: rowFacts(cohort, r) }));
  const partners = [...new Set(facts.map((x) => x.f.partner.gene))];
  const cases = rows.some((r) => r.clinical.case !== undefined) ? new Set(rows.map((r) => r.clinical.case ?? r.id)).size : null;
  const inFrame = facts.filter((x) => x.r.fusion.frame === 'in-frame' && x.f.shared.residues);
  const inFrameSet = new Set(inFrame);
  let keptByAll: [number, number] | null = null;
  for (const { f } of inFrame) {
    const [a, b] = f.shared.residues!;
    keptByAll = keptByAll ? [Math.max(keptByAll[0], a), Math.min(keptByAll[1], b)] : [a, b];
  }
  if (keptByAll && keptByAll[0] > keptByAll[1]) keptByAll = null;
  const whole = (x: (typeof inFrame)[number]) => new Set(x.f.sharedDomains.filter((d) => d.status === 'retained').map((d) => domainLabel(d)));
  const domainsKeptByAll = inFrame.length === 0 ? [] : [...whole(inFrame[0]!)].filter((d) => inFrame.every((x) => whole(x).has(d)));
  const exonCounts = new Map<number, number>();
  for (const { f } of facts) if (f.sharedExon !== null) exonCounts.set(f.sharedExon, (exonCounts.get(f.sharedExon) ?? 0) + 1);
  const breakpoints = [...exonCounts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return {
    fusions: rows.length,
    partners,
    cases,
    inFrame: inFrame.length,
    keptByAll,
    domainsKeptByAll,
    breakpoints,
    illustrative: rows.filter((r) => r.illustrative).length,
    notInFrame: facts.filter((x) => !inFrameSet.has(x)).map((x) => x.r),
  };
}

const FRAME_WORDS: Record<string, string> = {
  'out-of-frame': 'out of frame',
  'five-prime-utr': "5' UTR only",
  'three-prime-non-coding': "3' partner non-coding",
  unknown: 'frame unknown',
  'in-frame': 'in frame',
};

/** E.g. "38 fusions of ALK from 33 cases with 17 partners; all 37 in-frame fusions keep ALK 1058–1620 and its Protein tyrosine kinase; …". */
export function describeCohort(cohort: Cohort, rows: readonly CohortRow[] = cohort.rows): string {
  const c = countCohort(cohort, rows);
  const g = cohort.gene;
  if (c.fusions === 0) return `No fusion of ${g} to show.`;
  const parts: string[] = [];
  const from = c.cases !== null && c.cases !== c.fusions ? ` from ${plural(c.cases, 'case')}` : '';
  parts.push(`${plural(c.fusions, 'fusion')} of ${g}${from} with ${plural(c.partners.length, 'partner')}`);
  if (c.keptByAll) {
    const all = (k: number) => (k === 2 ? 'both' : `all ${n(k)}`);
    const who = c.inFrame === c.fusions
      ? (c.fusions === 1 ? 'it keeps' : `${all(c.fusions)} keep`)
      : (c.inFrame === 1 ? 'the in-frame fusion keeps' : `${all(c.inFrame)} in-frame fusions keep`);
    const domains = c.domainsKeptByAll.length ? ` and its ${list(c.domainsKeptByAll)}` : '';
    parts.push(`${who} ${g} ${range(c.keptByAll)}${domains}`);
  } else if (c.inFrame === 0) parts.push(`none is in frame`);
  if (c.notInFrame.length > 0) {
    const shown = c.notInFrame.slice(0, 5).map((r) => `${r.fusion.label} (${FRAME_WORDS[r.fusion.frame] ?? r.fusion.frame})`);
    const more = c.notInFrame.length > 5 ? ` and ${n(c.notInFrame.length - 5)} more` : '';
    parts.push(`not in frame: ${list(shown)}${more}`);
  }
  const [top, ...rest] = c.breakpoints;
  if (top) {
    const where = cohort.side === 'threePrime' ? 'starts at' : 'ends at';
    parts.push(rest.length === 0
      ? `${g} ${where} exon ${top[0]} in ${c.fusions === 1 ? 'it' : `all ${n(top[1])}`}`
      : `${g} ${where} exon ${top[0]} in ${n(top[1])}, ${list(rest.map(([e, k]) => `exon ${e} in ${n(k)}`))}`);
  }
  const bare = [...new Set(rows.filter((r) => r.fusion.frame === 'in-frame' && rowFacts(cohort, r).partnerDomains.length === 0).map((r) => rowFacts(cohort, r).partner.gene))];
  if (bare.length > 0) parts.push(`${list(bare)} ${bare.length === 1 ? 'keeps' : 'keep'} no annotated domain of ${bare.length === 1 ? 'its' : 'their'} own`);
  const responses = new Map<string, number>();
  for (const r of rows) if (r.clinical.bestResponse !== undefined) responses.set(r.clinical.bestResponse, (responses.get(r.clinical.bestResponse) ?? 0) + 1);
  if (responses.size > 0) parts.push(`best response ${[...responses.entries()].sort((a, b) => b[1] - a[1]).map(([v, k]) => `${v} ${n(k)}`).join(', ')}`);
  if (c.illustrative > 0) {
    parts.push(`the junction of ${n(c.illustrative)} is illustrative (the data name the partner only; an in-frame exon boundary was chosen)`);
  }
  return `${parts.join('; ')}.`;
}
