import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveFusion } from '../../src/api';
import { sequenceRequest } from '../../src/model/sequence';
import type { SequenceSet } from '../../src/model/types';
import { checkSequenceFiles, fetchSequence, readTranscriptFasta, SequenceFileError } from '../../src/sequence/node';
import { FGFR3_TACC3, sequenceFixture, type SequenceFixture } from '../support/sequence-files';
import { genomeSet } from '../support/synthetic-sequence';

let fx: SequenceFixture;
beforeAll(() => {
  fx = sequenceFixture();
});

const call = (set: SequenceSet) => {
  const r = resolveFusion(FGFR3_TACC3, { sequence: set });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.sequence!;
};

describe('genome files', () => {
  it('a .2bit genome gives exactly the bases the fusion needs', async () => {
    const set = await fetchSequence([sequenceRequest(fx.fusion)], { genome: fx.files.twoBit });
    expect(set.source).toBe('genome synthetic.2bit');
    expect(set.genomic).toEqual(genomeSet(fx.genome, fx.fusion).genomic);
    const s = call(set);
    expect(s).toMatchObject({ origin: 'genome', source: 'genome synthetic.2bit', coversUnchecked: true, notes: [] });
    expect(s.stop).toMatchObject({ truncates: false, proteinLength: fx.fusion.protein.length });
  });

  it('an indexed FASTA with chromosome names without chr gives the same junction', async () => {
    const set = await fetchSequence([sequenceRequest(fx.fusion)], { genome: fx.files.fasta });
    expect(set.source).toBe('genome synthetic.fa');
    expect(set.genomic).toEqual(genomeSet(fx.genome, fx.fusion).genomic);
    expect({ ...call(set), source: '' }).toEqual({ ...call(genomeSet(fx.genome, fx.fusion)), source: '' });
  });

  it('refuses files it cannot use, naming the flag and the path', () => {
    const noFai = join(fx.dir, 'nofai.fa');
    writeFileSync(noFai, '>chr4\nACGT\n');
    const gz = join(fx.dir, 'plain.fa.gz');
    writeFileSync(gz, gzipSync('>chr4\nACGT\n'));
    writeFileSync(`${gz}.fai`, 'chr4\t4\t6\t4\t5\n');
    const text = join(fx.dir, 'notes.txt');
    writeFileSync(text, 'hello\n');
    const msg = (f: () => void) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(SequenceFileError);
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    expect(msg(() => checkSequenceFiles({ genome: join(fx.dir, 'missing.2bit') }))).toBe(`--genome ${join(fx.dir, 'missing.2bit')}: no such file`);
    expect(msg(() => checkSequenceFiles({ genome: fx.dir }))).toBe(`--genome ${fx.dir}: is a folder, not a file`);
    expect(msg(() => checkSequenceFiles({ genome: noFai }))).toContain(`--genome ${noFai}: no index nofai.fa.fai beside it`);
    expect(msg(() => checkSequenceFiles({ genome: gz }))).toContain('bgzip');
    expect(msg(() => checkSequenceFiles({ genome: text }))).toContain('neither a .2bit file nor a FASTA file');
    expect(msg(() => checkSequenceFiles({ transcripts: text }))).toBe(`--transcripts ${text}: not a FASTA file (it does not start with '>')`);
  });
});

describe('transcript FASTA', () => {
  it('reads UCSC, NCBI and gzipped GENCODE headers, keeping only the accessions asked for', async () => {
    const [t5, t3] = [fx.fusion.fivePrime.transcript!, fx.fusion.threePrime.transcript!];
    const want = sequenceRequest(fx.fusion).transcripts;
    for (const file of [fx.files.ucsc, fx.files.ncbi]) {
      const got = await readTranscriptFasta(file, want);
      expect(Object.values(got).sort()).toEqual([fx.genome.mrna(t5), fx.genome.mrna(t3)].sort());
    }
    expect(await readTranscriptFasta(fx.files.ncbi, [t5.accession])).toEqual({ [Object.keys(await readTranscriptFasta(fx.files.ncbi, [t5.accession]))[0]!]: fx.genome.mrna(t5) });
    // GENCODE names the Ensembl transcript first in a `|`-separated header.
    const ensembl = [t5, t3].map((t) => t.aliases.find((a) => a.startsWith('ENST'))!);
    expect(ensembl.every(Boolean)).toBe(true);
    const gencode = await readTranscriptFasta(fx.files.gencodeGz, want);
    expect(Object.keys(gencode).sort()).toEqual(ensembl.sort());
    expect(Object.values(gencode).sort()).toEqual([fx.genome.mrna(t5), fx.genome.mrna(t3)].sort());
    const set = await fetchSequence([sequenceRequest(fx.fusion)], { transcripts: fx.files.ucsc });
    const s = call(set);
    expect(s).toMatchObject({ origin: 'transcripts', source: 'transcripts refMrna.fa', coversUnchecked: true });
    expect(s.fivePrime + s.threePrime).toBe(call(genomeSet(fx.genome, fx.fusion)).fivePrime + call(genomeSet(fx.genome, fx.fusion)).threePrime);
  });
});
