import { getModel, type SiteModel } from '../../data/model.ts';
import { keyed } from '../../data/page-key.ts';
import { DEFAULT_LANG } from '../../i18n/index.ts';
import { TRANSLATION_LANGS, type TranslationLang } from '../../lib/paths.ts';

/**
 * The `[lang]` pages' paths: one per language of site.yaml besides German, whose pages keep
 * their unprefixed addresses. A German-only site builds none.
 */
export async function furtherLanguages() {
  const model = await getModel();
  return keyed(
    model,
    model.site.languages.filter((lang) => lang !== DEFAULT_LANG).map((lang) => ({ params: { lang } })),
  );
}

/** The further languages of site.yaml, as the languages translations are written in (`model.translations`). */
export const siteTranslationLangs = (model: SiteModel): TranslationLang[] =>
  TRANSLATION_LANGS.filter((lang) => model.site.languages.includes(lang));
