/**
 * SVG snapshots of every story's figure (tests/fixtures/fusions.ts), drawn by the real renderer
 * in Node. Numbers are rounded to one decimal so float noise does not churn them. A missing
 * snapshot is written; a mismatch writes <name>-changed.svg beside it for a person to look at.
 */
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { expectSnapshot } from '../support/svg-snapshot';
import { resolveFusion } from '../../src/api';
import { layoutFusion, type LayoutOptions } from '../../src/layout';
import { svgDocument } from '../../src/render';
import { fusionFixtures } from '../fixtures/fusions';
import { evidenceCase } from '../support/evidence-cases';

/**
 * Rounds numbers inside geometry attributes only, so text (accessions such as NM_006178.4,
 * coordinates) and the XML declaration stay intact and the snapshot is a valid SVG file.
 */
const GEOMETRY = /\s(x|y|x1|x2|y1|y2|width|height|rx|d|viewBox|font-size|transform)="([^"]*)"/g;
const normalise = (svg: string) =>
  svg.replace(GEOMETRY, (_, name: string, value: string) => ` ${name}="${value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`);

const cases: { name: string; description: string | object; options: LayoutOptions }[] = [
  ...fusionFixtures().map((f) => ({ name: f.key, description: f.description, options: { width: 1000 } })),
  { name: 'nsf-alk-genomic-scale', description: 'NSF:e.1_20::ALK:e.20_29', options: { width: 1000, intronScale: 'genomic' } },
  { name: 'nsf-alk-360px', description: 'NSF:e.1_20::ALK:e.20_29', options: { width: 360 } },
  { name: 'eml4-alk-protein-only', description: 'EML4:e.13::ALK:e.20', options: { width: 700, panels: ['protein'] } },
  { name: 'five-prime-utr-whole-3prime-protein', description: 'TMPRSS2:e.1::ETV1:e.2', options: { width: 1000 } },
  { name: 'three-prime-non-coding', description: 'NSF:e.1_21::ALK:e.29', options: { width: 1000 } },
  { name: 'eml4-alk-360px', description: 'EML4:e.13::ALK:e.20', options: { width: 360 } },
  { name: 'cltc-alk-1400px', description: 'CLTC:e.31::ALK:e.20', options: { width: 1400 } },
  { name: 'nsf-alk-report', description: 'NSF:e.1_20::ALK:e.20_29', options: { width: 700, layout: 'report', label: 'Case 12' } },
  { name: 'linker-report-1600px', description: 'NM_004327.4(BCR):e.2+182::ACTAAAGCG::NM_005157.5(ABL1):e.2-173', options: { width: 1600, layout: 'report' } },
  { name: 'eml4-alk-1600px-text-scaled', description: 'EML4:e.13::ALK:e.20', options: { width: 1600, textScale: 1600 / 700 } },
];

// Caller rows with their read support, frame note and junction-sequence strip (tests/support/evidence-cases.ts).
const callerCases = [
  { name: 'arriba-bcr-abl1-evidence', key: 'arriba-bcr-abl1', width: 700 },
  { name: 'fusioncatcher-smg1-npipb5-evidence', key: 'fusioncatcher-smg1-npipb5', width: 700 },
  { name: 'fusioncatcher-rmnd5a-anapc1-evidence-360px', key: 'fusioncatcher-rmnd5a-anapc1', width: 360 },
];

// Each test lays out and serializes a whole figure.
describe('SVG snapshots of the story figures', { timeout: 30_000 }, () => {
  for (const c of cases) {
    it(`${c.name} draws as its snapshot`, () => {
      const r = resolveFusion(c.description);
      if (!r.ok) return expect(r.issues.length).toBeGreaterThan(0); // the invalid-input story has no figure
      const svg = normalise(svgDocument(layoutFusion(r.value, c.options), { DOMParser: DOMParser as never }));
      // A snapshot is a valid SVG file: the declaration and accessions come through untouched.
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      if (r.value.fivePrime.transcript) expect(svg).toContain(r.value.fivePrime.transcript.accession);
      expectSnapshot(c.name, svg);
    });
  }
  for (const c of callerCases) {
    it(`${c.name} draws as its snapshot`, () => {
      const e = evidenceCase(c.key);
      const svg = normalise(svgDocument(layoutFusion(e.fusion, { width: c.width, evidence: e.evidence }), { DOMParser: DOMParser as never }));
      expect(svg).toContain(`>${e.evidence.support!.split(' · ')[0]} · `);
      expectSnapshot(c.name, svg);
    });
  }
});
