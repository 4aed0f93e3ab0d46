/**
 * The illustrative junction rule, shared by the ALK gallery fixtures and `<fusion-cohort>`: when
 * the data names a partner but not its junction exon, join the partner at the in-frame exon
 * boundary that keeps the most whole partner domains; among equals the one keeping more of the
 * partner (for a 5' partner the later exon, with no domain at all the last in-frame boundary).
 * A figure drawn from it must say the junction is illustrative.
 */
import { buildFusion } from './fusion';
import type { AnnotationSource, Fusion, FusionInput, Side } from './types';

export interface SharedJunction {
  /** The gene every fusion of the cohort shares, e.g. `ALK`. */
  readonly gene: string;
  /** Its junction exon (5' side: last kept exon; 3' side: first kept exon). */
  readonly exon: number;
  /** Which side of the fusion the shared gene is on. */
  readonly side: Side;
}

const keptWhole = (f: Fusion, side: Side) => f.domains.filter((d) => d.side === side && d.status === 'retained').length;

/** The illustrative in-frame junction of `partner` with the shared gene, or null when no boundary is in frame. */
export function illustrativeJunction(partner: string, shared: SharedJunction, source: AnnotationSource): { exon: number; fusion: Fusion } | null {
  const t = source.transcriptsOf(partner)[0];
  if (!t) return null;
  const partnerSide: Side = shared.side === 'threePrime' ? 'fivePrime' : 'threePrime';
  // Boundaries in the order that keeps ever more of the partner, so ">=" prefers the longer part.
  const exons = Array.from({ length: t.exons.length - 1 }, (_, i) => (partnerSide === 'fivePrime' ? i + 1 : t.exons.length - i));
  let best: { exon: number; fusion: Fusion } | null = null;
  for (const k of exons) {
    const p = { kind: 'transcript' as const, gene: partner, exon: k, offset: 0 };
    const s = { kind: 'transcript' as const, gene: shared.gene, exon: shared.exon, offset: 0 };
    const input: FusionInput = partnerSide === 'fivePrime' ? { fivePrime: p, threePrime: s } : { fivePrime: s, threePrime: p };
    const r = buildFusion(input, source);
    if (!r.ok || r.value.frame !== 'in-frame') continue;
    if (!best || keptWhole(r.value, partnerSide) >= keptWhole(best.fusion, partnerSide)) best = { exon: k, fusion: r.value };
  }
  return best;
}
