/**
 * JAFFA `jaffa_results.csv` (comma-separated, quoted strings, header by name).
 *
 *   "sample","fusion genes","chrom1","base1","strand1","chrom2","base2","strand2","gap (kb)","spanning pairs",
 *   "spanning reads","inframe","aligns","rearrangement","contig","contig break","classification","known"
 *   "1_Neat_A_Exp2SeracareV2","LMNA:NTRK1","chr1",156130773,"+","chr1",156874906,"+",744.135,75,159,TRUE,TRUE,
 *   FALSE,"190626_K00400_0121_BH7C5GBBXY:1:1101:19918:20181/1/1",106,"HighConfidence","-"
 *   (jaffa/fusor-jaffa_results.csv, from cancervariants/fusor)
 *
 * The gene before `:` is 5'. `spanning reads` cross the junction (split reads), `spanning pairs`
 * straddle it; `classification` is JAFFA's confidence; `inframe` TRUE/FALSE its frame call.
 */
import type { CallerFile, CallerRow } from './caller-types';
import { show } from './common';
import { cellsOf, compact, frameCall, header, numberedLines, num, partnerInput, readBreakpoint, RowIssues, type Cells } from './table';

export const JAFFA_HEAD = /^"?sample"?,"?fusion genes"?,"?chrom1"?,/;

/** One CSV record: fields split on commas outside double quotes, `""` inside quotes is a quote. */
export function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') out.push(cur), (cur = '');
    else cur += c;
  }
  out.push(cur);
  return out;
}

function readRow(cells: Cells): CallerRow {
  const issues = new RowIssues();
  const name = issues.need(cells, 'fusion genes');
  const genes = name?.split(':');
  if (name !== undefined && genes?.length !== 2) issues.add('fusion genes', 'invalid-value', `fusion genes must name two genes as GENE1:GENE2, got ${show(name)}`);
  const side = (k: 1 | 2) => {
    const chrom = issues.need(cells, `chrom${k}`);
    const base = issues.need(cells, `base${k}`);
    return chrom === undefined || base === undefined ? undefined : readBreakpoint(`${chrom}:${base}`, `chrom${k}/base${k}`, issues, cells.raw(`strand${k}`)?.trim());
  };
  const bp5 = side(1);
  const bp3 = side(2);
  const pairs = num(cells, 'spanning pairs', issues);
  const reads = num(cells, 'spanning reads', issues);
  const g = { fivePrime: genes?.[0], threePrime: genes?.[1] };
  if (issues.list.length > 0 || !bp5 || !bp3) return { line: cells.line, issues: issues.list, evidence: { caller: 'JAFFA', format: 'jaffa', line: cells.line, genes: g } };
  return {
    line: cells.line,
    input: { fivePrime: partnerInput(g.fivePrime, bp5), threePrime: partnerInput(g.threePrime, bp3), evidence: 'rna' },
    evidence: compact({
      caller: 'JAFFA',
      format: 'jaffa' as const,
      line: cells.line,
      lines: [cells.line],
      nature: 'rna' as const,
      genes: g,
      splitReads: reads,
      spanningPairs: pairs,
      confidence: cells.get('classification'),
      tags: cells.get('known') ? [`known: ${cells.get('known')}`] : undefined,
      frame: frameCall(cells.get('inframe'), /^TRUE$/i, /^FALSE$/i),
      type: cells.get('rearrangement') === 'TRUE' ? 'rearrangement' : undefined,
    }),
    warnings: [],
  };
}

export function readJaffa(text: string): CallerFile {
  const lines = numberedLines(text).filter((l) => l.text.trim() !== '');
  const index = header(lines[0] ? splitCsv(lines[0].text) : []);
  return { format: 'jaffa', caller: 'JAFFA', rows: lines.slice(1).map((l) => readRow(cellsOf(index, splitCsv(l.text), l.line))) };
}
