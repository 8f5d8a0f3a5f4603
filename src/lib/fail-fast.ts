/**
 * One failure that rejects every piece of work still under way, and all work after it:
 * `Promise.race([work, failure])` without the race's leak. Each race adds a reaction to
 * `failure`, and while `failure` is pending that reaction keeps the race's own promise,
 * and so the work's result, alive: in a build that raced every page against the card
 * failure, every rendered page's body stayed in memory until the end (some 400 MB at
 * 10,000 posts). Here a piece of work is forgotten the moment it settles.
 */
export interface FailFast {
  /** Rejects every guarded piece of work still pending, and every later one, with `reason`. */
  fail(reason: unknown): void;
  /** `work`, unless a failure comes first (before or while it runs). */
  guard<T>(work: Promise<T>): Promise<T>;
}

export function failFast(): FailFast {
  let failure: { reason: unknown } | undefined;
  const pending = new Set<(reason: unknown) => void>();
  return {
    fail(reason) {
      if (failure) return;
      failure = { reason };
      for (const reject of pending) reject(reason);
      pending.clear();
    },
    guard(work) {
      if (failure) {
        // The work's own outcome no longer matters; it must not end the process unhandled.
        work.catch(() => undefined);
        return Promise.reject(failure.reason as Error);
      }
      return new Promise((resolve, reject) => {
        pending.add(reject);
        work.then(resolve, reject).finally(() => pending.delete(reject));
      });
    },
  };
}
