import { getModel, type SiteModel } from '../../data/model.ts';
import { keyed } from '../../data/page-key.ts';
import { feedLanguage, type FeedLanguage } from '../../data/feed-language.ts';
import { DEFAULT_LANG, langOf, type Lang } from '../../i18n/index.ts';
import { paths } from '../../lib/urls.ts';

/** The languages a feed route builds: German for the unprefixed routes, the others for `src/pages/[lang]/`. */
export type RouteLanguages = 'default' | 'further';

/**
 * `getStaticPaths` of a feed route with parameters, for German or for every further
 * language of site.yaml (then with `lang`): keyed like every page (incremental build).
 */
export function feedPaths(
  languages: RouteLanguages,
  params: (view: FeedLanguage, model: SiteModel) => Array<Record<string, string>>,
) {
  return async () => {
    const model = await getModel();
    const langs: readonly Lang[] =
      languages === 'default' ? [DEFAULT_LANG] : model.site.languages.filter((lang) => lang !== DEFAULT_LANG);
    return keyed(
      model,
      langs.flatMap((lang) =>
        params(feedLanguage(model, lang), model).map((each) => ({ params: languages === 'default' ? each : { lang, ...each } })),
      ),
    );
  };
}

/** A feed route's language from its `lang` parameter (none: German). */
export const routeLang = (params: Record<string, string | undefined>): Lang => langOf(params['lang']);

/** The blog, for feeds whose page does not exist in the language (topics): its blog. */
export const blogOf = (view: FeedLanguage) => view.path(paths.blog());
