import { existsSync } from 'node:fs';

/**
 * Waits for card files someone else renders: in a build the `einblick:card-files`
 * integration renders every card into the cache (cache.ts names each file by a hash of
 * its spec), and a feed, which needs a card's size, waits here for that file. Cards are
 * written beside and renamed (worker.ts), so a file that exists is complete. One timer
 * checks every waiting file, and only while someone waits.
 *
 * A card that fails to render fails the build through the integration (it stops every
 * page render); the timeout only guards a build that has no such integration at all.
 */
const POLL_MS = 25;

interface Waiting {
  resolve: () => void;
  reject: (error: Error) => void;
  deadline: number;
}

const waiting = new Map<string, Waiting[]>();
let timer: NodeJS.Timeout | undefined;

function check(): void {
  const now = Date.now();
  for (const [file, waiters] of waiting) {
    const found = existsSync(file);
    const left = waiters.filter((waiter) => {
      if (found) waiter.resolve();
      else if (now > waiter.deadline)
        waiter.reject(
          new Error(`social card ${file} was not written in time (the einblick:card-files integration renders cards)`),
        );
      else return true;
      return false;
    });
    if (left.length > 0) waiting.set(file, left);
    else waiting.delete(file);
  }
  if (waiting.size === 0 && timer) {
    clearInterval(timer);
    timer = undefined;
  }
}

/** Resolves when `file` exists; rejects after `timeoutMs`. */
export function waitForFile(file: string, timeoutMs: number): Promise<void> {
  if (existsSync(file)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    waiting.set(file, [...(waiting.get(file) ?? []), { resolve, reject, deadline: Date.now() + timeoutMs }]);
    timer ??= setInterval(check, POLL_MS);
  });
}
