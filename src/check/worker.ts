import { parentPort, workerData } from 'node:worker_threads';
import { runContentCheck, type CheckRun } from './run.ts';

/**
 * The content check on its own thread (src/integrations/content-check.ts): Astro's main
 * thread loads the config and the content meanwhile, and in `astro dev` the server keeps
 * answering while a large site is checked. Posts one result, or `{ crash }` with the
 * message of an error in the check itself (bad content never throws).
 */
try {
  parentPort?.postMessage({ result: runContentCheck(workerData as CheckRun) });
} catch (error) {
  parentPort?.postMessage({ crash: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
