import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

// Placeholder so Storybook has something to build; replace with real component stories.
const meta: Meta = {
  title: 'Placeholder',
  render: () => html`<p>fusion-viz components will appear here.</p>`,
};

export default meta;

export const Default: StoryObj = {};
