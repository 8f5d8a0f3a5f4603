import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { decodeEntities } from './entities.ts';
import { decodeWoff2, encodeWoff2, fontCodePoints, subsetFont, subsetterVersion } from './font-subset.ts';

/**
 * The site's web fonts, cut at build time to the characters the site can show.
 *
 * Source Sans 3 (variable weight) comes from `@fontsource-variable/source-sans-3`, split by
 * script into files (latin, latin-ext, vietnamese …). Each character the site uses goes
 * to the first of these files that has it; each file that gets characters is cut to them:
 * - `source-sans-3-common.woff2`, from the Latin file: Basic Latin, German and the
 *   punctuation of the safety set, plus every other character of it the site uses.
 *   Every page needs it, so every page preloads it.
 * - `source-sans-3-<subset>.woff2` for the rest ("rare" letters: the Ł of Łukasz, the
 *   Ş of Şahin, the ễ of Nguyễn), each declared with a `unicode-range` of exactly its
 *   characters, so a browser fetches it only for a page that shows one of them, and the
 *   page pipeline preloads it on exactly those pages (src/integrations/font-preload.ts).
 *
 * The characters come from the sources of every page, before anything is rendered: each
 * text file of the content folder and the code under src/ that writes page text (the UI
 * dictionary, components, routes, formatting), with HTML entities and JavaScript escapes
 * decoded. That is a little more than the pages show (comments, slugs), never less, and
 * the fonts' names are known before the first page is rendered, so pages need no second
 * pass. A build test checks every built page's text against the fonts' glyphs.
 *
 * Variable, not static: one variable subset with all weights is smaller than the three
 * static weights the design uses (400, 600, 700), measured on the demo (17.6 KB against
 * 29 KB for the common set).
 */

/** The font family every stylesheet names. */
export const FONT_FAMILY = 'Source Sans 3 Variable';

/** fontsource's files, in the order a character is looked up: Latin first, so it is the common file. */
export const FONT_SOURCES = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'] as const;
export type FontSource = (typeof FONT_SOURCES)[number];

/** Characters every build keeps, whether or not a source names them today. */
export const SAFETY_SET: readonly number[] = [
  ...range(0x20, 0x7e), // Basic Latin
  ...[...'ÄÖÜäöüßẞ'].map((char) => char.codePointAt(0) ?? 0),
  0xa0, // no-break space (dates, amounts)
  0xad, // soft hyphen
  ...[...'§©«»°·×'].map((char) => char.codePointAt(0) ?? 0),
  0x2009, // thin space
  ...range(0x2010, 0x2014), // hyphens, – and —
  ...range(0x2018, 0x201e), // ‘ ’ ‚ “ ” „
  0x2022, // •
  0x2026, // …
  0x2039,
  0x203a, // ‹ ›
  0x202f, // narrow no-break space
  0x20ac, // €
  0x2212, // minus
];

/** Files below the content folder whose text can reach a page. */
const CONTENT_TEXT = /\.(md|mdx|markdown|ya?ml|json|txt|csv|vtt)$/i;
/** Code under src/ that writes no page text: the card renderer (its own fonts) and the content rules (build log). */
const NOT_PAGE_CODE = ['og', 'check'];

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start + 1 }, (_, index) => start + index);
}

/** Every code point beyond ASCII of a source text, with its HTML entities and JavaScript escapes decoded too. */
export function addCodePoints(text: string, into: Set<number>): void {
  // ASCII is in the safety set: only the rest is looked at, by the regex engine (10,000 posts are ~50 MB of text).
  const add = (part: string) => {
    for (const [char] of part.matchAll(/[^\0-\x7e]/gu)) into.add(char.codePointAt(0) ?? 0);
  };
  add(text);
  if (text.includes('&')) add(decodeEntities(text));
  for (const match of text.matchAll(/\\u\{([\da-f]{1,6})\}|\\u([\da-f]{4})|\\x([\da-f]{2})/gi)) {
    const code = Number.parseInt(match[1] ?? match[2] ?? match[3] ?? '', 16);
    if (code <= 0x10ffff) into.add(code);
  }
}

/** The code points the pages of a site can show: its content, its page code, the safety set. */
export function siteCodePoints(root: string, contentDir: string): Set<number> {
  const found = new Set<number>(SAFETY_SET);
  const read = (dir: string, keep: (file: string) => boolean) => {
    if (!existsSync(dir)) return;
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (keep(file)) addCodePoints(readFileSync(path.join(dir, file), 'utf8'), found);
    }
  };
  read(contentDir, (file) => CONTENT_TEXT.test(file));
  read(path.join(root, 'src'), (file) => {
    const top = file.split(path.sep)[0] ?? '';
    return /\.(astro|ts)$/.test(file) && !file.endsWith('.test.ts') && !NOT_PAGE_CODE.includes(top);
  });
  return found;
}

/** One web font file of the site and the characters it serves. */
export interface SiteFont {
  source: FontSource;
  /** File name, e.g. `source-sans-3-common.woff2`. */
  file: string;
  codePoints: number[];
}

export interface SiteFontsResult {
  /** The folder with `fonts.css` and the font files, for the `@einblick-fonts/` import alias. */
  dir: string;
  fonts: SiteFont[];
  /** Fonts cut in this run (the others came from the cache). */
  subsetAnew: number;
}

const fileName = (source: FontSource) => `source-sans-3-${source === 'latin' ? 'common' : source}.woff2`;

/** A font's characters as a CSS `unicode-range`: `U+20-7E, U+A0`. */
export function unicodeRange(codePoints: readonly number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let index = 0; index < sorted.length;) {
    const start = sorted[index] ?? 0;
    let end = start;
    while (sorted[index + 1] === end + 1) end = sorted[++index] ?? end;
    index += 1;
    const hex = (code: number) => code.toString(16).toUpperCase();
    parts.push(end === start ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
  }
  return parts.join(', ');
}

/** The stylesheet for the fonts: one `@font-face` per file, the common one last. */
export function fontFaceCss(fonts: readonly SiteFont[]): string {
  const ordered = [...fonts].sort((a, b) => Number(a.source === 'latin') - Number(b.source === 'latin'));
  const faces = ordered.map(
    (font) =>
      `@font-face {\n  font-family: '${FONT_FAMILY}';\n  font-style: normal;\n  font-display: swap;\n  font-weight: 200 900;\n` +
      `  src: url('./${font.file}') format('woff2-variations');\n  unicode-range: ${unicodeRange(font.codePoints)};\n}\n`,
  );
  return `/* Written by src/lib/site-fonts.ts for this build; do not edit. */\n${faces.join('')}`;
}

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Writes a file whole or not at all (a build stopped halfway leaves no broken cache entry). */
function writeAtomic(file: string, data: string | Uint8Array): void {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}

/** The path of a fontsource file, resolved from the project root. */
function sourceFile(root: string, source: FontSource): string {
  const packageJson = createRequire(path.join(root, 'package.json')).resolve('@fontsource-variable/source-sans-3/package.json');
  return path.join(path.dirname(packageJson), 'files', `source-sans-3-${source}-wght-normal.woff2`);
}

/**
 * Writes the site's fonts and their stylesheet to `<cacheDir>/einblick-fonts/site/`.
 *
 * `codePoints` undefined: the whole source files, uncut (for `astro dev`, where the
 * content changes while the server runs). Otherwise each file is cut to its share of
 * `codePoints`; a cut is kept in `<cacheDir>/einblick-fonts/` under a key of its source
 * file's bytes, the characters and the subsetter's versions and code, so a build with the
 * same characters takes it from there instead of cutting again.
 */
export async function writeSiteFonts(root: string, cacheDir: string, codePoints?: ReadonlySet<number>): Promise<SiteFontsResult> {
  const cache = path.join(cacheDir, 'einblick-fonts');
  const dir = path.join(cache, 'site');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The cutting code is part of the key: a change to it cuts again.
  const code = ['site-fonts.ts', 'font-subset.ts'].map((file) => sha(readFileSync(path.join(root, 'src', 'lib', file))));
  const version = `${subsetterVersion()}\0${code.join('\0')}`;
  const taken = new Set<number>();
  const fonts: SiteFont[] = [];
  let subsetAnew = 0;
  const used = new Set<string>();
  for (const source of FONT_SOURCES) {
    const original = readFileSync(sourceFile(root, source));
    const sourceKey = sha(original);
    const cmap = await sourceCodePoints(cache, sourceKey, original);
    const share = cmap.filter((point) => !taken.has(point) && (!codePoints || codePoints.has(point)));
    for (const point of share) taken.add(point);
    if (share.length === 0) continue;
    const file = fileName(source);
    if (!codePoints) {
      writeFileSync(path.join(dir, file), original);
    } else {
      const name = `${sha(`${version}\0${sourceKey}\0${share.join(',')}`).slice(0, 32)}.woff2`;
      used.add(name);
      const cached = path.join(cache, name);
      if (!existsSync(cached)) {
        writeAtomic(cached, await encodeWoff2(await subsetFont(await decodeWoff2(original), share)));
        subsetAnew += 1;
      }
      writeFileSync(path.join(dir, file), readFileSync(cached));
    }
    fonts.push({ source, file, codePoints: share });
  }
  writeFileSync(path.join(dir, 'fonts.css'), fontFaceCss(fonts));
  // Cuts of earlier characters go: the cache holds what this content needs, no history.
  if (codePoints) {
    for (const name of readdirSync(cache)) {
      if (/^[\da-f]{32}\.woff2$/.test(name) && !used.has(name)) rmSync(path.join(cache, name), { force: true });
    }
  }
  return { dir, fonts, subsetAnew };
}

/** The characters of a source font file, kept beside the cuts (decoding WOFF2 takes a while). */
async function sourceCodePoints(cache: string, sourceKey: string, original: Buffer): Promise<number[]> {
  const file = path.join(cache, `${sourceKey.slice(0, 32)}.cmap.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as number[];
  const points = await fontCodePoints(await decodeWoff2(original));
  writeAtomic(file, JSON.stringify(points));
  return points;
}
