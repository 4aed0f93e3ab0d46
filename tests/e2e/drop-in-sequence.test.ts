/**
 * The drop-in file and its junction-sequence sibling dist/fusion-viz-sequence.js: a page of plain
 * figures never fetches it (tests/e2e/plain-page.test.ts counts the requests); an element given a
 * caller's sequence fetches it once, from beside the drop-in, and draws the strip; when it cannot
 * be fetched the element shows its error box naming the file, and the page sees no exception.
 * Also the annotation readers' sibling dist/fusion-viz-annotation-readers.js, on request only.
 */
import { describe, expect, it } from 'vitest';
import { callerSequenceOf } from '../../src/rows';
import { useBuiltSite } from '../support/e2e';
import { evidenceCase } from '../support/evidence-cases';

const e2e = useBuiltSite();

/** FusionCatcher's RMND5A::ANAPC1 row (GRCh38): its description and its Fusion_sequence, as <fusion-table> hands them to its diagram. */
function callerRow(): { description: object; callerSequence: object } {
  const { row } = evidenceCase('fusioncatcher-rmnd5a-anapc1');
  return { description: row.input!, callerSequence: callerSequenceOf(row.evidence, row.format, row.caller)! };
}

/** Adds a <fusion-diagram> given the row's description and caller sequence; resolves with what it shows once it has drawn or failed. */
const ADD_DIAGRAM = `async ({ description, callerSequence }) => {
  const el = document.createElement('fusion-diagram');
  el.description = description;
  el.callerSequence = callerSequence;
  document.body.append(el);
  const root = () => el.shadowRoot;
  for (let k = 0; k < 600 && !root()?.querySelector('[part="error"], svg .seq-aa'); k++) await new Promise((r) => setTimeout(r, 50));
  return {
    strip: root().querySelectorAll('svg .seq-aa').length,
    source: el.fusionModel?.sequence?.source ?? null,
    error: root().querySelector('[part="error"]')?.textContent.replace(/\\s+/g, ' ') ?? null,
    issues: el.issues.map((i) => i.path + ': ' + i.message),
  };
}`;

describe('the drop-in file and its junction-sequence sibling', () => {
  it('fetches dist/fusion-viz-sequence.js only when an element is given sequence, and draws the strip from it', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${e2e.site.url}/examples/plain.html`);
    await page.waitForFunction(() => document.querySelector('fusion-diagram')?.shadowRoot?.querySelector('svg [data-kind="exon"]'));
    const dist = () => e2e.site.requests.filter((p) => p.startsWith('/dist/'));
    expect(dist()).toEqual(['/dist/fusion-viz.js']);
    // The drop-in's own front door before the sibling is loaded: an issue saying what to do, never a
    // silent figure without sequence (for a description of embedded genes: the row's are fetched by the element).
    const { description, callerSequence } = callerRow();
    const before = await page.evaluate(`(async () => {
      const dropIn = await import(location.origin + '/dist/fusion-viz.js');
      const r = dropIn.resolveFusion('NSF:e.1_20::ALK:e.20_29', { callerSequence: { source: 'test', transcript: 'ACGTACGT|ACGTACGT' } });
      return r.ok ? 'resolved' : r.issues.map((i) => i.path + ' ' + i.code + ': ' + i.message).join('; ');
    })()`);
    expect(before).toMatch(/^callerSequence code-unavailable: .*fusion-viz-sequence\.js.*await loadSequence\(\)/);
    expect(dist()).toEqual(['/dist/fusion-viz.js']);

    const drawn = await page.evaluate(`(${ADD_DIAGRAM})(${JSON.stringify({ description, callerSequence })})`);
    expect(drawn).toEqual({ strip: expect.any(Number), source: 'FusionCatcher Fusion_sequence', error: null, issues: [] });
    expect((drawn as { strip: number }).strip).toBeGreaterThan(3);
    expect(dist()).toEqual(['/dist/fusion-viz.js', '/dist/fusion-viz-sequence.js']);

    // Once loaded: loadSequence() resolves with the sequence API, and the drop-in's resolveFusion reads sequence.
    const after = await page.evaluate(`(async () => {
      const dropIn = await import(location.origin + '/dist/fusion-viz.js');
      const api = await dropIn.loadSequence();
      const r = dropIn.resolveFusion(${JSON.stringify(description)}, { callerSequence: ${JSON.stringify(callerSequence)} });
      return { names: Object.keys(api).sort(), codon: api.translateCodon('ATG'), source: r.ok ? r.value.sequence?.source : r.issues };
    })()`);
    expect(after).toEqual({
      names: ['junctionSequence', 'layoutSequence', 'normaliseCallerTranscript', 'reverseComplement', 'sequenceRequest', 'translateCodon', 'withJunctionSequence'],
      codon: 'M',
      source: 'FusionCatcher Fusion_sequence',
    });
    expect(dist()).toEqual(['/dist/fusion-viz.js', '/dist/fusion-viz-sequence.js']);
    expect(errors).toEqual([]);
  }, 90_000); // fetches the annotation shards of the row's genes

  it('shows the error box naming dist/fusion-viz-sequence.js when it cannot be fetched', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/fusion-viz-sequence.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${e2e.site.url}/examples/plain.html`);
    await page.waitForFunction(() => document.querySelector('fusion-diagram')?.shadowRoot?.querySelector('svg [data-kind="exon"]'));
    const shown = (await page.evaluate(`(${ADD_DIAGRAM})(${JSON.stringify(callerRow())})`)) as { strip: number; error: string | null; issues: string[] };
    expect(shown.strip).toBe(0);
    expect(shown.error).toMatch(/This fusion cannot be drawn\..*callerSequence: could not load the junction-sequence code \(the drop-in's fusion-viz-sequence\.js, served beside fusion-viz\.js\): .*fusion-viz-sequence\.js/);
    expect(shown.issues).toHaveLength(1);
    expect(errors).toEqual([]);
  }, 90_000);

  it('loads the GTF and refGene readers and createAnnotationSource from dist/fusion-viz-annotation-readers.js on loadAnnotationReaders() only', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${e2e.site.url}/examples/plain.html`);
    await page.waitForFunction(() => document.querySelector('fusion-diagram')?.shadowRoot?.querySelector('svg [data-kind="exon"]'));
    const fetched = () => e2e.site.requests.filter((p) => p.endsWith('/fusion-viz-annotation-readers.js'));
    expect(fetched()).toEqual([]);
    const readers = await page.evaluate(`(async () => {
      const dropIn = await import(location.origin + '/dist/fusion-viz.js');
      const loaded = await dropIn.loadAnnotationReaders();
      const byName = await import(location.origin + '/dist/fusion-viz-annotation-readers.js');
      return {
        same: loaded === byName,
        bad: loaded.parseRefGene('NM_0\\tchr1\\t*\\t1\\t9\\t1\\t9\\t1\\t1,\\t9,\\t0\\tX').issues.map((i) => i.message),
        gtf: loaded.parseGtf('chr1\\tx\\texon\\t5\\t1\\t.\\t+\\t.\\ttranscript_id "T1";').issues.map((i) => i.path),
        source: loaded.createAnnotationSource([], { assembly: 'GRCh38', description: 'none' }).transcriptsOf('ALK').length,
        inMain: ['parseGtf', 'parseRefGene', 'createAnnotationSource', 'sourceFromPack'].filter((n) => n in dropIn),
      };
    })()`);
    expect(readers).toEqual({ same: true, bad: ['refGene line 1 (NM_0): strand * is not + or -'], gtf: ['line 1'], source: 0, inMain: [] });
    expect(fetched()).toEqual(['/dist/fusion-viz-annotation-readers.js']);
    expect(errors).toEqual([]);
  }, 60_000);
});
