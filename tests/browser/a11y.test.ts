import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { fusionFixtures } from '../fixtures/fusions';
import { mount, settle } from './mount';

afterEach(() => document.body.replaceChildren());

/** The rules Storybook's a11y addon runs on each story, run here on every fixture the stories use. */
async function violations(node: Element): Promise<string[]> {
  const result = await axe.run(node, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

describe('every story fixture passes axe', () => {
  for (const f of fusionFixtures()) {
    it(`${f.name} has no axe violations`, async () => {
      const { el, box } = await mount({});
      if (typeof f.description === 'string') el.fusion = f.description;
      else el.description = f.description;
      await settle(el);
      expect(await violations(box)).toEqual([]);
    });
  }
});
