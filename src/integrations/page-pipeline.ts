import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSite, installIndex, type SearchIndex } from '../lib/search-index.ts';

/**
 * Builds the Pagefind index (src/lib/search-index.ts) beside the end of the build. It
 * starts in `astro:build:generated`, when every page is written (and, integrations running
 * in order, after einblick:font-preload has finished with them); Pagefind then indexes in
 * its own process while Astro cleans up and the other integrations write the sitemap,
 * `_headers` and the social cards. `astro:build:done` (this integration comes last) waits
 * for it and links it into the site; a Pagefind error fails the build.
 */
export function searchIndex(cacheDir: string): AstroIntegration {
  let running: Promise<SearchIndex> | undefined;
  return {
    name: 'einblick:search-index',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        running = indexSite(fileURLToPath(dir), cacheDir);
        // Awaited (and reported) in astro:build:done, not an unhandled rejection before it.
        running.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!running) throw new Error('einblick:search-index: the search index was never started');
        const index = await running;
        installIndex(index, fileURLToPath(dir));
        logger.info(`${index.pages} pages in the search index`);
      },
    },
  };
}
