import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { epochNow, recordSpan } from '../lib/build-timings.ts';
import { failFast } from '../lib/fail-fast.ts';
import { cardCacheDir } from '../og/cache.ts';
import { formatCardStats, startCards, type CardBatch } from '../og/generate.ts';
import type { CardSpec } from '../og/types.ts';

/**
 * The social cards of a build, from the list to the files in the output. It is the only
 * owner of the build's cards, and it shares nothing with the pages but the card cache:
 *
 * - When Astro is about to render pages, it renders the card list route
 *   (src/pages/og/cards.json.ts: every card of the site, from the same site model as the
 *   pages) through Astro's own renderer, and takes that route out of the output.
 * - It starts every card that is not cached yet on worker threads (src/og/generate.ts),
 *   beside the page rendering. A card's file in the cache is named by a hash of its spec,
 *   so a feed, which needs a card's size, computes the name and waits for the file.
 * - As soon as every card is written it links (or copies) them from the cache into the
 *   output; a route per card would cost Astro about 4 ms each. `astro:build:done` waits
 *   for that. A card that fails to render fails the page being rendered at that moment,
 *   and so the build, with its error.
 *
 * `astro dev` serves cards through the card route instead, rendering each when asked.
 * The renderer layer is handed to the page pipeline (`layer`), which owns Astro's renderer.
 */
export const CARD_LIST = '/og/cards.json';

/**
 * The paths in the order Astro renders them (first come, first served, a few at once):
 * pages first, then endpoints. A feed waits for the files of its items' cards, and Astro
 * renders only `build.concurrency` paths at a time: feeds met early, while the cards still
 * render, held those places and left the main thread idle (in a cold 1000-post build, the
 * blog's two feeds from the first page to the last card). Last, they find their cards
 * written. The order within each group stays Astro's.
 */
export function pagesFirst<T extends { route: { type: string } }>(paths: readonly T[]): T[] {
  return [
    ...paths.filter((entry) => entry.route.type !== 'endpoint'),
    ...paths.filter((entry) => entry.route.type === 'endpoint'),
  ];
}

export interface CardFiles extends AstroIntegration {
  /** Wraps Astro's renderer (see `pagePipeline`'s layers). */
  layer: (base: AstroPrerenderer) => AstroPrerenderer;
}

/** `cacheDir`: the card cache (default: the project's, where the pages look for cards). */
export function cardFiles(options: { cacheDir?: string } = {}): CardFiles {
  let root: string | undefined;
  let outDir: string | undefined;
  let logger: AstroIntegrationLogger | undefined;
  let published: Promise<number> | undefined;
  // A card that fails stops the page renders (the one under way and every later one).
  let stop = failFast();

  const start = (specs: CardSpec[]) => {
    if (!root || !outDir) throw new Error('einblick:card-files: the project folders are not known');
    const started = epochNow();
    const batch: CardBatch = startCards(specs, { root, cacheDir: options.cacheDir ?? cardCacheDir(root), prune: true });
    batch.done.then(
      (stats) => {
        recordSpan('cards', started, undefined, { rendered: stats.rendered, cached: stats.cached, threads: stats.threads });
        logger?.info(formatCardStats(stats));
      },
      () => undefined,
    );
    const linking = batch.publish(outDir);
    // Awaited (and reported) in astro:build:done; meanwhile a failure stops the page renders.
    linking.catch((error: unknown) => stop.fail(error));
    published = linking;
  };

  return {
    name: 'einblick:card-files',
    hooks: {
      'astro:config:done': ({ config, logger: given }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        logger = given;
      },
      'astro:build:start': () => {
        published = undefined;
        stop = failFast();
      },
      'astro:build:done': async ({ logger: log }) => {
        if (!published) throw new Error(`einblick:card-files: no card list was rendered (${CARD_LIST})`);
        const count = await published;
        log.info(`${count} social cards written to og/`);
      },
    },
    layer: (base) => {
      return {
        name: `einblick:cards(${base.name})`,
        ...(base.setup ? { setup: () => base.setup!() } : {}),
        ...(base.collectStaticImages ? { collectStaticImages: () => base.collectStaticImages!() } : {}),
        ...(base.teardown ? { teardown: () => base.teardown!() } : {}),
        async getStaticPaths() {
          const paths = await base.getStaticPaths();
          const list = paths.find((entry) => entry.pathname === CARD_LIST);
          if (!list) return paths;
          const listed = epochNow();
          const rendered = await base.render(new Request(new URL(CARD_LIST, 'http://localhost')), { routeData: list.route });
          const response = rendered instanceof Response ? rendered : rendered.response;
          if (!response.ok) throw new Error(`einblick:card-files: ${CARD_LIST} answered ${response.status}`);
          const specs = (await response.json()) as CardSpec[];
          recordSpan('card list', listed, undefined, { cards: specs.length });
          start(specs);
          return pagesFirst(paths.filter((entry) => entry !== list));
        },
        render(request, options) {
          return stop.guard(base.render(request, options));
        },
      };
    },
  };
}
