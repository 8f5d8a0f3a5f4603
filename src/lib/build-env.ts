import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Build settings that come from the environment, so that tests and the benchmark can
 * build other content with the same code:
 * - `EINBLICK_CONTENT`: content folder (default `content`)
 * - `EINBLICK_OUT`: output folder (default `dist`)
 * - `EINBLICK_NOW`: the build's "now" as an ISO date, for reproducible builds and tests
 * - `EINBLICK_CACHE`: where the build caches live (default `node_modules/.astro`). A CI
 *   whose `npm ci` deletes `node_modules` points it elsewhere to keep them between deploys.
 */
export interface BuildEnv {
  root: string;
  contentDir: string;
  outDir: string;
  cacheDir: string;
  now: Date;
}

export function readBuildEnv(root: string, env: NodeJS.ProcessEnv = process.env): BuildEnv {
  const contentDir = path.resolve(root, env['EINBLICK_CONTENT'] ?? 'content');
  const outDir = path.resolve(root, env['EINBLICK_OUT'] ?? 'dist');
  // One Astro cache per content folder: builds of different content never share a data store.
  const key = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
  const cacheDir = path.resolve(root, env['EINBLICK_CACHE'] || 'node_modules/.astro', key);
  const nowText = env['EINBLICK_NOW'];
  const now = nowText ? new Date(nowText) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`EINBLICK_NOW is not a date: ${nowText}`);
  return { root, contentDir, outDir, cacheDir, now };
}
