import path from 'node:path';
import { checkCache } from './cache.ts';
import { checkContent, checkNow, type CheckResult } from './index.ts';

export interface CheckRun {
  /** The project root: finding paths are relative to it. */
  root: string;
  contentDir: string;
  /** Where the last result is kept (Astro's cache folder for this content). */
  cacheDir: string;
}

/**
 * The content check as the build runs it: the last result is reused while the content,
 * everything under `src/` (the check, schemas, MDX components) and the lockfile are
 * unchanged; otherwise the check runs and its result is stored.
 */
export function runContentCheck({ root, contentDir, cacheDir }: CheckRun): CheckResult & { cached: boolean } {
  const now = checkNow();
  const cache = checkCache({
    now,
    contentDir,
    codeDirs: [path.join(root, 'src')],
    lockfile: path.join(root, 'package-lock.json'),
    cacheFile: path.join(cacheDir, 'einblick-check.json'),
  });
  if (cache.result) return { ...cache.result, cached: true };
  const result = checkContent(root, contentDir, { now });
  cache.store(result);
  return { ...result, cached: false };
}
