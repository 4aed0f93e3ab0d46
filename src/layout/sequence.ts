/**
 * The junction-sequence strip (under the transcript panel, inside it, so the transcript→protein
 * connectors start below it and cross no text): the bases either side of the junction one per
 * cell in a monospace font, a bar under them in the partner's colour (5′, inserted, 3′), codons
 * of the computed frame shaded in alternation with the amino acid under each, the junction
 * marked, stop codons highlighted, and the sequence's source named. Narrow figures show fewer
 * bases each side (whole codons kept); the text never shrinks below 11 px.
 *
 * Part of the junction-sequence code the drop-in loads on first use: layoutFusion draws it through
 * FigureOptions.sequenceStrip (src/layout/index.ts).
 */
import type { Fusion, SequenceCall } from '../model/types';
import { stopText } from './caveats';
import { FONT, placeLabels, textBox, textWidth, wrap, type Box } from './text';
import type { Shape } from './types';

/** Size of the bases and residues: a little above the figure's labels, monospace. */
export const SEQ_FONT = 12;
/** Space between codons (px), on top of the cells. */
const CODON_GAP = 3;

export interface SequenceStrip {
  readonly shapes: readonly Shape[];
  readonly height: number;
  /** Bases shown each side of the junction (5′, 3′), for tests and the note. */
  readonly shown: { readonly fivePrime: number; readonly threePrime: number };
}

/** A shape moved down by dy (the strip is laid out from 0 and placed under the transcript). */
function down(sh: Shape, dy: number): Shape {
  switch (sh.shape) {
    case 'rect': case 'text': return { ...sh, y: sh.y + dy };
    case 'line': return { ...sh, y1: sh.y1 + dy, y2: sh.y2 + dy };
    case 'path': return sh;
  }
}

/** The strip laid out `top` px down its panel. */
export function layoutSequence(f: Fusion, s: SequenceCall, width: number, top = 0): SequenceStrip {
  const m = 22;
  const x0 = m;
  const x1 = width - m;
  const shapes: Shape[] = [];
  const taken: Box[] = [];
  const cell = textWidth('M', SEQ_FONT) + 0.3;
  const full = s.fivePrime + s.inserted + s.threePrime;
  const j0 = s.fivePrime.length;
  const j1 = j0 + s.inserted.length;
  const codonStart = (i: number) => s.phase !== null && (((i - ((3 - s.phase) % 3)) % 3) + 3) % 3 === 0;
  // How wide a window [a, b) draws: cells plus a gap before every codon start inside it.
  const span = (a: number, b: number) => {
    let w = (b - a) * cell;
    for (let i = a + 1; i < b; i++) if (s.phase !== null && codonStart(i)) w += CODON_GAP;
    return w;
  };
  // Fewest bases dropped, about the same number each side, until the window fits; the first stop
  // after the junction stays in view when it can (the 5' side keeps at least two codons).
  const stopAfter = s.codons.find((c) => c.aa === '*' && c.start + 3 > j1);
  const need3 = stopAfter ? stopAfter.start + 3 - j1 : 0;
  let cut5 = 0;
  let cut3 = 0;
  while (span(cut5, full.length - cut3) > x1 - x0) {
    const s5 = j0 - cut5;
    const s3 = s.threePrime.length - cut3;
    if (s3 > 3 && s3 > need3 && s3 >= s5) cut3++;
    else if (s5 > 6) cut5++;
    else if (s3 > 3) cut3++;
    else break;
  }
  const a = cut5;
  const b = full.length - cut3;
  const w = span(a, b);
  // Centred on the figure, or on the junction's side when that keeps it in view.
  const left = x0 + Math.max(0, (x1 - x0 - w) / 2);
  const xs: number[] = [];
  let x = left;
  for (let i = a; i < b; i++) {
    if (i > a && s.phase !== null && codonStart(i)) x += CODON_GAP;
    xs[i] = x;
    x += cell;
  }
  const cx = (i: number) => xs[i]! + cell / 2;
  const headY = 15;
  const labelY = 34;
  const ntY = 54;
  const aaY = 73;
  // Heading and source.
  const title = ['Junction sequence', 'Junction'].find((t) => textWidth(t, FONT.heading) <= x1 - x0) ?? '';
  if (title) {
    shapes.push({ shape: 'text', id: 'sequence-title', className: 'heading', x: x0, y: headY, text: title, anchor: 'start', size: FONT.heading });
    taken.push(textBox({ x: x0, y: headY, text: title, anchor: 'start', size: FONT.heading }));
  }
  const sourceText = `sequence: ${s.source}`;
  const sourceInHead = placeLabels([0], () => [{ id: 'sequence-source', className: 'sequence-source muted', x: x1, y: headY, text: sourceText, anchor: 'end', size: FONT.label }], { minX: x0, maxX: x1 }, taken);
  shapes.push(...sourceInHead);
  // Codon shading (alternate codons) and stop codons, behind the bases.
  const codons = s.codons.filter((c) => c.start >= a && c.start + 3 <= b);
  codons.forEach((c, k) => {
    const cx0 = xs[c.start]! - 1;
    const cw = xs[c.start + 2]! + cell + 1 - cx0;
    const stop = c.aa === '*';
    if (stop || k % 2 === 0) shapes.push({ shape: 'rect', id: `seq-codon:${c.start}`, className: stop ? 'seq-codon seq-stop' : 'seq-codon', x: cx0, y: ntY - 14, width: cw, height: aaY - ntY + 19, rx: 2 });
  });
  // Partner bars under the bases.
  const runs: [string, number, number][] = [['five-prime', a, j0], ['inserted', j0, j1], ['three-prime', j1, b]];
  for (const [cls, r0, r1] of runs) {
    if (r1 <= r0) continue;
    shapes.push({ shape: 'rect', id: `seq-bar:${cls}`, className: `seq-bar ${cls === 'inserted' ? 'linker' : cls}`, x: xs[r0]!, y: ntY + 5, width: xs[r1 - 1]! + cell - xs[r0]!, height: 3 });
  }
  // Bases.
  for (let i = a; i < b; i++) {
    const cls = i < j0 ? 'five-prime' : i < j1 ? 'inserted' : 'three-prime';
    shapes.push({ shape: 'text', id: `seq-nt:${i}`, className: `seq-nt ${cls}`, x: cx(i), y: ntY, text: full[i]!, anchor: 'middle', size: SEQ_FONT });
  }
  // Amino acids under their codons.
  for (const c of codons) {
    shapes.push({ shape: 'text', id: `seq-aa:${c.start}`, className: `seq-aa${c.aa === '*' ? ' stop' : ''}`, x: cx(c.start + 1), y: aaY, text: c.aa, anchor: 'middle', size: SEQ_FONT });
  }
  // The junction between the last 5' (or inserted) base and the first 3' one; the 5' end of an insertion too.
  const between = (i: number) => (xs[i - 1]! + cell + xs[i]!) / 2;
  const marks = [j0, ...(j1 > j0 ? [j1] : [])].filter((i) => i > a && i < b);
  marks.forEach((i, k) => shapes.push({ shape: 'line', id: k === 0 ? 'seq-junction' : 'seq-junction:3', className: 'junction seq-junction', x1: between(i), y1: ntY - 15, x2: between(i), y2: aaY + 5 }));
  // Partner names over their bases, and the insertion over its bases when it fits.
  const junctionX = marks.length ? between(marks[0]!) : null;
  const fiveName = f.fivePrime.known ? f.fivePrime.gene : '5′ partner';
  const threeName = f.threePrime.known ? f.threePrime.gene : '3′ partner';
  const labels: { id: string; cls: string; texts: string[]; x: number; anchor: 'start' | 'middle' | 'end' }[] = [
    { id: 'seq-label:five-prime', cls: 'partner-label five-prime', texts: [`5′ ${fiveName}`, fiveName], x: xs[a]!, anchor: 'start' },
    { id: 'seq-label:three-prime', cls: 'partner-label three-prime', texts: [`${threeName} 3′`, threeName], x: xs[b - 1]! + cell, anchor: 'end' },
  ];
  if (j1 > j0) labels.push({ id: 'seq-label:inserted', cls: 'seq-inserted-label', texts: [`${j1 - j0} nt inserted`, `+${j1 - j0}`], x: (xs[j0]! + xs[j1 - 1]! + cell) / 2, anchor: 'middle' });
  else if (junctionX !== null) labels.push({ id: 'seq-label:junction', cls: 'junction-label', texts: ['junction'], x: junctionX, anchor: 'middle' });
  shapes.push(...placeLabels(labels, (l) => l.texts.map((text) => ({ id: l.id, className: l.cls, x: l.x, y: labelY, text, anchor: l.anchor, size: FONT.label })), { minX: x0, maxX: x1 }, taken));
  // Notes: the stop (or its absence), the caller's peptide, the source when the heading had no room.
  let ny = aaY + 22;
  const notes = [
    stopText(s, f.frame),
    s.phase === null ? 'No reading frame runs through the junction: no codons drawn' : null,
    s.callerPeptide ? (s.callerPeptide.agrees ? 'translation agrees with the caller’s peptide' : 'translation differs from the caller’s peptide') : null,
    ...s.notes,
  ].filter((t): t is string => !!t);
  const line = [...notes, ...(sourceInHead.length ? [] : [sourceText])].join(' · ');
  if (line) {
    for (const part of wrap(line, x1 - x0, FONT.label)) {
      shapes.push({ shape: 'text', id: `seq-note:${ny}`, className: `note seq-note${s.stop && f.frame !== 'out-of-frame' ? ' caveat' : ''}`, x: x0, y: ny, text: part, anchor: 'start', size: FONT.label });
      ny += 15;
    }
  }
  return { shapes: top ? shapes.map((sh) => down(sh, top)) : shapes, height: ny - 4, shown: { fivePrime: j0 - a, threePrime: b - j1 } };
}
