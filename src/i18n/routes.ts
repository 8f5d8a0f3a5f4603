import { DEFAULT_LANG, isLang, type Lang } from './index.ts';
import { paths } from '../lib/urls.ts';

/**
 * Where a page lives in each language. The default language (German) keeps its addresses;
 * another language puts the same address under its code: `/impressum/` → `/en/impressum/`.
 * German slugs under `/en/` keep one rule for every page, posts and jobs included (their ids
 * are shared between the versions): a reader, a redirect and the sitemap can always derive
 * one version's address from the other's, and no slug table can fall out of step.
 */

/** The address of a default-language page in `lang`: `localizedPath('/impressum/', 'en')` → `/en/impressum/`. */
export function localizedPath(path: string, lang: Lang): string {
  return lang === DEFAULT_LANG ? path : `/${lang}${path}`;
}

/** A page's language and its default-language address: `/en/impressum/` → `{ lang: 'en', base: '/impressum/' }`. */
export function pathLanguage(path: string): { lang: Lang; base: string } {
  const first = path.split('/')[1];
  if (first !== undefined && first !== DEFAULT_LANG && isLang(first)) return { lang: first, base: path.slice(first.length + 1) };
  return { lang: DEFAULT_LANG, base: path };
}

/**
 * Whether the page at a default-language address exists in `lang`. The site's pages without
 * translated entries answer through `STATIC_TRANSLATIONS`; entry pages (posts, jobs, …) plug
 * in by passing a function that also asks the data layer which entries have that language.
 */
export type HasTranslation = (base: string, lang: Lang) => boolean;

/**
 * Default-language pages that every further language of the site has (the accessibility
 * statement where the German one exists, i.e. where site.yaml has `accessibility:`).
 */
export const TRANSLATED_PAGES: ReadonlySet<string> = new Set([
  paths.home(),
  paths.blog(),
  paths.imprint(),
  paths.privacy(),
  paths.accessibility(),
  paths.search(),
  paths.channels(),
  paths.careers(),
  paths.people(),
  paths.teams(),
  paths.videos(),
]);

/**
 * Groups of default-language pages that every further language has, by their address's
 * beginning: the job filter's selections, since a further language lists every open job
 * (German where untranslated) and so has exactly the German selections.
 */
const TRANSLATED_PREFIXES: readonly string[] = [
  // `/karriere/auswahl/`: the address of a selection with one empty segment, without that segment.
  paths.jobFilter(['']).slice(0, -1),
];

export const STATIC_TRANSLATIONS: HasTranslation = (base) =>
  TRANSLATED_PAGES.has(base) || TRANSLATED_PREFIXES.some((prefix) => base.startsWith(prefix));

/** One `<link rel="alternate" hreflang>`: a language code (or `x-default`) and a site path. */
export interface Alternate {
  hreflang: Lang | 'x-default';
  path: string;
}

/**
 * The language versions of a page, for `hreflang` links: every language of the site the page
 * exists in, and `x-default` for the default language's version. The same list on every
 * version, so the links are reciprocal. Empty when the page exists in one language only.
 */
export function alternates(path: string, languages: readonly Lang[], has: HasTranslation = STATIC_TRANSLATIONS): Alternate[] {
  const { base } = pathLanguage(path);
  const versions = languages.filter((lang) => lang === DEFAULT_LANG || has(base, lang));
  if (versions.length < 2) return [];
  return [
    ...versions.map((lang) => ({ hreflang: lang, path: localizedPath(base, lang) })),
    { hreflang: 'x-default', path: localizedPath(base, DEFAULT_LANG) },
  ];
}

/** The `id` of the notice a language's home shows when the switcher found no translation. */
export const UNTRANSLATED_ANCHOR = 'nicht-uebersetzt';

/**
 * Where the language switcher on `path` leads to for `lang`: the page's own version in that
 * language, or that language's home with its "only in German" notice (a fragment, so the
 * notice shows without JavaScript).
 */
export function switchTarget(
  path: string,
  lang: Lang,
  languages: readonly Lang[],
  has: HasTranslation = STATIC_TRANSLATIONS,
): { path: string; translated: boolean } {
  const found = alternates(path, languages, has).find((alternate) => alternate.hreflang === lang);
  if (found) return { path: found.path, translated: true };
  return { path: `${localizedPath(paths.home(), lang)}#${UNTRANSLATED_ANCHOR}`, translated: false };
}
