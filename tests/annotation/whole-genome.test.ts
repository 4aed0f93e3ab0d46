/**
 * The whole-genome packs on real data: every expected value is read from the shared tables
 * (refGene hg38/hg19, MANE, the Ensembl map, a caller's own file), never typed in.
 */
import { describe, expect, it } from 'vitest';
import { resolveFusion } from '../../src/api';
import { defaultAnnotation } from '../../src/annotation/bundled';
import { createAnnotationSource } from '../../src/model/annotation-source';
import { parseGtf } from '../../src/formats/gtf';
import { cdsTxRange, exonFirstBase, exonLastBase, genomicToTx, txToGenomic } from '../../src/model/coordinates';
import type { Fusion, TranscriptRecord } from '../../src/model/types';
import { readShared } from '../support/shared-data';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir } from '../support/shared-data';

interface Row { name: string; chrom: string; strand: '+' | '-'; exons: [number, number][]; cdsLow: number; cdsHigh: number; name2: string }
const tables = new Map<string, Row[]>();
function refGene(ucsc: 'hg38' | 'hg19'): Row[] {
  let rows = tables.get(ucsc);
  if (!rows) {
    rows = readShared(`full/refGene.${ucsc}.txt.gz`).split('\n').filter(Boolean).map((l) => l.split('\t')).filter((f) => !f[2]!.includes('_')).map((f) => ({
      name: f[1]!, chrom: f[2]!, strand: f[3] as '+' | '-', name2: f[12]!, cdsLow: Number(f[6]) + 1, cdsHigh: Number(f[7]),
      exons: f[9]!.split(',').filter(Boolean).map((s, i) => [Number(s) + 1, Number(f[10]!.split(',')[i])] as [number, number]),
    }));
    tables.set(ucsc, rows);
  }
  return rows;
}
const row = (ucsc: 'hg38' | 'hg19', nm: string) => refGene(ucsc).find((r) => r.name === nm)!;
const txOrder = (r: Row) => (r.strand === '+' ? r.exons : [...r.exons].reverse());
const mane = readShared('full/MANE.GRCh38.v1.0.summary.txt.gz').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
const maneOf = (symbol: string) => mane.find((m) => m[3] === symbol && m[9] === 'MANE Select')!;

function ok(d: string | object): Fusion {
  const r = resolveFusion(d);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('whole-genome annotation packs', () => {
  it.each(['GRCh38', 'GRCh37'] as const)('PAX8 (− strand) :: PPARG (+ strand), outside the curated genes, resolves on %s with the MANE accessions and the table exons', (assembly) => {
    const f = ok({ assembly, fivePrime: { gene: 'PAX8', exon: 9 }, threePrime: { gene: 'PPARG', exon: 2 } });
    const ucsc = assembly === 'GRCh38' ? 'hg38' : 'hg19';
    for (const [p, symbol] of [[f.fivePrime, 'PAX8'], [f.threePrime, 'PPARG']] as const) {
      const nm = maneOf(symbol)[5]!;
      expect(p.transcript!.accession).toBe(nm);
      const r = row(ucsc, nm.replace(/\.\d+$/, ''));
      expect(p.transcript!.exons).toEqual(txOrder(r));
      expect(p.transcript!.strand).toBe(r.strand);
    }
    expect([f.fivePrime.transcript!.strand, f.threePrime.transcript!.strand]).toEqual(['-', '+']);
    expect(f.annotation).toMatchObject({ assembly, pack: `fusion-viz ${assembly} whole-genome pack` });
  });

  it('an Ensembl id resolves through MANE, and through the Ensembl→RefSeq map for a non-MANE transcript', () => {
    const enst = maneOf('ALK')[7]!;
    expect(ok(`NSF:e.1_20::${enst}(ALK):e.20_29`).threePrime.transcript!.accession).toBe(maneOf('ALK')[5]);
    const map = readShared('full/ensembl_to_refseq.one2one.tsv.gz').split('\n').filter(Boolean).map((l) => l.split('\t'));
    const manes = new Set(mane.map((m) => m[5]!.replace(/\.\d+$/, '')));
    // A RET pair whose NM is in refGene but is not MANE.
    const ret = new Set(refGene('hg38').filter((r) => r.name2 === 'RET').map((r) => r.name));
    const [e, nm] = map.find(([, n]) => ret.has(n!) && !manes.has(n!))!;
    const t = defaultAnnotation().transcript(`${e}.1`)!;
    expect(t.accession).toBe(nm);
    expect(t.exons).toEqual(txOrder(row('hg38', nm!)));
  });

  it('a non-MANE RefSeq accession with a version is read on the unversioned table row, with a warning', () => {
    const f = ok({ fivePrime: { gene: 'KIF5B', exon: 15 }, threePrime: { transcript: 'NM_020630.5', exon: 12 } });
    expect(f.threePrime.transcript!.accession).toBe('NM_020630');
    expect(f.threePrime.transcript!.exons).toEqual(txOrder(row('hg38', 'NM_020630')));
    expect(f.warnings.join(' ')).toMatch(/NM_020630\.5 was asked for; the annotation holds NM_020630 without a version/);
  });

  it('previous symbols resolve to the current ones (CARS → CARS1, SEPT14 → SEPTIN14)', () => {
    expect(ok('CARS:e.17::ALK:e.20').fivePrime.gene).toBe('CARS1');
    const s = defaultAnnotation().transcriptsOf('SEPT14');
    expect(s[0]!.gene).toBe('SEPTIN14');
    expect(s[0]!.accession).toBe(maneOf('SEPTIN14')[5]);
  });

  it('an unknown symbol gets real near-matches, or none', () => {
    const r = resolveFusion('PAX88:e.9::PPARG:e.2');
    expect(!r.ok && r.issues[0]!.message).toMatch(/^unknown gene PAX88: did you mean PAX8\?/);
    const none = resolveFusion('QQQQZZ:e.9::PPARG:e.2');
    expect(!none.ok && none.issues[0]!.message).toMatch(/none with a similar symbol/);
  });

  // The Arriba test file is GRCh37 (shared/callers/README.md); its first row is BCR::ABL1.
  const arriba = readFileSync(join(sharedDataDir, '../callers/arriba/arriba-test-bcr-abl1.tsv'), 'utf8').split('\n');
  const head = arriba[0]!.replace(/^#/, '').split('\t');
  const bcr = Object.fromEntries(arriba[1]!.split('\t').map((v, i) => [head[i], v]));
  const [c1, p1] = bcr.breakpoint1!.split(':');
  const [c2, p2] = bcr.breakpoint2!.split(':');
  const arribaRow = { fivePrime: { gene: bcr.gene1, breakpoint: { chrom: c1, pos: Number(p1) } }, threePrime: { gene: bcr.gene2, breakpoint: { chrom: c2, pos: Number(p2) } } };

  it('a GRCh37 caller row resolves on GRCh37, in frame as Arriba says, at exon boundaries of the hg19 table', () => {
    const f = ok({ ...arribaRow, assembly: 'hg19' });
    expect(bcr.reading_frame).toBe('in-frame');
    expect(f.frame).toBe('in-frame');
    const b = row('hg19', f.fivePrime.transcript!.accession.replace(/\.\d+$/, ''));
    expect(txOrder(b).map((e) => e[1])).toContain(Number(p1)); // BCR + strand: an exon end
    expect(f.annotation.assembly).toBe('GRCh37');
  });

  it('the same row read as GRCh38 says that it fits GRCh37 and how to switch', () => {
    const r = resolveFusion(arribaRow);
    if (r.ok) throw new Error('expected an error');
    expect(r.issues.map((i) => i.code)).toEqual(['assembly-mismatch', 'assembly-mismatch']);
    expect(r.issues[0]!.message).toMatch(/On GRCh37 the position lies in exon \d+ of BCR .*give "assembly": "GRCh37" \(CLI --assembly GRCh37/);
  });

  it('an RNA junction upstream of the MANE ERG transcript selects the ERG transcript whose exon starts there', () => {
    const ergMane = maneOf('ERG')[5]!.replace(/\.\d+$/, '');
    const maneRow = row('hg38', ergMane);
    // ERG is on the − strand: upstream of MANE means above its highest base. Take an exon start (its high end) of another ERG row there.
    const other = refGene('hg38').filter((r) => r.name2 === 'ERG' && r.name !== ergMane && r.cdsLow < r.cdsHigh)
      .flatMap((r) => txOrder(r).map((e, i) => ({ r, i, start: e[1] }))).find((x) => x.i > 0 && x.start > maneRow.exons[maneRow.exons.length - 1]![1])!;
    const f = ok({ fivePrime: { gene: 'TMPRSS2', exon: 1 }, threePrime: { gene: 'ERG', breakpoint: { chrom: 'chr21', pos: other.start } } });
    expect(f.threePrime.transcript!.accession).not.toBe(maneOf('ERG')[5]);
    expect(exonFirstBase(f.threePrime.transcript!, f.threePrime.exons![0])).toBe(other.start);
    expect(f.threePrime.transcriptChoice).toMatchObject({ defaultAccession: maneOf('ERG')[5], accession: f.threePrime.transcript!.accession });
    expect(f.warnings.join(' ')).toMatch(/ERG is read on NM_\d+, not its default NM_182918\.\d: the junction chr21:\d+ lies upstream of the default/);
  });

  it('TMPRSS2 exon 1 :: ERG exon 3 keeps an annotated downstream ERG start: an N-terminally truncated ERG', () => {
    const f = ok('TMPRSS2:e.1::ERG:e.3');
    const erg = f.threePrime.transcript!;
    const ergRows = refGene('hg38').filter((r) => r.name2 === 'ERG' && r.cdsLow < r.cdsHigh && r.strand === '-');
    const cds = cdsTxRange(erg)!;
    const firstKept = genomicToTx(erg, exonFirstBase(erg, 3))!;
    // Starts (the A of ATG, − strand: the CDS high end) of ERG rows inside the kept part, in frame with the MANE CDS.
    const starts = ergRows.map((r) => ({ r, tx: genomicToTx(erg, r.cdsHigh) })).filter((x) => x.tx !== null && x.tx >= firstKept && (x.tx - cds[0]) % 3 === 0)
      .sort((a, b) => a.tx! - b.tx!);
    expect(starts.length).toBeGreaterThan(0);
    const truncatedBy = (starts[0]!.tx! - cds[0]) / 3;
    expect(f.frame).toBe('five-prime-utr');
    expect(f.protein.alternativeStart).toMatchObject({ genomic: starts[0]!.r.cdsHigh, truncatedBy });
    expect(f.threePrime.residues).toEqual([truncatedBy + 1, erg.proteinLength]);
    expect(f.protein.length).toBe(erg.proteinLength! - truncatedBy);
    expect(f.frameExplanation).toMatch(/N-terminally truncated by \d+\) under TMPRSS2's promoter, if that start is used/);
    expect(f.domains.filter((d) => d.gene === 'ERG' && d.status !== 'lost').length).toBeGreaterThan(0);
  });

  it('ERG domains on a second isoform sit where the exon arithmetic puts them', () => {
    const all = defaultAnnotation().transcriptsOf('ERG');
    const ref = all[0]!;
    const iso = all.find((t) => t !== ref && t.domains.some((d) => d.name === 'Ets'))!;
    const ets = ref.domains.find((d) => d.name === 'Ets')!;
    const moved = iso.domains.find((d) => d.name === 'Ets')!;
    // First base of residue s and last base of residue e on the reference, placed on the isoform.
    const g1 = txToGenomic(ref, cdsTxRange(ref)![0] + 3 * ets.start - 3)!;
    const g2 = txToGenomic(ref, cdsTxRange(ref)![0] + 3 * ets.end - 1)!;
    const c1 = genomicToTx(iso, g1)! - cdsTxRange(iso)![0] + 1;
    const c2 = genomicToTx(iso, g2)! - cdsTxRange(iso)![0] + 1;
    expect([moved.start, moved.end]).toEqual([Math.ceil(c1 / 3), Math.ceil(c2 / 3)]);
    expect(moved.source).toMatch(/projected from/);
  });

  it('a GTF is read and used as the annotation', () => {
    // A GENCODE-style GTF written from the refGene rows of NSF and ALK (CDS rows without the stop codon, as GTFs do).
    const gtf: string[] = [];
    for (const nm of ['NM_006178', 'NM_004304']) {
      const r = row('hg38', nm);
      const attrs = `gene_id "${r.name2}"; transcript_id "${nm}.gtf"; gene_name "${r.name2}"; tag "MANE_Select";`;
      for (const [a, b] of r.exons) gtf.push([r.chrom, 'test', 'exon', a, b, '.', r.strand, '.', attrs].join('\t'));
      const stopLo = r.strand === '+' ? r.cdsHigh - 2 : r.cdsLow;
      const cdsLo = r.strand === '+' ? r.cdsLow : r.cdsLow + 3;
      const cdsHi = r.strand === '+' ? r.cdsHigh - 3 : r.cdsHigh;
      for (const [a, b] of r.exons) {
        const lo = Math.max(a, cdsLo);
        const hi = Math.min(b, cdsHi);
        if (lo <= hi) gtf.push([r.chrom, 'test', 'CDS', lo, hi, '.', r.strand, '0', attrs].join('\t'));
      }
      gtf.push([r.chrom, 'test', 'stop_codon', stopLo, stopLo + 2, '.', r.strand, '0', attrs].join('\t'));
    }
    const read = parseGtf(gtf.join('\n'));
    expect(read.issues).toEqual([]);
    const source = createAnnotationSource(read.records, { assembly: 'GRCh38', description: 'test GTF' });
    const r = resolveFusion('NSF:e.1_20::ALK:e.20_29', { annotation: source });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const pack = ok('NSF:e.1_20::ALK:e.20_29');
    expect(r.value.frame).toBe(pack.frame);
    expect(r.value.diagnostics.fivePrimeCodingNt).toBe(pack.diagnostics.fivePrimeCodingNt);
    expect(r.value.diagnostics.threePrimeFirstCodingNt).toBe(pack.diagnostics.threePrimeFirstCodingNt);
    expect(r.value.fivePrime.transcript!.accession).toBe('NM_006178.gtf');
    expect(r.value.annotation.source).toBe('test GTF');
  });

  it('records its inputs with hashes and the rule behind each default transcript', () => {
    const t: TranscriptRecord = defaultAnnotation('GRCh37').transcriptsOf('PAX8')[0]!;
    expect(t.provenance.structure).toMatch(/^UCSC hg19 refGene/);
    expect(t.provenance.note).toMatch(/default transcript of PAX8 by rule: /);
    expect(exonLastBase(t, 1)).toBe(txOrder(row('hg19', t.accession.replace(/\.\d+$/, '')))[0]![0]);
  });
});
