/**
 * Resolves one partner of a fusion against the annotation: which transcript, where the
 * junction lies, and which pieces (exons, partial exons, retained intron) the fusion keeps.
 * Every failure is an Issue naming the field and the value.
 */
import {
  distanceAlong,
  exonFirstBase,
  exonLastBase,
  exonLength,
  locate,
  stepAlong,
} from './coordinates';
import { suggestSymbols } from './suggest';
import { thousands } from './thousands';
import type {
  AnnotationSource,
  BreakpointLocation,
  Evidence,
  Issue,
  PartnerInput,
  RetainedPiece,
  Side,
  TranscriptRecord,
} from './types';

/** The junction on one partner, relative to the exon whose boundary defines it. */
export interface Junction {
  /** 5': last retained exon; 3': first retained exon. */
  readonly exon: number;
  /** Bases of that exon cut off at the junction side (5': from its end; 3': from its start). */
  readonly trimmed: number;
  /** Intronic nt kept beyond the exon boundary (RNA junctions inside an intron). */
  readonly intronic: number;
  readonly breakpoint: BreakpointLocation;
}

export type Found<T> = { ok: true; value: T; warnings: string[] } | { ok: false; issues: Issue[] };

const issue = (path: string, code: Issue['code'], message: string): Issue => ({ path, code, message });
const fail = (...issues: Issue[]): { ok: false; issues: Issue[] } => ({ ok: false, issues });

function suggest(gene: string, source: AnnotationSource): string {
  const close = suggestSymbols(gene, source.genes());
  const size = `${source.pack ?? 'the annotation'} (${source.assembly}) holds ${thousands(source.genes().length)} genes`;
  return close.length > 0 ? `did you mean ${close.join(', ')}? ${size}` : `${size}, none with a similar symbol`;
}

const short = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}...` : s);

/** Picks the transcript a partner refers to. `byGene` is true when the junction may still choose among the gene's transcripts. */
export function findTranscript(input: PartnerInput, side: Side, source: AnnotationSource): Found<TranscriptRecord> & { byGene?: boolean } {
  const warnings: string[] = [];
  let t: TranscriptRecord | undefined;
  let byGene = false;
  if (input.transcript) {
    t = source.transcript(input.transcript);
    if (!t) {
      const named = source.geneOfAccession?.(input.transcript);
      const gene = named?.gene ?? input.gene;
      const known = gene ? source.transcriptsOf(gene) : [];
      const why = named && !named.inTable
        ? `${short(input.transcript)} is a transcript of ${named.gene}, but ${source.pack ?? 'the annotation'} (${source.assembly}) does not hold its exon structure (a MANE v1.0 accession newer than the ~2018 refGene table)`
        : `${source.pack ?? 'the annotation'} (${source.assembly}) holds no transcript ${short(input.transcript)}`;
      if (known.length > 0 && input.breakpoint) {
        // A genomic position does not depend on the transcript: read it on the gene's own choice.
        warnings.push(`${side}: ${why}; the junction is read on ${known[0]!.gene}'s transcripts instead (default ${known[0]!.accession}).`);
        t = known[0]!;
        byGene = true;
      } else {
        const hint = known.length > 0
          ? `; exon numbers differ between transcripts, so give one it holds: ${known.slice(0, 6).map((k) => k.accession).join(', ')}${known.length > 6 ? ', …' : ''} (default first), or a genomic breakpoint`
          : '';
        return fail(issue(`${side}.transcript`, 'unknown-transcript', `unknown transcript ${short(input.transcript)}: ${why}${hint}`));
      }
    } else {
      const asked = /\.(\d+)$/.exec(input.transcript)?.[1];
      const have = /\.(\d+)$/.exec(t.accession)?.[1];
      const sameBase = input.transcript.toUpperCase().startsWith(t.accession.split('.')[0]!.toUpperCase());
      if (asked && sameBase && asked !== have) {
        warnings.push(have
          ? `${side}: ${input.transcript} was asked for; the annotation has ${t.accession} (${t.provenance.structure}). Exon numbers are taken to be the same in both versions.`
          : `${side}: ${input.transcript} was asked for; the annotation holds ${t.accession} without a version (${t.provenance.structure}). Exon numbers are taken to be the same.`);
      }
    }
    if (input.gene && !byGene && input.gene.toUpperCase() !== t.gene.toUpperCase() && source.transcriptsOf(input.gene)[0]?.gene !== t.gene) {
      return fail(issue(`${side}.gene`, 'gene-mismatch', `${input.transcript} is a transcript of ${t.gene}, not ${short(input.gene)}`));
    }
  } else if (input.gene) {
    t = source.transcriptsOf(input.gene)[0];
    if (!t) return fail(issue(`${side}.gene`, 'unknown-gene', `unknown gene ${short(input.gene)}: ${suggest(input.gene, source)}`));
    byGene = true;
  } else {
    return fail(issue(side, 'invalid-value', `${side} names neither a gene nor a transcript`));
  }
  if (input.gene && input.gene.toUpperCase() !== t.gene.toUpperCase() && source.transcriptsOf(input.gene)[0]?.gene === t.gene) {
    warnings.push(`${side}: ${input.gene} is a previous symbol of ${t.gene}; the current symbol is used.`);
  }
  if (input.hgnc && t.hgnc && input.hgnc.toLowerCase() !== t.hgnc.toLowerCase()) {
    return fail(issue(`${side}.hgnc`, 'gene-mismatch', `${input.hgnc} is not the HGNC id of ${t.gene} (${t.hgnc})`));
  }
  return { ok: true, value: t, warnings, byGene };
}

function intronLength(t: TranscriptRecord, n: number): number {
  return Math.abs(distanceAlong(t, exonLastBase(t, n), exonFirstBase(t, n + 1))) - 1;
}

/** Junction from an exon number and a VICC offset (RNA semantics: offsets into introns are kept sequence). */
function junctionFromExon(t: TranscriptRecord, side: Side, exon: number, offset: number): Found<Junction> {
  const n = t.exons.length;
  if (!Number.isInteger(exon) || exon < 1 || exon > n) {
    return fail(issue(`${side}.exon`, 'exon-out-of-range', `exon ${exon} does not exist: ${t.accession} has ${n} exons`));
  }
  const len = exonLength(t, exon);
  const five = side === 'fivePrime';
  // Offsets run along transcription: into the exon is − on the 5' side and + on the 3' side.
  const intoExon = five ? -offset : offset;
  let trimmed = 0;
  let intronic = 0;
  if (intoExon > 0) {
    if (intoExon >= len) {
      return fail(issue(`${side}.offset`, 'exon-out-of-range',
        `offset ${offset > 0 ? '+' : ''}${offset} leaves nothing of exon ${exon}, which is ${len} nt long in ${t.accession}`));
    }
    trimmed = intoExon;
  } else if (intoExon < 0) {
    const intron = five ? exon : exon - 1;
    if (intron < 1 || intron >= n) {
      return fail(issue(`${side}.offset`, 'exon-out-of-range',
        `offset ${offset > 0 ? '+' : ''}${offset} points into an intron ${five ? 'after' : 'before'} exon ${exon}, but ${t.accession} has none there`));
    }
    const il = intronLength(t, intron);
    if (-intoExon > il) {
      return fail(issue(`${side}.offset`, 'exon-out-of-range',
        `offset ${offset > 0 ? '+' : ''}${offset} runs past intron ${intron} of ${t.accession}, which is ${il} nt long`));
    }
    intronic = -intoExon;
  }
  const boundary = five ? exonLastBase(t, exon) : exonFirstBase(t, exon);
  const genomic = five
    ? stepAlong(t, boundary, intronic > 0 ? intronic : -trimmed)
    : stepAlong(t, boundary, intronic > 0 ? -intronic : trimmed);
  const where = locate(t, genomic);
  return {
    ok: true,
    value: { exon, trimmed, intronic, breakpoint: { chrom: t.chrom, ...where, offset, genomic } },
    warnings: [],
  };
}

/** VICC offset of a genomic break relative to its own exon/intron (see BreakpointLocation.offset). */
function breakOffset(t: TranscriptRecord, side: Side, g: number, where: ReturnType<typeof locate>): number | null {
  if (where.exon !== null) {
    return side === 'fivePrime'
      ? -distanceAlong(t, g, exonLastBase(t, where.exon))
      : distanceAlong(t, exonFirstBase(t, where.exon), g);
  }
  if (where.intron !== null) {
    return side === 'fivePrime'
      ? distanceAlong(t, exonLastBase(t, where.intron), g)
      : -distanceAlong(t, g, exonFirstBase(t, where.intron + 1));
  }
  return null;
}

/** Junction from a genomic position, as an RNA junction or a DNA breakpoint. */
function junctionFromPosition(t: TranscriptRecord, side: Side, pos: number, evidence: Evidence): Found<Junction> {
  const five = side === 'fivePrime';
  const n = t.exons.length;
  const where = locate(t, pos);
  const path = `${side}.breakpoint.pos`;
  const at = `${t.chrom}:${pos}`;
  const span = `${t.gene} ${t.accession} spans ${t.chrom}:${t.exons[0]![t.strand === '+' ? 0 : 1]}-${exonLastBase(t, n)} (${t.strand} strand)`;
  const breakpoint: BreakpointLocation = { chrom: t.chrom, ...where, offset: breakOffset(t, side, pos, where), genomic: pos };
  const ok = (exon: number, trimmed: number, intronic: number): Found<Junction> =>
    ({ ok: true, value: { exon, trimmed, intronic, breakpoint }, warnings: [] });

  if (where.region === 'upstream' && five) {
    return fail(issue(path, 'position-outside-gene', `${at} lies upstream of ${t.gene}: its promoter and first exon are lost, so the 5' partner is not transcribed; ${span}`));
  }
  if (where.region === 'downstream' && !five) {
    return fail(issue(path, 'position-outside-gene', `${at} lies downstream of ${t.gene}: no part of the 3' partner is kept; ${span}`));
  }
  if (evidence === 'rna') {
    if (where.region === 'upstream' || where.region === 'downstream') {
      return fail(issue(path, 'position-outside-gene', `${at} lies outside ${t.gene}: an RNA junction must lie in its exons or introns; ${span}`));
    }
    if (where.exon !== null) {
      const off = breakpoint.offset!;
      return ok(where.exon, Math.abs(off), 0);
    }
    const intron = where.intron!;
    return five
      ? ok(intron, 0, distanceAlong(t, exonLastBase(t, intron), pos))
      : ok(intron + 1, 0, distanceAlong(t, pos, exonFirstBase(t, intron + 1)));
  }
  // DNA: the transcript follows splicing around the break.
  if (where.region === 'downstream') return ok(n, 0, 0);
  if (where.region === 'upstream') {
    if (n < 2) return fail(issue(path, 'orientation', `${at} lies upstream of single-exon ${t.gene}: no splice acceptor follows the break`));
    return ok(2, 0, 0);
  }
  if (where.intron !== null) return ok(five ? where.intron : where.intron + 1, 0, 0);
  const exon = where.exon!;
  if (five) {
    if (exon === 1) return fail(issue(path, 'orientation', `${at} lies in exon 1 of ${t.gene}: no splice donor precedes the break, so no fusion transcript can be predicted from DNA`));
    return ok(exon - 1, 0, 0);
  }
  if (exon === n) return fail(issue(path, 'orientation', `${at} lies in the last exon (${n}) of ${t.gene}: no splice acceptor follows the break`));
  return ok(exon + 1, 0, 0);
}

/** Resolves where a partner's junction lies, checking the input's consistency. */
export function findJunction(t: TranscriptRecord, input: PartnerInput, side: Side, evidence: Evidence): Found<Junction> {
  const n = t.exons.length;
  const seg = input.segment;
  if (seg) {
    if (side === 'fivePrime' && (seg.start !== 1 || seg.startOffset !== 0)) {
      return fail(issue(`${side}.segment`, 'invalid-value', `the 5' partner must start at exon 1 of ${t.accession}, got e.${seg.start}${seg.startOffset ? (seg.startOffset > 0 ? '+' : '') + seg.startOffset : ''}`));
    }
    if (side === 'threePrime' && (seg.end !== n || seg.endOffset !== 0)) {
      return fail(issue(`${side}.segment`, 'exon-out-of-range', `the 3' partner must run to its last exon, ${n} of ${t.accession}, got e.…_${seg.end}`));
    }
  }
  const bp = input.breakpoint;
  if (bp) {
    const chrom = bp.chrom.startsWith('chr') ? bp.chrom : `chr${bp.chrom}`;
    if (chrom !== t.chrom) {
      return fail(issue(`${side}.breakpoint.chrom`, 'chromosome-mismatch', `${bp.chrom} does not hold ${t.gene}: ${t.accession} lies on ${t.chrom}`));
    }
    if (bp.strand && bp.strand !== t.strand) {
      return fail(issue(`${side}.breakpoint.strand`, 'orientation',
        `the fusion reads the ${bp.strand} strand at ${chrom}:${bp.pos}, but ${t.gene} is transcribed on the ${t.strand} strand: it cannot be the ${side === 'fivePrime' ? "5'" : "3'"} partner in this orientation`));
    }
    const j = junctionFromPosition(t, side, bp.pos, evidence);
    if (!j.ok) return j;
    if (input.exon !== undefined && input.exon !== j.value.exon) {
      return fail(issue(`${side}.exon`, 'invalid-value',
        `exon ${input.exon} disagrees with the breakpoint ${chrom}:${bp.pos}, which puts the junction at exon ${j.value.exon} of ${t.accession}`));
    }
    return j;
  }
  if (input.exon === undefined) {
    return fail(issue(`${side}.exon`, 'invalid-value', `${side} has neither an exon nor a breakpoint`));
  }
  return junctionFromExon(t, side, input.exon, input.offset ?? 0);
}

/** The pieces a partner keeps, in transcription order. */
export function retainedPieces(t: TranscriptRecord, side: Side, j: Junction): RetainedPiece[] {
  const pieces: RetainedPiece[] = [];
  const piece = (kind: 'exon' | 'intron', number: number, a: number, b: number, partial: boolean): RetainedPiece => ({
    id: `${t.gene}:${kind}:${number}`,
    kind,
    number,
    start: Math.min(a, b),
    end: Math.max(a, b),
    length: Math.abs(b - a) + 1,
    partial,
  });
  const exon = (k: number, trimStart: number, trimEnd: number) =>
    piece('exon', k, stepAlong(t, exonFirstBase(t, k), trimStart), stepAlong(t, exonLastBase(t, k), -trimEnd), trimStart + trimEnd > 0);
  if (side === 'fivePrime') {
    for (let k = 1; k < j.exon; k++) pieces.push(exon(k, 0, 0));
    pieces.push(exon(j.exon, 0, j.trimmed));
    if (j.intronic > 0) {
      const last = exonLastBase(t, j.exon);
      pieces.push(piece('intron', j.exon, stepAlong(t, last, 1), stepAlong(t, last, j.intronic), true));
    }
  } else {
    if (j.intronic > 0) {
      const first = exonFirstBase(t, j.exon);
      pieces.push(piece('intron', j.exon - 1, stepAlong(t, first, -j.intronic), stepAlong(t, first, -1), true));
    }
    pieces.push(exon(j.exon, j.trimmed, 0));
    for (let k = j.exon + 1; k <= t.exons.length; k++) pieces.push(exon(k, 0, 0));
  }
  return pieces;
}
