import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtFontFaces, inlineFontFaces, visibleText, type FontFace } from '../../src/integrations/font-preload.ts';
import { decodeWoff2, fontCodePoints } from '../../src/lib/font-subset.ts';
import { readBuildEnv } from '../../src/lib/build-env.ts';
import { FONT_SOURCES } from '../../src/lib/site-fonts.ts';
import { fontsFixture, RARE_NAMES, RARE_POST } from '../helpers/fonts-fixture.ts';
import { buildSiteOrThrow, listFiles, ROOT, tempDir, type BuildResult } from '../helpers/site.ts';

/**
 * The site's fonts, cut at build time (src/lib/site-fonts.ts), on the fonts fixture (the
 * basic fixture plus a post naming Deniz Şahin, Łukasz Nowak and Thu Trang Nguyễn):
 * - the fonts a page's stylesheet declares have a glyph for every character of its text
 *   that Source Sans 3 has at all, read from the built font files themselves;
 * - each `unicode-range` names only characters its file has;
 * - the common file is preloaded everywhere; a rare-letter file only, and always, on the
 *   pages whose text uses it, and no other page has a character of it (so never fetches it);
 * - an unchanged rebuild cuts nothing (the log line), a new rare letter cuts only its file,
 *   and the cache keeps only the cuts in use.
 */

const SPACE = /\s/u;
const SOURCE_DIR = path.join(ROOT, 'node_modules', '@fontsource-variable', 'source-sans-3', 'files');

interface BuiltFont {
  face: FontFace;
  file: string;
  bytes: number;
  glyphs: Set<number>;
}

let content: string;
let outDir: string;
let cold: BuildResult;
let fonts: BuiltFont[];
let pages: Array<{ file: string; html: string; text: string }>;
/** Every character any of fontsource's Source Sans 3 files has. */
let sourceGlyphs: Set<number>;

const inFace = (face: FontFace, code: number) => face.ranges.some(([start, end]) => code >= start && code <= end);
/** The `@font-face` rules of a build: inlined into every page (astro.config.mjs), or in CSS files. */
const declaredFaces = (dir: string) => [
  ...builtFontFaces(dir),
  ...inlineFontFaces(readFileSync(path.join(dir, 'index.html'), 'utf8')),
];
const subsetLine = (result: BuildResult) => result.stdout.match(/Fonts: .*subset anew: (\d+)/)?.[1];

beforeAll(async () => {
  content = fontsFixture();
  outDir = path.join(tempDir('fonts'), 'dist');
  cold = buildSiteOrThrow(content, outDir);
  fonts = await Promise.all(
    declaredFaces(outDir).map(async (face) => {
      const file = path.join(outDir, decodeURI(face.url));
      const data = readFileSync(file);
      return { face, file, bytes: data.length, glyphs: new Set(await fontCodePoints(await decodeWoff2(data))) };
    }),
  );
  sourceGlyphs = new Set();
  for (const source of FONT_SOURCES) {
    const data = readFileSync(path.join(SOURCE_DIR, `source-sans-3-${source}-wght-normal.woff2`));
    for (const code of await fontCodePoints(await decodeWoff2(data))) sourceGlyphs.add(code);
  }
  pages = listFiles(outDir)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => {
      const html = readFileSync(path.join(outDir, file), 'utf8');
      return { file, html, text: visibleText(html) };
    });
}, 300_000);

describe('site fonts', () => {
  it('serves a common file and one file per script of the rare letters, all WOFF2 and smaller than the originals', () => {
    const names = fonts.map((font) => path.basename(font.file).replace(/\.[\w-]+\.woff2$/, ''));
    expect(names.sort()).toEqual(['source-sans-3-common', 'source-sans-3-latin-ext', 'source-sans-3-vietnamese']);
    for (const font of fonts) expect(readFileSync(font.file).toString('latin1', 0, 4), font.file).toBe('wOF2');
    const common = fonts.find((font) => font.file.includes('-common.'));
    expect(common!.bytes).toBeLessThan(
      readFileSync(path.join(SOURCE_DIR, 'source-sans-3-latin-wght-normal.woff2')).length * 0.75,
    );
  });

  it('declares for each file only characters it has a glyph for, each in exactly one file', () => {
    const problems: string[] = [];
    const owner = new Map<number, string>();
    for (const font of fonts) {
      for (const [start, end] of font.face.ranges) {
        for (let code = start; code <= end; code++) {
          if (!font.glyphs.has(code)) problems.push(`${font.face.url}: no glyph for U+${code.toString(16)}`);
          if (owner.has(code)) problems.push(`U+${code.toString(16)} in ${owner.get(code)} and ${font.face.url}`);
          owner.set(code, font.face.url);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has a glyph in the served fonts for every character of every page that Source Sans 3 has', () => {
    const missing = new Map<string, string>();
    for (const { file, text } of pages) {
      for (const char of new Set(text)) {
        const code = char.codePointAt(0) ?? 0;
        if (SPACE.test(char) || !sourceGlyphs.has(code)) continue;
        if (!fonts.some((font) => inFace(font.face, code) && font.glyphs.has(code))) missing.set(char, file);
      }
    }
    expect([...missing].map(([char, file]) => `${char} (U+${char.codePointAt(0)?.toString(16)}) on ${file}`)).toEqual([]);
    // The fixture's rare letters are among them.
    const post = pages.find((page) => page.file === `blog/${RARE_POST}/index.html`);
    for (const name of RARE_NAMES) expect(post?.text).toContain(name);
  });

  it('preloads the common file on every page and a rare-letter file exactly where the text uses it', () => {
    const common = fonts.find((font) => font.file.includes('-common.'))!;
    const rare = fonts.filter((font) => font !== common);
    const problems: string[] = [];
    let withRare = 0;
    for (const { file, html, text } of pages) {
      if (!html.includes('<head')) continue;
      if (!html.includes(`<link rel="preload" href="${common.face.url}"`)) problems.push(`${file}: common font not preloaded`);
      for (const font of rare) {
        const uses = [...text].some((char) => inFace(font.face, char.codePointAt(0) ?? 0));
        const preloads = html.includes(`href="${font.face.url}"`);
        if (uses !== preloads)
          problems.push(
            `${file}: ${uses ? 'uses' : 'does not use'} ${font.face.url} but ${preloads ? 'preloads' : 'does not preload'} it`,
          );
        if (uses) withRare += 1;
      }
    }
    expect(problems).toEqual([]);
    // The post with the three names uses both rare files; the other pages none.
    expect(withRare).toBe(2);
    expect(cold.stdout).toContain('Rare-letter fonts preloaded on 1 rendered pages');
  });

  it('cuts nothing again on an unchanged rebuild, and only the file a new letter belongs to', () => {
    expect(subsetLine(cold)).toBe('3');
    expect(subsetLine(buildSiteOrThrow(content, outDir))).toBe('0');
    const post = path.join(content, 'posts', `${RARE_POST}.mdx`);
    writeFileSync(post, readFileSync(post, 'utf8').replace('Deniz Şahin', 'Deniz Şahin, Ayşe Doğan'));
    expect(subsetLine(buildSiteOrThrow(content, outDir))).toBe('1');
    const extended = declaredFaces(outDir).find((face) => face.url.includes('-latin-ext.'));
    expect(extended && inFace(extended, 'ğ'.codePointAt(0) ?? 0)).toBe(true);
    // The cache keeps the cuts this content needs, not the replaced one.
    const cache = path.join(readBuildEnv(ROOT, { EINBLICK_CONTENT: content }).cacheDir, 'einblick-fonts');
    expect(readdirSync(cache).filter((name) => name.endsWith('.woff2'))).toHaveLength(3);
  });
});
