import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readBuildEnv } from '../lib/build-env.ts';
import { hashTree } from '../lib/tree-hash.ts';
import { rendererFingerprint } from '../og/cache.ts';
import { publishOptions } from './load.ts';
import type { SiteModel } from './model.ts';

/**
 * The key under which Astro's incremental build (`experimental.incrementalBuild`) may
 * reuse a page from the last build instead of rendering it again.
 *
 * Astro skips a page only when its route's code (the module graph) and this key are
 * unchanged. Einblick's pages are not independent — a post page shows related posts,
 * every page shows the navigation, a job page the department's stories — so the key is
 * one for the whole site: any change to the content makes every page render again. What
 * it covers:
 * - the bytes of every file in the content folder (texts, site.yaml, images, media);
 * - what "now" decides: which posts, videos and jobs are visible, and the year in the footer;
 * - the social-card renderer (its worker modules are outside the card route's module graph);
 * - the page pipeline that finishes each rendered page (src/integrations/page-pipeline.ts,
 *   font-preload.ts and the entity decoder it reads page text with: integrations, outside
 *   every route's module graph);
 * - the preview flag.
 * A rebuild of unchanged content (after a failed build, in CI, the benchmark's warm
 * build) then renders nothing twice; a changed post renders the whole site, as before.
 */
const keys = new WeakMap<SiteModel, string>();
const PAGE_PIPELINE = ['src/integrations/page-pipeline.ts', 'src/integrations/font-preload.ts', 'src/lib/entities.ts'];

export function pageCacheKey(model: SiteModel): string {
  const known = keys.get(model);
  if (known) return known;
  const root = process.cwd();
  const { contentDir } = readBuildEnv(root);
  const hash = createHash('sha256').update('einblick-pages-1\0');
  hashTree(hash, contentDir);
  const visible = {
    posts: model.posts.map((post) => post.id),
    videos: model.videos.map((video) => video.id),
    jobs: model.jobs.map((job) => job.id),
    people: model.people.map((person) => person.id),
    year: model.now.getFullYear(),
    preview: publishOptions().preview,
  };
  hash.update(JSON.stringify(visible)).update(rendererFingerprint(root));
  for (const file of PAGE_PIPELINE) hash.update(readFileSync(path.join(root, file)));
  const key = hash.digest('hex').slice(0, 32);
  keys.set(model, key);
  return key;
}

/** getStaticPaths entries with the site's page cache key. */
export function keyed<T extends object>(model: SiteModel, entries: T[]): Array<T & { cacheKey: string }> {
  const cacheKey = pageCacheKey(model);
  return entries.map((entry) => ({ ...entry, cacheKey }));
}
