import { exonFirstBase, exonLastBase } from '../../src/model/coordinates';
import { describe, expect, it } from 'vitest';
import { bundledAnnotation } from '../../src/annotation/bundled';
import type { CallerRowOk } from '../../src/formats/caller-types';
import { markCaseJunction } from '../../src/formats/star-fusion';
import { resolveCallerRow } from '../../src/rows';
import { dataLines, expectEveryRowAccounted, fixtureText, readFixture, refGeneSource, resolveAll } from '../support/callers';

const FILES = [
  'star-fusion/kickstart.fusion_candidates.final.abridged.tsv',
  'star-fusion/fusor-star-fusion.fusion_predictions.abridged.tsv',
  'star-fusion/chimeraviz-abridged.annotated.coding_effect.tsv',
  'star-fusion/fusioninspector-ex2.final.abridged.FFPM.tsv',
];

function table(rel: string): Record<string, string>[] {
  const [head, ...rows] = fixtureText(rel).split('\n').filter(Boolean);
  const names = head!.replace(/^#/, '').split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [names[i]!, v])));
}

describe('STAR-Fusion abridged, coding_effect and FusionInspector', () => {
  it.each(FILES)('%s: every data row annotates or yields an error naming its line', (rel) => {
    const file = readFixture(rel);
    expect(file.format).toBe('star-fusion');
    expectEveryRowAccounted(file, resolveAll(file, bundledAnnotation()), dataLines(fixtureText(rel)));
  });

  it('reads every row of the FUSOR STAR-Fusion file: symbols without ^ENSG, chr:pos:strand, junction and spanning reads', () => {
    const rel = FILES[1]!;
    const rows = readFixture(rel).rows as CallerRowOk[];
    const cells = table(rel);
    expect(rows).toHaveLength(cells.length);
    rows.forEach((r, k) => {
      const c = cells[k]!;
      const [chrom, pos, strand] = c.LeftBreakpoint!.split(':');
      expect(r.input.fivePrime.breakpoint).toEqual({ chrom, pos: Number(pos), strand });
      expect(r.evidence.genes.fivePrime).toBe(c.LeftGene);
      if (/^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(c.LeftGene!.split('^')[0]!)) expect(r.input.fivePrime.gene).toBe(c.LeftGene!.split('^')[0]);
      expect(r.evidence.splitReads).toBe(Number(c.JunctionReadCount));
      expect(r.evidence.spanningPairs).toBe(Number(c.SpanningFragCount));
      expect(r.evidence.score).toBe(Number(c.FFPM));
    });
  });

  it('ONLY_REF_SPLICE rows that resolve on GRCh38 break exactly at exon boundaries, at the file\'s positions', () => {
    const rel = FILES[1]!;
    const file = readFixture(rel);
    const cells = table(rel);
    const resolved = resolveAll(file, bundledAnnotation());
    const checked = resolved.filter((r, k) => r.fusion && cells[k]!.SpliceType === 'ONLY_REF_SPLICE');
    // KIF5B::RET, EML4::ALK and ETV6::NTRK3 head the file and are bundled genes on GRCh38.
    expect(checked.map((r) => r.fusion!.label).slice(0, 3)).toEqual(cells.slice(0, 3).map((c) => c.FusionName!.replace('--', '::')));
    for (const r of checked) {
      const c = cells[r.line - 2]!;
      const [five, three] = [r.fusion!.fivePrime.breakpoint!, r.fusion!.threePrime.breakpoint!];
      expect(five.genomic).toBe(Number(c.LeftBreakpoint!.split(':')[1]));
      expect(three.genomic).toBe(Number(c.RightBreakpoint!.split(':')[1]));
      // A reference splice site of the caller's annotation is an exon boundary here too, unless no transcript of
      // this annotation has a boundary there (then the junction is read inside the exon, with its offset).
      for (const [p, end] of [[r.fusion!.fivePrime, 'last'], [r.fusion!.threePrime, 'first']] as const) {
        const b = p.breakpoint!;
        const boundaries = bundledAnnotation().transcriptsOf(p.gene).flatMap((t) => t.exons.map((_, i) => (end === 'last' ? exonLastBase(t, i + 1) : exonFirstBase(t, i + 1))));
        if (boundaries.includes(b.genomic!)) expect([p.gene, b.offset! + 0]).toEqual([p.gene, 0]); // + 0 folds the model's -0 at a 5' exon end
        else expect(b.offset, `${p.gene} ${b.genomic}`).not.toBe(0);
      }
    }
  });

  it('coding_effect: CDS_LEFT_RANGE equals the coding nt computed on the same transcript where the annotation has it', () => {
    const rel = FILES[2]!;
    const file = readFixture(rel);
    const cells = table(rel);
    const genes = cells.flatMap((c) => [c.LeftGene!.split('^')[0]!, c.RightGene!.split('^')[0]!]);
    const source = refGeneSource('hg19', genes);
    let compared = 0;
    file.rows.forEach((row, k) => {
      const c = cells[k]!;
      const ok = row as CallerRowOk;
      expect(ok.evidence.transcripts?.fivePrime).toBe(c.CDS_LEFT_ID === '.' ? undefined : c.CDS_LEFT_ID);
      if (c.CDS_LEFT_RANGE === '.') return;
      expect(ok.evidence.codingRanges?.fivePrime).toEqual(c.CDS_LEFT_RANGE!.split('-').map(Number));
      expect(ok.evidence.frame).toEqual({ call: c.PROT_FUSION_TYPE === 'INFRAME' ? 'in-frame' : 'out-of-frame', raw: c.PROT_FUSION_TYPE });
      expect(ok.evidence.junctionSequence!.replace('|', '')).toBe(c.FUSION_CDS);
      const r = resolveCallerRow(file, row, source, { assembly: 'GRCh37' });
      const t = r.fusion?.fivePrime.transcript;
      if (!t || !t.aliases.includes(c.CDS_LEFT_ID!.replace(/\.\d+$/, ''))) return;
      expect(r.fusion!.diagnostics.fivePrimeCodingNt).toBe(Number(c.CDS_LEFT_RANGE!.split('-')[1]));
      compared++;
    });
    expect(compared).toBeGreaterThan(0);
  });

  it('names FusionInspector and reads its fusion allele fractions', () => {
    const rel = FILES[3]!;
    const file = readFixture(rel);
    expect(file.caller).toBe('FusionInspector');
    const c = table(rel)[0]!;
    const r = file.rows[0] as CallerRowOk;
    expect(r.input.fivePrime.gene).toBe(c.LeftGene);
    expect(r.evidence.fraction).toEqual({ fivePrime: Number(c.FAF_left), threePrime: Number(c.FAF_right) });
  });

  it('marks the junction of FUSION_CDS where lowercase 5\' turns to uppercase 3\'', () => {
    expect(markCaseJunction('atgGCC')).toBe('atg|GCC');
    expect(markCaseJunction('atg')).toBe('atg');
  });
});
