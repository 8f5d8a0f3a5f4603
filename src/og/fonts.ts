import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readFontMetrics, type FontMetrics } from './metrics.ts';

/**
 * The card fonts: Source Sans 3 from the `@fontsource/source-sans-3` package, static
 * WOFF files (satori reads WOFF, TTF and OTF, not WOFF2). The site's own subsets are
 * split by script, so Latin Extended (Şahin, Łukasz, ẞ) and Vietnamese (Nguyễn) are
 * separate files; each is registered as its own family and listed in order, because
 * satori keeps only one font per family, weight and style.
 */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'cyrillic', 'cyrillic-ext'] as const;
export const FONT_WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

export interface CardFont {
  name: string;
  weight: FontWeight;
  file: string;
}

/** The CSS `fontFamily` value that makes satori try the subsets in order. */
export const FONT_FAMILY = FONT_SUBSETS.map((subset) => `'Source Sans 3 ${subset}'`).join(', ');

/** The font files, resolved from the project root (build chunks may live outside it). */
export function cardFonts(root: string): CardFont[] {
  const packageJson = createRequire(path.join(root, 'package.json')).resolve('@fontsource/source-sans-3/package.json');
  const files = path.join(path.dirname(packageJson), 'files');
  return FONT_SUBSETS.flatMap((subset) =>
    FONT_WEIGHTS.map((weight) => ({
      name: `Source Sans 3 ${subset}`,
      weight,
      file: path.join(files, `source-sans-3-${subset}-${weight}-normal.woff`),
    })),
  );
}

export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
}

export interface LoadedFonts {
  /** All fonts, for satori's `fonts` option. */
  satori: SatoriFont[];
  /**
   * Only the subsets a text needs (Latin always): satori's time grows with every font it
   * may fall back to. The same array for the same subsets, so satori's font cache holds.
   */
  satoriFor(text: string): SatoriFont[];
  /** Per weight, the subsets' files in fallback order (for the glyph painter). */
  files: Map<FontWeight, Buffer[]>;
  /** Per weight, the subsets' metrics in fallback order. */
  metrics: Map<FontWeight, FontMetrics[]>;
}

let loaded: LoadedFonts | undefined;

/** Reads and parses the fonts once per process (each worker thread is its own process for this). */
export function loadFonts(root: string): LoadedFonts {
  if (loaded) return loaded;
  const fonts = cardFonts(root).map((font) => ({ ...font, data: readFileSync(font.file) }));
  const metrics = new Map<FontWeight, FontMetrics[]>();
  const files = new Map<FontWeight, Buffer[]>();
  for (const font of fonts) {
    files.set(font.weight, [...(files.get(font.weight) ?? []), font.data]);
    const list = metrics.get(font.weight) ?? [];
    list.push(readFontMetrics(font.data));
    metrics.set(font.weight, list);
  }
  const satori = fonts.map((font) => ({ name: font.name, data: font.data, weight: font.weight, style: 'normal' as const }));
  const coverage = metrics.get(400) ?? [];
  const chosen = new Map<string, SatoriFont[]>();
  const satoriFor = (text: string): SatoriFont[] => {
    const needed = new Set([FONT_SUBSETS[0] as string]);
    for (const char of new Set(text)) {
      const index = coverage.findIndex((font) => font.advances.has(char.codePointAt(0) ?? 0));
      if (index > 0) needed.add(FONT_SUBSETS[index] as string);
    }
    const key = [...needed].sort().join(',');
    let list = chosen.get(key);
    if (!list) {
      list = satori.filter((font) => [...needed].some((subset) => font.name === `Source Sans 3 ${subset}`));
      chosen.set(key, list);
    }
    return list;
  };
  loaded = { satori, satoriFor, files, metrics };
  return loaded;
}
