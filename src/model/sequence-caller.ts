/**
 * The caller's own fusion-transcript sequence: its marks normalised, the frame placed from the
 * annotation (else from the caller's peptide), and a junction mark shifted by microhomology
 * found from the peptide.
 */
import { translateCodon } from './codons';
import { analyse, frameOf, type Track } from './sequence-analysis';
import { mod3, plural } from './sequence-util';
import type { CallerSequenceInput, Fusion, SequenceCall } from './types';

/** Frame of X (0, 1, 2) whose translation holds the caller's peptide, or null. */
function frameFromPeptide(seq: string, peptide: string): number | null {
  for (let fr = 0; fr < 3; fr++) {
    let tr = '';
    for (let k = fr; k + 3 <= seq.length; k += 3) tr += translateCodon(seq.slice(k, k + 3));
    const p = peptide.replace(/\*$/, '');
    if (p.length >= 5 && tr.includes(p)) return fr;
  }
  return null;
}

/**
 * Normalises a caller's fusion-transcript text: `|` marks the junction; a second `|` closes
 * non-templated nt inserted there (Arriba `…|acg|…`). Arriba's marks are read as its documentation
 * gives them: lower case = a mismatch (kept, upper-cased), `[…]` inserted bases (kept), `-` deleted
 * bases and `___` splice junctions (dropped), `...` a gap (the sequence beyond it is not contiguous:
 * cut there), `?` ambiguous (N). FusionCatcher's `*` is turned into `|` by its reader.
 */
export function normaliseCallerTranscript(raw: string): { fivePrime: string; inserted: string; threePrime: string; notes: string[] } | null {
  const notes: string[] = [];
  const parts = raw.trim().split('|');
  if (parts.length < 2 || parts.length > 3) return null;
  const clean = (s: string) => s.replace(/___/g, '').replace(/[[\]]/g, '').replace(/-/g, '').replace(/\?/g, 'N').replace(/\s+/g, '').toUpperCase();
  let five = parts[0]!;
  let three = parts[parts.length - 1]!;
  if (five.includes('...')) {
    five = five.slice(five.lastIndexOf('...') + 3);
    notes.push("the caller's sequence has a gap (...) before the junction: only the part after it is used");
  }
  if (three.includes('...')) {
    three = three.slice(0, three.indexOf('...'));
    notes.push("the caller's sequence has a gap (...) after the junction: only the part before it is used");
  }
  const out = { fivePrime: clean(five), inserted: parts.length === 3 ? clean(parts[1]!) : '', threePrime: clean(three), notes };
  if (!/^[ACGTN]*$/.test(out.fivePrime + out.inserted + out.threePrime)) return null;
  return out;
}

/** The junction from the caller's own sequence. */
export function sequenceFromCaller(f: Fusion, input: CallerSequenceInput): SequenceCall | null {
  const norm = normaliseCallerTranscript(input.transcript);
  if (!norm || !f.transcript) return null;
  const first = callerCall(f, input, norm.fivePrime, norm.inserted, norm.threePrime, [...norm.notes]);
  if (!first.callerPeptide || first.callerPeptide.agrees || norm.inserted) return first;
  // Microhomology: bases at the junction that fit both partners let a caller put its mark a base or two
  // off the annotation's exon boundary. If the caller's peptide is read with the mark moved, the mark moved.
  const seq = norm.fivePrime + norm.threePrime;
  for (const shift of [-1, 1, -2, 2]) {
    const jx = norm.fivePrime.length + shift;
    if (jx < 1 || jx >= seq.length) continue;
    const moved = callerCall(f, input, seq.slice(0, jx), '', seq.slice(jx), [
      ...norm.notes,
      `the caller's peptide is read in the annotation's frame only with the junction ${plural(Math.abs(shift), 'nt')} ${shift < 0 ? 'before' : 'after'} the caller's mark: the mark is likely shifted by microhomology (bases that fit both partners), so the junction is placed there`,
    ]);
    if (moved.callerPeptide?.agrees) return moved;
  }
  return first;
}

function callerCall(f: Fusion, input: CallerSequenceInput, five: string, inserted: string, three: string, notes: string[]): SequenceCall {
  const ft = f.transcript!;
  const seq = five + inserted + three;
  const jx = five.length;
  const ins = inserted.length;
  const J = ft.junction;
  const L = f.linker.length;
  if (ins !== L) {
    notes.push(`the caller's sequence has ${plural(ins, 'nt')} between the partners where the description has ${plural(L, 'nt')}${mod3(ins - L) !== 0 ? ': the frame after the junction shifts accordingly' : ''}`);
  }
  const tr: Track = {
    seq,
    jx,
    ins,
    pos: (i) => (i < jx ? J - jx + i + 1 : i >= jx + ins ? J + L + (i - jx - ins) + 1 : ins === L ? J + (i - jx) + 1 : null),
    index: (p) => (p <= J ? p - 1 - (J - jx) : p > J + L ? jx + ins + (p - J - L - 1) : ins === L ? jx + (p - J - 1) : null),
    origin: 'caller',
    source: input.source,
    whole: false,
  };
  let frame = frameOf(f, tr);
  if (frame.orf === null && input.peptide && f.frame !== 'five-prime-utr') {
    const fr = frameFromPeptide(seq, input.peptide.replace(/\|/g, '').toUpperCase());
    if (fr !== null) {
      frame = { orf: fr, isStart: false };
      notes.push("the annotation gives no reading frame through the junction; the frame is the one in which the caller's peptide is read");
    }
  }
  return analyse(f, tr, frame, notes, input.peptide);
}
