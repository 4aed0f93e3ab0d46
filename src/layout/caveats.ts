/**
 * Caveats a reader must see on the figure, not only in the JSON: each has a mark placed where
 * the claim is made (the frame badge, the protein length) and a footnote saying what was not
 * checked. Computed from the model's diagnostics; layout adds nothing the model does not know.
 */
import type { Fusion, SequenceCall } from '../model/types';
import { formatInt } from './text';

export interface Caveat {
  readonly id: string;
  /** Footnote mark (`*`, `†`), or '' for a note that qualifies the whole figure. */
  readonly mark: string;
  readonly text: string;
}

/** Nt read into the protein that come from intron, UTR or linker sequence, by kind. */
function unreadNt(f: Fusion): { nt: number; kinds: string[] } {
  const blocks = f.transcript?.blocks ?? [];
  const intron5 = f.fivePrime.residues ? blocks.filter((b) => b.side === 'fivePrime' && b.kind === 'intron').reduce((s, b) => s + b.length, 0) : 0;
  const lead3 = f.diagnostics.threePrimeLeadNt;
  const intron3 = blocks.some((b) => b.side === 'threePrime' && b.kind === 'intron');
  const linker = f.diagnostics.linkerNt;
  const kinds = [
    ...(intron5 > 0 || (lead3 > 0 && intron3) ? ['intron'] : []),
    ...(lead3 > 0 && !intron3 ? ['UTR'] : []),
    ...(linker > 0 ? ['linker'] : []),
  ];
  return { nt: intron5 + lead3 + linker, kinds };
}

/** The refinement the sequence brings to the frame call, in words (also a caveat of the figure). */
export function stopText(s: SequenceCall, frame: Fusion['frame']): string | null {
  if (s.phase === null) return null;
  if (!s.stop) return `No stop codon in the ${s.coveredAfterJunction} nt after the junction`;
  const n = s.stop.codonsAfterJunction;
  const where = n === 0 ? 'stop codon right after the junction' : `stop codon ${n} codon${n === 1 ? '' : 's'} after the junction`;
  const len = s.stop.proteinLength !== null ? ` (fusion protein ${formatInt(s.stop.proteinLength)} aa)` : '';
  return frame === 'out-of-frame' ? `Frameshift to a ${where}${len}` : `${where[0]!.toUpperCase()}${where.slice(1)}${len}`;
}

const and = (xs: readonly string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

export function caveats(f: Fusion): Caveat[] {
  const out: Caveat[] = [];
  const unread = unreadNt(f);
  const seq = f.sequence ?? null;
  // Sequence that covers every intron, UTR and linker base read into the protein leaves no stop unchecked.
  if (f.frame === 'in-frame' && unread.nt > 0 && !seq?.coversUnchecked) {
    out.push({
      id: 'unchecked-stops', mark: '*',
      text: `* In frame, assuming no stop: stop codons in ${formatInt(unread.nt)} nt of ${and(unread.kinds)} sequence read into the protein (${formatInt(f.protein.novelResidues)} residues) were not checked.`,
    });
  }
  // What the sequence shows after the junction refines the call: a stop ends the protein there.
  const stop = seq ? stopText(seq, f.frame) : null;
  if (seq && stop && seq.stop) {
    // In frame, a stop after the junction contradicts the drawn length: marked where the length is claimed.
    const marked = f.frame !== 'out-of-frame';
    out.push({ id: 'sequence-stop', mark: marked ? '‡' : '', text: `${marked ? '‡ ' : ''}${stop}; sequence: ${seq.source}.` });
  }
  // Only a definite other call is a caveat; a pair whose junction is no exon boundary there cannot be called.
  const other = f.diagnostics.alternatives.filter((a) => a.frame !== f.frame && a.frame !== 'unknown');
  if (other.length > 0) {
    const list = other.slice(0, 3).map((a) => `${a.fivePrime}::${a.threePrime} ${a.frame.replace(/-/g, ' ')}`).join('; ');
    out.push({ id: 'alternatives', mark: '†', text: `† Other transcripts of the annotation give another frame: ${list}${other.length > 3 ? ` and ${other.length - 3} more` : ''}.` });
  }
  if (f.inferred) out.push({ id: 'inferred', mark: '', text: 'Junction inferred (e.g. break-apart FISH), not observed.' });
  const n = f.diagnostics.transcriptsAvailable;
  if (f.transcript && n.fivePrime === 1 && n.threePrime === 1) out.push({ id: 'one-transcript', mark: '', text: 'Frame computed on one transcript per partner: other isoforms were not checked.' });
  return out;
}

/** The mark to put after the frame badge and protein length, if any caveat qualifies the frame. */
export const frameMark = (cs: readonly Caveat[]): string => cs.filter((c) => c.mark).map((c) => c.mark).join('');
