import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashTree } from '../lib/tree-hash.ts';
import type { CheckResult } from './index.ts';

/**
 * The content check's result, reused while nothing it reads has changed: a rebuild of
 * unchanged content (CI, a retried deploy, the benchmark's warm build) then spends no
 * time on it, where the check would otherwise take some 2.5 s of CPU for 1000 posts
 * beside Astro's start-up. The key covers every file of the content folder (path and
 * bytes), the code the check runs (`codeDirs`: its own modules and `src/`, schemas and MDX
 * components included), the lockfile (zod, yaml and the MDX parser) and the Node version.
 * "Now" is part of it to the hour: the check warns about a teased job that has closed.
 */
export interface CheckCache {
  /** The stored result, if it was made from exactly these inputs. */
  result: CheckResult | undefined;
  /** Stores a fresh result under these inputs. */
  store(result: CheckResult): void;
}

export function checkCache(options: {
  contentDir: string;
  codeDirs: string[];
  lockfile: string;
  cacheFile: string;
  now?: Date;
}): CheckCache {
  const key = checkKey(options);
  let result: CheckResult | undefined;
  try {
    const stored = JSON.parse(readFileSync(options.cacheFile, 'utf8')) as { key?: string; result?: CheckResult };
    if (stored.key === key) result = stored.result;
  } catch {
    // No cache yet, or an unreadable one: the check runs.
  }
  return {
    result,
    store(fresh) {
      mkdirSync(path.dirname(options.cacheFile), { recursive: true });
      // Written beside, then renamed: a reader never sees half a file.
      const temporary = `${options.cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ key, result: fresh }));
      renameSync(temporary, options.cacheFile);
    },
  };
}

function checkKey({
  contentDir,
  codeDirs,
  lockfile,
  now,
}: {
  contentDir: string;
  codeDirs: string[];
  lockfile: string;
  now?: Date;
}): string {
  const hour = now ? now.toISOString().slice(0, 13) : '';
  const hash = createHash('sha256').update(`einblick-check-2\0${process.version}\0${hour}\0`);
  hashTree(hash, contentDir, 'content:');
  codeDirs.forEach((dir, index) => hashTree(hash, dir, `code${index}:`));
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  return hash.digest('hex');
}
