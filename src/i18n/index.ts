import { de, type UiKey, type UiStrings } from './de.ts';

export type { UiKey } from './de.ts';

const dictionaries: Record<string, UiStrings> = { de };

/** The site's language; only German has a dictionary today. */
export const LANG = 'de';
export const LOCALE = 'de-DE';
export const OG_LOCALE = 'de_DE';

/** A UI string with `{name}` placeholders filled. */
export function t(key: UiKey, params: Record<string, string | number> = {}, lang: string = LANG): string {
  const template = (dictionaries[lang] ?? de)[key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
