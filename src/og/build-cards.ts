import type { CardBatch } from './generate.ts';

/**
 * The production build's card batch, handed from the pages to the `einblick:card-files`
 * integration. The card route starts the batch inside Astro's page bundle; the
 * integration, loaded with the config, links the finished PNGs into the output. The two
 * are separate module graphs in one process, so a module variable would not be shared:
 * the batch is kept on `globalThis` under a registered symbol.
 */
const KEY = Symbol.for('einblick.build-cards');
type Holder = { [KEY]?: CardBatch };

export function setBuildCards(batch: CardBatch): void {
  (globalThis as Holder)[KEY] = batch;
}

/** The batch of the build that ran in this process, if any (once: it is cleared). */
export function takeBuildCards(): CardBatch | undefined {
  const holder = globalThis as Holder;
  const batch = holder[KEY];
  delete holder[KEY];
  return batch;
}
