/**
 * Builds the Pagefind search index over a finished build, into `<out>/pagefind/`.
 * Only pages that mark their main content with `data-pagefind-body` (posts, videos,
 * jobs, people: see BaseLayout's `searchType`) are indexed; the German stemmer is chosen
 * from `<html lang="de">`. Any error fails the build, so a site is never published with
 * a missing or half-written index.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';

export interface SearchIndexResult {
  /** Number of pages in the index (one fragment file each). */
  pages: number;
}

/** Indexes the HTML in `outDir` and writes the Pagefind files beside it; throws on any error. */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexResult> {
  try {
    const { index, errors } = await createIndex({});
    if (!index || errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ') || 'no index'}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const outputPath = path.join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    // Pagefind's page_count counts every HTML file it read; the fragments are the indexed pages.
    return { pages: readdirSync(path.join(outputPath, 'fragment')).length };
  } finally {
    await close();
  }
}
