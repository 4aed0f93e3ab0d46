import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: {
    // No network calls home (CI and dev machines only reach the npm registry).
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};

export default config;
