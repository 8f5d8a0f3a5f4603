import { describe, expect, it } from 'vitest';
import { addCodePoints, fontFaceCss, SAFETY_SET, unicodeRange } from '../../src/lib/site-fonts.ts';

const chars = (text: string) => {
  const found = new Set<number>();
  addCodePoints(text, found);
  return [...found].map((code) => String.fromCodePoint(code)).sort();
};

describe('site font characters', () => {
  it('takes the letters beyond ASCII of a source, with entities and escapes decoded', () => {
    expect(chars('Łukasz und Deniz')).toEqual(['Ł']);
    expect(chars('Nguy&#x1EC5;n &amp; Ka&#351;')).toEqual(['ş', 'ễ']);
    expect(chars("t('Stra\\u00dfe', '\\u{1E9E}', '\\xe4')")).toEqual(['ß', 'ä', 'ẞ']);
  });

  it('keeps Basic Latin, German and common punctuation whatever the content says', () => {
    for (const char of 'AZaz09ÄÖÜäöüßẞ„“‚‘–—…·•€') expect(SAFETY_SET, char).toContain(char.codePointAt(0));
  });

  it('writes unicode ranges with runs joined', () => {
    expect(unicodeRange([0x41, 0x20, 0x21, 0x22, 0x1ec5, 0x42, 0x41])).toBe('U+20-22, U+41-42, U+1EC5');
  });

  it('declares the common face last, so it wins wherever ranges would overlap', () => {
    const css = fontFaceCss([
      { source: 'latin', file: 'source-sans-3-common.woff2', codePoints: [0x20, 0x21] },
      { source: 'vietnamese', file: 'source-sans-3-vietnamese.woff2', codePoints: [0x1ec5] },
    ]);
    expect(css.indexOf('vietnamese')).toBeLessThan(css.indexOf('common'));
    expect(css).toContain("src: url('./source-sans-3-vietnamese.woff2') format('woff2-variations');\n  unicode-range: U+1EC5;");
    expect(css).toContain("font-family: 'Source Sans 3 Variable'");
  });
});
