import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { failFast } from '../../src/lib/fail-fast.ts';

/**
 * The card failure that stops the page renders (src/lib/fail-fast.ts, used by
 * src/integrations/card-files.ts): it rejects work under way and later work, and it keeps
 * no finished work alive (a race against a pending promise kept every rendered page).
 */

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Whether the result of `guarded(work)` survives a full GC once it has settled and been consumed. */
async function resultSurvives(guarded: (work: Promise<object>) => Promise<object>): Promise<boolean> {
  let ref: WeakRef<object> | undefined;
  await (async () => {
    const body = { bytes: new Uint8Array(1 << 20) };
    ref = new WeakRef(body);
    await guarded(Promise.resolve(body));
  })();
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  return ref?.deref() !== undefined;
}

describe('failFast', () => {
  it('passes results and errors of work through while nothing failed', async () => {
    const stop = failFast();
    await expect(stop.guard(Promise.resolve('page'))).resolves.toBe('page');
    await expect(stop.guard(Promise.reject(new Error('page broke')))).rejects.toThrow('page broke');
  });

  it('rejects the work under way and all later work with the failure, once', async () => {
    const stop = failFast();
    let finish!: (value: string) => void;
    const running = stop.guard(new Promise<string>((resolve) => (finish = resolve)));
    stop.fail(new Error('card 3 failed'));
    stop.fail(new Error('card 4 failed'));
    finish('page');
    await expect(running).rejects.toThrow('card 3 failed');
    await expect(stop.guard(Promise.resolve('later page'))).rejects.toThrow('card 3 failed');
    // Later work that fails on its own is not reported unhandled (the process would end).
    await expect(stop.guard(Promise.reject(new Error('ignored')))).rejects.toThrow('card 3 failed');
  });

  it('keeps no finished result alive while the failure is pending', async () => {
    // The measurement works: a race against a pending promise keeps the result.
    const never = new Promise<never>(() => undefined);
    expect(await resultSurvives((work) => Promise.race([work, never]))).toBe(true);
    const stop = failFast();
    expect(await resultSurvives((work) => stop.guard(work))).toBe(false);
  });
});
