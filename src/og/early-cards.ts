import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CollectionKey } from 'astro:content';
import { buildNow, rawContent, type Collections } from '../data/load.ts';
import { buildModel } from '../data/model.ts';
import { siteCards } from './cards.ts';
import { startCards } from './generate.ts';
import { cardCacheDir } from './site-cards.ts';
import { armedEarlyCards, type Armed } from './early-arm.ts';

/**
 * Cards before pages. In a production build Astro syncs the content, then bundles for
 * several seconds, mostly on one core, and only then renders pages, where the card route
 * would start the cards. So the content config's loaders hand their entries over here as
 * soon as they are loaded, and once every collection is in, the site's model is built
 * from them and its cards are queued in this process's card pool (pool.ts), to render on
 * the idle core while Astro bundles.
 *
 * It is a guess, and only ever saves time: a card's file name is the hash of everything
 * it shows, so when the pages' own batch comes it finds the cards it needs queued, under
 * way or written, renders whatever this guess missed, and drops queued cards it does not
 * need. Anything unusual (an image path this cannot resolve, broken references, an
 * error) simply skips it.
 */

/** The collections, each loader reporting its entries when it has loaded them. */
export function withEarlyCards<T extends Record<CollectionKey, object>>(collections: T): T {
  const names = Object.keys(collections);
  return Object.fromEntries(
    Object.entries(collections).map(([name, collection]) => {
      const { loader } = collection as { loader?: Loader };
      // Every collection here has an object loader; anything else never reports, and the
      // cards then start with the pages, as they would without this module.
      if (typeof loader !== 'object' || typeof loader.load !== 'function') return [name, collection];
      const load = async (context: LoaderContext) => {
        await loader.load(context);
        collected(name, names, [...context.store.values()]);
      };
      return [name, { ...collection, loader: { ...loader, load } }];
    }),
  ) as T;
}

function collected(name: string, names: string[], entries: unknown[]): void {
  const armed = armedEarlyCards();
  if (!armed || armed.started) return;
  armed.collected.set(name, entries);
  if (!names.every((each) => armed.collected.has(each))) return;
  armed.started = true;
  // After the loaders' promise chain, so the last loader's sync finishes first.
  setImmediate(() => {
    try {
      start(armed);
    } catch (error) {
      armed.logger.info(`social cards: not started early (${error instanceof Error ? error.message : String(error)})`);
    } finally {
      armed.collected.clear();
    }
  });
}

/** A data-store entry: the data as the schema returned it, image fields still as paths. */
interface StoreEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  imageImports?: Array<Array<string | number>>;
}

function start(armed: Armed): void {
  const collections = Object.fromEntries(
    [...armed.collected].map(([name, entries]) => [
      name,
      (entries as StoreEntry[]).map((entry) => ({ ...entry, collection: name, data: withImages(armed.root, entry) })),
    ]),
  ) as unknown as Collections;
  const model = buildModel(rawContent(collections), { now: buildNow(), preview: false });
  const batch = startCards(siteCards(model), {
    root: armed.root,
    cacheDir: cardCacheDir(armed.root),
    speculative: true,
    writeStats: false,
  });
  // Failures matter only to the pages' batch, which reports the cards it needs.
  batch.done.catch(() => undefined);
}

/**
 * The entry's data with each image path (as its schema's `image()` left it, relative to
 * the entry's file) replaced by what `getCollection` would give the pages: an image
 * object; only `fsPath` counts for a card.
 */
function withImages(root: string, entry: StoreEntry): Record<string, unknown> {
  let data = entry.data;
  for (const at of entry.imageImports ?? []) {
    const source = valueAt(data, at);
    if (typeof source !== 'string') continue;
    if (!source.startsWith('.') || !entry.filePath) throw new Error(`image path ${source} in ${entry.filePath ?? entry.id}`);
    const fsPath = path.resolve(root, path.dirname(entry.filePath), source);
    data = replaceAt(data, at, { src: source, width: 0, height: 0, format: path.extname(source).slice(1), fsPath }) as Record<
      string,
      unknown
    >;
  }
  return data;
}

function valueAt(value: unknown, at: Array<string | number>): unknown {
  let found = value;
  for (const key of at) found = (found as Record<string | number, unknown> | undefined)?.[key];
  return found;
}

function replaceAt(value: unknown, at: Array<string | number>, replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const [key, ...rest] = at as [string | number, ...Array<string | number>];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[key] = replaceAt(copy[key], rest, replacement);
  return copy;
}
