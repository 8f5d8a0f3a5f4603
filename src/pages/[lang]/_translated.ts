import { getModel } from '../../data/model.ts';
import { keyed } from '../../data/page-key.ts';
import type { LanguageModel, TranslatedCollection } from '../../data/translations.ts';
import { TRANSLATION_LANGS } from '../../lib/paths.ts';

/**
 * The paths of a `[lang]/<section>/[id]` page: for each further language of site.yaml, one
 * per entry of `collection` with a published translation in it (`/en/menschen/anna/`),
 * the translated view model as the `entry` prop. A German-only site builds none.
 */
export async function translatedEntries<C extends TranslatedCollection>(collection: C) {
  const model = await getModel();
  return keyed(
    model,
    TRANSLATION_LANGS.filter((lang) => model.site.languages.includes(lang)).flatMap((lang) =>
      (model.translations[lang][collection] as Array<LanguageModel[C][number]>).map((entry) => ({
        params: { lang, id: entry.id },
        props: { entry },
      })),
    ),
  );
}
