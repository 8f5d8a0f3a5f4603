import { getModel } from '../../data/model.ts';
import { keyed } from '../../data/page-key.ts';
import { DEFAULT_LANG } from '../../i18n/index.ts';

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
