/**
 * The Pagefind search index of a finished build, in `<out>/pagefind/`. Only pages that
 * mark their own content with `data-pagefind-body` (posts, videos, jobs, people, teams,
 * departments: see BaseLayout's `searchType` and src/lib/search.ts) are indexed, and of
 * them only the marked parts; the German stemmer is chosen from
 * `<html lang="de">`. Any error fails the build, so a site is never published with a
 * missing or half-written index.
 *
 * Indexing takes two steps so that it can run beside the rest of the build (see
 * src/integrations/search-index.ts): `indexSite` reads the HTML at once and lets
 * Pagefind, a process of its own, build the index into the cache folder; `installIndex`
 * links the finished index into the site.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import path from 'node:path';
import { close, createIndex } from 'pagefind';

const BODY_MARK = 'data-pagefind-body';

export interface SearchIndex {
  /** Number of pages in the index (one fragment file each; Pagefind's page_count counts every HTML file it read). */
  pages: number;
  /** The finished index, in the cache folder. */
  folder: string;
}

/**
 * Reads every HTML file below `outDir` (synchronously: the files are read before this
 * returns its promise, so the build may go on changing other files) and resolves with the
 * index built from them. An index of exactly the same HTML (every indexed file's path and
 * bytes, and the same Pagefind version) is taken from `cacheDir` instead of built again;
 * only the newest index is kept there.
 *
 * One file at a time, as bytes: holding every page as a string at once put about a
 * gigabyte on the heap of a 10,000-post build, at the start of the image phase.
 */
export function indexSite(outDir: string, cacheDir: string): Promise<SearchIndex> {
  const all = htmlFiles(outDir).sort();
  // Once any page marks its body, Pagefind leaves out every page that does not; those
  // need not be read by it at all (list and filter pages, some of the largest).
  let hash = digestOf();
  const marked: string[] = [];
  for (const file of all) {
    const bytes = readFileSync(path.join(outDir, file));
    if (!bytes.includes(BODY_MARK)) continue;
    marked.push(file);
    hash.add(file, bytes);
  }
  if (marked.length === 0) {
    hash = digestOf();
    for (const file of all) hash.add(file, readFileSync(path.join(outDir, file)));
  }
  const files = marked.length > 0 ? marked : all;
  const folder = path.join(cacheDir, hash.hex());
  const result = (): SearchIndex => ({ pages: readdirSync(path.join(folder, 'fragment')).length, folder });
  if (existsSync(folder)) return Promise.resolve(result());
  // Pagefind reads a snapshot of the pages (hard links: nothing changes a page after this
  // point): Astro deletes its server chunks from the output meanwhile, which would pull
  // folders from under Pagefind's directory walk. (Reading a folder is some 2.5 times
  // faster than sending Pagefind each page.)
  rmSync(cacheDir, { recursive: true, force: true });
  const pages = `${folder}.pages`;
  for (const file of files) {
    mkdirSync(path.dirname(path.join(pages, file)), { recursive: true });
    linkOrCopy(path.join(outDir, file), path.join(pages, file));
  }
  return (async () => {
    try {
      // Written beside, then renamed, so a half-written index is never used.
      await indexWithPagefind(pages, `${folder}.tmp`);
      renameSync(`${folder}.tmp`, folder);
    } finally {
      rmSync(pages, { recursive: true, force: true });
    }
    return result();
  })();
}

/**
 * The HTML files below `outDir` (relative, with forward slashes), leaving out the folders
 * that hold no pages: `_astro/` (assets) and hidden ones such as Astro's `.prerender/`,
 * a thousand server chunks while the build runs, which a plain recursive listing would
 * walk through.
 */
function htmlFiles(outDir: string, folder = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(outDir, folder), { withFileTypes: true })) {
    const relative = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && relative !== '_astro') files.push(...htmlFiles(outDir, relative));
    } else if (entry.name.endsWith('.html')) files.push(relative);
  }
  return files;
}

/**
 * Puts a finished index into `<outDir>/pagefind/`, as hard links to the cached files where
 * the file system allows (a thousand files: a link is several times cheaper than a copy).
 * Nothing rewrites an index file in place: a new index is a new folder in the cache.
 */
export function installIndex(index: SearchIndex, outDir: string): void {
  const target = path.join(outDir, 'pagefind');
  for (const entry of readdirSync(index.folder, { recursive: true, withFileTypes: true })) {
    const relative = path.relative(index.folder, path.join(entry.parentPath, entry.name));
    if (entry.isDirectory()) mkdirSync(path.join(target, relative), { recursive: true });
    else {
      mkdirSync(path.dirname(path.join(target, relative)), { recursive: true });
      linkOrCopy(path.join(index.folder, relative), path.join(target, relative));
    }
  }
}

/** A hard link, or a copy where links are not possible (another file system, say). */
function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/** A digest of HTML files (relative path and bytes, in the order added) and the Pagefind version. */
function digestOf(): { add(file: string, bytes: Buffer): void; hex(): string } {
  // Not `require('pagefind/package.json')`: its exports map does not export it.
  const { version } = JSON.parse(readFileSync(findPackageJSON('pagefind', import.meta.url) ?? '', 'utf8')) as { version: string };
  const hash = createHash('sha256').update(`pagefind@${version}\0`);
  return {
    add: (file, bytes) => hash.update(`${file}\0`).update(bytes).update('\0'),
    hex: () => hash.digest('hex').slice(0, 32),
  };
}

async function indexWithPagefind(pages: string, outputPath: string): Promise<void> {
  try {
    const { index, errors } = await createIndex({});
    if (!index || errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ') || 'no index'}`);
    const added = await index.addDirectory({ path: pages });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
}
