import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { resolveCohort } from '../../src/api-cohort';
import { layoutCohort, type CohortLayout, type CohortRowLayout } from '../../src/layout/cohort';
import type { Shape } from '../../src/layout/types';
import { rowFacts, type Cohort } from '../../src/model/cohort';
import { cohortSvgDocument, renderCohort } from '../../src/render/cohort';
import { cohortFixtureRecords } from '../fixtures/cohort';
import { genesJson } from '../support/shared-data';

const cohort = resolveCohort(cohortFixtureRecords()).cohort as Cohort;
const flat = layoutCohort(cohort, { width: 1100 });
const grouped = layoutCohort(cohort, { width: 1100, groupBy: 'partner' });
const alk = genesJson().ALK!;
const alkStart = alk.exonAaRanges[19]![0];

const rect = (r: CohortRowLayout, id: string) => r.shapes.find((s): s is Extract<Shape, { shape: 'rect' }> => s.shape === 'rect' && s.id === id);
const headerShape = (l: CohortLayout, id: string) => l.header.flatMap((t) => t.shapes).find((s) => s.id === id);
const byId = new Map(cohort.rows.map((r) => [r.id, r]));

describe('layoutCohort', () => {
  it('aligns every row at the ALK junction: each ALK part starts at the same x', () => {
    for (const row of flat.rows) {
      const three = rect(row, 'three-prime') ?? rect(row, 'frameshift');
      expect(three, row.id).toBeDefined();
      expect(three!.x).toBeCloseTo(flat.junctionX, 6);
    }
    const guide = headerShape(flat, 'junction-guide') as Extract<Shape, { shape: 'line' }>;
    expect(guide.x1).toBeCloseTo(flat.junctionX, 6);
  });

  it('draws every row on one residue scale: bar widths are kept residues times the same px per residue', () => {
    for (const row of flat.rows) {
      const r = byId.get(row.id)!;
      const f = r.fusion;
      const five = rect(row, 'five-prime')!;
      expect(five.width, row.id).toBeCloseTo(rowFacts(cohort, r).partnerLength * flat.pxPerResidue, 6);
      // EML4 v3b-like rows keep new residues: the partner then ends before the junction by exactly them.
      expect(five.x + five.width + f.protein.novelResidues * flat.pxPerResidue).toBeCloseTo(flat.junctionX, 6);
      if (f.frame === 'in-frame') expect(rect(row, 'three-prime')!.width).toBeCloseTo((alk.proteinLength - alkStart + 1) * flat.pxPerResidue, 6);
    }
  });

  it('puts the shared ALK protein on the rows’ scale, its first kept residue on the junction', () => {
    const wt = headerShape(flat, 'shared-wild-type') as Extract<Shape, { shape: 'rect' }>;
    expect(wt.width).toBeCloseTo(alk.proteinLength * flat.pxPerResidue, 6);
    expect(wt.x + (alkStart - 1) * flat.pxPerResidue).toBeCloseTo(flat.junctionX, 6);
    const kinase = headerShape(flat, 'ALK:domain:PF07714:1116') as Extract<Shape, { shape: 'rect' }>;
    expect(kinase.feature?.tooltip).toContain(`kept whole in ${cohort.rows.length - 1} of ${cohort.rows.length}`);
  });

  it('counts the ALK junction exons in the strip: every fusion at exon 20', () => {
    const strip = flat.header.find((t) => t.name === 'exon-strip')!.shapes;
    expect(strip.filter((s) => s.shape === 'rect').length).toBe(alk.exons.length);
    expect(strip.find((s) => s.id === 'strip-count:20')).toMatchObject({ text: String(cohort.rows.length) });
  });

  it('stacks rows without overlap, one per fusion, in input order with stable ids', () => {
    expect(flat.rows.map((r) => r.id)).toEqual(cohort.rows.map((r) => r.id));
    flat.rows.slice(1).forEach((r, i) => expect(r.y).toBeGreaterThanOrEqual(flat.rows[i]!.y + flat.rows[i]!.height));
    expect(flat.height).toBeGreaterThan(flat.rows.at(-1)!.y);
  });

  it('grouped by partner, a counted row stands for each set of identical fusions', () => {
    expect(grouped.rows.reduce((s, r) => s + r.rowIds.length, 0)).toBe(cohort.rows.length);
    const ranbp2 = grouped.rows.find((r) => r.rowIds.length > 1 && byId.get(r.rowIds[0]!)!.fusion.label === 'RANBP2::ALK')!;
    const label = ranbp2.shapes.find((s) => s.id === 'label') as Extract<Shape, { shape: 'text' }>;
    expect(label.text).toContain(`×${ranbp2.rowIds.length}`);
    const marks = ranbp2.shapes.filter((s) => s.id.startsWith('mark-text:')).map((s) => (s as Extract<Shape, { shape: 'text' }>).text);
    const pr = ranbp2.rowIds.filter((id) => byId.get(id)!.clinical.bestResponse === 'PR').length;
    expect(marks).toContain(`PR ${pr}`);
  });

  it('lists the partner domains each row keeps in the Partner domains column', () => {
    for (const row of flat.rows.slice(0, 10)) {
      const r = byId.get(row.id)!;
      const cell = row.shapes.find((s) => s.id === 'cell:domains') as Extract<Shape, { shape: 'text' }>;
      const first = rowFacts(cohort, r).partnerDomains[0];
      expect(cell.text.startsWith(first ? first.name.slice(0, 8) : 'none'), row.id).toBe(true);
    }
  });

  it('marks illustrative rows with a dashed outline and a dagger, and no published row', () => {
    for (const row of flat.rows) {
      const r = byId.get(row.id)!;
      const label = row.shapes.find((s) => s.id === 'label') as Extract<Shape, { shape: 'text' }>;
      expect(Boolean(rect(row, 'illustrative')), row.id).toBe(r.illustrative);
      expect(label.text.includes('†'), row.id).toBe(r.illustrative);
    }
  });

  it('highlights NSF::ALK and draws its ALK part as a frameshift', () => {
    const nsf = flat.rows.find((r) => r.id === 'nsf-alk')!;
    expect(nsf.highlight).toBe(true);
    expect(rect(nsf, 'frameshift')).toBeDefined();
    expect(rect(nsf, 'frame-badge')!.className).toContain('frame-out-of-frame');
    expect(nsf.shapes.some((s) => s.id.startsWith('ALK:domain:'))).toBe(false);
  });

  it('shows only the rows a filter keeps, and the summary counts only them', () => {
    const l = layoutCohort(cohort, { width: 1100, filter: [{ field: 'partner', values: ['eml4'] }] });
    const eml4 = cohort.rows.filter((r) => r.fusion.fivePrime.gene === 'EML4').length;
    expect(l.rows.length).toBe(eml4);
    expect(l.summary).toMatch(new RegExp(`^${eml4} fusions of ALK`));
  });

  it('lays out a cohort whose shared gene is the 5′ partner with that gene left of the junction', () => {
    const c = resolveCohort(['BCR:e.13::ABL1:e.2', 'BCR:e.14::ABL1:e.2', 'BCR:e.1::ABL1:e.2'], { gene: 'BCR' }).cohort!;
    expect(c.side).toBe('fivePrime');
    const l = layoutCohort(c, { width: 900 });
    for (const row of l.rows) {
      const five = rect(row, 'five-prime')!;
      expect(five.x + five.width).toBeCloseTo(l.junctionX, 6);
    }
  });

  it('renders to a standalone SVG whose rows are keyed groups that a re-sort moves, not redraws', () => {
    const svg = cohortSvgDocument(flat, { DOMParser: DOMParser as never });
    expect(svg).toContain('<title>ALK fusion cohort</title>');
    expect((svg.match(/<g[^>]*class="cohort-row[ "]/g) ?? []).length).toBe(flat.rows.length);
    const doc = new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"></svg>', 'image/svg+xml');
    const el = doc.documentElement as unknown as SVGSVGElement;
    renderCohort(el, flat);
    const node = el.querySelector('[data-row="case-4"]');
    renderCohort(el, layoutCohort(cohort, { width: 1100, sortBy: 'kept' }));
    expect(el.querySelector('[data-row="case-4"]')).toBe(node);
    expect(el.querySelectorAll('[tabindex="0"]').length).toBe(1);
  });
});
