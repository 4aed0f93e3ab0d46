/**
 * VCF 4.x structural variants as breakend pairs (Manta, GRIDSS, FusionCatcher, Arriba VCFs).
 *
 *   #CHROM POS ID REF ALT QUAL FILTER INFO FORMAT HCC1954_BL HCC1954
 *   8 107653411 MantaBND:0:0:2:0:0:0:1 T ]11:94987872]T . PASS SVTYPE=BND;MATEID=MantaBND:0:0:2:0:0:0:0;… PR:SR 32,0:28,0 489,4:520,19
 *   (vcf/manta-demo-somaticSV.vcf.gz, from Illumina/manta src/demo/expectedResults; the CLI gunzips)
 *
 * A BND record and its mate (MATEID, or GRIDSS's older PARID) make one row, at the first record's
 * line. The ALT brackets say which side of each breakend the joined molecule keeps: with the base
 * before the bracket (`t[p[`, `t]p]`) this record keeps the bases up to POS; after it (`]p]t`,
 * `[p[t`) the bases from POS on. The bracket's direction says the same of the mate: `[p[` keeps
 * from p on, `]p]` up to p. Which kept side is 5' depends on each gene's strand, so the resolver
 * orients the pair from the annotation (a + gene keeping its low side is 5'; a − gene, its high side).
 * FusionCatcher writes END=5/3 with GENE5/GENE3 and its brackets do not follow that reading on the −
 * strand (GOPC--ROS1 in its test file), so its END is used as stated. DEL and DUP records with END
 * are read as one junction; INV, INS, single breakends (`.` in ALT) and unpaired BNDs are row errors.
 * Split reads, pairs and VAF: Manta FORMAT SR/PR of the last sample, VAF (SR+PR alt)/(SR+PR all);
 * GRIDSS SR/RP with VAF = VF/(VF+REF+REFPAIR); FusionCatcher INFO SR/SP.
 */
import type { Assembly, BreakpointInput, Issue, PartnerInput } from '../model/types';
import type { Breakend, CallerEvidence, CallerFile, CallerRow } from './caller-types';
import { issue, show } from './common';
import { compact, list, numberedLines, plainGene } from './table';

export const VCF_HEAD = /^##fileformat=VCFv4/;

interface Rec {
  line: number;
  chrom: string;
  pos: number;
  id: string;
  alt: string;
  qual: string;
  filter: string;
  info: Map<string, string>;
  format: Map<string, string> | undefined;
}

const ALT = /^([A-Za-z]*)([[\]])([^[\]:]+):(\d+)([[\]])([A-Za-z]*)$/;

/** Which side each end of a BND record keeps, or why the ALT cannot say. */
export function readBndAlt(alt: string): { keep: Breakend['keep']; mate: Omit<Breakend, 'keep'> & { keep: Breakend['keep'] } } | string {
  if (/^\.|\.$/.test(alt)) return `ALT ${show(alt)} is a single breakend: its partner position is unknown`;
  const m = ALT.exec(alt);
  if (!m || m[2] !== m[5] || (m[1] === '') === (m[6] === '')) return `ALT ${show(alt)} is not breakend notation such as N[chr2:321682[ or ]chr13:123456]N`;
  return { keep: m[1] ? 'low' : 'high', mate: { chrom: m[3]!, pos: Number(m[4]), keep: m[2] === '[' ? 'high' : 'low' } };
}

function assemblyOf(meta: string[]): Assembly | undefined {
  const said = meta.filter((l) => /^##(reference|assembly|contig=<[^>]*assembly)/.test(l)).join(' ');
  if (/GRCh38|hg38|GCA_000001405\.15/i.test(said)) return 'GRCh38';
  if (/GRCh37|hg19|assembly19|hs37d?5?|\bb37\b/i.test(said)) return 'GRCh37';
  return undefined;
}

function callerOf(meta: string[]): string {
  const text = meta.join('\n');
  if (/^##source=GenerateSVCandidates|manta/im.test(text)) return 'Manta';
  if (/^##gridssVersion|^##source=.*gridss/im.test(text)) return 'GRIDSS';
  if (/^##source=fusioncatcher/im.test(text)) return 'FusionCatcher';
  if (/^##source=.*arriba/im.test(text)) return 'Arriba';
  return /^##source=([^\s]+)/m.exec(text)?.[1] ?? 'VCF';
}

const int = (v: string | undefined) => (v !== undefined && /^-?\d+$/.test(v) ? Number(v) : undefined);
const alt = (v: string | undefined) => int(v?.split(',')[1]);
const ref = (v: string | undefined) => int(v?.split(',')[0]);

function support(r: Rec, caller: string): Partial<CallerEvidence> {
  const f = r.format;
  if (f && (f.has('SR') || f.has('PR')) && !f.has('VF')) {
    const sr = [ref(f.get('SR')), alt(f.get('SR'))];
    const pr = [ref(f.get('PR')), alt(f.get('PR'))];
    const all = [...sr, ...pr].filter((x): x is number => x !== undefined);
    const alts = (sr[1] ?? 0) + (pr[1] ?? 0);
    const total = all.reduce((a, b) => a + b, 0);
    return { splitReads: sr[1], spanningPairs: pr[1], vaf: total > 0 ? alts / total : undefined };
  }
  const pick = (k: string) => int(f?.get(k)) ?? int(r.info.get(k)) ?? (Number.isFinite(Number(f?.get(k) ?? r.info.get(k))) ? Number(f?.get(k) ?? r.info.get(k)) : undefined);
  if (caller === 'GRIDSS' || r.info.has('VF')) {
    const vf = pick('VF');
    const denominator = (vf ?? 0) + (pick('REF') ?? 0) + (pick('REFPAIR') ?? 0);
    return { splitReads: pick('SR'), spanningPairs: pick('RP'), vaf: vf !== undefined && denominator > 0 ? vf / denominator : undefined };
  }
  return { splitReads: pick('SR'), spanningPairs: pick('SP') ?? pick('PE') };
}

function parseRecord(line: number, text: string, samples: number): Rec | Issue[] {
  const f = text.split('\t');
  if (f.length < 8) return [issue('record', 'syntax', `a VCF record needs 8 tab-separated columns (CHROM POS ID REF ALT QUAL FILTER INFO), line ${line} has ${f.length}`)];
  const pos = int(f[1]);
  if (pos === undefined || pos < 1) return [issue('POS', 'invalid-value', `POS must be a position of 1 or more, got ${show(f[1])}`)];
  const info = new Map(f[7]!.split(';').map((kv) => { const i = kv.indexOf('='); return i < 0 ? [kv, 'true'] as [string, string] : [kv.slice(0, i), kv.slice(i + 1)] as [string, string]; }));
  let format: Map<string, string> | undefined;
  if (f[8] && samples > 0 && f[8 + samples]) {
    const keys = f[8].split(':');
    const values = f[8 + samples]!.split(':');
    format = new Map(keys.map((k, i) => [k, values[i] ?? '']));
  }
  return { line, chrom: f[0]!, pos, id: f[2]!, alt: f[4]!, qual: f[5]!, filter: f[6]!, info, format };
}

function ends(r: Rec): [Breakend, Breakend] | string {
  const type = r.info.get('SVTYPE');
  const end = int(r.info.get('END'));
  if ((type === 'DEL' || type === 'DUP') && end !== undefined) {
    return type === 'DEL'
      ? [{ chrom: r.chrom, pos: r.pos, keep: 'low' }, { chrom: r.chrom, pos: end + 1, keep: 'high' }]
      : [{ chrom: r.chrom, pos: end, keep: 'low' }, { chrom: r.chrom, pos: r.pos, keep: 'high' }];
  }
  if (type && type !== 'BND') return `SVTYPE ${show(type)} is not read as a fusion junction: give BND, DEL or DUP records`;
  const a = readBndAlt(r.alt);
  if (typeof a === 'string') return a;
  return [{ chrom: r.chrom, pos: r.pos, keep: a.keep }, a.mate];
}

function pairRow(a: Rec, b: Rec, caller: string): CallerRow {
  const warnings: string[] = [];
  const e = ends(a);
  if (typeof e === 'string') return { line: a.line, issues: [issue('ALT', 'invalid-value', e)] };
  const stated = (a.info.get('END') === '5' || a.info.get('END') === '3') && (b.info.get('END') === '5' || b.info.get('END') === '3');
  const mine = readBndAlt(b.alt);
  // FusionCatcher's brackets never mirror (see above); its END is used, so saying so on every row is noise.
  if (!stated && typeof mine !== 'string' && (mine.keep !== e[1].keep || mine.mate.keep !== e[0].keep)) {
    warnings.push(`the ALT of line ${b.line} (${show(b.alt)}) does not mirror the ALT of line ${a.line} (${show(a.alt)}); line ${a.line} is read`);
  }
  if (`${e[1].chrom}:${e[1].pos}` !== `${b.chrom}:${b.pos}`) warnings.push(`the ALT of line ${a.line} points at ${e[1].chrom}:${e[1].pos}, its mate on line ${b.line} is at ${b.chrom}:${b.pos}`);
  const rna = caller === 'FusionCatcher' || caller === 'Arriba';
  const common = {
    caller,
    format: 'vcf' as const,
    line: a.line,
    lines: a === b ? [a.line] : [a.line, b.line],
    nature: rna ? ('rna' as const) : ('dna' as const),
    ...compact(support(a, caller)),
    confidence: a.filter === '.' ? undefined : a.filter,
    filters: a.filter === 'PASS' ? undefined : list(a.filter, ';'),
    score: Number.isFinite(Number(a.qual)) && a.qual !== '.' ? Number(a.qual) : undefined,
    frame: a.info.get('EFFECT') ? { call: a.info.get('EFFECT') === 'in-frame' ? 'in-frame' as const : a.info.get('EFFECT') === 'out-of-frame' ? 'out-of-frame' as const : 'other' as const, raw: a.info.get('EFFECT')! } : undefined,
    type: a.info.get('SVTYPE'),
  };
  const endA = a.info.get('END');
  if ((endA === '5' || endA === '3') && (b.info.get('END') === (endA === '5' ? '3' : '5'))) {
    const [five, three] = endA === '5' ? [a, b] : [b, a];
    const bp = (r: Rec): BreakpointInput => { const s = r.info.get('STRAND'); return s === '+' || s === '-' ? { chrom: r.chrom, pos: r.pos, strand: s } : { chrom: r.chrom, pos: r.pos }; };
    const g5 = a.info.get('GENE5');
    const g3 = a.info.get('GENE3');
    const p = (gene: string | undefined, r: Rec): PartnerInput => (plainGene(gene) ? { gene: plainGene(gene), breakpoint: bp(r) } : { breakpoint: bp(r) });
    return {
      line: a.line,
      input: { fivePrime: p(g5, five), threePrime: p(g3, three), evidence: common.nature },
      evidence: compact({ ...common, genes: compact({ fivePrime: g5, threePrime: g3 }) }),
      warnings,
    };
  }
  const nameA = a.info.get('GENE_NAME');
  const nameB = b === a ? undefined : b.info.get('GENE_NAME');
  const p = (x: Breakend, gene: string | undefined): PartnerInput => (plainGene(gene) ? { gene: plainGene(gene), breakpoint: { chrom: x.chrom, pos: x.pos } } : { breakpoint: { chrom: x.chrom, pos: x.pos } });
  return {
    line: a.line,
    input: { fivePrime: p(e[0], nameA), threePrime: p(e[1], nameB), evidence: common.nature },
    evidence: compact({ ...common, genes: compact({ fivePrime: nameA, threePrime: nameB }) }),
    breakends: e,
    warnings,
  };
}

export function readVcf(text: string): CallerFile {
  const lines = numberedLines(text);
  const meta = lines.filter((l) => l.text.startsWith('##')).map((l) => l.text);
  const caller = callerOf(meta);
  const head = lines.find((l) => l.text.startsWith('#CHROM'));
  const samples = head ? Math.max(0, head.text.split('\t').length - 9) : 0;
  const rows: CallerRow[] = [];
  const recs: Rec[] = [];
  for (const l of lines) {
    if (l.text.startsWith('#') || l.text.trim() === '') continue;
    const r = parseRecord(l.line, l.text, samples);
    if (Array.isArray(r)) rows.push({ line: l.line, issues: r });
    else recs.push(r);
  }
  const byId = new Map(recs.filter((r) => r.id !== '.').map((r) => [r.id, r]));
  const used = new Set<Rec>();
  for (const r of recs) {
    if (used.has(r)) continue;
    used.add(r);
    const type = r.info.get('SVTYPE');
    const mateId = r.info.get('MATEID') ?? r.info.get('PARID');
    if (type === 'BND' || (!type && ALT.test(r.alt))) {
      const mate = mateId ? byId.get(mateId.split(',')[0]!) : undefined;
      if (!mate) {
        const why = /^\.|\.$/.test(r.alt) ? `ALT ${show(r.alt)} is a single breakend: its partner position is unknown` : mateId ? `MATEID ${show(mateId)} names no record of this file` : 'the breakend has no MATEID, so its mate cannot be found';
        rows.push({ line: r.line, issues: [issue('INFO.MATEID', 'invalid-value', why)] });
        continue;
      }
      used.add(mate);
      rows.push(pairRow(r, mate, caller));
    } else rows.push(pairRow(r, r, caller));
  }
  rows.sort((x, y) => x.line - y.line);
  const assembly = assemblyOf(meta);
  return assembly ? { format: 'vcf', caller, assembly, rows } : { format: 'vcf', caller, rows };
}
