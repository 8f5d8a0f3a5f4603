import type { AstroIntegration } from 'astro';

/**
 * Tells the data layer whether this is `astro dev` (preview: drafts and scheduled posts
 * shown, marked) or a production build. Replaced at compile time, so it holds in every
 * Vite environment that renders pages.
 */
export function previewFlag(): AstroIntegration {
  return {
    name: 'einblick:preview-flag',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.EINBLICK_PREVIEW': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
