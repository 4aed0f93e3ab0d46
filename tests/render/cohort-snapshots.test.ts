/**
 * SVG snapshots of the cohort story figures (tests/fixtures/cohort.ts), same harness as
 * snapshots.test.ts: numbers rounded to one decimal; a missing snapshot is written; a mismatch
 * writes <name>-changed.svg beside it for a person to look at.
 */
import { DOMParser } from 'linkedom';
import { describe, it } from 'vitest';
import { expectSnapshot } from '../support/svg-snapshot';
import { resolveCohort } from '../../src/api-cohort';
import { layoutCohort, type CohortLayoutOptions } from '../../src/layout/cohort';
import { cohortSvgDocument } from '../../src/render/cohort';
import { cohortFixtureRecords } from '../fixtures/cohort';

const normalise = (svg: string) => svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

const cases: { name: string; options: Omit<CohortLayoutOptions, 'filter'> }[] = [
  { name: 'cohort-review-by-partner', options: { width: 1100, groupBy: 'partner', sortBy: 'partner' } },
  { name: 'cohort-review-by-response', options: { width: 1000, groupBy: 'bestResponse' } },
  { name: 'cohort-review-480px', options: { width: 480, groupBy: 'partner' } },
];

describe('SVG snapshots of the cohort figures', { timeout: 60_000 }, () => {
  const cohort = resolveCohort(cohortFixtureRecords()).cohort!;
  for (const c of cases) {
    it(`${c.name} draws as its snapshot`, () => {
      const svg = normalise(cohortSvgDocument(layoutCohort(cohort, c.options), { DOMParser: DOMParser as never }));
      expectSnapshot(c.name, svg);
    });
  }
});
