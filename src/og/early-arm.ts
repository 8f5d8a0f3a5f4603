import type { AstroIntegrationLogger } from 'astro';

/**
 * The switch that lets a build's content loaders start the social cards early
 * (early-cards.ts). It is kept apart from early-cards.ts, which pulls in the site model
 * and the card code: the `einblick:card-files` integration arms it from the Astro
 * config, and everything the config imports is loaded before Astro can start. The config
 * and the content config are separate module graphs in one process, so the switch lives
 * on `globalThis` under a registered symbol.
 */
const KEY = Symbol.for('einblick.early-cards');

export interface Armed {
  root: string;
  logger: AstroIntegrationLogger;
  collected: Map<string, unknown[]>;
  started: boolean;
}

type Holder = { [KEY]?: Armed };

/** Lets this build's loaders start the cards (the card-files integration, `astro build` only). */
export function armEarlyCards(root: string, logger: AstroIntegrationLogger): void {
  (globalThis as Holder)[KEY] = { root, logger, collected: new Map(), started: false };
}

/** The armed switch of this process, if a build armed it. */
export function armedEarlyCards(): Armed | undefined {
  return (globalThis as Holder)[KEY];
}
