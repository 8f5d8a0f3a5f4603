import { constants, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile, link, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cardKey, fileHasher, rendererFingerprint } from './cache.ts';
import { startPool } from './pool.ts';
import type { CardSpec } from './types.ts';

/**
 * Makes sure a PNG exists for every card, rendering only those whose key is not in the
 * cache yet. Rendering starts at once on worker threads and runs beside Astro's page
 * rendering; whoever needs a card waits for that card only. When all are done it reports
 * what it did: a log line, and `stats.json` beside the cached cards (read by the build
 * tests and the benchmark).
 */

export interface CardStats {
  /** Cards the site has. */
  cards: number;
  /** Distinct images among them (pages with identical cards share one). */
  unique: number;
  rendered: number;
  cached: number;
  threads: number;
  /** From the start of rendering until the last card was written. */
  wallMs: number;
}

export interface CardOptions {
  root: string;
  /** Folder of the card cache. */
  cacheDir: string;
  /** Worker threads (default: one per core, or EINBLICK_CARD_THREADS). */
  threads?: number;
  /** Delete cached cards that no card of this site uses (only when `specs` is the whole site). */
  prune?: boolean;
  /** Write stats.json (default true; off for single cards in `astro dev`). */
  writeStats?: boolean;
}

export interface CardBatch {
  /** The PNG of a card (by its URL), once it is written. */
  file(url: string): Promise<string>;
  /** Resolves with the statistics when every card is written. */
  done: Promise<CardStats>;
  /**
   * When every card is written, copies each to its URL below `outDir` (`/og/blog/x.png`
   * → `<outDir>/og/blog/x.png`) and resolves with the number of files; rejects if a card failed.
   */
  publish(outDir: string): Promise<number>;
}

export const STATS_FILE = 'stats.json';

export function startCards(specs: CardSpec[], options: CardOptions): CardBatch {
  const started = performance.now();
  mkdirSync(options.cacheDir, { recursive: true });
  const fingerprint = rendererFingerprint(options.root);
  const hashFile = fileHasher();
  const files = new Map<string, string>();
  const missing = new Map<string, CardSpec>();
  for (const spec of specs) {
    const file = path.join(options.cacheDir, `${cardKey(spec, fingerprint, hashFile)}.png`);
    files.set(spec.url, file);
    if (!existsSync(file) && !missing.has(file)) missing.set(file, spec);
  }
  // A worker costs some 300 ms of CPU to start (satori, sharp, fonts, JIT warm-up): a few
  // cards render on one, a whole site on every core.
  const configured = Number(process.env['EINBLICK_CARD_THREADS']);
  const threads =
    options.threads ??
    (configured > 0 ? configured : Math.min(os.availableParallelism(), Math.max(1, Math.floor(missing.size / 20))));
  const pool = startPool(
    options.root,
    [...missing].map(([file, spec]) => ({ file, spec })),
    threads,
  );
  const done = pool.done.then(() => {
    const used = new Set(files.values());
    if (options.prune) {
      for (const name of readdirSync(options.cacheDir)) {
        if (name.endsWith('.png') && !used.has(path.join(options.cacheDir, name))) rmSync(path.join(options.cacheDir, name));
      }
    }
    const stats: CardStats = {
      cards: specs.length,
      unique: used.size,
      rendered: missing.size,
      cached: used.size - missing.size,
      threads: missing.size === 0 ? 0 : Math.min(threads, missing.size),
      wallMs: Math.round(performance.now() - started),
    };
    if (options.writeStats !== false)
      writeFileSync(path.join(options.cacheDir, STATS_FILE), `${JSON.stringify(stats, null, 2)}\n`);
    return stats;
  });
  return {
    async file(url) {
      const file = files.get(url);
      if (!file) throw new Error(`no social card at ${url}`);
      await pool.wait(file);
      return file;
    },
    done,
    async publish(outDir) {
      await done;
      const folders = new Set([...files.keys()].map((url) => path.dirname(path.join(outDir, url))));
      await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
      // Hard links where the file system allows (a link is several times cheaper than a
      // copy, for a thousand files): nothing rewrites a cached card, a changed card is a
      // new file under a new key. Copies where links fail (another file system, say).
      await Promise.all(
        [...files].map(([url, file]) =>
          link(file, path.join(outDir, url)).catch(() => copyFile(file, path.join(outDir, url), constants.COPYFILE_FICLONE)),
        ),
      );
      return files.size;
    },
  };
}

/** The log line of a card run, e.g. `social cards: 3 rendered, 40 from cache (44 pages) on 1 thread in 900 ms`. */
export function formatCardStats(stats: CardStats): string {
  const work = stats.rendered > 0 ? ` on ${stats.threads} thread${stats.threads === 1 ? '' : 's'} in ${stats.wallMs} ms` : '';
  return `social cards: ${stats.rendered} rendered, ${stats.cached} from cache (${stats.cards} pages)${work}`;
}
