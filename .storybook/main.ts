import { resolve } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { searchForWorkspaceRoot } from 'vite';
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
  // The <fusion-table> stories read the callers' files from ../shared/callers (never copied here).
  viteFinal: (config) => ({
    ...config,
    server: { ...config.server, fs: { ...config.server?.fs, allow: [...(config.server?.fs?.allow ?? [searchForWorkspaceRoot(process.cwd())]), resolve('../shared/callers')] } },
  }),
  core: {
    // No network calls home (CI and dev machines only reach the npm registry).
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};

export default config;
