import type { AddressForm } from '../schemas/site.ts';
import { de, type Phrase, type UiKey } from './de.ts';
import { en } from './en.ts';

export type { UiKey } from './de.ts';

/**
 * The languages the site can speak, each with a complete dictionary. The first is the
 * default: its pages have unprefixed URLs; every other language lives under `/<lang>/`.
 * site.yaml's `languages` picks which of them a site builds.
 */
export const LANGUAGES = ['de', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG = 'de' satisfies Lang;

const dictionaries: Readonly<Record<Lang, Readonly<Record<UiKey, Phrase>>>> = { de, en };

/** BCP 47 tags for `Intl` formatting, JSON-LD and feeds: English pages use British English. */
export const LOCALES: Readonly<Record<Lang, string>> = { de: 'de-DE', en: 'en-GB' };
/** Open Graph's `og:locale` form of each language. */
export const OG_LOCALES: Readonly<Record<Lang, string>> = { de: 'de_DE', en: 'en_GB' };

/** The default language's tags, for code that has no page language (feeds, structured data). */
export const LANG: Lang = DEFAULT_LANG;
export const LOCALE = LOCALES[DEFAULT_LANG];
export const OG_LOCALE = OG_LOCALES[DEFAULT_LANG];

export const isLang = (value: unknown): value is Lang => (LANGUAGES as readonly unknown[]).includes(value);

/**
 * A page's language from `Astro.currentLocale` (astro.config.mjs configures Astro's i18n
 * routing from site.yaml). Anything else is a programming error, not a reason to fall back.
 */
export function langOf(locale: string | undefined): Lang {
  if (locale === undefined) return DEFAULT_LANG;
  if (!isLang(locale)) throw new Error(`No dictionary for the language "${locale}"; known: ${LANGUAGES.join(', ')}`);
  return locale;
}

/**
 * The site's form of address, `addressForm` in site.yaml: astro.config.mjs reads it with the
 * base URL and the build gets it as a compile-time constant, like `EINBLICK_PREVIEW`. Outside
 * a build (unit tests) it is `Sie`, the schema's default. English has one form.
 */
export const addressForm = (): AddressForm => (import.meta.env.EINBLICK_ADDRESS_FORM === 'du' ? 'du' : 'Sie');

/** A phrase in one form of address: the text itself, or its `du` or `Sie` version. */
export const inForm = (entry: Phrase, form: AddressForm): string => (typeof entry === 'string' ? entry : entry[form]);

/** A UI string in a given form of address and language, placeholders unfilled (for tests and tools). */
export function phrase(key: UiKey, form: AddressForm, lang: Lang = DEFAULT_LANG): string {
  return inForm(dictionaries[lang][key], form);
}

/** A UI string in the site's form of address, with `{name}` placeholders filled. */
export function t(key: UiKey, params: Record<string, string | number> = {}, lang: Lang = DEFAULT_LANG): string {
  const template = phrase(key, addressForm(), lang);
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/**
 * A UI string cut around one placeholder, the others filled: `['More videos from ', '']` for
 * `video.moreFromDepartment` and `department`. The caller puts the value between the parts in
 * its own markup, such as a German name marked `lang="de"` on an English page. A template
 * without the placeholder gives the whole string and an empty second part.
 */
export function around(
  key: UiKey,
  placeholder: string,
  params: Record<string, string | number> = {},
  lang: Lang = DEFAULT_LANG,
): [before: string, after: string] {
  const cut = '\u0000';
  const [before = '', ...rest] = t(key, { ...params, [placeholder]: cut }, lang).split(cut);
  return [before, rest.join('')];
}

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/**
 * `t` for one language: in a page or component, `const t = useTranslations(Astro.currentLocale)`.
 * Every component reads the language of the page it renders on itself, so a component shared
 * by German and English pages needs no prop for it.
 */
export function useTranslations(locale: string | undefined): Translate {
  const lang = langOf(locale);
  return (key, params = {}) => t(key, params, lang);
}
