import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledAnnotation } from '../../src/annotation/bundled';
import type { CallerRowOk } from '../../src/formats/caller-types';
import { readFusor } from '../../src/formats/fusor';
import { callersDir, expectEveryRowAccounted, fixtureText, readFixture, resolveAll } from '../support/callers';

const FILES = readdirSync(join(callersDir, 'fusor')).map((f) => `fusor/${f}`);
const json = (rel: string) => JSON.parse(fixtureText(rel));

describe('FUSOR JSON (CategoricalFusion, AssayedFusion)', () => {
  it.each(FILES)('%s: the object annotates or yields an error naming its line', (rel) => {
    const file = readFixture(rel);
    expect(file.format).toBe('fusor');
    expectEveryRowAccounted(file, resolveAll(file, bundledAnnotation()), [1]);
  });

  it('BCR::ABL1: transcript segments give exon and offset, the linker element the linker, readingFramePreserved the frame call', () => {
    const o = json('fusor/bcr_abl1.json');
    const [five, linker, three] = o.structure;
    const row = readFixture('fusor/bcr_abl1.json').rows[0] as CallerRowOk;
    expect(row.input.fivePrime).toMatchObject({ gene: five.gene.name, transcript: five.transcript.replace('refseq:', ''), exon: five.exonEnd, offset: five.exonEndOffset });
    expect(row.input.threePrime).toMatchObject({ gene: three.gene.name, exon: three.exonStart, offset: three.exonStartOffset });
    expect(row.input.linker).toBe(linker.linkerSequence.sequence);
    const [r] = resolveAll(readFixture('fusor/bcr_abl1.json'), bundledAnnotation());
    expect(r!.fusion!.linker).toBe(linker.linkerSequence.sequence);
    expect(r!.frame).toMatchObject({ caller: { call: o.readingFramePreserved ? 'in-frame' : 'out-of-frame' }, computed: r!.fusion!.frame });
    // The file's transcripts are older versions than the annotation's: used, with a warning.
    expect(r!.warnings.some((w) => w.includes(five.transcript.replace('refseq:', '')))).toBe(true);
  });

  it('AssayedFusion files keep their assay name; several possible genes are drawn as ? with a warning', () => {
    for (const rel of FILES) {
      const o = json(rel);
      const row = readFixture(rel).rows[0]!;
      if (o.type === 'AssayedFusion' && 'input' in row) expect(row.evidence.tags).toEqual([o.assay.assayName]);
    }
    const alk = readFixture('fusor/alk.json').rows[0] as CallerRowOk;
    expect(alk.input.fivePrime).toEqual({ kind: 'unknown' });
    expect(alk.warnings[0]).toMatch(/MultiplePossibleGenesElement/);
  });

  it('an enhancer-driven IGH::MYC is a row error saying why it is not drawn', () => {
    const row = readFixture('fusor/igh_myc.json').rows[0]!;
    expect('issues' in row && row.issues[0]!.message).toMatch(/regulatory fusion .*IGH/);
  });

  it('gives each object of an array its own line', () => {
    const a = fixtureText('fusor/alk.json');
    const b = fixtureText('fusor/bcr_abl1.json');
    const file = readFusor(`[\n${a},\n${b}\n]`);
    expect(file.rows.map((r) => r.line)).toEqual([2, 2 + a.split('\n').length]);
  });
});
