import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeEntities } from '../lib/entities.ts';

/** A unicode range as inclusive code point bounds. */
type Range = [number, number];

/** A web font file and the characters it serves, as declared by a built `@font-face` rule. */
export interface FontFace {
  url: string;
  ranges: Range[];
}

/**
 * The common font file (src/lib/site-fonts.ts) is preloaded on every page (BaseHead). The
 * files of rare letters (`source-sans-3-latin-ext…`, `…-vietnamese…`) are needed only where
 * a name such as Łukasz, Şahin or Nguyễn appears; without a preload the browser would
 * discover such a file late, after the CSS and the text layout, and swap fonts visibly. So
 * each page whose text uses one gets its preload, as the page is rendered (page-pipeline.ts:
 * the page is written once, final, and a page reused by the incremental build keeps it).
 */
export interface FontPreloader {
  /** The page with a preload for each rare-letter font its text needs. */
  apply(html: string): string;
  /** How many pages got such a preload. */
  readonly count: number;
}

/** The common face's file, as Vite names it: `source-sans-3-common.<hash>.woff2`. */
const COMMON_FILE = /\/source-sans-3-common\.[\w-]+\.woff2$/;

/**
 * A preloader for the pages of a build. The `@font-face` rules come from the built CSS files
 * in `outDir/_astro/` (read on first use) or, since the site inlines its stylesheet into
 * every page (astro.config.mjs), from the first page that carries them.
 */
export function fontPreloader(outDir: string): FontPreloader {
  let faces: { rare: FontFace[]; common: FontFace; mayNeed: RegExp } | undefined;
  let filesRead = false;
  let count = 0;
  const learn = (built: FontFace[]) => {
    const common = built.find((face) => COMMON_FILE.test(face.url));
    const rare = built.filter((face) => face !== common);
    faces = common ? { common, rare, mayNeed: rareLetterPattern(rare, common) } : undefined;
  };
  return {
    apply(html) {
      if (!filesRead) {
        filesRead = true;
        learn(builtFontFaces(outDir));
      }
      if (faces === undefined) learn(inlineFontFaces(html));
      if (!faces || faces.rare.length === 0) return html;
      // Most pages have no rare letter at all: one scan of the raw page tells, before the
      // visible text is cut out and decoded (some 1.6 ms a page, 13,000 pages at 10,000 posts).
      if (!faces.mayNeed.test(html)) return html;
      const updated = addPreloads(html, faces.rare, faces.common);
      if (updated !== html) count += 1;
      return updated;
    },
    get count() {
      return count;
    },
  };
}

/** The `@font-face` rules with a unicode range in a stylesheet. */
export function fontFacesIn(css: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const block of css.match(/@font-face\s*\{[^}]*\}/g) ?? []) {
    const url = block.match(/url\(\s*['"]?([^'")]+)['"]?\s*\)/)?.[1];
    const range = block.match(/unicode-range:\s*([^;}]+)/)?.[1];
    if (url && range) faces.push({ url, ranges: parseUnicodeRange(range) });
  }
  return faces;
}

/** The `@font-face` rules with a unicode range in the built CSS files. */
export function builtFontFaces(outDir: string): FontFace[] {
  const assets = path.join(outDir, '_astro');
  if (!existsSync(assets)) return [];
  return readdirSync(assets)
    .filter((name) => name.endsWith('.css'))
    .flatMap((file) => fontFacesIn(readFileSync(path.join(assets, file), 'utf8')));
}

/** The `@font-face` rules with a unicode range in a page's own `<style>` elements. */
export function inlineFontFaces(html: string): FontFace[] {
  const head = html.slice(0, Math.max(0, html.search(/<\/head>/i)));
  return [...head.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].flatMap((match) => fontFacesIn(match[1] ?? ''));
}

/** `U+0100-02BA,U+2020` → `[[0x100, 0x2ba], [0x2020, 0x2020]]`. */
export function parseUnicodeRange(text: string): Range[] {
  return text
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [start = '0', end = start] = part.split('-');
      return [Number.parseInt(start, 16), Number.parseInt(end, 16)];
    });
}

/** Longest range whose characters `rareLetterPattern` lists one by one; longer ones go in whole. */
const LIST_LIMIT = 0x3000;

/**
 * A pattern that finds, in a raw page, anything that may make it need one of the `rare`
 * faces: a character a rare face serves and `common` does not, or a numeric character
 * reference of three or more digits (which could decode to one). No match: no preload is
 * needed; a match only means the page is read properly (`addPreloads`).
 */
export function rareLetterPattern(rare: readonly FontFace[], common: FontFace): RegExp {
  const codes: Range[] = [];
  for (const [start, end] of rare.flatMap((face) => face.ranges)) {
    if (end - start > LIST_LIMIT) {
      codes.push([Math.max(start, 0x100), end]);
      continue;
    }
    for (let code = Math.max(start, 0x100); code <= end; code++) {
      if (covers(common.ranges, code)) continue;
      const last = codes.at(-1);
      if (last && last[1] === code - 1) last[1] = code;
      else codes.push([code, code]);
    }
  }
  const hex = (code: number) => `\\u{${code.toString(16)}}`;
  const set = codes.map(([start, end]) => (start === end ? hex(start) : `${hex(start)}-${hex(end)}`)).join('');
  // No `i` flag: case folding would let a listed letter match its ASCII kin (ſ and s).
  return new RegExp(`${set ? `[${set}]|` : ''}&#(?:[xX][\\da-fA-F]{3,}|\\d{3,});`, 'u');
}

const covers = (ranges: Range[], code: number) => ranges.some(([start, end]) => code >= start && code <= end);

/** The text a visitor sees in the body: no tags, scripts, styles or attribute values. */
export function visibleText(html: string): string {
  const start = html.search(/<body[\s>]/i);
  const body = start >= 0 ? html.slice(start) : html;
  return decodeEntities(body.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' '));
}

/** Whether the text has a character that `face` serves and `base` does not. */
export function needsFace(text: string, face: FontFace, base: FontFace): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x100) continue;
    if (covers(face.ranges, code) && !covers(base.ranges, code)) return true;
  }
  return false;
}

/** The page with a preload for each of the `rare` faces its text needs, after the common face's preload. */
export function addPreloads(html: string, rare: readonly FontFace[], common: FontFace): string {
  const text = visibleText(html);
  const links = rare
    .filter((face) => !html.includes(`href="${face.url}"`) && needsFace(text, face, common))
    .map((face) => `<link rel="preload" href="${face.url}" as="font" type="font/woff2" crossorigin>`)
    .join('');
  if (!links) return html;
  const commonLink = html.match(new RegExp(`<link[^>]*href="${escapeRegExp(common.url)}"[^>]*>`))?.[0];
  if (commonLink) return html.replace(commonLink, `${commonLink}${links}`);
  return html.replace(/<\/head>/i, `${links}</head>`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
