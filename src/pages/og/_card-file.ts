import { stat } from 'node:fs/promises';
import { cardCacheDir, cardNamer } from '../../og/cache.ts';
import { startCards } from '../../og/generate.ts';
import type { CardSpec } from '../../og/types.ts';
import { waitForFile } from '../../og/wait.ts';

/**
 * A card's PNG, for the card route and the feeds (a feed names each card's size). In
 * `astro dev` the card is rendered when asked. In a build the `einblick:card-files`
 * integration renders every card into the cache, and the file a spec gets there is a
 * hash of the spec: the pages only wait for it to appear.
 */
const root = process.cwd();
/** Far longer than any site's cards take; a failed card fails the build long before. */
const WAIT_MS = 10 * 60 * 1000;
let named: ((spec: CardSpec) => string) | undefined;

export async function cardFile(spec: CardSpec): Promise<string> {
  const cacheDir = cardCacheDir(root);
  if (import.meta.env.EINBLICK_PREVIEW)
    return startCards([spec], { root, cacheDir, threads: 1, writeStats: false }).file(spec.url);
  named ??= cardNamer(root, cacheDir);
  const file = named(spec);
  await waitForFile(file, WAIT_MS);
  return file;
}

/** Size in bytes of a card's PNG, for feed enclosures. */
export const cardBytes = async (spec: CardSpec): Promise<number> => (await stat(await cardFile(spec))).size;
