import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { onceByKey } from '../helpers/build-once.ts';
import { eachConcurrently } from '../helpers/browser.ts';
import { tempDir } from '../helpers/site.ts';

/** The helpers that make the build and browser suites cheaper must not make them weaker. */

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('eachConcurrently', () => {
  it('visits every item once, never more than `limit` at a time', async () => {
    const seen: number[] = [];
    let running = 0;
    let most = 0;
    await eachConcurrently([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await tick();
      seen.push(item);
      running -= 1;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('throws the first failure after the running tasks ended, and starts nothing after it', async () => {
    const started: number[] = [];
    const ended: number[] = [];
    const run = eachConcurrently([1, 2, 3, 4, 5, 6], 2, async (item) => {
      started.push(item);
      await tick();
      if (item === 2) throw new Error('page 2 failed');
      await tick();
      ended.push(item);
    });
    await expect(run).rejects.toThrow('page 2 failed');
    // 1 was running beside 2 and was let finish; nothing started after 2 failed.
    expect(started).toEqual([1, 2]);
    expect(ended).toEqual([1]);
  });
});

describe('onceByKey', () => {
  it('produces a key once, reuses it after, and keeps nothing of a failed attempt', () => {
    const base = path.join(tempDir('once'), 'builds');
    let calls = 0;
    const produce = (staging: string) => {
      calls += 1;
      mkdirSync(staging, { recursive: true });
      writeFileSync(path.join(staging, 'out.txt'), `call ${calls}`);
      return calls > 1;
    };
    const failed = onceByKey(base, 'k1', 60_000, produce);
    expect(failed.endsWith('k1.building')).toBe(true);
    expect(existsSync(path.join(base, 'k1.complete'))).toBe(false);
    const made = onceByKey(base, 'k1', 60_000, produce);
    expect(readFileSync(path.join(made, 'out.txt'), 'utf8')).toBe('call 2');
    expect(onceByKey(base, 'k1', 60_000, produce)).toBe(made);
    expect(calls).toBe(2);
  });
  it('keeps a key that was used within staleMs when another key is produced, and removes one unused for longer', () => {
    const base = path.join(tempDir('once'), 'builds');
    const produce = (staging: string) => {
      mkdirSync(staging, { recursive: true });
      return true;
    };
    const used = onceByKey(base, 'used', 60_000, produce);
    const unused = onceByKey(base, 'unused', 60_000, produce);
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const file of [used, `${used}.complete`, unused, `${unused}.complete`]) utimesSync(file, hourAgo, hourAgo);
    // A test run reads `used` again (the build was made long ago, but is in use now) ...
    expect(onceByKey(base, 'used', 60_000, produce)).toBe(used);
    // ... while another run produces a new key, which clears what went unused.
    onceByKey(base, 'new', 60_000, produce);
    expect(existsSync(used)).toBe(true);
    expect(existsSync(unused)).toBe(false);
  });
});
