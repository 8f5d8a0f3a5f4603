import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { fontFaces, parseUnicodeRange, servedFonts, shownText } from '../helpers/served-fonts.ts';

describe('the font files a page fetches', () => {
  const sheet = `
    @font-face{font-family:"Brand";src:url(./brand-ext.woff2) format("woff2");unicode-range:U+0100-024F,U+0304}
    @font-face{font-family:Brand;src:url('./brand-latin.woff2') format('woff2');unicode-range:U+0000-00FF,U+0304,U+2000-206F}
    @font-face{font-family:Brand;font-style:italic;src:url(./brand-italic.woff2);unicode-range:U+0000-00FF}
    @font-face{font-family:Unused;src:url(./unused.woff2)}
    body{font-family:Brand,sans-serif}.crumb:before{content:"\\203a"}`;
  const stylesheets = [{ url: '/_astro/site.css', css: sheet }];
  const page = (body: string, head = '') => load(`<html><head>${head}</head><body>${body}</body></html>`);

  it('reads unicode-range lists and wildcards', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131, u+4??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
    expect(fontFaces(sheet, '/_astro/site.css').map((face) => face.url)).toEqual([
      '/_astro/brand-ext.woff2',
      '/_astro/brand-latin.woff2',
      '/_astro/brand-italic.woff2',
      '/_astro/unused.woff2',
    ]);
  });

  it('fetches only the faces whose range the text uses, of families the CSS uses', () => {
    expect(servedFonts(page('<p>Guten Tag</p>'), stylesheets)).toEqual([{ url: '/_astro/brand-latin.woff2', reason: 'text' }]);
    expect(servedFonts(page('<p>Łukasz Şahin</p>'), stylesheets).map((font) => font.url)).toEqual([
      '/_astro/brand-ext.woff2',
      '/_astro/brand-latin.woff2',
    ]);
    // U+0304 is in both ranges: the face declared last is the one the browser takes.
    expect(servedFonts(page('a\u0304'), stylesheets).map((font) => font.url)).toEqual(['/_astro/brand-latin.woff2']);
    // Text in scripts and templates is not shown.
    expect(servedFonts(page('<p>a</p><script>"Ł"</script><template>Ł</template>'), stylesheets)).toHaveLength(1);
  });

  it('counts italic faces only with italic text, and preloads always', () => {
    expect(servedFonts(page('<p>ein <em>Wort</em></p>'), stylesheets).map((font) => font.url)).toContain(
      '/_astro/brand-italic.woff2',
    );
    const preloaded = page('<p>a</p>', '<link rel="preload" as="font" href="/_astro/unused.woff2" crossorigin>');
    expect(servedFonts(preloaded, stylesheets)).toEqual([
      { url: '/_astro/unused.woff2', reason: 'preload' },
      { url: '/_astro/brand-latin.woff2', reason: 'text' },
    ]);
  });

  it('counts placeholders and generated content as shown text', () => {
    const text = shownText(page('<input placeholder="Suchen…">'), sheet);
    expect(text).toContain('Suchen…');
    expect(text).toContain('›');
  });
});
