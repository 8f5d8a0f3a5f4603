import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CODE_INPUTS, hashTree, onceByKey } from './build-once.ts';
import { buildSite, ROOT } from './site.ts';

/**
 * The demo site (content/) built once per change of its inputs, for the suites that
 * need a whole real site: the browser suite, the page-weight budgets, nginx. The build
 * lands in the system's temp folder under a key made from every input file, so the
 * suites of one `npm test` run share it, and a later run rebuilds only after a change.
 */

/** The demo build's fixed "now": every demo post is published, one job has expired. */
export const DEMO_NOW = '2026-11-20T12:00:00+01:00';

/** A key over the paths, sizes and contents of all inputs: the demo content and the code. */
export function demoKey(): string {
  const hash = createHash('sha256').update(DEMO_NOW);
  for (const input of ['content', ...CODE_INPUTS]) hashTree(hash, path.join(ROOT, input), input);
  return hash.digest('hex').slice(0, 16);
}

/** The folder of a finished demo build, building it if this version has not been built yet. */
export function demoSite(): string {
  return onceByKey(path.join(os.tmpdir(), 'einblick-demo'), demoKey(), 3_600_000, (staging) => {
    const result = buildSite(path.join(ROOT, 'content'), staging, { EINBLICK_NOW: DEMO_NOW });
    if (result.status !== 0) throw new Error(`demo build failed:\n${result.stdout}\n${result.stderr}`);
    return true;
  });
}

/** The page paths listed in a build's sitemap (`/blog/x/`), in sitemap order. */
export function sitemapPaths(outDir: string): string[] {
  const index = readFileSync(path.join(outDir, 'sitemap-index.xml'), 'utf8');
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.trim());
  return locs(index).flatMap((sitemap) => {
    const file = path.join(outDir, new URL(sitemap).pathname);
    return locs(readFileSync(file, 'utf8')).map((loc) => new URL(loc).pathname);
  });
}

/**
 * The pages of one search type (SEARCH_TYPES in src/lib/search.ts), found by the type
 * marker BaseLayout writes for the search index, as URL paths in sorted order.
 */
export function pagesOfType(outDir: string, type: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .filter((file) => readFileSync(path.join(outDir, file), 'utf8').includes(`data-pagefind-filter="type:${type}"`))
    .map((file) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}
