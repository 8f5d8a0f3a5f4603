import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardJob, CardResult } from './worker.ts';

/**
 * Renders cards on worker threads, one per core at most: satori and sharp are CPU work,
 * and Astro bundles and renders pages on the main thread at the same time. Workers take
 * the next card when they finish one; a card someone waits for (a feed needs its size, a
 * card route its bytes) jumps the queue.
 *
 * One pool per process, shared by every batch of cards in it: the build starts rendering
 * while Astro still bundles (early-cards.ts), and the pages' own batch later finds those
 * cards queued, under way or written instead of rendering them twice. The two batches
 * come from different module graphs of one process (the content config's and the built
 * pages'), so the pool lives on `globalThis` under a registered symbol.
 */
export interface CardPool {
  /** Renders `spec` into `file` unless this process already has (or is about to). */
  render(job: Omit<CardJob, 'id'>, threads: number, early?: boolean): Promise<void>;
  /** Whether `file` was queued in this process (rendered, under way or waiting). */
  has(file: string): boolean;
  /** Resolves when the card for `file` is written; moves it to the front if still queued. */
  wait(file: string): Promise<void>;
  /** Drops queued cards that are not in `keep` (their promises reject as not needed). */
  cancelExcept(keep: Set<string>): void;
  /** Files this process rendered (written, not failed, not cancelled). */
  readonly rendered: ReadonlySet<string>;
  /** Files queued by a speculative batch (early-cards.ts) before any other asked for them. */
  readonly early: ReadonlySet<string>;
  /** When the first card was queued (`performance.now()`), if any was. */
  readonly startedAt: number | undefined;
  /** The most workers that ran at once. */
  readonly peakWorkers: number;
  /** Resolves when no card is queued or under way. */
  idle(): Promise<void>;
}

interface Pending {
  promise: Promise<void>;
  resolve: () => void;
  reject: (error: Error) => void;
}

function createPool(root: string): CardPool {
  const script = path.join(root, 'src', 'og', 'worker.ts');
  const queue: CardJob[] = [];
  const pending = new Map<string, Pending>();
  const fileOf = new Map<number, string>();
  const rendered = new Set<string>();
  const early = new Set<string>();
  let startedAt: number | undefined;
  let peakWorkers = 0;
  let nextId = 0;
  let workers = 0;
  let wanted = 1;
  let idleWaiters: Array<() => void> = [];

  const settleIdle = () => {
    if (workers > 0 || queue.length > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const fail = (file: string, error: Error) => pending.get(file)?.reject(error);

  const spawnWorker = () => {
    workers++;
    peakWorkers = Math.max(peakWorkers, workers);
    const worker = new Worker(script, { workerData: { root } });
    let current: number | undefined;
    let ended = false;
    let finishedAny = false;
    const end = () => {
      if (ended) return;
      ended = true;
      workers--;
      // Someone may have queued cards while this one stopped.
      if (queue.length > 0 && workers < wanted) spawnWorker();
      settleIdle();
    };
    const next = () => {
      const job = queue.shift();
      if (job) {
        current = job.id;
        worker.postMessage(job);
      } else {
        current = undefined;
        void worker.terminate().then(end, end);
      }
    };
    worker.on('message', (result: CardResult) => {
      const file = fileOf.get(result.id) ?? '';
      finishedAny = true;
      if ('error' in result) fail(file, new Error(result.error));
      else {
        rendered.add(file);
        pending.get(file)?.resolve();
      }
      next();
    });
    worker.on('error', (error) => {
      // The card it was rendering fails; the others go to the remaining or a new worker,
      // unless this one never got as far as a card (it would fail the same way again).
      if (current !== undefined) fail(fileOf.get(current) ?? '', error);
      current = undefined;
      if (!finishedAny) for (const job of queue.splice(0)) fail(job.file, error);
      end();
    });
    worker.on('exit', (code) => {
      if (current !== undefined) fail(fileOf.get(current) ?? '', new Error(`card worker stopped with exit code ${code}`));
      current = undefined;
      end();
    });
    next();
  };

  return {
    render(job, threads, speculative = false) {
      wanted = Math.max(wanted, Math.min(threads, os.availableParallelism()));
      const known = pending.get(job.file);
      if (known) return known.promise;
      let resolve!: () => void;
      let reject!: (error: Error) => void;
      const promise = new Promise<void>((yes, no) => {
        resolve = yes;
        reject = no;
      });
      // A card nobody waits for must not end the process as an unhandled rejection; the
      // batch that asked for it reports every failure.
      promise.catch(() => undefined);
      pending.set(job.file, { promise, resolve, reject });
      if (speculative) early.add(job.file);
      startedAt ??= performance.now();
      const id = nextId++;
      fileOf.set(id, job.file);
      queue.push({ ...job, id });
      while (workers < wanted && workers < queue.length) spawnWorker();
      return promise;
    },
    has: (file) => pending.has(file),
    wait(file) {
      const entry = pending.get(file);
      if (!entry) return Promise.resolve();
      const index = queue.findIndex((job) => job.file === file);
      if (index > 0) queue.unshift(...queue.splice(index, 1));
      return entry.promise;
    },
    cancelExcept(keep) {
      for (let index = queue.length - 1; index >= 0; index--) {
        const job = queue[index]!;
        if (keep.has(job.file)) continue;
        queue.splice(index, 1);
        fail(job.file, new Error(`${job.spec.url}: not needed`));
        pending.delete(job.file);
      }
      settleIdle();
    },
    rendered,
    early,
    get startedAt() {
      return startedAt;
    },
    get peakWorkers() {
      return peakWorkers;
    },
    idle() {
      if (workers === 0 && queue.length === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}

const KEY = Symbol.for('einblick.card-pool');
type Holder = { [KEY]?: Map<string, CardPool> };

/** The card pool of this process for a project root. */
export function cardPool(root: string): CardPool {
  const holder = globalThis as Holder;
  const pools = (holder[KEY] ??= new Map());
  root = path.resolve(root);
  let pool = pools.get(root);
  if (!pool) {
    pool = createPool(root);
    pools.set(root, pool);
  }
  return pool;
}
