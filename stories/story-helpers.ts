/**
 * What every fusion story shares: the args and controls for each attribute, the width
 * decorator, and a story built from a fixture (tests/fixtures/fusions.ts) whose docs text says
 * whether the junction is published or illustrative.
 */
import type { ArgTypes, Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { resolveFusion } from '../src/api';
import { TOKENS, tokenNames } from '../src/render/styles';
import { fixture, type FusionFixture } from '../tests/fixtures/fusions';
import '../src/register';

export interface DiagramArgs {
  /** VICC or gene-symbol text (attribute `fusion`). */
  fusion?: string;
  /** JSON form (property `.description`). */
  description?: object;
  'intron-scale': 'compressed' | 'genomic';
  panels: ('genes' | 'transcript' | 'protein')[];
  /** Width of the container the element follows, in CSS pixels. */
  width: number;
}

export type DiagramStory = StoryObj<DiagramArgs>;

/** What every `<fusion-diagram>` gallery's meta shares; each file adds its literal `title`. */
export function diagramMeta(): Omit<Meta<DiagramArgs>, 'title'> {
  return {
    component: 'fusion-diagram',
    tags: ['autodocs'],
    args: defaultArgs,
    argTypes: diagramArgTypes,
    decorators: [withWidth],
    render: renderTag('fusion-diagram'),
  };
}

export const diagramArgTypes: Partial<ArgTypes<DiagramArgs>> = {
  fusion: { control: 'text', description: 'VICC text or gene-symbol text, e.g. `EML4:e.13::ALK:e.20` (attribute `fusion`).' },
  description: { control: 'object', description: 'JSON form of the description (property `.description`); wins over `fusion` when set.' },
  'intron-scale': {
    control: 'inline-radio',
    options: ['compressed', 'genomic'],
    description: '`compressed` shortens introns; `genomic` draws them to scale.',
    table: { defaultValue: { summary: 'compressed' } },
  },
  panels: {
    control: 'inline-check',
    options: ['genes', 'transcript', 'protein'],
    description: 'Which panels to draw (attribute `panels`, space-separated); all three when none is ticked.',
  },
  width: { control: { type: 'range', min: 280, max: 1400, step: 20 }, description: 'Width of the container (the element follows it).' },
};

export const defaultArgs: DiagramArgs = { 'intron-scale': 'compressed', panels: ['genes', 'transcript', 'protein'], width: 960 };

/** The element follows its container's width: stories set it here. */
export const withWidth: Decorator<DiagramArgs> = (story, { args }) =>
  html`<div style="width:${args.width}px;max-width:100%">${story()}</div>`;

/**
 * The dark default of every `--fusion-*` token, as declarations for a rule on the element. The
 * drawing follows the page's `color-scheme` by itself (`theme="auto"`, the default) or takes
 * `theme="dark"`; these declarations are for pages that set the tokens themselves.
 */
export const darkTokenDeclarations: string = tokenNames.map((n) => `--fusion-${n}: ${TOKENS[n][1]};`).join('\n  ');

/** The dark page background, the same as the drawing's dark `--fusion-background`. */
export const darkBackground: string = TOKENS.background[1];

const panelsAttr = (panels: DiagramArgs['panels']) => (panels.length === 3 || panels.length === 0 ? undefined : panels.join(' '));

/** `<tag>` with one attribute per control. */
export const renderTag = (tag: 'fusion-diagram' | 'fusion-protein' | 'fusion-transcript' | 'fusion-genes') => (args: DiagramArgs) => {
  const fusion = ifDefined(args.fusion);
  const scale = args['intron-scale'];
  const description = args.description ?? nothing;
  switch (tag) {
    case 'fusion-protein':
      return html`<fusion-protein fusion=${fusion} intron-scale=${scale} .description=${description}></fusion-protein>`;
    case 'fusion-transcript':
      return html`<fusion-transcript fusion=${fusion} intron-scale=${scale} .description=${description}></fusion-transcript>`;
    case 'fusion-genes':
      return html`<fusion-genes fusion=${fusion} intron-scale=${scale} .description=${description}></fusion-genes>`;
    default:
      return html`<fusion-diagram fusion=${fusion} intron-scale=${scale} panels=${ifDefined(panelsAttr(args.panels))}
        .description=${description}></fusion-diagram>`;
  }
};

/** What the docs page says about a fixture: published with its source, or illustrative and why. */
export function fixtureText(f: FusionFixture, extra = ''): string {
  const shown = typeof f.description === 'string' ? `\`${f.description}\`` : 'the JSON description in the `description` control';
  const status = f.status === 'published' ? `**Published** (${f.source}).` : `**Illustrative.** ${f.source}`;
  const r = resolveFusion(f.description);
  const frame = r.ok ? ` Model: ${r.value.frameExplanation}` : '';
  return [`Drawn from ${shown}. ${status}${frame}`, f.context ?? '', extra].filter(Boolean).join('\n\n');
}

/** A story of one fixture, by key. */
export function fixtureStory(key: string, overrides: Partial<DiagramArgs> = {}, extra = ''): DiagramStory {
  const f = fixture(key);
  const input = typeof f.description === 'string' ? { fusion: f.description } : { description: f.description };
  return {
    name: f.name,
    args: { ...input, ...overrides },
    parameters: { docs: { description: { story: fixtureText(f, extra) } } },
  };
}
