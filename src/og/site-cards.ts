import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { SiteModel } from '../data/model.ts';
import { readBuildEnv } from '../lib/build-env.ts';
import { siteCards } from './cards.ts';
import { setBuildCards } from './build-cards.ts';
import { formatCardStats, startCards, type CardBatch } from './generate.ts';
import type { CardSpec } from './types.ts';

/**
 * The build's side of the cards. The card route's getStaticPaths starts rendering every
 * card that is not cached yet, on worker threads, while Astro goes on rendering pages;
 * a feed waits only for the cards it needs, and the `einblick:card-files` integration
 * copies them all into the output at the end. In `astro dev` only the card asked for is
 * rendered, by the card route.
 */

const root = process.cwd();
/** The card cache of a project. */
export const cardCacheDir = (projectRoot = root) => path.join(readBuildEnv(projectRoot).cacheDir, 'einblick-cards');
const cacheDir = () => cardCacheDir();
const batches = new WeakMap<SiteModel, CardBatch>();

/** Starts (once per model) rendering all of the site's cards. */
export function startSiteCards(model: SiteModel): CardBatch {
  let batch = batches.get(model);
  if (!batch) {
    batch = startCards(siteCards(model), { root, cacheDir: cacheDir(), prune: true });
    batch.done.then(
      (stats) => console.info(`[einblick] ${formatCardStats(stats)}`),
      // Each card route that needs a failed card fails with its error; this is the summary.
      (error: unknown) => console.error(`[einblick] ${error instanceof Error ? error.message : String(error)}`),
    );
    batches.set(model, batch);
    setBuildCards(batch);
  }
  return batch;
}

/** The cached PNG file of a card, rendered if needed. */
export async function cardFile(model: SiteModel, spec: CardSpec, dev = false): Promise<string> {
  if (!dev) return startSiteCards(model).file(spec.url);
  return startCards([spec], { root, cacheDir: cacheDir(), threads: 1, writeStats: false }).file(spec.url);
}

/** Size in bytes of a card's PNG, for feed enclosures. */
export async function cardBytes(model: SiteModel, spec: CardSpec): Promise<number> {
  return (await stat(await cardFile(model, spec))).size;
}
