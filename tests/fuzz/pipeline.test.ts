/**
 * Property-based fuzzing of the whole pipeline: 10,000 generated descriptions per run — VICC
 * text and JSON objects built from the bundled genes with random exons, offsets, breakpoints and
 * linkers, plus mangled text and arbitrary JSON — through resolve → layout → SVG. Whatever the
 * input: no exception escapes, an error names its field (`path`), and no NaN, Infinity or
 * `undefined` reaches a figure. Exons, strands and positions come from the bundled annotation.
 */
import fc from 'fast-check';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { resolveFusion } from '../../src/api';
import { bundledAnnotation } from '../../src/annotation/bundled';
import { layoutFusion, type PanelName } from '../../src/layout';
import { svgDocument } from '../../src/render';

const RUNS = 10_000;
const annotation = bundledAnnotation();
const transcripts = annotation.genes().map((g) => annotation.transcriptsOf(g)[0]!);
const transcript = fc.constantFrom(...transcripts);

/** An exon number around the transcript's range: mostly real, sometimes 0 or past the last. */
const exonOf = (n: number) => fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: n }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: n + 3 }) });
const offset = fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: -200, max: 200 }) }, { weight: 1, arbitrary: fc.integer({ min: -3_000_000, max: 3_000_000 }) });
const signed = (o: number) => (o === 0 ? '' : o > 0 ? `+${o}` : `${o}`);

const viccPartner = transcript.chain((t) => {
  const name = fc.constantFrom(t.gene, t.accession, `${t.accession}(${t.gene})`, `${t.gene}(${t.hgnc ?? 'hgnc:1'})`);
  const n = t.exons.length;
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(name, exonOf(n), offset).map(([id, e, o]) => `${id}:e.${e}${signed(o)}`) },
    { weight: 3, arbitrary: fc.tuple(name, exonOf(n), exonOf(n), offset).map(([id, a, b, o]) => `${id}:e.${Math.min(a, b)}_${Math.max(a, b)}${signed(o)}`) },
    { weight: 1, arbitrary: fc.constantFrom(t.gene, '?') },
  );
});
const linker = fc.option(fc.stringMatching(/^[ACGTacgt]{1,15}$/), { freq: 4 });
const vicc = fc.tuple(viccPartner, linker, viccPartner, fc.constantFrom('::', '::', '::', '(::)')).map(([a, l, b, sep]) => `${a}${sep}${l ? `${l}${sep}` : ''}${b}`);

/** A breakpoint in or near the transcript's span, positions from the annotation. */
const breakpointNear = (t: (typeof transcripts)[number]) => {
  const lo = Math.min(...t.exons.map((e) => e[0]));
  const hi = Math.max(...t.exons.map((e) => e[1]));
  return fc.record({ chrom: fc.constantFrom(t.chrom, t.chrom.replace('chr', '')), pos: fc.integer({ min: Math.max(1, lo - 5_000), max: hi + 5_000 }), strand: fc.constantFrom(t.strand, t.strand === '+' ? '-' : '+') });
};
const jsonPartner = transcript.chain((t) =>
  fc.oneof(
    fc.record({ gene: fc.constant(t.gene), exon: exonOf(t.exons.length), offset }, { requiredKeys: ['gene', 'exon'] }),
    fc.record({ transcript: fc.constant(t.accession), exon: exonOf(t.exons.length) }),
    fc.record({ gene: fc.constant(t.gene), breakpoint: breakpointNear(t) }),
    fc.record({ gene: fc.constant(t.gene) }),
  ),
);
const json = fc.record(
  { fivePrime: jsonPartner, threePrime: jsonPartner, evidence: fc.constantFrom('rna', 'dna'), linker: fc.stringMatching(/^[ACGT]{1,12}$/) },
  { requiredKeys: ['fivePrime', 'threePrime'] },
);

/** Text a user or a caller might really send: a description with a character dropped, doubled or replaced, or noise. */
const mangled = fc.tuple(vicc, fc.nat(), fc.string({ minLength: 0, maxLength: 2 })).map(([s, at, ins]) => {
  const i = at % (s.length + 1);
  return s.slice(0, i) + ins + s.slice(i + 1);
});
const garbage = fc.oneof(fc.string({ maxLength: 80 }), fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('', '::', '{', '{}', 'null', '[]', '\uFEFF'));

// Weighted so that about one in ten resolves: drawing (layout + SVG through linkedom) costs ~100× a
// rejection, and the malformed and out-of-range inputs are what a fuzzer is for. Every run draws a
// thousand or so different random fusions all the same.
const description = fc.oneof({ weight: 1, arbitrary: vicc }, { weight: 1, arbitrary: json }, { weight: 5, arbitrary: mangled }, { weight: 3, arbitrary: garbage });
const view = fc.record({ width: fc.integer({ min: 1, max: 2_000 }), panels: fc.subarray<PanelName>(['genes', 'transcript', 'protein']) });

const TOP = /^(?:description|linker|evidence|assembly|inferred|fivePrime|threePrime)(?:\.|$)/;

describe('fuzzing resolve → layout → SVG', () => {
  it(`${RUNS.toLocaleString('en-US')} generated descriptions: no exception escapes, every issue names its field, no NaN/Infinity/undefined in an SVG`, () => {
    const tally = { drawn: 0, rejected: 0 };
    fc.assert(
      fc.property(description, view, (input, { width, panels }) => {
        const r = resolveFusion(input as string | object);
        if (!r.ok) {
          tally.rejected++;
          expect(r.issues.length).toBeGreaterThan(0);
          for (const i of r.issues) {
            // A known field, or the unknown key itself (`fivePrime.color`).
            expect(i.path.length, i.message).toBeGreaterThan(0);
            if (!i.message.startsWith('unknown key')) expect(i.path, i.message).toMatch(TOP);
            expect(i.message.length, i.message.slice(0, 120)).toBeLessThan(600);
          }
          return;
        }
        tally.drawn++;
        const svg = svgDocument(layoutFusion(r.value, { width, panels }), { DOMParser: DOMParser as never });
        expect(svg).toMatch(/^<\?xml[^]*<\/svg>\n$/);
        expect(svg).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: RUNS },
    );
    // Both branches must really be exercised, or the property says little.
    expect(tally.drawn + tally.rejected).toBe(RUNS);
    expect(tally.drawn).toBeGreaterThan(RUNS / 25);
    expect(tally.rejected).toBeGreaterThan(RUNS / 5);
    console.log(`fuzz: ${tally.drawn} drawn, ${tally.rejected} rejected`);
  }, 300_000);
});
