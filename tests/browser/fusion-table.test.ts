import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/register';
import type { FusionTable } from '../../src/components/fusion-table.component';
import star from './.generated/callers/fusor-star-fusion.fusion_predictions.abridged.tsv?raw';
import fusioncatcher from './.generated/callers/fusor-final-list_candidate-fusion-genes.txt?raw';
import { frame } from './mount';

afterEach(() => document.body.replaceChildren());

const STAR_ROWS = star.split('\n').filter((l) => l && !l.startsWith('#'));

async function mountTable(init: (el: FusionTable) => void): Promise<FusionTable> {
  const box = document.createElement('div');
  box.style.width = '1100px';
  document.body.append(box);
  const el = document.createElement('fusion-table');
  init(el);
  box.append(el);
  await el.updateComplete;
  return el;
}

const bodyRows = (el: FusionTable) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')];
const cell = (tr: HTMLTableRowElement, k: number) => tr.cells[k]!.textContent!.trim();

async function until(test: () => boolean, what: string): Promise<void> {
  for (let k = 0; k < 200 && !test(); k++) await new Promise((r) => setTimeout(r, 25));
  expect(test(), what).toBe(true);
}

describe('<fusion-table>', () => {
  it('lists every row of a STAR-Fusion file with its line, genes, frame, reads and why a row fails', async () => {
    const el = await mountTable((t) => (t.text = star));
    const rows = bodyRows(el);
    expect(rows).toHaveLength(STAR_ROWS.length);
    expect(rows.map((r) => Number(cell(r, 0)))).toEqual(STAR_ROWS.map((_, k) => k + 2));
    const first = STAR_ROWS[0]!.split('\t');
    expect(cell(rows[0]!, 1)).toBe(first[0]!.replace('--', '::'));
    expect(cell(rows[0]!, 3)).toBe('in-frame');
    expect(cell(rows[0]!, 5)).toBe(`${first[1]} split + ${first[2]} discordant`);
    const bad = rows.filter((r) => r.classList.contains('bad'));
    expect(bad.length).toBeGreaterThan(0);
    for (const r of bad) expect(cell(r, 7)).toMatch(/unknown gene|lies|does not hold/);
  });

  it('selecting a row, by click or keyboard, draws its <fusion-diagram> below and says which line', async () => {
    const el = await mountTable((t) => (t.text = star));
    const events: number[] = [];
    el.addEventListener('fusion-row-select', (e) => events.push((e as CustomEvent<{ line: number }>).detail.line));
    await userEvent.click(bodyRows(el)[0]!.cells[1]!);
    await el.updateComplete;
    const diagram = el.shadowRoot!.querySelector('fusion-diagram')!;
    expect(diagram).not.toBeNull();
    await diagram.updateComplete;
    await frame();
    await frame();
    await diagram.updateComplete;
    expect(diagram.result?.nomenclature).toContain('(KIF5B)');
    expect(diagram.shadowRoot!.querySelector('svg[part="svg"]')).not.toBeNull();
    // The row's evidence goes to its diagram: the support line is drawn under the title.
    const support = el.shadowRoot!.querySelector('[part="detail"] p')!.textContent!.split(' · ').slice(1).join(' · ');
    expect(diagram.evidence?.support).toBe(support);
    expect([...diagram.shadowRoot!.querySelectorAll('[part="title"] text')].map((t) => t.textContent)).toContain(support);
    expect(bodyRows(el)[0]!.getAttribute('aria-selected')).toBe('true');
    bodyRows(el)[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(events).toEqual([2, 3]);
    expect(el.selectedLine).toBe(3);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-line')).toBe('3');
  });

  it("passes a row's caller sequence to its diagram once: a table re-render (a sort) does not resolve it again", async () => {
    const el = await mountTable((t) => (t.text = fusioncatcher));
    await until(() => bodyRows(el).some((r) => r.getAttribute('data-line') === '80'), 'FusionCatcher line 80 listed');
    // The table re-lists its rows once the genes' annotation shards arrive: select when it has settled.
    const row80 = () => bodyRows(el).find((r) => r.getAttribute('data-line') === '80');
    for (let k = 0; k < 200 && !el.shadowRoot!.querySelector('fusion-diagram'); k++) {
      await userEvent.click(row80()!.cells[1]!);
      await el.updateComplete;
      if (!el.shadowRoot!.querySelector('fusion-diagram')) await new Promise((r) => setTimeout(r, 50));
    }
    const diagram = el.shadowRoot!.querySelector('fusion-diagram')!;
    expect(diagram, 'the selected row shows its diagram').not.toBeNull();
    await until(() => diagram.fusionModel !== null, 'the selected row resolved');
    const model = diagram.fusionModel!;
    // The row's Fusion_sequence reached the diagram and the model read the junction from it.
    expect(model.sequence?.source).toBe('FusionCatcher Fusion_sequence');
    const readsHeader = [...el.shadowRoot!.querySelectorAll('th')].find((th) => th.textContent!.includes('Reads'))!;
    await userEvent.click(readsHeader.querySelector('button')!);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('fusion-diagram')).toBe(diagram);
    expect(diagram.fusionModel).toBe(model);
  }, 90_000); // fetches the annotation shards of the file's genes

  it('sorts by a column and filters by text', async () => {
    const el = await mountTable((t) => (t.text = star));
    const readsHeader = [...el.shadowRoot!.querySelectorAll('th')].find((th) => th.textContent!.includes('Reads'))!;
    await userEvent.click(readsHeader.querySelector('button')!);
    await userEvent.click(readsHeader.querySelector('button')!);
    await el.updateComplete;
    expect(readsHeader.getAttribute('aria-sort')).toBe('descending');
    const totals = STAR_ROWS.map((l) => Number(l.split('\t')[1]) + Number(l.split('\t')[2]));
    expect(bodyRows(el).map((r) => Number(cell(r, 5).split(' ')[0]) + Number(cell(r, 5).split(' + ')[1]!.split(' ')[0]))[0]).toBe(Math.max(...totals));
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    await userEvent.fill(search, 'ALK');
    await el.updateComplete;
    const shown = bodyRows(el);
    expect(shown.length).toBe(STAR_ROWS.filter((l) => l.includes('ALK')).length);
  });

  it('fetches a file from src', async () => {
    const el = await mountTable((t) => (t.src = new URL('./.generated/callers/fusion-report-dragen.tsv', import.meta.url).href));
    await until(() => bodyRows(el).length > 0, 'rows appear after the fetch');
    expect(bodyRows(el).map((r) => cell(r, 1))).toContain('EWSR1::FLI1');
  });

  it('reads a dropped gzipped VCF and lists its rows with line and reason', async () => {
    const el = await mountTable(() => {});
    const bytes = await (await fetch(new URL('./.generated/callers/manta-demo-somaticSV.vcf.gz', import.meta.url))).arrayBuffer();
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'somaticSV.vcf.gz'));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    await until(() => bodyRows(el).length > 0, 'rows appear after the drop');
    const rows = bodyRows(el);
    expect(rows.every((r) => r.classList.contains('bad'))).toBe(true);
    for (const r of rows) expect(cell(r, 7)).toMatch(/on GRCh37 but the annotation is GRCh38/);
  });

  it('shows an error, not a blank box, for a file it does not read', async () => {
    const el = await mountTable((t) => (t.text = 'gene\tpos\nEML4\t1\n'));
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).toMatch(/not a caller file/);
  });
});

describe('<fusion-table> accessibility', () => {
  it('has no axe violations with a real STAR-Fusion file and a selected row', async () => {
    const { default: axe } = await import('axe-core');
    const el = await mountTable((t) => (t.text = star));
    el.select(2);
    await el.updateComplete;
    const result = await axe.run(el, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});
