/**
 * The light DOM the CLI draws into (src/render/light-dom.ts) gives the same document as a real
 * DOM implementation (linkedom) for every story figure, at several widths and panel sets, in
 * both themes, for a relayout (keyed update of an existing tree) and for the cohort figure.
 */
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { resolveFusion } from '../../src/api';
import { resolveCohort } from '../../src/api-cohort';
import { layoutCohort } from '../../src/layout/cohort';
import { layoutFusion, type LayoutOptions } from '../../src/layout';
import { svgDocument } from '../../src/render';
import { cohortSvgDocument } from '../../src/render/cohort';
import { renderFusion, SVG_NS } from '../../src/render/draw';
import { serializeSvg } from '../../src/render/document';
import { lightDocument, LightDOMParser } from '../../src/render/light-dom';
import { cohortFixtureRecords } from '../fixtures/cohort';
import { fusionFixtures } from '../fixtures/fusions';

const linkedom = { DOMParser: DOMParser as never };
const light = { DOMParser: LightDOMParser };
/**
 * linkedom dedupes repeated class tokens when a class attribute is set (`block linker linker` →
 * `block linker`); browsers, and the light DOM, keep the value as set. Compared without repeats.
 */
const classes = (svg: string) => svg.replace(/ class="([^"]*)"/g, (_, v: string) => ` class="${[...new Set(v.split(' '))].join(' ')}"`);
const fusions = fusionFixtures().map((f) => resolveFusion(f.description)).filter((r) => r.ok).map((r) => r.value);

describe('the light export DOM', { timeout: 60_000 }, () => {
  it('draws every story figure exactly as linkedom does (narrow, genomic scale and report layouts; light and dark)', () => {
    const options: LayoutOptions[] = [{ width: 360 }, { width: 1000, intronScale: 'genomic' }, { width: 1600, layout: 'report', label: 'Case 12' }];
    fusions.forEach((f, k) => {
      // One layout per fusion, the three kinds in turn (the tree is the same in both themes; only the style sheet differs).
      const layout = layoutFusion(f, options[k % options.length]!);
      const theme = k % 2 === 0 ? 'light' : 'dark';
      expect(classes(svgDocument(layout, { theme, ...light })), f.label).toBe(svgDocument(layout, { theme, ...linkedom }));
    });
  });

  it('a relayout into the same tree (keyed update: moved, added and removed nodes) serializes as linkedom’s', () => {
    const light = lightDocument(SVG_NS, 'svg').documentElement as unknown as SVGSVGElement;
    const real = new DOMParser().parseFromString(`<svg xmlns="${SVG_NS}"></svg>`, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
    const steps = [layoutFusion(fusions[0]!, { width: 1000 }), layoutFusion(fusions[1]!, { width: 700, panels: ['protein'] }), layoutFusion(fusions[0]!, { width: 420 })];
    for (const l of steps) {
      renderFusion(light, l);
      renderFusion(real, l);
      expect(classes(serializeSvg(light as unknown as Element))).toBe(serializeSvg(real as unknown as Element));
    }
  });

  it('draws the cohort figure exactly as linkedom does', () => {
    const layout = layoutCohort(resolveCohort(cohortFixtureRecords()).cohort!, { width: 1100 });
    expect(classes(cohortSvgDocument(layout, light))).toBe(cohortSvgDocument(layout, linkedom));
  });
});
