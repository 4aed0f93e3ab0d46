/**
 * The standard genetic code and reverse complement, for the sequence model (sequence*.ts).
 */
const CODE: Record<string, string> = {};
{
  const bases = 'TCAG';
  const aas = 'FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG';
  let i = 0;
  for (const a of bases) for (const b of bases) for (const c of bases) CODE[a + b + c] = aas[i++]!;
}

/** One-letter translation of a codon, `*` for a stop, `?` when it holds a base other than A, C, G, T. */
export function translateCodon(codon: string): string {
  return CODE[codon.toUpperCase()] ?? '?';
}

const COMPLEMENT: Record<string, string> = { A: 'T', C: 'G', G: 'C', T: 'A', N: 'N' };
export function reverseComplement(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += COMPLEMENT[s[i]!.toUpperCase()] ?? 'N';
  return out;
}
