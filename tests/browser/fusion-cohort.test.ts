import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FusionCohort, FusionCohortSelectEvent } from '../../src/components/fusion-cohort';
import { cohortFixtureRecords } from '../fixtures/cohort';
import { reviewCases } from '../fixtures/review-cohort';
import { frame } from './mount';
// Written in Node by tests/render/cohort-snapshots.test.ts (linkedom, the CLI's path), numbers rounded.
import byPartnerSnapshot from '../__snapshots__/cohort-review-by-partner.svg?raw';

afterEach(() => document.body.replaceChildren());

async function settle(el: FusionCohort): Promise<void> {
  await el.updateComplete;
  await frame();
  await frame();
  await el.updateComplete;
}

async function mountCohort(records: readonly unknown[], attrs: Record<string, string> = {}, width = 1100): Promise<FusionCohort> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.append(box);
  const el = document.createElement('fusion-cohort');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.description = records;
  box.append(el);
  await settle(el);
  return el;
}

const rows = (el: FusionCohort) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('svg[part="svg"] g.cohort-row')];
const records = cohortFixtureRecords();

describe('<fusion-cohort>', { timeout: 60_000 }, () => {
  it('draws one row per fusion of the review with NSF::ALK first, and an accessible summary', async () => {
    const el = await mountCohort(records);
    expect(rows(el).length).toBe(records.length);
    expect(rows(el)[0]!.getAttribute('data-row')).toBe('nsf-alk');
    const svg = el.shadowRoot!.querySelector('svg[part="svg"]')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toMatch(new RegExp(`^${records.length} fusions of ALK from ${reviewCases.length + 1} cases`));
  });

  it('clicking a row selects it: fusion-cohort-select carries its id and its full diagram shows below', async () => {
    const el = await mountCohort(records);
    const seen: FusionCohortSelectEvent[] = [];
    document.addEventListener('fusion-cohort-select', (e) => seen.push(e as FusionCohortSelectEvent));
    const row = rows(el).find((r) => r.getAttribute('data-row') === 'case-4')!;
    row.querySelector('rect')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    expect(seen.at(-1)?.detail).toMatchObject({ id: 'case-4', rowIds: ['case-4'], label: 'CLTC::ALK' });
    expect(seen.at(-1)?.bubbles && seen.at(-1)?.composed).toBe(true);
    expect(el.selected).toBe('case-4');
    expect(row.getAttribute('aria-current')).toBe('true');
    const diagram = el.shadowRoot!.querySelector('[part="detail"] fusion-diagram')!;
    await (diagram as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(diagram.getAttribute('fusion')).toBe(records.find((r) => r.id === 'case-4')!.description);
  });

  it('arrow keys move focus from row to row and Enter selects the focused one', async () => {
    const el = await mountCohort(records, { 'group-by': 'partner' });
    const all = rows(el);
    expect(all.filter((r) => r.getAttribute('tabindex') === '0').length).toBe(1);
    all[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(el.shadowRoot!.activeElement).toBe(all[1]);
    await userEvent.keyboard('{End}');
    expect(el.shadowRoot!.activeElement).toBe(all.at(-1));
    const seen: FusionCohortSelectEvent[] = [];
    el.addEventListener('fusion-cohort-select', (e) => seen.push(e));
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(seen.at(-1)?.detail.id).toBe(all.at(-1)!.getAttribute('data-row'));
  });

  it('focusing a row shows its summary as a tooltip', async () => {
    const el = await mountCohort(records);
    rows(el)[1]!.focus();
    await settle(el);
    const tip = el.shadowRoot!.querySelector('[part="tooltip"]') as HTMLElement;
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toContain('RANBP2::ALK');
  });

  it('partner-only records without a gene show a visible error naming the field', async () => {
    const el = await mountCohort(reviewCases);
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('gene');
    el.setAttribute('gene', 'ALK');
    el.setAttribute('shared-exon', '20');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')).toBeNull();
    expect(rows(el).length).toBe(records.length - 1);
  });

  it('toSVG gives the standalone cohort figure, the same document as the Node renderer writes', async () => {
    const el = await mountCohort(records, { 'group-by': 'partner', 'sort-by': 'partner' }, 1100);
    const svg = el.toSVG();
    expect(svg).toContain('<title>ALK fusion cohort</title>');
    expect(svg).toContain('data-row="nsf-alk"');
    const normalise = (x: string) => x.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
    expect(normalise(svg)).toBe(byPartnerSnapshot);
  });

  it('has no axe violations, flat and grouped by partner with a row selected', async () => {
    const el = await mountCohort(records);
    const run = async () => (await axe.run(el.parentElement!, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.help}`);
    expect(await run()).toEqual([]);
    el.setAttribute('group-by', 'partner');
    await settle(el);
    el.select(rows(el)[1]!.getAttribute('data-row')!);
    await settle(el);
    expect(await run()).toEqual([]);
  }, 60_000);
});
