import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardJob, CardResult } from './worker.ts';

/**
 * Renders cards on worker threads, one per core by default: satori and sharp are CPU work,
 * and Astro renders pages on the main thread at the same time. Workers take the next card
 * when they finish one; a card someone waits for (a feed needs its size, a card route its
 * bytes) jumps the queue.
 */
export interface CardPool {
  /** Resolves when the card written to `file` exists; moves it to the front if still queued. */
  wait(file: string): Promise<void>;
  /** Resolves when every card is written (rejects with all failures). */
  done: Promise<void>;
}

export function startPool(root: string, jobs: Array<Omit<CardJob, 'id'>>, threads: number): CardPool {
  const queue = jobs.map((job, id) => ({ ...job, id }));
  const pending = new Map<string, { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void }>();
  for (const job of queue) {
    let resolve!: () => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<void>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    // A card nobody waits for must not end the process as an unhandled rejection;
    // `done` reports every failure.
    promise.catch(() => undefined);
    pending.set(job.file, { promise, resolve, reject });
  }
  const fileOf = new Map(queue.map((job) => [job.id, job.file]));
  const errors: string[] = [];
  const script = path.join(root, 'src', 'og', 'worker.ts');
  const count = jobs.length === 0 ? 0 : Math.max(1, Math.min(threads, jobs.length));

  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(script, { workerData: { root } });
      let finished = false;
      const next = () => {
        const job = queue.shift();
        if (job) worker.postMessage(job);
        else {
          finished = true;
          void worker.terminate().then(() => resolve());
        }
      };
      worker.on('message', (result: CardResult) => {
        const file = fileOf.get(result.id) ?? '';
        if ('error' in result) {
          errors.push(result.error);
          pending.get(file)?.reject(new Error(result.error));
        } else pending.get(file)?.resolve();
        next();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`card worker stopped with exit code ${code}`));
      });
      next();
    });

  const done = Promise.all(Array.from({ length: count }, runWorker)).then(() => {
    if (errors.length > 0) throw new Error(`Social cards failed to render:\n${errors.join('\n')}`);
  });
  // If a worker dies, everyone still waiting hears about it.
  done.catch((error: unknown) => {
    for (const entry of pending.values()) entry.reject(error instanceof Error ? error : new Error(String(error)));
  });
  return {
    wait(file) {
      const entry = pending.get(file);
      if (!entry) return Promise.resolve();
      const index = queue.findIndex((job) => job.file === file);
      if (index > 0) queue.unshift(...queue.splice(index, 1));
      return entry.promise;
    },
    done,
  };
}
