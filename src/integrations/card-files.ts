import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { takeBuildCards } from '../og/build-cards.ts';
import { armEarlyCards } from '../og/early-arm.ts';

/**
 * Writes the social cards into the built site. In a build, the card route lists no pages
 * (src/pages/og/[...card].png.ts): each card is a finished PNG in the card cache, linked
 * (or copied) into the output, where a route per card costs Astro about 4 ms (reading the
 * file, a Response, its body copied, the file written), five seconds for a site of a
 * thousand posts. If a card failed to render, this fails the build. `astro dev` still
 * serves cards through the route.
 *
 * It also lets the build's content loaders start the cards before the pages, while Astro
 * bundles (src/og/early-cards.ts).
 */
export function cardFiles(): AstroIntegration {
  return {
    name: 'einblick:card-files',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'build') armEarlyCards(fileURLToPath(config.root), logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const batch = takeBuildCards();
        if (!batch) return;
        const count = await batch.publish(fileURLToPath(dir));
        logger.info(`${count} social cards written to og/`);
      },
    },
  };
}
