/**
 * What the sequence at the junction adds to a fusion's words (frame explanation, diagnostics,
 * warnings): part of the junction-sequence code (src/model/sequence.ts), which the drop-in loads
 * only for a fusion given sequence.
 */
import { NOT_CHECKED, plural } from './explain';
import { thousands as n } from './thousands';
import type { Fusion, SequenceCall } from './types';

function codonsText(k: number): string {
  return k === 0 ? 'at the junction' : k > 0 ? `${plural(k, 'codon')} after the junction` : `${plural(-k, 'codon')} before the junction`;
}

/** What the sequence adds to a fusion's words: the frame explanation, the diagnostics and the warnings. */
export function explainSequence(f: Fusion, s: SequenceCall): { frameExplanation: string; sentences: string[]; warnings: string[] } {
  const src = `(sequence: ${s.source})`;
  const five = f.fivePrime;
  const three = f.threePrime;
  const sentences = f.diagnostics.sentences.filter((x) => !(s.coversUnchecked && x === NOT_CHECKED));
  const warnings = s.notes.map((x) => `sequence (${s.source}): ${x}`);
  let extra = '';
  const st = s.stop;
  if (st) {
    const at = `a stop codon ${codonsText(st.codonsAfterJunction)}, in ${st.where} ${src}`;
    const len = st.proteinLength !== null ? `${n(st.proteinLength)} residues` : null;
    if (f.frame === 'in-frame' && st.truncates) {
      const inside3 = st.where.startsWith(`${three.gene} exon`);
      const unconfirmed = s.origin === 'caller' && !s.callerPeptide?.agrees ? " (unless the caller's junction mark is shifted by microhomology: the caller gives no peptide that confirms the frame)" : '';
      const line = `The sequence shows ${at}: the protein is truncated there${len ? `, at ${len}` : ''}, ${inside3 ? `inside ${three.gene}'s part` : `before ${three.gene}'s part`}, not the ${n(f.protein.length!)}-residue in-frame protein the exon lengths imply${unconfirmed}.`;
      sentences.push(line);
      warnings.push(line);
      extra = ` But the sequence shows ${at}, which truncates the protein${len ? ` at ${len}` : ''}.`;
    } else if (f.frame === 'in-frame') {
      sentences.push(`The sequence reads in frame through the junction to ${three.gene}'s own stop codon ${src}: no stop codon in the intron, UTR or linker sequence read into the protein.`);
    } else if (f.frame === 'out-of-frame') {
      const after = Math.max(0, (st.proteinLength ?? 0) - (five.residues?.[1] ?? 0));
      sentences.push(st.codonsAfterJunction < 0
        ? `The sequence shows ${at}: the protein ends in the retained intron${len ? ` after ${len}` : ''}, before the junction, so nothing of ${three.gene} is translated.`
        : `In the shifted frame the sequence shows ${at}${len ? `: the frameshifted protein has ${len} (${five.gene} ${five.residues ? `${n(five.residues[0])}–${n(five.residues[1])}` : 'none'}, then ${plural(after, 'residue')} of intron, linker or shifted-frame sequence)` : ''}.`);
      extra = ` The sequence shows ${at}${len ? `, ending the frameshifted protein at ${len}` : ''}.`;
    } else if (!s.firstStart) {
      sentences.push(`The sequence shows ${at}${len ? `: the protein has ${len}` : ''}.`);
    }
  } else if (s.phase !== null) {
    if (s.coversUnchecked && f.frame === 'in-frame') {
      sentences.push(`The sequence covers the intron, UTR and linker nt read into the protein and shows no stop codon in them ${src}.`);
    } else {
      sentences.push(`The sequence shows no stop codon in the reading frame in the ${plural(s.coveredAfterJunction, 'nt')} known after the junction ${src}; stop codons further on are not checked.`);
    }
  }
  const fs = s.firstStart;
  if (fs) {
    const place = fs.fromJunction < 0 ? `${plural(-fs.fromJunction, 'nt')} before the junction` : `${plural(fs.fromJunction, 'nt')} after the junction`;
    const product = fs.threePrimeResidues
      ? `in frame with ${three.gene}'s CDS: it makes ${three.gene} residues ${n(fs.threePrimeResidues[0])}–${n(fs.threePrimeResidues[1])}${fs.proteinLength !== null ? ` (${n(fs.proteinLength)} residues)` : ''}`
      : fs.inFrameWithThreePrime
      ? `in frame with ${three.gene}'s CDS${fs.proteinLength !== null ? `, to a stop after ${n(fs.proteinLength)} codons` : ''}`
      : `in another frame than ${three.gene}'s CDS${fs.proteinLength !== null ? `: a ${n(fs.proteinLength)}-codon reading frame, not ${three.gene}'s protein` : ''}`;
    const annotated = fs.matchesAnnotatedStart === true ? ', the annotated start codon used above' : fs.matchesAnnotatedStart === false ? `, not the annotated start of ${f.protein.alternativeStart!.transcript}` : '';
    const line = `The first ATG in the sequence lies ${place}, in ${fs.gene}${annotated}, ${product} ${src}.`;
    sentences.push(line);
    extra = ` ${line}`;
  }
  if (s.callerPeptide) {
    sentences.push(s.callerPeptide.agrees
      ? `The caller's peptide agrees with the translation of its sequence in the computed frame.`
      : `The caller's peptide does not agree with the translation of its sequence in the computed frame.`);
  }
  return { frameExplanation: f.frameExplanation + extra, sentences, warnings };
}
