/**
 * Plain-language explanations of a fusion for readers: the frame call, the frame diagnostics,
 * and a one-paragraph summary (used for aria-labels and SVG <desc>).
 */
import type { StartSearch } from './alt-start';
import { cdsToResidue } from './coordinates';
import { thousands } from './thousands';
import type { FrameResult, SideCoding } from './frame';
import type { DomainCall, FrameDiagnostics, Fusion, PartnerResolved } from './types';

const n = thousands;
const range = (r: readonly [number, number]) => (r[0] === r[1] ? `${r[0]}` : `${r[0]}–${r[1]}`);
const ordinal = (k: number) => ['', '1st', '2nd', '3rd'][k] ?? `${k}th`;
const pastCodon = (k: number) => (k === 0 ? 'on a whole codon' : `${plural(k, 'base')} past a whole codon`);
export const plural = (k: number, word: string) => `${n(k)} ${word}${k === 1 || word === 'nt' ? '' : 's'}`;

function exonsText(p: PartnerResolved): string {
  if (!p.exons) return p.gene;
  const [a, b] = p.exons;
  return `${p.gene} ${a === b ? `exon ${a}` : `exons ${a}–${b}`}`;
}

/** Readable domain label: a short description when the model name is cryptic. */
export function domainLabel(d: Pick<DomainCall, 'name' | 'description'>): string {
  return d.description && d.description.length <= 32 && !d.description.includes(';') ? d.description : d.name;
}

function fiveCodingText(p: PartnerResolved, c5: SideCoding): string {
  const whole = Math.floor(c5.codingNt / 3);
  const rest = c5.codingNt % 3;
  const codons = rest === 0
    ? `${plural(whole, 'complete codon')}`
    : `${plural(whole, 'complete codon')} and ${plural(rest, 'base')} of codon ${whole + 1}`;
  return `${exonsText(p)} bring ${n(c5.codingNt)} coding nt: ${codons}`;
}

function threeStartText(p: PartnerResolved, c3: SideCoding): string {
  const first = p.pieces.find((x) => x.kind === 'exon');
  const where = first ? `${p.gene} exon ${first.number}${first.partial ? ' (from inside the exon)' : ''}` : p.gene;
  if (c3.kind === 'before-cds') return `${where} keeps ${p.gene}'s start codon, ${plural(c3.utrLeadNt, "nt")} after its 5' UTR begins in the fusion`;
  const base = ((c3.firstCds - 1) % 3) + 1;
  return `${where} begins at c.${c3.firstCds}, the ${ordinal(base)} base of codon ${cdsToResidue(c3.firstCds)}`;
}

export function explainFrame(
  label: string,
  five: PartnerResolved,
  three: PartnerResolved,
  f: FrameResult,
  c5: SideCoding | null,
  c3: SideCoding | null,
  linker: string,
  starts: StartSearch | null = null,
): string {
  if (!c5 || !c3) {
    const missing = [five, three].filter((p) => !p.known).map(() => 'the partner is unknown (?)');
    const geneOnly = [five, three].filter((p) => p.known && !p.hasJunction).map((p) => `no junction is given for ${p.gene}`);
    return `The frame of ${label} cannot be computed: ${[...missing, ...geneOnly].join(' and ')}.`;
  }
  switch (f.frame) {
    case 'five-prime-utr':
      return `${five.gene} brings no coding sequence: the junction lies ${c5.kind === 'non-coding' ? `in a non-coding transcript` : "before its start codon, in the 5' UTR"}. ` +
        (starts?.start && f.threePrimeResidues
          ? `${three.gene} loses its own start codon, but the kept part holds the annotated start codon of ${starts.start.transcript} (${three.transcript!.chrom}:${n(starts.start.genomic)}), in frame with ${three.transcript!.accession}'s CDS: ` +
            `the fusion transcript can make ${three.gene} residues ${n(f.threePrimeResidues[0])}–${n(f.threePrimeResidues[1])} (${n(f.length!)} residues, N-terminally truncated by ${n(starts.start.truncatedBy)}) under ${five.gene}'s promoter, if that start is used.`
          : f.threePrimeResidues
          ? `${three.gene} keeps its own start codon, so the fusion transcript can make the whole ${three.gene} protein (${n(f.length!)} residues) under ${five.gene}'s promoter.`
          : `${three.gene}'s start codon is not kept and no annotated start codon of a ${three.gene} transcript lies in frame in the kept part${starts?.offFrame.length ? ` (${starts.offFrame.map((o) => o.transcript).join(', ')} start${starts.offFrame.length > 1 ? '' : 's'} there in another frame)` : ''}: ` +
            `the start of a protein, if any, is not known from the annotation (it would need the sequence).`);
    case 'three-prime-non-coding':
      return c5.kind === 'after-cds'
        ? `${five.gene}'s stop codon lies before the junction: the ${five.gene} protein ends intact and nothing of ${three.gene} is translated.`
        : `${three.gene} brings no coding sequence (${c3.kind === 'non-coding' ? 'non-coding transcript' : "only 3' UTR after its stop codon"}): ${five.gene}'s reading frame runs on into untranslated sequence.`;
    case 'out-of-frame': {
      const need = (((c3.firstCds - 1) % 3) + 3) % 3;
      const have = ((f.pre % 3) + 3) % 3;
      return `Out of frame: ${three.gene}'s part needs the sequence before it to end ${pastCodon(need)}, but it ends ${pastCodon(have)}` +
        `${linker ? ` (linker included)` : ''}, so ${three.gene} is read in a shifted frame and its domains are not made.`;
    }
    case 'in-frame':
      return `In frame: the ${n(f.length!)}-residue fusion protein keeps ${five.gene} ${f.fivePrimeResidues ? range(f.fivePrimeResidues) : '(none)'}` +
        `${f.novelResidues > 0 ? `, ${plural(f.novelResidues, 'new residue')} from the junction sequence,` : ''} and ${f.threePrimeResidues ? `${three.gene} ${range(f.threePrimeResidues)}` : `no ${three.gene} residue (its part starts in the stop codon)`}.`;
    default:
      return `The frame of ${label} cannot be computed.`;
  }
}

export function explainDiagnostics(
  five: PartnerResolved,
  three: PartnerResolved,
  f: FrameResult,
  c5: SideCoding | null,
  c3: SideCoding | null,
  linker: string,
  d: Omit<FrameDiagnostics, 'sentences'>,
): string[] {
  if (!c5 || !c3) return [];
  const out: string[] = [];
  const t5 = five.transcript!;
  const t3 = three.transcript!;
  if (c5.kind === 'coding') out.push(`${fiveCodingText(five, c5)} (${t5.accession}).`);
  if (c5.intronicNt > 0) out.push(`${plural(c5.intronicNt, 'nt')} of ${five.gene} intron ${five.exons![1]} stay in the transcript and are read on.`);
  if (linker) out.push(`The linker adds ${plural(linker.length, 'nt')} (${linker}).`);
  if (c3.intronicNt > 0) out.push(`${plural(c3.intronicNt, 'nt')} of ${three.gene} intron ${three.exons![0] - 1} are read before its exon ${three.exons![0]}.`);
  if (c3.kind === 'coding' || c3.kind === 'before-cds') out.push(`${threeStartText(three, c3)} (${t3.accession}).`);
  if (f.frame === 'out-of-frame' && c3.kind === 'coding') {
    const need = (c3.firstCds - 1) % 3;
    const have = ((f.pre % 3) + 3) % 3;
    out.push(`${three.gene} needs the sequence before it to end ${pastCodon(need)}; it ends ${pastCodon(have)}, so the junction is out of frame.`);
  }
  if (f.restoringInsertion) {
    const del = 3 - f.restoringInsertion;
    out.push(`An insertion of ${plural(f.restoringInsertion, 'nt')} at the junction (or the loss of ${plural(del, 'nt')}) would restore the frame.`);
    out.push(`A report of an in-frame ${five.gene}::${three.gene} protein from this junction implies other transcripts, other splicing or extra nt at the junction than this annotation shows.`);
  }
  const others = d.alternatives;
  const inFrame = others.filter((a) => a.frame === 'in-frame');
  if (others.length === 0) {
    out.push(`The annotation source holds ${d.transcriptsAvailable.fivePrime === 1 && d.transcriptsAvailable.threePrime === 1 ? 'one transcript of each partner' : 'no other transcript pair'} ` +
      `(${t5.gene} ${t5.accession}, ${t3.gene} ${t3.accession}), so no other transcript could be checked; a fuller annotation source may hold isoforms that join in frame.`);
  } else if (inFrame.length > 0) {
    out.push(`Other transcripts of the annotation join in frame at this junction: ${inFrame.map((a) => `${a.fivePrime} :: ${a.threePrime} (${a.note})`).join('; ')}.`);
  } else {
    out.push(others.length === 1
      ? `The one other transcript pair of the annotation (${others[0]!.fivePrime} :: ${others[0]!.threePrime}) does not join in frame at this junction either.`
      : `None of the ${plural(others.length, 'other transcript pair')} of the annotation joins in frame at this junction.`);
  }
  if (c5.intronicNt + c3.intronicNt + linker.length + c3.utrLeadNt > 0 || f.frame === 'out-of-frame') {
    out.push(NOT_CHECKED);
  }
  return out;
}

function domainList(ds: readonly DomainCall[]): string {
  const names = [...new Set(ds.map((x) => (x.status === 'truncated' ? `part of ${domainLabel(x)}` : domainLabel(x))))];
  if (names.length === 0) return 'no annotated domain';
  const last = names.pop()!;
  return names.length > 0 ? `${names.join(', ')} and ${last}` : last;
}

/** A plain-language summary of the whole fusion, e.g. for an aria-label. */
export function describeFusion(f: Fusion): string {
  const five = f.fivePrime;
  const three = f.threePrime;
  const kept = (side: 'fivePrime' | 'threePrime') => f.domains.filter((x) => x.side === side && x.status !== 'lost');
  const head = `${f.label} fusion`;
  if (f.frame === 'unknown') return `${head}: ${f.frameExplanation}`;
  const joined = `${exonsText(five)} joined`;
  switch (f.frame) {
    case 'in-frame':
      return `${head}: ${joined} in frame to ${exonsText(three)}; the ${n(f.protein.length!)}-residue protein keeps ${five.gene}'s ${domainList(kept('fivePrime'))} ` +
        `and ${three.gene}'s ${domainList(kept('threePrime'))}.`;
    case 'out-of-frame':
      return `${head}: ${joined} out of frame to ${exonsText(three)}; the protein keeps ${five.gene} residues ${five.residues ? range(five.residues) : 'none'} ` +
        `(${domainList(kept('fivePrime'))}) and then reads ${three.gene} in a shifted frame, so no ${three.gene} domain is made.`;
    case 'five-prime-utr':
      return `${head}: ${joined} to ${exonsText(three)}; ${five.gene} brings only 5' UTR. ${f.frameExplanation}`;
    default:
      return `${head}: ${joined} to ${exonsText(three)}. ${f.frameExplanation}`;
  }
}

/** The diagnostics' sentence that sequence covering the unchecked nt drops (explain-sequence.ts). */
export const NOT_CHECKED = 'The frame is computed from exon lengths; the annotation holds no sequence, so stop codons in retained intron, UTR, linker or shifted-frame sequence are not checked.';

