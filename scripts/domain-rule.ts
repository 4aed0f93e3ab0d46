/**
 * The rule that picks one display domain per region from overlapping hits of several sources.
 * Kept apart from the build script so tests can check it on the raw data.
 */

export interface RawDomain {
  name: string;
  description: string | null;
  accession: string | null;
  /** Label printed for the source. */
  source: string;
  /** Source as genes.json gives it (`Pfam`, `NCBI-CDD:SMART`, `InterPro`, …). */
  rawSource: string;
  /** InterPro entry type, when known. */
  type: string | null;
  start: number;
  end: number;
}

export const DOMAIN_RULE =
  'One display domain per region. Hits that would mislead a reader are dropped first: superfamily-level hits ' +
  '(NCBI CDD superfamily clusters, InterPro homologous superfamilies), whole-protein families (InterPro family, ' +
  'COG, TIGRFAM, PRK/PHA/PTZ models) and single sites (InterPro active/binding/conserved sites). The rest are ranked ' +
  'Pfam (UniProt, then NCBI CDD), then SMART, then InterPro domains and repeats, then CDD curated domains, then named ' +
  'features without a model accession; a hit is kept unless it covers at least half of the shorter of itself and an ' +
  'already kept hit. Every dropped hit stays in otherDomains with its reason.';

function rank(d: RawDomain): number {
  switch (d.rawSource) {
    case 'Pfam':
      return 0;
    case 'NCBI-CDD:Pfam':
      return 1;
    case 'NCBI-CDD:SMART':
      return 2;
    case 'InterPro':
      return 3;
    case 'NCBI-CDD:CD':
      return 4;
    default:
      return 5;
  }
}

/** Why a hit is not eligible for display, or null when it is. */
export function ineligibility(d: RawDomain): string | null {
  if (d.rawSource === 'NCBI-CDD:superfamily') return 'superfamily-level hit';
  if (d.rawSource === 'InterPro') {
    if (d.type === 'homologous_superfamily') return 'superfamily-level hit';
    if (d.type === 'family') return 'whole-protein family, not a domain';
    if (d.type !== 'domain' && d.type !== 'repeat') return `single ${d.type ?? 'feature'}, not a domain`;
  }
  if (d.rawSource === 'NCBI-CDD:COG') return 'whole-protein family model (COG), weak as a domain call';
  if (d.rawSource === 'NCBI-CDD' && d.accession !== null) return `whole-protein family model (${d.accession}), weak as a domain call`;
  return null;
}

function overlap(a: RawDomain, b: RawDomain): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1);
}

export function chooseDisplayDomains(hits: readonly RawDomain[]): {
  display: RawDomain[];
  other: (RawDomain & { dropped: string })[];
} {
  const other: (RawDomain & { dropped: string })[] = [];
  const eligible: RawDomain[] = [];
  for (const d of hits) {
    const why = ineligibility(d);
    if (why) other.push({ ...d, dropped: why });
    else eligible.push(d);
  }
  eligible.sort((a, b) => rank(a) - rank(b) || a.start - b.start || b.end - a.end);
  const kept: RawDomain[] = [];
  for (const d of eligible) {
    const clash = kept.find((k) => overlap(k, d) * 2 >= Math.min(k.end - k.start + 1, d.end - d.start + 1));
    if (clash) other.push({ ...d, dropped: `same region as ${clash.accession ?? clash.name} (${clash.source}) ${clash.start}-${clash.end}` });
    else kept.push(d);
  }
  kept.sort((a, b) => a.start - b.start);
  other.sort((a, b) => a.start - b.start);
  return { display: kept, other };
}
