import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readBuildEnv } from '../lib/build-env.ts';
import { hashTree } from '../lib/tree-hash.ts';
import { publishOptions } from './load.ts';
import type { SiteModel } from './model.ts';

/**
 * The key under which Astro's incremental build (`experimental.incrementalBuild`) may
 * reuse a page from the last build instead of rendering it again.
 *
 * Astro skips a page only when its route's code (the module graph) and this key are
 * unchanged. Einblick's pages are not independent — a post page shows related posts,
 * every page shows the navigation, a job page the department's stories — so the key is
 * one for the whole site: any change to the content makes every page render again.
 * And it lists no files by hand, so none can be forgotten: code outside a route's module
 * graph (integrations that finish each page, the card renderer's workers) changes pages
 * too. It covers:
 * - every file below `src/`, the lockfile (library versions), package.json and astro.config.mjs;
 * - the bytes of every file in the content folder (texts, site.yaml, images, media);
 * - what "now" decides: which posts, videos and jobs are visible, and the year in the footer;
 * - the preview flag.
 * A rebuild of unchanged content and code (after a failed build, in CI, the benchmark's
 * warm build) then renders nothing twice; any change renders the whole site, as before.
 */
export const PROJECT_FILES = ['package-lock.json', 'package.json', 'astro.config.mjs'] as const;

/** The key of a project's pages: its code, its content, and the build's state (`visible`). */
export function siteKey(root: string, contentDir: string, visible: unknown): string {
  const hash = createHash('sha256').update('einblick-pages-2\0');
  hashTree(hash, path.join(root, 'src'), 'src/');
  for (const file of PROJECT_FILES) {
    const at = path.join(root, file);
    hash
      .update(`${file}\0`)
      .update(existsSync(at) ? readFileSync(at) : '(none)')
      .update('\0');
  }
  hashTree(hash, contentDir, 'content/');
  hash.update(JSON.stringify(visible));
  return hash.digest('hex').slice(0, 32);
}

const keys = new WeakMap<SiteModel, string>();

/** The site's page key, computed once per build (per model). */
export function pageCacheKey(model: SiteModel): string {
  const known = keys.get(model);
  if (known) return known;
  const root = process.cwd();
  const key = siteKey(root, readBuildEnv(root).contentDir, {
    posts: model.posts.map((post) => post.id),
    videos: model.videos.map((video) => video.id),
    jobs: model.jobs.map((job) => job.id),
    people: model.people.map((person) => person.id),
    year: model.now.getFullYear(),
    preview: publishOptions().preview,
  });
  keys.set(model, key);
  return key;
}

/** getStaticPaths entries with the site's page cache key. */
export function keyed<T extends object>(model: SiteModel, entries: T[]): Array<T & { cacheKey: string }> {
  const cacheKey = pageCacheKey(model);
  return entries.map((entry) => ({ ...entry, cacheKey }));
}
