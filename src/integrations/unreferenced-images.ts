import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { epochNow, recordSpan } from '../lib/build-timings.ts';

/**
 * Removes pictures from `_astro/` that no file of the built site names. Astro copies the
 * original of every imported picture there and deletes it only when no code touched the
 * image object outside its own pipeline; Einblick's components read `src.width` (to cap
 * srcset widths and card sizes), which counts as a use, so every original — a 4000 px
 * phone photo too — was shipped beside its resized versions without being linked anywhere.
 *
 * A picture counts as used when its file name occurs in any other output file: HTML
 * (`src`, `srcset`, `href`, `og:image`, JSON-LD), feeds (absolute URLs), CSS, scripts,
 * the sitemap, `_headers`. Only pictures in `_astro/` are ever removed.
 *
 * Afterwards it prunes Astro's picture cache to the renditions this build wrote
 * (`pruneImageCache`).
 */

const ASSETS = '_astro';
const IMAGE = /\.(?:jpe?g|png|apng|webp|avif|gif|svg|tiff?)$/i;
/** Files that cannot name a picture (binary, or Pagefind's compressed index). */
const NOT_TEXT = /\.(?:jpe?g|png|apng|webp|avif|gif|tiff?|ico|woff2?|ttf|otf|mp4|webm|vtt|pdf|wasm|gz|br|pf_\w+)$/i;
/** A file name ending in a picture's extension, as it stands in a URL (possibly %-encoded). */
const NAME = /[^\s"'`()<>,;=\\/]+\.(?:jpe?g|png|apng|webp|avif|gif|svg|tiff?)/gi;
/** Where a name may end: a picture's extension. */
const EXTENSION = /\.(?:jpe?g|png|apng|webp|avif|gif|svg|tiff?)/gi;
/** A character that cannot be part of a name (the complement of NAME's first class). */
const SEPARATOR = /[\s"'`()<>,;=\\/]/;

/** Every file below `dir`, relative to it. */
const filesBelow = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));

/** The picture file names that output files other than pictures mention. */
function mentionedNames(outDir: string): Set<string> {
  const names = new Set<string>();
  for (const file of filesBelow(outDir)) {
    if (NOT_TEXT.test(file) || file.startsWith(`pagefind${path.sep}`)) continue;
    const text = readFileSync(path.join(outDir, file), 'latin1');
    for (const match of namesIn(text)) {
      names.add(match);
      try {
        names.add(Buffer.from(decodeURIComponent(match), 'utf8').toString('latin1'));
      } catch {
        // Not %-encoded after all.
      }
    }
  }
  return names;
}

/**
 * NAME's matches in `text`, found from the extensions: NAME run over a whole page tries a
 * name at every character and backtracks through every word (this step took 64 s of a
 * loaded 10,000-post build; on 271 pages this is 5 to 13 times faster). A name lies within
 * one run of characters between separators, so NAME over each run that holds an extension
 * finds exactly the same names.
 */
export function namesIn(text: string): string[] {
  const names: string[] = [];
  let end = 0;
  for (const hit of text.matchAll(EXTENSION)) {
    if (hit.index < end) continue;
    let start = hit.index;
    while (start > 0 && !SEPARATOR.test(text[start - 1] ?? ' ')) start--;
    end = hit.index + 1;
    while (end < text.length && !SEPARATOR.test(text[end] ?? ' ')) end++;
    for (const [name] of text.slice(start, end).matchAll(NAME)) names.push(name);
  }
  return names;
}

/** The file names in `<outDir>/_astro/` (none if there is no such folder). */
export function writtenAssets(outDir: string): Set<string> {
  try {
    return new Set(readdirSync(path.join(outDir, ASSETS)));
  } catch {
    return new Set();
  }
}

/** Deletes the pictures in `<outDir>/_astro/` no other output file names; returns their names. */
export function removeUnreferencedImages(outDir: string): string[] {
  const assets = path.join(outDir, ASSETS);
  const pictures = [...writtenAssets(outDir)].filter((name) => IMAGE.test(name));
  if (pictures.length === 0) return [];
  const mentioned = mentionedNames(outDir);
  // File names on disk are UTF-8; the texts were read as latin1, so compare in that form.
  const unused = pictures.filter((name) => !mentioned.has(Buffer.from(name, 'utf8').toString('latin1')));
  for (const name of unused) rmSync(path.join(assets, name));
  return unused;
}

/**
 * Deletes the entries of Astro's picture cache (`<cacheDir>/assets/`) whose output file is
 * not in `written` (`writtenAssets` before anything was removed); returns how many. Astro
 * names each entry after its output file (plus `.json` for remote pictures' metadata) and
 * never removes one, so every picture deleted from the content and every change of widths,
 * formats or encoder settings left a full set of renditions behind. The CI setups carry
 * this folder from deploy to deploy (docs/operations.md), where it would only grow. A later
 * build that needs a pruned rendition renders it again.
 */
export function pruneImageCache(cacheDir: string, written: ReadonlySet<string>): number {
  const cache = path.join(cacheDir, 'assets');
  let entries: string[];
  try {
    entries = readdirSync(cache);
  } catch {
    return 0;
  }
  const stale = entries.filter((name) => !written.has(name.endsWith('.json') ? name.slice(0, -'.json'.length) : name));
  for (const name of stale) rmSync(path.join(cache, name), { force: true, recursive: true });
  return stale.length;
}

/** The integration: runs after every page, feed and sitemap is written. */
export function unreferencedImages(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'einblick:unreferenced-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = epochNow();
        const outDir = fileURLToPath(dir);
        // What Astro wrote, before the originals go: a rendition no page links stays cached
        // (pruning it would only render it again on every build).
        const written = writtenAssets(outDir);
        const removed = removeUnreferencedImages(outDir);
        const pruned = cacheDir ? pruneImageCache(cacheDir, written) : 0;
        recordSpan('unreferenced images', started);
        if (removed.length > 0) logger.info(`${removed.length} unreferenced originals removed from ${ASSETS}/`);
        if (pruned > 0) logger.info(`removed ${pruned} cached picture rendition(s) this build did not use`);
      },
    },
  };
}
