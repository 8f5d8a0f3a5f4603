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
 * The Latin font file is preloaded on every page (BaseHead). The Latin Extended file is
 * needed only where a name such as Łukasz or Şahin appears; without a preload the browser
 * would discover it late, after the CSS and the text layout, and swap fonts visibly. So
 * each page whose text uses it gets its preload, as the page is rendered (page-pipeline.ts:
 * the page is written once, final, and a page reused by the incremental build keeps it).
 */
export interface FontPreloader {
  /** The page with the Latin Extended preload if its text needs it. */
  apply(html: string): string;
  /** How many pages got the preload. */
  readonly count: number;
}

/** A preloader for the pages of a build whose CSS is in `outDir/_astro/` (read on first use). */
export function fontPreloader(outDir: string): FontPreloader {
  let faces: { extended: FontFace; latin: FontFace } | null | undefined;
  let count = 0;
  return {
    apply(html) {
      if (faces === undefined) {
        const built = builtFontFaces(outDir);
        const extended = built.find((face) => face.url.includes('-latin-ext-'));
        const latin = built.find((face) => face.url.includes('-latin-') && face !== extended);
        faces = extended && latin ? { extended, latin } : null;
      }
      if (!faces) return html;
      const updated = addPreload(html, faces.extended, faces.latin);
      if (updated !== html) count += 1;
      return updated;
    },
    get count() {
      return count;
    },
  };
}

/** The `@font-face` rules with a unicode range in the built CSS files. */
export function builtFontFaces(outDir: string): FontFace[] {
  const assets = path.join(outDir, '_astro');
  const faces: FontFace[] = [];
  if (!existsSync(assets)) return faces;
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.css'))) {
    const css = readFileSync(path.join(assets, file), 'utf8');
    for (const block of css.match(/@font-face\s*\{[^}]*\}/g) ?? []) {
      const url = block.match(/url\(\s*['"]?([^'")]+)['"]?\s*\)/)?.[1];
      const range = block.match(/unicode-range:\s*([^;}]+)/)?.[1];
      if (url && range) faces.push({ url, ranges: parseUnicodeRange(range) });
    }
  }
  return faces;
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

const covers = (ranges: Range[], code: number) => ranges.some(([start, end]) => code >= start && code <= end);

/** The text a visitor sees in the body: no tags, scripts, styles or attribute values. */
export function visibleText(html: string): string {
  const start = html.search(/<body[\s>]/i);
  const body = start >= 0 ? html.slice(start) : html;
  return decodeEntities(body.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' '));
}

/** Whether the text has a character the extended face serves and the Latin face does not. */
export function needsFace(text: string, face: FontFace, base: FontFace): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x100) continue;
    if (covers(face.ranges, code) && !covers(base.ranges, code)) return true;
  }
  return false;
}

/** The page with a preload for the extended face after the Latin preload, if its text needs it. */
export function addPreload(html: string, extended: FontFace, latin: FontFace): string {
  if (html.includes(`href="${extended.url}"`) || !needsFace(visibleText(html), extended, latin)) return html;
  const link = `<link rel="preload" href="${extended.url}" as="font" type="font/woff2" crossorigin>`;
  const latinLink = html.match(new RegExp(`<link[^>]*href="${escapeRegExp(latin.url)}"[^>]*>`))?.[0];
  if (latinLink) return html.replace(latinLink, `${latinLink}${link}`);
  return html.replace(/<\/head>/i, `${link}</head>`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
