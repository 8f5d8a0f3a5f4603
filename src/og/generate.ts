import { constants, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile, link, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cardNamer } from './cache.ts';
import { cardPool } from './pool.ts';
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
  /** Of `unique`: rendered by this build (the rest came from the cache). */
  rendered: number;
  cached: number;
  threads: number;
  /** From the first card queued until the last card was written. */
  wallMs: number;
}

export interface CardOptions {
  root: string;
  /** Folder of the card cache. */
  cacheDir: string;
  /** Worker threads (default: one per core, or EINBLICK_CARD_THREADS). */
  threads?: number;
  /** `specs` is the whole site: cached cards that no card of it uses are deleted once all are written. */
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
   * When every card is written, links each to its URL below `outDir` (`/og/blog/x.png`
   * → `<outDir>/og/blog/x.png`) and resolves with the number of files; rejects if a card failed.
   */
  publish(outDir: string): Promise<number>;
}

export const STATS_FILE = 'stats.json';

export function startCards(specs: CardSpec[], options: CardOptions): CardBatch {
  const started = performance.now();
  mkdirSync(options.cacheDir, { recursive: true });
  const fileOf = cardNamer(options.root, options.cacheDir);
  const pool = cardPool(options.root);
  const files = new Map<string, string>();
  const cacheFolder = path.resolve(options.cacheDir);
  /** Cards this batch needs from the pool: not in the cache, or already queued by another batch. */
  const jobs = new Map<string, CardSpec>();
  let fresh = 0;
  for (const spec of specs) {
    const file = fileOf(spec);
    files.set(spec.url, file);
    if (jobs.has(file)) continue;
    if (pool.has(file)) jobs.set(file, spec);
    else if (!existsSync(file)) {
      jobs.set(file, spec);
      fresh++;
    }
  }
  // A worker costs some 300 ms of CPU to start (satori, sharp, fonts, JIT warm-up): a few
  // cards render on one, a whole site on every core.
  const configured = Number(process.env['EINBLICK_CARD_THREADS']);
  const threads =
    options.threads ?? (configured > 0 ? configured : Math.min(os.availableParallelism(), Math.max(1, Math.floor(fresh / 20))));
  const waits = [...jobs].map(([file, spec]) =>
    pool.render({ file, spec }, threads).then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    ),
  );
  const done = Promise.all(waits).then(async (outcomes) => {
    const errors = outcomes.filter((outcome): outcome is string => outcome !== undefined);
    if (errors.length > 0) throw new Error(`Social cards failed to render:\n${errors.join('\n')}`);
    const used = new Set(files.values());
    if (options.prune) {
      for (const name of readdirSync(cacheFolder)) {
        if (name.endsWith('.png') && !used.has(path.join(cacheFolder, name))) rmSync(path.join(cacheFolder, name));
      }
    }
    const rendered = [...jobs.keys()].filter((file) => pool.rendered.has(file));
    const stats: CardStats = {
      cards: specs.length,
      unique: used.size,
      rendered: rendered.length,
      cached: used.size - rendered.length,
      threads: rendered.length === 0 ? 0 : pool.peakWorkers,
      wallMs: Math.round(performance.now() - (rendered.length > 0 ? (pool.startedAt ?? started) : started)),
    };
    if (options.writeStats !== false)
      writeFileSync(path.join(options.cacheDir, STATS_FILE), `${JSON.stringify(stats, null, 2)}\n`);
    return stats;
  });
  return {
    async file(url) {
      const file = files.get(url);
      if (!file) throw new Error(`no social card at ${url}`);
      if (jobs.has(file)) await pool.wait(file);
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
