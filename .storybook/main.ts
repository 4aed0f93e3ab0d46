import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkPipeTables from './remark-pipe-tables';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    '@storybook/addon-a11y',
    {
      name: '@storybook/addon-docs',
      // Markdown pipe tables in the MDX pages (the MDX compiler reads CommonMark only).
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkPipeTables] } } },
    },
  ],
  core: {
    // No network calls home (CI and dev machines only reach the npm registry).
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};

export default config;
