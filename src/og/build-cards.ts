import type { CardBatch } from './generate.ts';

/**
 * The production build's card batch, handed from the pages to the `einblick:card-files`
 * integration. The card route starts the batch inside Astro's page bundle; the
 * integration, loaded with the config, puts the finished PNGs into the output. The two
 * are separate module graphs in one process, so a module variable would not be shared:
 * the hand-over is kept on `globalThis` under a registered symbol.
 *
 * The integration names the output folder when the build starts; the batch then links
 * its cards there as soon as they are all written, beside the page rendering, rather
 * than at the very end of the build.
 */
const KEY = Symbol.for('einblick.build-cards');

interface Handover {
  /** Where the cards go, once known. */
  outDir?: string;
  /** The batch of the build that ran in this process, if any. */
  batch?: CardBatch;
  /** Its cards being linked into `outDir`: the number of files, or the first card's failure. */
  published?: Promise<number>;
}

type Holder = { [KEY]?: Handover };

const handover = (): Handover => ((globalThis as Holder)[KEY] ??= {});

/** The build's output folder: the batch publishes into it as soon as its cards are written. */
export function publishBuildCardsTo(outDir: string): void {
  const state = handover();
  state.outDir = outDir;
  if (state.batch && !state.published) start(state, state.batch, outDir);
}

export function setBuildCards(batch: CardBatch): void {
  const state = handover();
  state.batch = batch;
  delete state.published;
  if (state.outDir) start(state, batch, state.outDir);
}

function start(state: Handover, batch: CardBatch, outDir: string): void {
  const published = batch.publish(outDir);
  // Awaited (and reported) by whoever takes it, not an unhandled rejection before that.
  published.catch(() => undefined);
  state.published = published;
}

/**
 * The cards of the build that ran in this process, published into `outDir` (once: the
 * hand-over is cleared): resolves with the number of card files, rejects if a card failed.
 * Undefined when no batch ran (a build without card routes).
 */
export function takeBuildCards(outDir: string): Promise<number> | undefined {
  const holder = globalThis as Holder;
  const state = holder[KEY];
  delete holder[KEY];
  if (!state?.batch) return undefined;
  return state.published && state.outDir === outDir ? state.published : state.batch.publish(outDir);
}
