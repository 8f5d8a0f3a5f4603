import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseUnicodeRange } from '../../src/integrations/font-preload.ts';
import { demoSite } from '../helpers/demo.ts';
import { listFiles } from '../helpers/site.ts';
import { servedFonts } from '../helpers/served-fonts.ts';

/**
 * Page-weight budgets over every page of the demo build, for a candidate on a phone on
 * a slow connection:
 * - the critical path (the HTML plus its render-blocking CSS, gzip-compressed as nginx
 *   sends it) fits in 14,600 bytes, the first TCP round trip (10 segments of 1,460 bytes);
 * - client JavaScript only on pages with a feature that needs it (video notice and its
 *   consent switch, job filter, search, theme toggle, gallery, copy link), and then at most 10 KB
 *   compressed (Pagefind's own files load later, when a visitor searches);
 * - images responsive: AVIF or WebP (or SVG), `srcset`, width and height set;
 * - the common font preloaded everywhere, a rare-letter font (src/lib/site-fonts.ts) exactly
 *   where the page's text needs it.
 * - everything a page loads before its content pictures (HTML, CSS and JavaScript
 *   compressed, fonts as served) within 45 KB.
 */
const CRITICAL_PATH_BYTES = 14_600;
const JS_BYTES = 10 * 1024;
const PAGE_BYTES = 45 * 1024;

/** Elements that mark a feature allowed to ship JavaScript. */
const FEATURES: Record<string, string> = {
  search: '[data-search-form]',
  'video notice': '[data-video-player]',
  // The Datenschutz page's switch to withdraw "always load YouTube videos".
  'video consent': '[data-video-consent]',
  'job filter': '[data-job-filters]',
  'theme toggle': '[data-theme-toggle]',
  // <Galerie> in a post: the full-size view in a dialog (src/components/mdx/Galerie.astro).
  gallery: '[data-galerie]',
  // "Copy link" beside the share links on posts, jobs and videos (src/components/share/).
  share: '[data-share]',
};

const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 6 }).length;

interface Page {
  file: string;
  $: CheerioAPI;
  html: string;
}

let outDir: string;
let pages: Page[];
const asset = (url: string) => readFileSync(path.join(outDir, decodeURI(url.split(/[?#]/)[0]!)));

beforeAll(() => {
  outDir = demoSite();
  pages = listFiles(outDir)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => {
      const html = readFileSync(path.join(outDir, file), 'utf8');
      return { file, html, $: load(html) };
    });
}, 900_000);

/** Render-blocking stylesheets: `<link rel="stylesheet">` without a non-screen media query. */
function blockingCss($: CheerioAPI): string[] {
  return $('link[rel~="stylesheet"]')
    .filter((_, link) => !/^(print|not all)$/i.test($(link).attr('media') ?? ''))
    .map((_, link) => $(link).attr('href') ?? '')
    .get();
}

/** A script and every module it imports statically, as same-site URLs (dynamic `import()` is left out). */
function moduleGraph(code: string, seen: Set<string>): void {
  for (const match of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g)) {
    const url = match[1]!.startsWith('/') ? match[1]! : `/_astro/${path.posix.basename(match[1]!)}`;
    if (seen.has(url)) continue;
    seen.add(url);
    moduleGraph(asset(url).toString('utf8'), seen);
  }
}

/** Compressed bytes of the JavaScript a page runs on load: inline scripts, external scripts and their imports. */
function pageJavaScript($: CheerioAPI): { bytes: number; sources: string[] } {
  let bytes = 0;
  const sources: string[] = [];
  const files = new Set<string>();
  $('script').each((_, element) => {
    const type = ($(element).attr('type') ?? '').toLowerCase();
    if (type !== '' && type !== 'module' && type !== 'text/javascript') return; // JSON-LD and other data blocks
    const src = $(element).attr('src');
    if (src) {
      files.add(src);
      moduleGraph(asset(src).toString('utf8'), files);
    } else {
      const code = $(element).html() ?? '';
      bytes += gzipSize(code);
      sources.push(`inline (${code.length} bytes)`);
      moduleGraph(code, files);
    }
  });
  $('link[rel="modulepreload"]').each((_, link) => void files.add($(link).attr('href') ?? ''));
  for (const file of files) {
    bytes += gzipSize(asset(file));
    sources.push(file);
  }
  return { bytes, sources };
}

/** A page's bytes by part: HTML, CSS and JavaScript as nginx sends them (gzip), fonts as served. */
interface Weight {
  HTML: number;
  CSS: number;
  JS: number;
  fonts: number;
  fontFiles: string[];
}

/** Every stylesheet a page loads (print ones too: browsers fetch them), and its inline styles. */
function stylesheets(file: string, $: CheerioAPI): { url: string; css: string }[] {
  const linked = $('link[rel~="stylesheet"]')
    .map((_, link) => $(link).attr('href') ?? '')
    .get()
    .map((url) => ({ url, css: asset(url).toString('utf8') }));
  const inline = $('style')
    .map((_, style) => ({ url: `/${file}`, css: $(style).html() ?? '' }))
    .get();
  return [...linked, ...inline];
}

/** A page's weight; its inline styles count as HTML. */
function pageWeight({ file, html, $ }: Page): Weight {
  const sheets = stylesheets(file, $);
  const linked = sheets.filter((sheet) => sheet.url !== `/${file}`);
  const fontFiles = servedFonts($, sheets).map((font) => font.url);
  return {
    HTML: gzipSize(html),
    CSS: linked.reduce((sum, sheet) => sum + gzipSize(sheet.css), 0),
    JS: pageJavaScript($).bytes,
    fonts: fontFiles.reduce((sum, url) => sum + asset(url).length, 0),
    fontFiles,
  };
}

const PARTS = ['HTML', 'CSS', 'JS', 'fonts'] as const;

/**
 * The failure line of a page over PAGE_BYTES, counting `parts`, with its parts largest
 * first, e.g. `index.html: 69,000 bytes, 22,920 over 46,080; fonts is the largest part: …`.
 */
function overBudget(file: string, weight: Weight, parts: readonly (typeof PARTS)[number][]): string | undefined {
  const total = parts.reduce((sum, part) => sum + weight[part], 0);
  if (total <= PAGE_BYTES) return undefined;
  const number = (bytes: number) => bytes.toLocaleString('en');
  const largestFirst = [...parts].sort((a, b) => weight[b] - weight[a]);
  const named = largestFirst.map((part) =>
    part === 'fonts' ? `fonts ${number(weight.fonts)} (${weight.fontFiles.join(', ')})` : `${part} ${number(weight[part])}`,
  );
  return `${file}: ${number(total)} bytes, ${number(total - PAGE_BYTES)} over ${number(PAGE_BYTES)}; ${largestFirst[0]} is the largest part: ${named.join(', ')}`;
}

describe(`page weight of every page of the demo build`, () => {
  it('builds enough pages to mean something', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it(`fits the critical path (HTML + render-blocking CSS, gzip) into ${CRITICAL_PATH_BYTES} bytes`, () => {
    const over: string[] = [];
    let largest = { file: '', bytes: 0 };
    for (const { file, html, $ } of pages) {
      const bytes = gzipSize(html) + blockingCss($).reduce((sum, href) => sum + gzipSize(asset(href)), 0);
      if (bytes > largest.bytes) largest = { file, bytes };
      if (bytes > CRITICAL_PATH_BYTES) over.push(`${file}: ${bytes} bytes`);
    }
    console.info(`largest critical path: ${largest.file} with ${largest.bytes} bytes`);
    expect(over).toEqual([]);
  });

  it(`keeps every page within ${PAGE_BYTES} bytes before its pictures, naming the page and its largest part`, () => {
    const over: string[] = [];
    let largest = { file: '', bytes: 0 };
    for (const page of pages) {
      const weight = pageWeight(page);
      const bytes = PARTS.reduce((sum, part) => sum + weight[part], 0);
      if (bytes > largest.bytes) largest = { file: page.file, bytes };
      const problem = overBudget(page.file, weight, PARTS);
      if (problem) over.push(problem);
    }
    console.info(`heaviest page before its pictures: ${largest.file} with ${largest.bytes} bytes`);
    expect(over).toEqual([]);
  });

  it('fails on a page over the budget with the page and the part', () => {
    const weight = { HTML: 7_000, CSS: 2_000, JS: 0, fonts: 60_000, fontFiles: ['/_astro/latin.woff2'] };
    expect(overBudget('index.html', weight, PARTS)).toBe(
      'index.html: 69,000 bytes, 22,920 over 46,080; fonts is the largest part: fonts 60,000 (/_astro/latin.woff2), HTML 7,000, CSS 2,000, JS 0',
    );
    expect(overBudget('index.html', { ...weight, fonts: 30_000 }, PARTS)).toBeUndefined();
  });

  it('ships JavaScript only with a feature that needs it, and at most 10 KB compressed', () => {
    const problems: string[] = [];
    for (const { file, $ } of pages) {
      const js = pageJavaScript($);
      if (js.bytes === 0) continue;
      const features = Object.entries(FEATURES).filter(([, selector]) => $(selector).length > 0);
      if (features.length === 0) problems.push(`${file}: JavaScript without a feature (${js.sources.join(', ')})`);
      if (js.bytes > JS_BYTES) problems.push(`${file}: ${js.bytes} bytes of JavaScript (${js.sources.join(', ')})`);
    }
    expect(problems).toEqual([]);
  });

  it('has no JavaScript at all on the plain pages (home, blog, imprint)', () => {
    for (const file of ['index.html', 'blog/index.html', 'impressum/index.html']) {
      const page = pages.find((candidate) => candidate.file === file);
      expect(page, file).toBeDefined();
      expect(pageJavaScript(page!.$).sources, file).toEqual([]);
    }
  });

  it('serves responsive images: AVIF/WebP or SVG, srcset for raster images, width and height set', () => {
    const problems: string[] = [];
    let count = 0;
    for (const { file, $ } of pages) {
      $('img').each((_, element) => {
        count += 1;
        const image = $(element);
        const src = image.attr('src') ?? '';
        const name = `${file}: ${src}`;
        if (!/^\d+$/.test(image.attr('width') ?? '') || !/^\d+$/.test(image.attr('height') ?? ''))
          problems.push(`${name} lacks width/height`);
        if (src.endsWith('.svg')) return;
        const modern =
          /\.(avif|webp)$/.test(src) ||
          image.parent('picture').find('source[type="image/avif"], source[type="image/webp"]').length > 0;
        if (!modern) problems.push(`${name} is not AVIF or WebP`);
        if (!image.attr('srcset') && image.parent('picture').find('source[srcset]').length === 0)
          problems.push(`${name} has no srcset`);
      });
      $('video[poster]').each((_, element) => {
        if (!/\.(avif|webp)$/.test($(element).attr('poster') ?? '')) problems.push(`${file}: video poster is not AVIF or WebP`);
      });
    }
    expect(count).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it('preloads the common font everywhere and a rare-letter font exactly where the text needs it', () => {
    const problems: string[] = [];
    for (const { file, $ } of pages) {
      const faces = stylesheets(file, $).flatMap(({ css }) =>
        (css.match(/@font-face\s*\{[^}]*\}/g) ?? []).map((block) => ({
          url: block.match(/url\(\s*["']?([^"')]+\.woff2)/)?.[1] ?? '',
          ranges: parseUnicodeRange(block.match(/unicode-range:\s*([^;}]+)/)?.[1] ?? ''),
        })),
      );
      const fontUrls = new Set(faces.map((face) => face.url));
      const preloads = $('link[rel~="preload"][as="font"]')
        .map((_, link) => $(link).attr('href') ?? '')
        .get();
      if (!preloads.some((href) => /\/source-sans-3-common\.[\w-]+\.woff2$/.test(href)))
        problems.push(`${file}: common font not preloaded`);
      for (const href of preloads)
        if (!fontUrls.has(href)) problems.push(`${file}: preloads ${href}, which its CSS does not use`);
      const body = $('body').clone();
      body.find('script, style, template').remove();
      const text = [...new Set(body.text())].map((char) => char.codePointAt(0) ?? 0);
      for (const face of faces.filter((face) => !face.url.includes('/source-sans-3-common.'))) {
        const needs = text.some((code) => face.ranges.some(([start, end]) => code >= start && code <= end));
        const preloaded = preloads.includes(face.url);
        if (needs && !preloaded) problems.push(`${file}: uses letters of ${face.url} but does not preload it`);
        if (!needs && preloaded) problems.push(`${file}: preloads ${face.url} without needing it`);
      }
    }
    expect(problems).toEqual([]);
  });
});
