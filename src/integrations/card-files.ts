import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishBuildCardsTo, takeBuildCards } from '../og/build-cards.ts';
import { armEarlyCards } from '../og/early-arm.ts';

/**
 * Writes the social cards into the built site. In a build, the card route lists no pages
 * (src/pages/og/[...card].png.ts): each card is a finished PNG in the card cache, linked
 * (or copied) into the output, where a route per card costs Astro about 4 ms (reading the
 * file, a Response, its body copied, the file written), five seconds for a site of a
 * thousand posts. The links are made as soon as every card is written, beside the page
 * rendering (src/og/build-cards.ts); `astro:build:done` waits for them, and if a card
 * failed to render, this fails the build. `astro dev` still
 * serves cards through the route.
 *
 * It also lets the build's content loaders start the cards before the pages, while Astro
 * bundles (src/og/early-cards.ts).
 */
export function cardFiles(): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'einblick:card-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'build') armEarlyCards(fileURLToPath(config.root), logger);
      },
      'astro:build:start': () => {
        if (outDir) publishBuildCardsTo(outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const published = takeBuildCards(fileURLToPath(dir));
        if (!published) return;
        const count = await published;
        logger.info(`${count} social cards written to og/`);
      },
    },
  };
}
