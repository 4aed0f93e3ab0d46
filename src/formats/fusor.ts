/**
 * FUSOR JSON: the VICC fusion objects (`CategoricalFusion`, `AssayedFusion`, and FUSOR's
 * `InternalTandemDuplication`) that the cancervariants/fusor package writes; one object or an array.
 *
 *   {"type": "CategoricalFusion", "structure": [
 *     {"type": "TranscriptSegmentElement", "transcript": "refseq:NM_004327.3", "exonEnd": 2, "exonEndOffset": 182,
 *      "gene": {"name": "BCR", "primaryCoding": {"id": "hgnc:1014"}}, …},
 *     {"type": "LinkerSequenceElement", "linkerSequence": {"sequence": "ACTAAAGCG"}},
 *     {"type": "TranscriptSegmentElement", "transcript": "refseq:NM_005157.5", "exonStart": 2, "exonStartOffset": -173, …}],
 *    "readingFramePreserved": true, …}
 *   (fusor/bcr_abl1.json, from cancervariants/fusor src/fusor/examples)
 *
 * The first structural element is 5', the last 3'. Transcript segments give exon + offset (the
 * transcript's own coordinates, so no assembly is needed); GeneElement is a gene-only partner;
 * UnknownGeneElement and MultiplePossibleGenesElement are the unknown partner `?` (the latter with
 * a warning). A regulatory element (enhancer-driven fusions such as IGH::MYC) is a row error: the
 * model draws transcribed fusions only. Each object's line is where it opens in the file.
 */
import type { Evidence, FusionInput, Issue, PartnerInput, Side } from '../model/types';
import type { CallerFile, CallerRow } from './caller-types';
import { issue, normaliseHgnc, show } from './common';
import { compact, stripBom } from './table';

export const FUSOR_HEAD = /^\s*[[{][\s\S]{0,4000}?"type"\s*:\s*"(?:CategoricalFusion|AssayedFusion|InternalTandemDuplication)"/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Line where each top-level value opens: the object itself, or each element of a top-level array. */
function openingLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0 && c === '{') lines.push(line);
      if (depth === 1 && c === '{') lines.push(line);
      depth++;
    } else if (c === '}' || c === ']') depth--;
  }
  return text.trimStart().startsWith('[') ? lines : lines.slice(0, 1);
}

function element(e: unknown, side: Side, issues: Issue[], warnings: string[]): PartnerInput | undefined {
  const path = `structure.${side === 'fivePrime' ? 'first' : 'last'}`;
  if (!isObj(e)) return void issues.push(issue(path, 'invalid-value', `${path} must be an element object, got ${show(e)}`));
  const gene = isObj(e.gene) ? e.gene : undefined;
  const name = typeof gene?.name === 'string' ? gene.name : undefined;
  const coding = isObj(gene?.primaryCoding) ? gene!.primaryCoding as Obj : undefined;
  const hgnc = typeof coding?.id === 'string' && /^hgnc:\d+$/i.test(coding.id) ? normaliseHgnc(coding.id) : undefined;
  switch (e.type) {
    case 'UnknownGeneElement':
      return { kind: 'unknown' };
    case 'MultiplePossibleGenesElement':
      warnings.push(`${side}: several possible genes (FUSOR MultiplePossibleGenesElement) are drawn as the unknown partner ?`);
      return { kind: 'unknown' };
    case 'GeneElement':
      if (!name) return void issues.push(issue(`${path}.gene.name`, 'empty', `${path} GeneElement names no gene`));
      return compact({ kind: 'gene' as const, gene: name, hgnc });
    case 'TranscriptSegmentElement': {
      const transcript = typeof e.transcript === 'string' ? e.transcript.replace(/^(refseq|ensembl):/i, '') : undefined;
      const exon = side === 'fivePrime' ? e.exonEnd : e.exonStart;
      const offset = side === 'fivePrime' ? e.exonEndOffset : e.exonStartOffset;
      const key = side === 'fivePrime' ? 'exonEnd' : 'exonStart';
      if (typeof exon !== 'number') return void issues.push(issue(`${path}.${key}`, 'empty', `${path} TranscriptSegmentElement needs ${key} (the junction exon), got ${show(exon)}`));
      return compact({ gene: name, hgnc, transcript, exon, offset: typeof offset === 'number' ? offset : 0 });
    }
    default:
      return void issues.push(issue(`${path}.type`, 'invalid-value', `${path} element type ${show(e.type)} cannot be a fusion partner`));
  }
}

function readObject(o: unknown, line: number): CallerRow {
  const issues: Issue[] = [];
  const warnings: string[] = [];
  if (!isObj(o)) return { line, issues: [issue('fusion', 'invalid-value', `a FUSOR fusion must be an object, got ${show(o)}`)] };
  const structure = Array.isArray(o.structure) ? o.structure : [];
  if (isObj(o.regulatoryElement)) {
    const reg = o.regulatoryElement;
    const g = isObj(reg.associatedGene) && typeof reg.associatedGene.name === 'string' ? reg.associatedGene.name : 'a regulatory element';
    return { line, issues: [issue('regulatoryElement', 'invalid-value', `a regulatory fusion (${show(reg.regulatoryClass ?? 'element')} of ${g} driving ${structure.length} gene element(s)) is not a transcribed fusion, which is all fusion-viz draws`)] };
  }
  if (structure.length < 2) return { line, issues: [issue('structure', 'invalid-value', `structure must hold at least two elements (5' and 3'), got ${structure.length}`)] };
  if (o.type === 'InternalTandemDuplication') {
    return { line, issues: [issue('type', 'invalid-value', 'an internal tandem duplication (FUSOR InternalTandemDuplication) names the duplicated segment, not a 5\'::3\' junction fusion-viz can draw')] };
  }
  const fivePrime = element(structure[0], 'fivePrime', issues, warnings);
  const threePrime = element(structure[structure.length - 1], 'threePrime', issues, warnings);
  let linker: string | undefined;
  for (const mid of structure.slice(1, -1)) {
    const seq = isObj(mid) && mid.type === 'LinkerSequenceElement' && isObj(mid.linkerSequence) ? mid.linkerSequence.sequence : undefined;
    if (typeof seq === 'string') linker = (linker ?? '') + seq;
    else issues.push(issue('structure', 'invalid-value', `only a linker may lie between the two partners, got ${show(isObj(mid) ? mid.type : mid)}`));
  }
  const assay = isObj(o.assay) ? o.assay : undefined;
  const inferred = assay?.fusionDetection === 'inferred';
  const event = isObj(o.causativeEvent) ? o.causativeEvent.eventType : undefined;
  const nature: Evidence = 'rna';
  if (issues.length > 0 || !fivePrime || !threePrime) return { line, issues };
  const input: FusionInput = compact({ fivePrime, threePrime, linker, inferred: inferred || undefined });
  const frame = typeof o.readingFramePreserved === 'boolean'
    ? { call: o.readingFramePreserved ? 'in-frame' as const : 'out-of-frame' as const, raw: `readingFramePreserved: ${o.readingFramePreserved}` }
    : undefined;
  return {
    line,
    input,
    evidence: compact({
      caller: 'FUSOR',
      format: 'fusor' as const,
      line,
      lines: [line],
      nature,
      genes: compact({ fivePrime: fivePrime.gene, threePrime: threePrime.gene }),
      frame,
      type: [o.type, event].filter((x) => typeof x === 'string').join(' · ') || undefined,
      tags: typeof assay?.assayName === 'string' ? [assay.assayName] : undefined,
    }),
    warnings,
  };
}

export function readFusor(text: string): CallerFile {
  const t = stripBom(text);
  let data: unknown;
  try {
    data = JSON.parse(t);
  } catch (e) {
    return { format: 'fusor', caller: 'FUSOR', rows: [{ line: 1, issues: [issue('file', 'syntax', `not valid JSON: ${(e as Error).message}`)] }] };
  }
  const items = Array.isArray(data) ? data : [data];
  const lines = openingLines(t);
  return { format: 'fusor', caller: 'FUSOR', rows: items.map((o, i) => readObject(o, lines[i] ?? 1)) };
}
