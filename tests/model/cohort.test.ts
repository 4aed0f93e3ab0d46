import { describe, expect, it } from 'vitest';
import { partnerList, resolveCohort } from '../../src/api-cohort';
import { bundledAnnotation } from '../../src/annotation/bundled';
import { filterRows, groupRows, parseFilter, rowFacts, sortRows, type Cohort } from '../../src/model/cohort';
import { countCohort, describeCohort } from '../../src/model/cohort-summary';
import { domainLabel } from '../../src/model/explain';
import { illustrativeJunction } from '../../src/model/illustrative';
import { cohortFixtureRecords, reviewCohortRecords } from '../fixtures/cohort';
import { reviewCases } from '../fixtures/review-cohort';
import { genesJson } from '../support/shared-data';

const review = resolveCohort(reviewCohortRecords());
const cohort = review.cohort as Cohort;
/** One row per partner of each case (case 14 names six). */
const partnersPerCase = reviewCases.map((c) => partnerList(c.partner));
const rowCount = partnersPerCase.flat().length;
const alk = genesJson().ALK!;
/** ALK exon 20's first residue, from genes.json: where every ALK part of the review starts. */
const alkStart = alk.exonAaRanges[19]![0];
const kinase = bundledAnnotation().transcriptsOf('ALK')[0]!.domains.find((d) => d.accession === 'PF07714')!;

describe('resolveCohort on the review', { timeout: 60_000 }, () => {
  it('gives one row per partner of each of the 33 cases, all sharing ALK as the 3′ partner, with no issue', () => {
    expect(review.issues).toEqual([]);
    expect(cohort.gene).toBe('ALK');
    expect(cohort.side).toBe('threePrime');
    expect(cohort.rows.length).toBe(rowCount);
    expect(new Set(cohort.rows.map((r) => r.id)).size).toBe(rowCount);
    expect(cohort.rows.filter((r) => r.id.startsWith('case-14:')).map((r) => rowFacts(cohort, r).partner.gene)).toEqual(partnersPerCase[13]);
  });

  it('detects ALK as the gene common to all descriptions and keeps the clinical fields as text', () => {
    const row = cohort.rows[0]!;
    expect(row.clinical.bestResponse).toBe(reviewCases[0]!.bestResponse);
    expect(row.clinical.histology).toBe(reviewCases[0]!.histology);
    expect(row.clinical.case).toBe(String(reviewCases[0]!.case));
  });

  it('joins partner-only records by the illustrative rule and says so, given the shared gene and exon', () => {
    const r = resolveCohort(reviewCases, { gene: 'ALK', sharedExon: 20 });
    expect(r.issues).toEqual([]);
    expect(r.cohort!.rows.length).toBe(rowCount);
    expect(r.cohort!.rows.every((x) => x.illustrative && /Illustrative/.test(x.source!))).toBe(true);
    const cltc = r.cohort!.rows.find((x) => x.clinical.case === '4')!;
    expect(cltc.fusion.nomenclature).toBe(illustrativeJunction('CLTC', { gene: 'ALK', exon: 20, side: 'threePrime' }, bundledAnnotation())!.fusion.nomenclature);
  });

  it('reports partner-only records without a shared gene instead of guessing one', () => {
    const r = resolveCohort(reviewCases);
    expect(r.cohort).toBeNull();
    expect(r.issues[0]).toMatchObject({ path: 'gene', code: 'empty' });
  });

  it('keeps the good rows when one description is bad, naming the bad one by index and field', () => {
    const r = resolveCohort(['EML4:e.13::ALK:e.20', 'NSF:e.1_31::ALK:e.20_29', { partner: 'NOTAGENE' }, 'NPM1:e.4::ALK:e.20']);
    expect(r.cohort!.rows.map((x) => x.fusion.label)).toEqual(['EML4::ALK', 'NPM1::ALK']);
    expect(r.issues.some((i) => i.path.startsWith('description[1].'))).toBe(true);
    expect(r.issues.find((i) => i.path === 'description[2].partner')?.message).toContain('NOTAGENE');
  });

  it('does not change the records it is given', () => {
    const records = reviewCohortRecords().map((x) => Object.freeze({ ...x }));
    expect(() => resolveCohort(records)).not.toThrow();
  });
});

describe('cohort summary', () => {
  it('counts fusions, cases and partners, and what of ALK every fusion keeps, from the data', () => {
    const partners = new Set(partnersPerCase.flat()).size;
    const text = describeCohort(cohort);
    expect(text).toContain(`${rowCount} fusions of ALK from ${reviewCases.length} cases with ${partners} partners`);
    expect(text).toContain(`all ${rowCount} keep ALK ${alkStart}–${alk.proteinLength} and its ${domainLabel(kinase)}`);
    expect(text).toContain(`ALK starts at exon 20 in all ${rowCount}`);
    const illustrative = cohort.rows.filter((r) => r.illustrative).length;
    expect(illustrative).toBeGreaterThan(0);
    expect(text).toContain(`the junction of ${illustrative} is illustrative`);
    const pr = partnersPerCase.filter((_, i) => reviewCases[i]!.bestResponse === 'PR').flat().length;
    expect(text).toContain(`best response PR ${pr}`);
  });

  it('names NSF::ALK as out of frame and counts only the in-frame fusions as keeping the kinase', () => {
    const all = resolveCohort(cohortFixtureRecords()).cohort!;
    const c = countCohort(all);
    expect(c.inFrame).toBe(rowCount);
    expect(c.notInFrame.map((r) => r.fusion.label)).toEqual(['NSF::ALK']);
    expect(describeCohort(all)).toContain(`all ${rowCount} in-frame fusions keep ALK ${alkStart}–${alk.proteinLength}`);
    expect(describeCohort(all)).toContain('not in frame: NSF::ALK (out of frame)');
  });
});

describe('filter, sort and group', () => {
  it('filters by a clinical field, case-insensitively, and names an unknown field', () => {
    const { clauses, issues } = parseFilter('bestResponse=cr', ['bestResponse', 'partner']);
    expect(issues).toEqual([]);
    const cr = partnersPerCase.filter((_, i) => reviewCases[i]!.bestResponse === 'CR').flat().length;
    expect(filterRows(cohort, clauses).length).toBe(cr);
    expect(parseFilter('colour=red', ['partner']).issues[0]!.message).toContain('unknown field "colour"');
  });

  it('groups identical fusions of a partner into one counted entry', () => {
    const entries = groupRows(cohort, cohort.rows, 'partner');
    const ranbp2 = entries.find((e) => rowFacts(cohort, e.rows[0]!).partner.gene === 'RANBP2')!;
    expect(ranbp2.rows.length).toBe(partnersPerCase.filter((p) => p.includes('RANBP2')).length);
    expect(entries.reduce((s, e) => s + e.rows.length, 0)).toBe(rowCount);
  });

  it('sorts by kept partner length, longest first, without reordering the cohort', () => {
    const before = cohort.rows.map((r) => r.id);
    const lengths = sortRows(cohort, cohort.rows, 'kept').map((r) => rowFacts(cohort, r).partnerLength);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(cohort.rows.map((r) => r.id)).toEqual(before);
  });

  it('puts rows into sections by best response in clinical order', () => {
    const sections = [...new Set(groupRows(cohort, cohort.rows, 'bestResponse').map((e) => e.section))];
    expect(sections.slice(0, 4)).toEqual(['CR', 'PR', 'SD', 'PD']);
  });
});
