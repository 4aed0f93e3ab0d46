/**
 * One assembly's pack from its refGene table: current symbols, every transcript of every
 * gene, the default transcript by a documented rule, and domains on one reference protein.
 */
import { accessionKey, packRanges, FLAG_CURATED, FLAG_MANE_PLUS_CLINICAL, FLAG_MANE_SELECT, FLAG_PROTEIN_FROM_CDS, packExons, type PackedDomain, type PackedGene, type PackedTranscript } from '../src/annotation/shard-format';
import type { DomainRecord } from '../src/model/types';
import type { CuratedRecord } from './curated';
import { chooseDisplayDomains } from './domain-rule';
import { type ManeRow, type ProteinRow, type RefGeneRow, unversioned } from './pack-inputs';

export interface Tables {
  mane: ManeRow[];
  proteins: Map<string, ProteinRow>;
  ensembl: Map<string, string[]>;
  curated: CuratedRecord[];
}

export const PROJECTION_RULE =
  'Domains come from one RefSeq protein per gene (the default transcript\'s when the protein table has it, else MANE Select\'s, ' +
  'else the protein with most hits). On every other transcript a domain is placed by genomic position: its coding bases on the ' +
  'reference transcript that are coding, in the same codon position, on the other transcript give its residues there; it is ' +
  'whole when all of them map contiguously, partly coded when some do, and absent (listed with the reason) when none do.';

const RULES38 = [
  'curated (shared/data/genes.json): the MANE Select v1.0 accession, or the named stand-in where MANE\'s accession has no protein row or is not in the ~2018 refGene table',
  'MANE Select v1.0',
  'no MANE Select accession in this table: the coding transcript with the longest CDS (ties: longer transcript, then accession)',
  'non-coding gene: the longest transcript (ties: accession)',
];
const RULES37 = [
  'the GRCh38 default transcript (curated or MANE Select v1.0), present in the hg19 table',
  'MANE Select v1.0 accession, present in the hg19 table',
  RULES38[2]!,
  RULES38[3]!,
];

export interface BuiltAssembly {
  genes: Map<string, PackedGene>;
  accessions: Map<string, [string, string | null]>;
  previous: Map<string, string>;
  spans: Record<string, [string, number, number, string][]>;
  rules: string[];
  sources: string[];
  dropped: string[];
  desc: Map<string, string>;
  counts: { genes: number; transcripts: number; coding: number; noncoding: number };
  /** symbol → unversioned accession of the default; and accession → current symbol. */
  defaults: Map<string, string>;
  symbolOfNm: Map<string, string>;
}

const cdsNt = (r: RefGeneRow): number => (r.cdsLow === null ? 0 : r.exons.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, r.cdsHigh!) - Math.max(a, r.cdsLow!) + 1), 0));
const exonicNt = (r: RefGeneRow): number => r.exons.reduce((n, [a, b]) => n + b - a + 1, 0);

function interner<T>(): { list: T[]; id(v: T): number } {
  const list: T[] = [];
  const ids = new Map<T, number>();
  return { list, id: (v) => ids.get(v) ?? (ids.set(v, list.push(v) - 1), list.length - 1) };
}

export function buildAssembly(assembly: 'GRCh38' | 'GRCh37', rows: RefGeneRow[], tables: Tables, from38: { defaults: Map<string, string>; symbolOfNm: Map<string, string> } | null): BuiltAssembly {
  const rules = assembly === 'GRCh38' ? RULES38 : RULES37;
  const maneByNm = new Map(tables.mane.map((m) => [unversioned(m.nm), m]));
  const maneSelectBySymbol = new Map(tables.mane.filter((m) => m.status === 'MANE Select').map((m) => [m.symbol, m]));
  const curated = new Map(assembly === 'GRCh38' ? tables.curated.map((c) => [c.record.gene, c]) : []);
  // Domains are protein coordinates: the curated sets also serve GRCh37 where its default is the same accession.
  const curatedDomains = new Map(tables.curated.map((c) => [c.record.gene, c]));
  const enstOfNm = new Map<string, string[]>();
  for (const [enst, nms] of tables.ensembl) for (const nm of nms) enstOfNm.set(nm, [...(enstOfNm.get(nm) ?? []), enst]);

  // Current symbol of each refGene name2: MANE's symbol for its accessions (then GRCh38's), else name2.
  const byName2 = new Map<string, RefGeneRow[]>();
  for (const r of rows) byName2.set(r.name2, [...(byName2.get(r.name2) ?? []), r]);
  const currentOf = new Map<string, string>();
  for (const [name2, group] of byName2) {
    const votes = new Map<string, number>();
    for (const r of group) {
      const s = maneByNm.get(r.name)?.symbol ?? from38?.symbolOfNm.get(r.name);
      if (s) votes.set(s, (votes.get(s) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    currentOf.set(name2, best ?? name2);
  }
  const previous = new Map<string, string>();
  const currents = new Set(currentOf.values());
  for (const [name2, cur] of currentOf) if (cur !== name2 && !currents.has(name2)) previous.set(name2, cur);

  const rowsOf = new Map<string, RefGeneRow[]>();
  for (const r of rows) {
    const s = currentOf.get(r.name2)!;
    rowsOf.set(s, [...(rowsOf.get(s) ?? []), r]);
  }

  const sources = interner<string>();
  const dropped = interner<string>();
  const desc = new Map<string, string>();
  const genes = new Map<string, PackedGene>();
  const accessions = new Map<string, [string, string | null]>();
  const spans: Record<string, [string, number, number, string][]> = {};
  const defaults = new Map<string, string>();
  const symbolOfNm = new Map<string, string>();
  const counts = { genes: 0, transcripts: 0, coding: 0, noncoding: 0 };

  for (const [symbol, all] of [...rowsOf].sort((a, b) => a[0].localeCompare(b[0]))) {
    const mane = maneSelectBySymbol.get(symbol);
    const cur = curated.get(symbol);
    // Default transcript.
    const wanted = cur?.refseq ?? (assembly === 'GRCh37' ? from38?.defaults.get(symbol) : undefined) ?? (mane ? unversioned(mane.nm) : undefined);
    const overlapsMane = (r: RefGeneRow) => !mane || (r.chrom === mane.chrom && r.exons[0]![0] <= mane.end && r.exons[r.exons.length - 1]![1] >= mane.start);
    let pick = wanted ? all.filter((r) => r.name === wanted).sort((a, b) => Number(overlapsMane(b)) - Number(overlapsMane(a)))[0] : undefined;
    let rule = cur ? 0 : pick ? (assembly === 'GRCh37' && from38?.defaults.get(symbol) === wanted ? 0 : 1) : -1;
    if (!pick && assembly === 'GRCh37' && mane) {
      pick = all.find((r) => r.name === unversioned(mane.nm));
      if (pick) rule = 1;
    }
    const ranked = [...all].sort((a, b) => cdsNt(b) - cdsNt(a) || exonicNt(b) - exonicNt(a) || a.name.localeCompare(b.name));
    if (!pick) {
      pick = ranked[0]!;
      rule = cdsNt(pick) > 0 ? 2 : 3;
    }
    const locus = all.filter((r) => r.chrom === pick!.chrom && r.strand === pick!.strand);
    // One row per accession: the default's own, else the one nearest the default.
    const seen = new Set<string>();
    const kept: RefGeneRow[] = [];
    for (const r of [pick, ...locus.filter((r) => r !== pick).sort((a, b) => Math.abs(a.exons[0]![0] - pick!.exons[0]![0]) - Math.abs(b.exons[0]![0] - pick!.exons[0]![0]))]) {
      if (seen.has(r.name)) continue;
      seen.add(r.name);
      kept.push(r);
    }
    const order = (r: RefGeneRow) => {
      const m = maneByNm.get(r.name);
      return m?.status === 'MANE Select' ? 0 : m ? 1 : cdsNt(r) > 0 ? 2 : 3;
    };
    const txs = [kept[0]!, ...kept.slice(1).sort((a, b) => order(a) - order(b) || cdsNt(b) - cdsNt(a) || exonicNt(b) - exonicNt(a) || a.name.localeCompare(b.name))];

    const uniq = [...new Map(txs.flatMap((r) => r.exons).map((e) => [`${e[0]}-${e[1]}`, e] as const)).values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const exonIndex = new Map(uniq.map((e, i) => [`${e[0]}-${e[1]}`, i]));
    const packed: PackedTranscript[] = txs.map((r, k) => {
      const m = maneByNm.get(r.name);
      const isCurated = k === 0 && cur !== undefined;
      const accession = isCurated ? cur.record.accession : m ? m.nm : r.name;
      const nt = cdsNt(r);
      const prot = tables.proteins.get(r.name);
      let flags = (m?.status === 'MANE Select' ? FLAG_MANE_SELECT : m ? FLAG_MANE_PLUS_CLINICAL : 0) | (isCurated ? FLAG_CURATED : 0);
      let protein: string | null = m ? m.np : prot?.protein ?? null;
      let length: number | null = null;
      if (isCurated) {
        protein = cur.record.proteinAccession;
        length = cur.record.proteinLength;
      } else if (nt > 0) {
        if (prot && 3 * (prot.length + 1) === nt) length = prot.length;
        else if (nt % 3 === 0) {
          length = nt / 3 - 1;
          flags |= FLAG_PROTEIN_FROM_CDS;
        }
      } else protein = null;
      const aliases = new Set<string>([...(m ? [m.enst] : []), ...(enstOfNm.get(r.name) ?? [])]);
      if (isCurated) for (const a of cur.record.aliases) if (a.startsWith('ENST') && !aliases.has(`${a}`) && ![...aliases].some((b) => unversioned(b) === a)) aliases.add(a);
      return [accession, packRanges(r.exons.map((e) => exonIndex.get(`${e[0]}-${e[1]}`)!)), r.cdsLow, r.cdsHigh, protein, length, flags, [...aliases]];
    });

    // Reference protein and its hits.
    let p: PackedGene['p'] = null;
    const toPacked = (d: DomainRecord): PackedDomain => {
      const key = d.accession ?? d.name;
      if (d.description && (!desc.has(key) || (curD && curD.refseq === txs[0]!.name))) desc.set(key, d.description);
      return [d.name, d.accession, sources.id(d.source), d.start, d.end, d.dropped ? dropped.id(d.dropped) : -1];
    };
    const curD = curatedDomains.get(symbol);
    if (curD && curD.refseq === txs[0]!.name) {
      p = { i: 0, d: [...curD.record.domains, ...curD.record.otherDomains].sort((a, b) => a.start - b.start || a.end - b.end).map(toPacked) };
    } else {
      const withRows = txs.map((r, i) => ({ r, i, prot: tables.proteins.get(r.name) })).filter((x) => x.prot && packed[x.i]![5] !== null);
      const refPick = withRows.find((x) => x.i === 0) ?? withRows.find((x) => maneByNm.get(x.r.name)?.status === 'MANE Select') ??
        [...withRows].sort((a, b) => b.prot!.hits.length - a.prot!.hits.length || a.r.name.localeCompare(b.r.name))[0];
      if (refPick) {
        const { display, other } = chooseDisplayDomains(refPick.prot!.hits);
        const all2: DomainRecord[] = [...display, ...other].map((d) => ({ name: d.name, description: d.description, accession: d.accession, source: d.source, start: d.start, end: d.end, ...('dropped' in d ? { dropped: (d as { dropped: string }).dropped } : {}) }));
        p = { i: refPick.i, d: all2.sort((a, b) => a.start - b.start || a.end - b.end).map(toPacked) };
      }
    }
    const hgnc = mane?.hgnc ?? (cur ? cur.record.hgnc : null);
    const n = cur && !cur.record.mane ? cur.record.provenance.note?.replace(/^not MANE Select: /, '') : undefined;
    genes.set(symbol, { h: hgnc, c: pick.chrom, s: pick.strand, x: packExons(uniq), t: packed, r: rule, ...(n ? { n } : {}), p });
    defaults.set(symbol, txs[0]!.name);
    for (const [k, r] of txs.entries()) {
      symbolOfNm.set(r.name, symbol);
      for (const key of [r.name, ...packed[k]![7]]) if (!accessions.has(accessionKey(key))) accessions.set(accessionKey(key), [symbol, packed[k]![0]]);
    }
    if (cur) for (const a of cur.record.aliases) if (!accessions.has(accessionKey(a))) accessions.set(accessionKey(a), [symbol, packed[0]![0]]);
    (spans[pick.chrom] ??= []).push([symbol, pick.exons[0]![0], pick.exons[pick.exons.length - 1]![1], pick.strand]);
    counts.genes++;
    counts.transcripts += txs.length;
    for (const r of txs) counts[cdsNt(r) > 0 ? 'coding' : 'noncoding']++;
  }
  // MANE accessions this table lacks still name their gene.
  for (const m of tables.mane) {
    if (!genes.has(m.symbol)) continue;
    for (const key of [m.nm, m.enst]) if (!accessions.has(accessionKey(key))) accessions.set(accessionKey(key), [m.symbol, null]);
  }
  for (const list of Object.values(spans)) list.sort((a, b) => a[1] - b[1]);
  return { genes, accessions, previous, spans, rules, sources: sources.list, dropped: dropped.list, desc, counts, defaults, symbolOfNm };
}
