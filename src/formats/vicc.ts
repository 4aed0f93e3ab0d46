/**
 * VICC Gene Fusion nomenclature (cancervariants/fusion-representation, docs/source/nomenclature.rst).
 *
 *   <5' partner> :: [<linker> ::] <3' partner>        `(::)` in place of `::` marks an inferred junction
 *
 *   partner  <accession>[(<symbol>)]:e.<start>[±off]_<end>[±off]   transcript segment
 *            <accession>[(<symbol>)]:e.<exon>[±off]                 junction: last exon kept (5'), first exon kept (3')
 *            <symbol>[(hgnc:<id>)]:e.…                              the same with a gene symbol for the accession
 *            <symbol>[(hgnc:<id>)]                                  gene only: the junction is not known
 *            ?  or  v                                               unknown partner / one of several genes
 *   linker   A, C, G, T (any case)
 *
 *   NM_004327.4(BCR):e.2+182::ACTAAAGCG::NM_005157.5(ABL1):e.2-173
 *   ?(::)ALK(hgnc:427)
 *
 * Offsets count nt along transcription from the named exon's boundary (+ = 3', − = 5'), so
 * they pass through unchanged: 5' `e.8-66` is exon 8 offset −66, 3' `e.11+2` is exon 11 offset +2.
 * Genes are not resolved and exon ranges not checked here: the model knows the annotation.
 * Not supported: regulatory elements (`reg_e@IGH`), templated linkers (`NC_…:g.…`), other coordinates (c., r.).
 */
import type { FusionInput, Issue, PartnerInput, Result, Side } from '../model/types';
import {
  GENE_SYMBOL,
  HGNC_ID,
  LINKER,
  TRANSCRIPT_ACCESSION,
  VICC_EXAMPLE,
  exonOutOfBounds,
  fail,
  issue,
  normaliseHgnc,
  offsetOutOfBounds,
  readLinker,
  show,
  tooLongDescription,
  tooLongName,
} from './common';

/** Captures the separators so that `(::)` can be told from `::`. */
const SEPARATOR = /\s*(\(::\)|::)\s*/;
/** `id(paren):coordinates`; a namespace such as `refseq:` is stripped beforehand. */
const ELEMENT = /^([^():\s]+)(?:\(([^()]*)\))?(?::(.*))?$/;
const NAMESPACE = /^(?:refseq|ensembl):/i;
/** An exon with an optional offset; the sign on the exon is allowed so `-1` is reported as a bad exon, not bad syntax. */
const POSITION = /^(-?\d+)([+-]\d+)?$/;
const RANGE_HELP = 'expected e.<exon>[±offset] or e.<start exon>[±offset]_<end exon>[±offset], e.g. e.1_20, e.8-66 or e.3-5_11';
const PARTNER_HELP = 'expected <transcript or gene>:e.<exon>, a gene such as ALK(hgnc:427), or ?';

export function parseVicc(text: string): Result<FusionInput> {
  if (typeof text !== 'string') {
    return fail([issue('description', 'invalid-value', `description must be a string, got ${show(text)}`)]);
  }
  const long = tooLongDescription(text);
  if (long) return fail([long]);
  // trim() also drops a leading byte-order mark (U+FEFF is white space to it).
  const trimmed = text.trim();
  if (trimmed === '') {
    return fail([issue('description', 'empty', `description is empty: expected e.g. ${VICC_EXAMPLE}`)]);
  }

  // split() with a capture group alternates element, separator, element, ...
  const parts = trimmed.split(SEPARATOR);
  const elements = parts.filter((_, i) => i % 2 === 0);
  const inferred = parts.some((p, i) => i % 2 === 1 && p === '(::)');

  if (elements.filter((e) => e !== '').length < 2) {
    return fail([
      issue(
        'description',
        'syntax',
        `description ${show(trimmed)} names one partner: a fusion needs two partners joined by "::", e.g. ${VICC_EXAMPLE}`,
      ),
    ]);
  }
  if (elements.includes('')) {
    return fail([
      issue(
        'description',
        'syntax',
        `description ${show(trimmed)} has an empty element: each "::" must join two elements, e.g. ${VICC_EXAMPLE}`,
      ),
    ]);
  }

  const first = elements[0];
  const last = elements[elements.length - 1];
  const middle = elements.slice(1, -1);
  let linker: string | undefined;
  const issues: Issue[] = [];

  if (middle.length > 0) {
    // Only a word of letters can be a linker; anything with digits, ':' or brackets is a partner.
    const partners = middle.filter((e) => !/^[A-Za-z]+$/.test(e) || e === 'v');
    // A partner in the middle with nucleotides at an end reads as a linker put in the wrong place.
    const misplaced = partners.length > 0 ? [first, last].find((e) => LINKER.test(e)) : undefined;
    if (misplaced !== undefined) {
      return fail([
        issue('linker', 'syntax', `linker ${show(misplaced)} must sit between the two partners, e.g. BCR:e.2::ACTAAAGCG::ABL1:e.2`),
      ]);
    }
    if (partners.length > 0) {
      return fail([
        issue(
          'description',
          'syntax',
          `description ${show(trimmed)} names ${2 + partners.length} partners: a fusion has exactly two, joined by "::" with at most one linker sequence between them`,
        ),
      ]);
    }
    if (middle.length > 1) {
      return fail([
        issue('linker', 'syntax', `description has ${middle.length} linkers (${middle.map(show).join(', ')}): at most one linker may sit between the partners`),
      ]);
    }
    const read = readLinker(middle[0], 'linker', ' (a gene cannot sit there: a fusion has exactly two partners)');
    if (read.issue) issues.push(read.issue);
    linker = read.linker;
  }

  const fivePrime = parsePartner(first, 'fivePrime', issues);
  const threePrime = parsePartner(last, 'threePrime', issues);
  if (!fivePrime || !threePrime || issues.length > 0) return fail(issues);

  if (fivePrime.kind === 'unknown' && threePrime.kind === 'unknown') {
    return fail([
      issue('description', 'invalid-value', `description ${show(trimmed)} names no gene: at least one partner must be a gene or transcript, not ? or v`),
    ]);
  }

  const value: FusionInput = { fivePrime, threePrime };
  if (linker !== undefined) value.linker = linker;
  if (inferred) value.inferred = true;
  return { ok: true, value };
}

/** Reads one partner element; pushes its problems onto `issues` and returns undefined when there are any. */
function parsePartner(raw: string, side: Side, issues: Issue[]): PartnerInput | undefined {
  if (raw === '?' || raw === 'v') return { kind: 'unknown' };
  if (/^reg_/i.test(raw)) {
    issues.push(issue(side, 'syntax', `${side} ${show(raw)} is a regulatory element, which is not supported: ${PARTNER_HELP}`));
    return undefined;
  }
  const match = ELEMENT.exec(raw.replace(NAMESPACE, ''));
  if (!match) {
    issues.push(issue(side, 'syntax', `${side} ${show(raw)} is not a partner: ${PARTNER_HELP}`));
    return undefined;
  }
  const [, id, paren, coordinates] = match;
  const long = tooLongName(TRANSCRIPT_ACCESSION.test(id) ? `${side}.transcript` : `${side}.gene`, id) ?? (paren !== undefined ? tooLongName(`${side}.gene`, paren) : undefined);
  if (long) {
    issues.push(long);
    return undefined;
  }
  const start = issues.length;
  const partner: PartnerInput = {};

  if (TRANSCRIPT_ACCESSION.test(id)) {
    partner.transcript = id;
    if (paren !== undefined) {
      if (HGNC_ID.test(paren)) partner.hgnc = normaliseHgnc(paren);
      else if (GENE_SYMBOL.test(paren)) partner.gene = paren;
      else issues.push(issue(`${side}.gene`, 'syntax', `${side}.gene ${show(paren)} is not a gene symbol: expected e.g. ${id}(ALK)`));
    }
  } else if (GENE_SYMBOL.test(id)) {
    partner.gene = id;
    if (paren !== undefined) {
      if (HGNC_ID.test(paren)) partner.hgnc = normaliseHgnc(paren);
      else issues.push(issue(`${side}.hgnc`, 'syntax', `${side}.hgnc ${show(paren)} is not an HGNC id: expected e.g. ${id}(hgnc:427)`));
    }
  } else {
    issues.push(
      issue(
        `${side}.transcript`,
        'syntax',
        `${side} ${show(id)} is neither a transcript accession (NM_, NR_, XM_, XR_ or ENST, e.g. NM_004304.5) nor a gene symbol (e.g. ALK)`,
      ),
    );
  }

  if (coordinates === undefined) {
    if (partner.transcript !== undefined) {
      issues.push(issue(`${side}.exon`, 'syntax', `${side} transcript ${show(id)} needs an exon junction, e.g. ${id}:e.20`));
    }
    if (issues.length > start) return undefined;
    return { kind: 'gene', ...partner };
  }

  if (!coordinates.startsWith('e.')) {
    issues.push(issue(`${side}.exon`, 'syntax', `${side}.exon ${show(coordinates)} is not exon coordinates: ${RANGE_HELP}`));
    return undefined;
  }
  const junction = parseRange(coordinates.slice(2), side, issues);
  if (!junction || issues.length > start) return undefined;
  return { kind: 'transcript', ...partner, ...junction };
}

type Position = { exon: number; offset: number };

/** `e.` coordinates → the junction exon and offset for this side, plus the segment when a range was written. */
function parseRange(
  range: string,
  side: Side,
  issues: Issue[],
): Pick<PartnerInput, 'exon' | 'offset' | 'segment'> | undefined {
  const pieces = range.split('_');
  const syntax = () => issue(`${side}.exon`, 'syntax', `${side}.exon ${show(range)} is not an exon range: ${RANGE_HELP}`);
  if (pieces.length > 2) {
    issues.push(syntax());
    return undefined;
  }
  const positions: Position[] = [];
  for (const piece of pieces) {
    const m = POSITION.exec(piece);
    if (!m) {
      issues.push(syntax());
      return undefined;
    }
    const exon = Number(m[1]);
    if (exon < 1) {
      issues.push(
        issue(`${side}.exon`, 'invalid-value', `${side}.exon ${show(m[1])}${piece === range ? '' : ` in ${show(range)}`} is not an exon number: exons count from 1`),
      );
      return undefined;
    }
    const offset = m[2] === undefined ? 0 : Number(m[2]);
    const bound = exonOutOfBounds(`${side}.exon`, exon, m[1]) ?? offsetOutOfBounds(`${side}.offset`, offset, m[2]);
    if (bound) {
      issues.push(bound);
      return undefined;
    }
    positions.push({ exon, offset });
  }

  if (positions.length === 1) return positions[0];
  const [from, to] = positions;
  if (from.exon > to.exon) {
    issues.push(
      issue(`${side}.segment`, 'invalid-value', `${side}.segment ${show(range)} runs backwards: the start exon must not follow the end exon`),
    );
    return undefined;
  }
  // The junction is the segment's end on the 5' partner and its start on the 3' partner.
  const junction = side === 'fivePrime' ? to : from;
  return {
    ...junction,
    segment: { start: from.exon, startOffset: from.offset, end: to.exon, endOffset: to.offset },
  };
}
