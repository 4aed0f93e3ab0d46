import { describe, expect, it } from 'vitest';
import { bundledAnnotation } from '../../src/annotation/bundled';
import type { CallerRowOk } from '../../src/formats/caller-types';
import { readBndAlt, readVcf } from '../../src/formats/vcf';
import { resolveCallerFile } from '../../src/rows';
import { expectEveryRowAccounted, fixtureText, readFixture, resolveAll } from '../support/callers';

const FILES = ['vcf/manta-demo-somaticSV.vcf.gz', 'vcf/gridss294.colo829.somatic.vcf', 'vcf/fusioncatcher-test-final-list.vcf'];

const records = (rel: string) =>
  fixtureText(rel).split('\n').map((t, i) => ({ t, line: i + 1 })).filter(({ t }) => t.trim() && !t.startsWith('#'));

describe('VCF breakends (Manta, GRIDSS, FusionCatcher)', () => {
  it.each(FILES)('%s: every record is in one row that annotates or yields an error naming its line', (rel) => {
    const file = readFixture(rel);
    expect(file.format).toBe('vcf');
    expectEveryRowAccounted(file, resolveAll(file, bundledAnnotation()), records(rel).map((r) => r.line));
  });

  it('names the caller and the assembly the header states', () => {
    expect(readFixture(FILES[0]!)).toMatchObject({ caller: 'Manta', assembly: 'GRCh37' }); // ##reference …assembly19…
    expect(readFixture(FILES[1]!).caller).toBe('GRIDSS');
    expect(readFixture(FILES[1]!).assembly).toBeUndefined(); // contig lengths only: not guessed
    expect(readFixture(FILES[2]!)).toMatchObject({ caller: 'FusionCatcher', assembly: 'GRCh38' });
  });

  it('Manta: pairs records by MATEID, reads which side each end keeps from the ALT, and SR/PR of the tumour sample', () => {
    const rel = FILES[0]!;
    const recs = records(rel).map(({ t, line }) => ({ line, f: t.split('\t') }));
    const file = readFixture(rel);
    expect(file.rows).toHaveLength(recs.length / 2);
    for (const row of file.rows as CallerRowOk[]) {
      const [a, b] = row.evidence.lines.map((l) => recs.find((r) => r.line === l)!);
      const mate = /MATEID=([^;]+)/.exec(a!.f[7]!)![1];
      expect(b!.f[2]).toBe(mate);
      expect(row.breakends![0]).toEqual({ chrom: a!.f[0], pos: Number(a!.f[1]), keep: /^[A-Z]+[[\]]/.test(a!.f[4]!) ? 'low' : 'high' });
      expect(row.breakends![1].keep).toBe(a!.f[4]!.includes('[') ? 'high' : 'low');
      const tumour = Object.fromEntries(a!.f[8]!.split(':').map((k, i) => [k, a!.f[10]!.split(':')[i]!]));
      expect(row.evidence.splitReads).toBe(tumour.SR ? Number(tumour.SR.split(',')[1]) : undefined);
      expect(row.evidence.spanningPairs).toBe(Number(tumour.PR!.split(',')[1]));
      expect(row.evidence.nature).toBe('dna');
      expect(row.input.assembly).toBe('GRCh37');
    }
  });

  it('GRIDSS: single breakends are row errors naming why; VAF is VF/(VF+REF+REFPAIR)', () => {
    const rel = FILES[1]!;
    const file = readFixture(rel);
    const singles = records(rel).filter(({ t }) => !/MATEID=/.test(t));
    const errors = file.rows.filter((r) => 'issues' in r);
    expect(errors.map((r) => r.line)).toEqual(singles.map((s) => s.line));
    for (const e of errors) expect('issues' in e && e.issues[0]!.message).toMatch(/single breakend/);
    const first = file.rows.find((r) => !('issues' in r)) as CallerRowOk;
    const rec = records(rel).find((r) => r.line === first.line)!.t.split('\t');
    const fields = rec[8]!.split(':');
    const sum = (k: string) => rec.slice(9).reduce((n, s) => n + Number(s.split(':')[fields.indexOf(k)]), 0);
    // FORMAT of the last (tumour) sample when it has VF; INFO totals otherwise.
    const tumour = (k: string) => Number(rec[rec.length - 1]!.split(':')[fields.indexOf(k)]);
    expect(first.evidence.vaf).toBeCloseTo(tumour('VF') / (tumour('VF') + tumour('REF') + tumour('REFPAIR')), 6);
    expect(sum('VF')).toBeGreaterThanOrEqual(tumour('VF'));
  });

  it('FusionCatcher: END=5/3 and GENE5/GENE3 give the partners as the caller states them', () => {
    const rel = FILES[2]!;
    for (const row of readFixture(rel).rows as CallerRowOk[]) {
      const rec = records(rel).find((r) => r.line === row.line)!.t.split('\t');
      const info = Object.fromEntries(rec[7]!.split(';').map((kv) => kv.split('=') as [string, string]));
      expect(row.evidence.genes).toEqual({ fivePrime: info.GENE5, threePrime: info.GENE3 });
      const fiveLine = row.evidence.lines.find((l) => /;END=5;/.test(records(rel).find((r) => r.line === l)!.t))!;
      const five = records(rel).find((r) => r.line === fiveLine)!.t.split('\t');
      expect(row.input.fivePrime.breakpoint).toMatchObject({ chrom: five[0], pos: Number(five[1]) });
      expect(row.evidence.splitReads).toBe(Number(info.SR));
      expect(row.evidence.spanningPairs).toBe(Number(info.SP));
      expect(row.breakends).toBeUndefined();
    }
  });

  describe('orientation from the ALT brackets, on both strands', () => {
    // Junctions STAR-Fusion reports in its FUSOR fixture (GRCh38), written as the breakend pairs they imply.
    const star = fixtureText('star-fusion/fusor-star-fusion.fusion_predictions.abridged.tsv').split('\n');
    const junction = (name: string) => {
      const c = star.find((l) => l.startsWith(`${name}\t`))!.split('\t');
      const [c5, p5, s5] = c[5]!.split(':');
      const [c3, p3, s3] = c[7]!.split(':');
      // RNA junctions sit on the exon's last/first base; the DNA break is one base into the intron beside it.
      const into = (pos: number, strand: string, along: 1 | -1) => pos + (strand === '+' ? along : -along);
      return {
        five: { chrom: c5!, pos: into(Number(p5), s5!, 1), strand: s5! },
        three: { chrom: c3!, pos: into(Number(p3), s3!, -1), strand: s3! },
      };
    };
    /** ALT of a breakend at `me` keeping `keep`, joined to `mate` keeping `mateKeep` (VCF 4.3 §5.4). */
    const alt = (keep: 'low' | 'high', mate: { chrom: string; pos: number }, mateKeep: 'low' | 'high') => {
      const b = mateKeep === 'high' ? '[' : ']';
      const p = `${b}${mate.chrom}:${mate.pos}${b}`;
      return keep === 'low' ? `N${p}` : `${p}N`;
    };
    const vcf = (name: string, mateFirst: boolean) => {
      const j = junction(name);
      // A 5' partner keeps its upstream side: low on +, high on −; a 3' partner keeps its downstream side.
      const k5 = j.five.strand === '+' ? 'low' : 'high';
      const k3 = j.three.strand === '+' ? 'high' : 'low';
      const r5 = [j.five.chrom, j.five.pos, 'bnd5', 'N', alt(k5, j.three, k3), '.', 'PASS', 'SVTYPE=BND;MATEID=bnd3'].join('\t');
      const r3 = [j.three.chrom, j.three.pos, 'bnd3', 'N', alt(k3, j.five, k5), '.', 'PASS', 'SVTYPE=BND;MATEID=bnd5'].join('\t');
      return ['##fileformat=VCFv4.2', '##reference=GRCh38', '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO', ...(mateFirst ? [r3, r5] : [r5, r3])].join('\n');
    };

    it.each([
      ['EML4--ALK', '+ then −'],
      ['KIF5B--RET', '− then +'],
      ['FGFR3--TACC3', '+ then +'],
      ['ETV6--NTRK3', '+ then −'],
    ])('%s (%s): the breakend keeping its gene\'s upstream side is 5\', whichever record comes first', (name) => {
      const expected = resolveCallerFile(readFixture('star-fusion/fusor-star-fusion.fusion_predictions.abridged.tsv'), bundledAnnotation())
        .find((r) => r.fusion?.label === name.replace('--', '::'))!.fusion!;
      for (const mateFirst of [false, true]) {
        const [r] = resolveCallerFile(readVcf(vcf(name, mateFirst)), bundledAnnotation());
        expect(r!.issues).toBeUndefined();
        expect(r!.fusion!.label).toBe(name.replace('--', '::'));
        // A DNA break in the intron next to the RNA junction splices to the same exons.
        expect(r!.fusion!.fivePrime.exons).toEqual(expected.fivePrime.exons);
        expect(r!.fusion!.threePrime.exons).toEqual(expected.threePrime.exons);
        expect(r!.fusion!.evidence).toBe('dna');
      }
    });

    it('a pair keeping both genes\' upstream sides (head-to-head) is an orientation error naming both', () => {
      const text = vcf('EML4--ALK', false).replace(/N\](chr2:\d+)\]\t\.\tPASS\tSVTYPE=BND;MATEID=bnd3/, 'N[$1[\t.\tPASS\tSVTYPE=BND;MATEID=bnd3').replace(/N\](chr2:\d+)\]\t\.\tPASS\tSVTYPE=BND;MATEID=bnd5/, ']$1]N\t.\tPASS\tSVTYPE=BND;MATEID=bnd5');
      const [r] = resolveCallerFile(readVcf(text), bundledAnnotation());
      expect(r!.issues![0]!.code).toBe('orientation');
      expect(r!.issues![0]!.message).toMatch(/both breakends keep the 5' part of their gene: EML4 \(\+ strand\).*ALK \(- strand\)/);
    });
  });

  it('reads ALT bracket notation and refuses what is not', () => {
    expect(readBndAlt('G]11:94975749]')).toEqual({ keep: 'low', mate: { chrom: '11', pos: 94975749, keep: 'low' } });
    expect(readBndAlt('[1:9424908[T')).toEqual({ keep: 'high', mate: { chrom: '1', pos: 9424908, keep: 'high' } });
    expect(readBndAlt('ACGT.')).toMatch(/single breakend/);
    expect(readBndAlt('<DEL>')).toMatch(/not breakend notation/);
  });
});
