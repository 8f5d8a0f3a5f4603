/**
 * Builds the Pagefind search index over a finished build, into `<out>/pagefind/`.
 * Only pages that mark their main content with `data-pagefind-body` (posts, videos,
 * jobs, people: see BaseLayout's `searchType`) are indexed; the German stemmer is chosen
 * from `<html lang="de">`. Any error fails the build, so a site is never published with
 * a missing or half-written index.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import path from 'node:path';
import { close, createIndex } from 'pagefind';

export interface SearchIndexResult {
  /** Number of pages in the index (one fragment file each; Pagefind's page_count counts every HTML file it read). */
  pages: number;
}

/**
 * Indexes the HTML in `outDir` and writes the Pagefind files beside it; throws on any error.
 * With `cacheDir`, an index built from exactly the same HTML (every file's path and bytes,
 * and the same Pagefind version) is copied from there instead of built again; the index
 * depends on nothing else.
 */
export async function buildSearchIndex(outDir: string, cacheDir?: string): Promise<SearchIndexResult> {
  const outputPath = path.join(outDir, 'pagefind');
  const pages = () => ({ pages: readdirSync(path.join(outputPath, 'fragment')).length });
  if (cacheDir === undefined) return indexWithPagefind(outDir, outputPath).then(pages);
  const cached = path.join(cacheDir, htmlDigest(outDir));
  if (existsSync(cached)) {
    cpSync(cached, outputPath, { recursive: true });
    return pages();
  }
  await indexWithPagefind(outDir, outputPath);
  // Only the newest index is kept: written beside, then renamed, so a half copy is never used.
  rmSync(cacheDir, { recursive: true, force: true });
  cpSync(outputPath, `${cached}.tmp`, { recursive: true });
  renameSync(`${cached}.tmp`, cached);
  return pages();
}

/** A digest of every HTML file below `dir` (relative path and bytes) and the Pagefind version. */
function htmlDigest(dir: string): string {
  // Not `require('pagefind/package.json')`: its exports map does not export it.
  const { version } = JSON.parse(readFileSync(findPackageJSON('pagefind', import.meta.url) ?? '', 'utf8')) as { version: string };
  const hash = createHash('sha256').update(`pagefind@${version}\0`);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
  for (const file of files) hash.update(`${file.split(path.sep).join('/')}\0`).update(readFileSync(path.join(dir, file)));
  return hash.digest('hex').slice(0, 32);
}

async function indexWithPagefind(outDir: string, outputPath: string): Promise<void> {
  try {
    const { index, errors } = await createIndex({});
    if (!index || errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ') || 'no index'}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
}
