import type { CheerioAPI } from 'cheerio';

/**
 * The font files a browser fetches for a page: the ones it preloads, and the ones its
 * text makes the browser fetch: a face of a family the CSS uses, whose `unicode-range`
 * contains a character the page shows. Computed from the page's own CSS and text, so it
 * stays right whatever font files, subsets or ranges the site ships.
 *
 * Weights are not told apart: a static bold face counts like the regular one, as nearly
 * every page has headings and body text. Italic faces count where the page has italic
 * text (em, i, cite, … or a rule with `font-style: italic`).
 */

/** One `@font-face` rule. */
export interface FontFace {
  family: string;
  /** The first `url()` of its `src`, resolved against the stylesheet's URL. */
  url: string;
  /** Code point ranges, inclusive; the whole of Unicode without a `unicode-range`. */
  ranges: [number, number][];
  italic: boolean;
}

/** A font file the page fetches, and why. */
export interface ServedFont {
  url: string;
  reason: 'preload' | 'text';
}

const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, '$2');

/** `U+0000-00FF, U+0131, U+4??` as inclusive ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^u\+/i, ''))
    .filter((part) => part !== '')
    .map((part): [number, number] => {
      if (part.includes('?')) return [parseInt(part.replaceAll('?', '0'), 16), parseInt(part.replaceAll('?', 'F'), 16)];
      const [start, end = start] = part.split('-');
      return [parseInt(start!, 16), parseInt(end!, 16)];
    });
}

const declaration = (block: string, property: string) =>
  new RegExp(`(?:^|[;{\\s])${property}\\s*:\\s*([^;}]+)`, 'i').exec(block)?.[1]?.trim();

/** The `@font-face` rules of a stylesheet served at `cssUrl`. */
export function fontFaces(css: string, cssUrl: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const match of css.matchAll(/@font-face\s*\{([^}]*)\}/gi)) {
    const block = match[1]!;
    const family = declaration(block, 'font-family');
    const src = /url\(\s*(["']?)([^"')]+)\1\s*\)/i.exec(declaration(block, 'src') ?? '')?.[2];
    if (!family || !src) continue;
    const range = declaration(block, 'unicode-range');
    faces.push({
      family: unquote(family),
      url: new URL(src, new URL(cssUrl, 'https://site.invalid/')).pathname,
      ranges: range ? parseUnicodeRange(range) : [[0, 0x10ffff]],
      italic: /^(italic|oblique)/i.test(declaration(block, 'font-style') ?? ''),
    });
  }
  return faces;
}

/** The CSS outside its `@font-face` rules: where a family is used, not declared. */
const withoutFaces = (css: string) => css.replace(/@font-face\s*\{[^}]*\}/gi, '');

/** Text the page shows: its body text, placeholders, button values and CSS generated content. */
export function shownText($: CheerioAPI, css: string): string {
  const body = $('body').clone();
  body.find('script, style, template').remove();
  const attributes = $('[placeholder], input[value]')
    .map((_, element) => `${$(element).attr('placeholder') ?? ''} ${$(element).attr('value') ?? ''}`)
    .get();
  const generated = [...withoutFaces(css).matchAll(/content\s*:\s*(["'])(.*?)\1/g)].map((match) =>
    match[2]!.replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))),
  );
  return [body.text(), ...attributes, ...generated].join(' ');
}

/** Whether the page has italic text: elements italic by default or by a rule of its CSS. */
function hasItalic($: CheerioAPI, css: string): boolean {
  if ($('body :is(em, i, cite, dfn, var, address)').length > 0) return true;
  for (const match of withoutFaces(css).matchAll(/([^{}]+)\{[^}]*font-style\s*:\s*(?:italic|oblique)/gi)) {
    try {
      if ($(match[1]!.replace(/::?[\w-]+(\([^)]*\))?/g, '').trim() || '*').length > 0) return true;
    } catch {
      return true; // a selector cheerio cannot match: assume the worst
    }
  }
  return false;
}

/**
 * The font files a page fetches, each once: its `<link rel="preload" as="font">`s, then
 * the faces its text needs. `stylesheets` are the page's CSS (linked and inline) with the
 * URL each is served at, for resolving relative font URLs.
 */
export function servedFonts($: CheerioAPI, stylesheets: { url: string; css: string }[]): ServedFont[] {
  const served = new Map<string, ServedFont['reason']>();
  $('link[rel~="preload"][as="font"]').each((_, link) => {
    const href = $(link).attr('href');
    if (href) served.set(new URL(href, 'https://site.invalid/').pathname, 'preload');
  });
  const css = stylesheets.map((sheet) => sheet.css).join('\n');
  const used = withoutFaces(css);
  const italic = hasItalic($, css);
  const faces = stylesheets
    .flatMap((sheet) => fontFaces(sheet.css, sheet.url))
    .filter((face) => used.includes(face.family) && (!face.italic || italic));
  // Where ranges overlap, the browser tries the face declared last first, and stops there
  // when that face has the character: the earlier one is not fetched for it.
  const groups = Map.groupBy(faces, (face) => `${face.family}\0${face.italic}`);
  for (const point of new Set([...shownText($, css)].map((char) => char.codePointAt(0)!))) {
    for (const group of groups.values()) {
      const face = group.findLast(({ ranges }) => ranges.some(([start, end]) => point >= start && point <= end));
      if (face && !served.has(face.url)) served.set(face.url, 'text');
    }
  }
  return [...served].map(([url, reason]) => ({ url, reason }));
}
