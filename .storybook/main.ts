import { resolve } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig, searchForWorkspaceRoot } from 'vite';
// With its extension: Storybook loads main.ts as native ESM, where extensionless imports are an error.
import { writeManifest } from '../scripts/manifest.ts';
import remarkPipeTables from './remark-pipe-tables.ts';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // The annotation shards, served where the elements look for them by default (/annotation/grch38/…).
  staticDirs: [{ from: '../annotation', to: '/annotation' }],
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
  // A docs site for users of the elements: no "get started with Storybook" checklist or guide.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // preview.ts reads custom-elements.json (the docs tables): generate it here, so
  // `npx storybook build` and `npx storybook dev` work on a clean clone without an npm script first.
  viteFinal(config) {
    writeManifest();
    // One copy of Lit for the elements and the stories: pre-bundled together up front, so the dev
    // server never re-optimises mid-session into a second copy ("Multiple versions of Lit loaded").
    // The <fusion-table> stories read the callers' files from ../shared/callers (never copied here).
    return mergeConfig(config, {
      resolve: { dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
      optimizeDeps: { include: ['lit', 'lit/directives/if-defined.js', 'lit/directives/ref.js'] },
      server: { fs: { allow: [...(config.server?.fs?.allow ?? [searchForWorkspaceRoot(process.cwd())]), resolve('../shared/callers')] } },
    });
  },
};

export default config;
