import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardJob, CardResult } from './worker.ts';

/**
 * Renders cards on worker threads, one per core at most: satori and sharp are CPU work,
 * and Astro bundles and renders pages on the main thread at the same time. Workers take
 * the next card when they finish one, in the order they were queued; a card someone waits
 * for through its batch (the card route in `astro dev`) jumps the queue.
 *
 * One pool per project root and module instance, shared by every batch started through
 * it: a batch finds the cards an earlier one queued, under way or written instead of
 * rendering them twice. In a build only the `einblick:card-files` integration starts a
 * batch; in `astro dev` the card route does, one card at a time.
 */
export interface CardPool {
  /** Renders `spec` into `file` unless this pool already has (or is about to). */
  render(job: Omit<CardJob, 'id'>, threads: number): Promise<void>;
  /** Whether `file` was queued in this pool (rendered, under way or waiting). */
  has(file: string): boolean;
  /** Resolves when the card for `file` is written; moves it to the front if still queued. */
  wait(file: string): Promise<void>;
  /** Files this pool rendered (written, not failed). */
  readonly rendered: ReadonlySet<string>;
  /** When the first card was queued (`performance.now()`), if any was. */
  readonly startedAt: number | undefined;
  /** The most workers that ran at once. */
  readonly peakWorkers: number;
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
  let startedAt: number | undefined;
  let peakWorkers = 0;
  let nextId = 0;
  let workers = 0;
  let wanted = 1;

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
    render(job, threads) {
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
    rendered,
    get startedAt() {
      return startedAt;
    },
    get peakWorkers() {
      return peakWorkers;
    },
  };
}

const pools = new Map<string, CardPool>();

/** The card pool of this module instance for a project root. */
export function cardPool(root: string): CardPool {
  root = path.resolve(root);
  let pool = pools.get(root);
  if (!pool) {
    pool = createPool(root);
    pools.set(root, pool);
  }
  return pool;
}
