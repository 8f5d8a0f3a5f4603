import { renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { createRenderer } from './render.ts';
import type { CardSpec } from './types.ts';

/**
 * A card-rendering thread (see pool.ts). Loads the fonts once, then renders whatever it
 * is sent and writes each PNG straight into the cache (written beside, then renamed, so a
 * half-written card is never picked up).
 */
export interface CardJob {
  id: number;
  spec: CardSpec;
  file: string;
}

export type CardResult = { id: number; bytes: number } | { id: number; error: string };

const { root } = workerData as { root: string };
// Below the main thread, which bundles and renders pages meanwhile: what is waiting on a
// card at the end gets the core anyway, and before that Astro's work comes first.
try {
  os.setPriority(0, 10);
} catch {
  // Not allowed here: cards render at normal priority.
}
const render = createRenderer(root);
const port = parentPort;
if (!port) throw new Error('src/og/worker.ts runs as a worker thread');

port.on('message', (job: CardJob) => {
  render(job.spec)
    .then((png) => {
      const temporary = `${job.file}.${process.pid}.${job.id}.tmp`;
      writeFileSync(temporary, png);
      renameSync(temporary, job.file);
      port.postMessage({ id: job.id, bytes: png.length } satisfies CardResult);
    })
    .catch((error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      port.postMessage({ id: job.id, error: `${job.spec.url}: ${message}` } satisfies CardResult);
    });
});
