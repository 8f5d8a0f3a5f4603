import type { CheerioAPI } from 'cheerio';
import { de, type UiKey } from '../../src/i18n/de.ts';
import { phrase } from '../../src/i18n/index.ts';

/**
 * German UI strings that read differently in English, long enough not to be a name or a
 * shared word (`Blog`, `Team`), cut at their placeholders into the parts a page prints
 * verbatim: what an English page must not contain.
 */
export const GERMAN_PARTS = (Object.keys(de) as UiKey[]).flatMap((key) => {
  const german = phrase(key, 'Sie', 'de');
  if (german === phrase(key, 'Sie', 'en') || german.split(/\s+/).length < 4) return [];
  return german
    .split(/\{\w+\}/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 15)
    .map((part) => ({ key, part }));
});

/** The visible text and the labels of a page's body, without what is marked as German (entries' titles). */
export function pageText($: CheerioAPI): string {
  const body = $('body').clone();
  body.find('script, style, [lang="de"]').remove();
  const labels = body
    .find('[aria-label], [title], [alt], [placeholder]')
    .toArray()
    .flatMap((node) => ['aria-label', 'title', 'alt', 'placeholder'].map((name) => $(node).attr(name) ?? ''));
  return `${body.text()} ${labels.join(' ')} ${$('head title').text()} ${$('meta[name="description"]').attr('content') ?? ''}`.replace(
    /\s+/g,
    ' ',
  );
}

/** The German UI strings (as `key: part`) on a page. */
export const germanUiStrings = ($: CheerioAPI): string[] => {
  const text = pageText($);
  return GERMAN_PARTS.filter(({ part }) => text.includes(part)).map(({ key, part }) => `${key}: ${part}`);
};

/** The site address of the fixtures the English tests build (tests/fixtures/basic's `baseUrl`). */
export const FIXTURE_BASE = 'https://karriere.testwerk.example';

/** A site path of a link: absolute URLs of the site and fragments stripped. */
export const sitePath = (href: string): string => new URL(href, FIXTURE_BASE).pathname;

/** A reader of built pages by address (`page('/en/')`) that names a page that was not built. */
export const pageReader =
  (pages: () => Map<string, CheerioAPI>) =>
  (url: string): CheerioAPI => {
    const found = pages().get(url);
    if (!found) throw new Error(`page ${url} was not built`);
    return found;
  };

/** The `hreflang` alternates of a page, as `hreflang → path`. */
export function hreflangAlternates($: CheerioAPI): Record<string, string> {
  return Object.fromEntries(
    $('head link[rel="alternate"][hreflang]')
      .toArray()
      .map((link) => [$(link).attr('hreflang') ?? '', sitePath($(link).attr('href') ?? '')]),
  );
}
