import type { AddressForm } from '../schemas/site.ts';
import { de, type Phrase, type UiKey, type UiStrings } from './de.ts';

export type { UiKey } from './de.ts';

const dictionaries: Record<string, UiStrings> = { de };

/** The site's language; only German has a dictionary today. */
export const LANG = 'de';
export const LOCALE = 'de-DE';
export const OG_LOCALE = 'de_DE';

/**
 * The site's form of address, `addressForm` in site.yaml: astro.config.mjs reads it with the
 * base URL and the build gets it as a compile-time constant, like `EINBLICK_PREVIEW`. Outside
 * a build (unit tests) it is `Sie`, the schema's default.
 */
export const addressForm = (): AddressForm => (import.meta.env.EINBLICK_ADDRESS_FORM === 'du' ? 'du' : 'Sie');

/** A phrase in one form of address: the text itself, or its `du` or `Sie` version. */
export const inForm = (entry: Phrase, form: AddressForm): string => (typeof entry === 'string' ? entry : entry[form]);

/** A UI string in a given form of address, placeholders unfilled (for tests and tools). */
export function phrase(key: UiKey, form: AddressForm, lang: string = LANG): string {
  return inForm((dictionaries[lang] ?? de)[key], form);
}

/** A UI string in the site's form of address, with `{name}` placeholders filled. */
export function t(key: UiKey, params: Record<string, string | number> = {}, lang: string = LANG): string {
  const template = phrase(key, addressForm(), lang);
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
