/** A synthetic genome for FGFR3 exon 17 :: TACC3 exon 11 (both near the start of chr4, so the files stay small), written as files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveFusion } from '../../src/api';
import type { Fusion } from '../../src/model/types';
import { designFrame, fillPieces, SyntheticGenome, transcriptFasta } from './synthetic-sequence';

export const FGFR3_TACC3 = 'FGFR3:e.17::TACC3:e.11';

export interface SequenceFixture {
  readonly dir: string;
  readonly fusion: Fusion;
  readonly genome: SyntheticGenome;
  /** synthetic.2bit; synthetic.fa (+ .fai, chromosome names without `chr`); transcripts in three header styles, one gzipped. */
  readonly files: { twoBit: string; fasta: string; ucsc: string; ncbi: string; gencodeGz: string };
}

export function sequenceFixture(seed = 21): SequenceFixture {
  const r = resolveFusion(FGFR3_TACC3);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const f = r.value;
  const g = new SyntheticGenome(seed);
  g.writeTranscript(f.fivePrime.transcript!);
  g.writeTranscript(f.threePrime.transcript!);
  fillPieces(g, f);
  designFrame(g, f, { until: f.transcript!.junction + 3 });
  const dir = mkdtempSync(join(tmpdir(), 'fv-seq-'));
  const files = {
    twoBit: join(dir, 'synthetic.2bit'),
    fasta: join(dir, 'synthetic.fa'),
    ucsc: join(dir, 'refMrna.fa'),
    ncbi: join(dir, 'GRCh38_rna.fna'),
    gencodeGz: join(dir, 'gencode.pc_transcripts.fa.gz'),
  };
  writeFileSync(files.twoBit, g.twoBit());
  const { fa, fai } = g.fasta((c) => c.replace(/^chr/, ''));
  writeFileSync(files.fasta, fa);
  writeFileSync(`${files.fasta}.fai`, fai);
  const ts = [f.fivePrime.transcript!, f.threePrime.transcript!];
  writeFileSync(files.ucsc, transcriptFasta(g, ts, 'ucsc'));
  writeFileSync(files.ncbi, transcriptFasta(g, ts, 'ncbi'));
  writeFileSync(files.gencodeGz, gzipSync(transcriptFasta(g, ts, 'gencode')));
  return { dir, fusion: f, genome: g, files };
}
