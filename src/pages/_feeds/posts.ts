import { getModel } from '../../data/model.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { renderJsonFeed } from '../../lib/feeds/json-feed.ts';
import { renderRss } from '../../lib/feeds/rss.ts';
import { paths } from '../../lib/urls.ts';
import { channel, jsonFeedResponse, postItems, rssResponse } from './items.ts';
import { feedLanguage } from '../../data/feed-language.ts';
import { feedPaths, type RouteLanguages } from './languages.ts';

/**
 * The feeds of all posts, newest first, with the same items: RSS 2.0 at /blog/feed.xml
 * and JSON Feed 1.1 at /blog/feed.json (src/pages/blog/[name].xml.ts and [name].json.ts),
 * and in each further language at `/<lang>/blog/feed.xml|json` with its translated posts.
 *
 * Each is a route with a parameter whose only value is `feed`: Astro's incremental build
 * reuses only pages listed by `getStaticPaths` with a `cacheKey`, and these two are the
 * costliest pages a rebuild of unchanged content would otherwise render again (fifty
 * posts rendered and sanitised each). The extension stays in the file name, so that
 * `astro dev` serves them without a trailing slash, like the built files.
 */
export const postFeedPaths = (languages: RouteLanguages) => feedPaths(languages, () => [{ name: 'feed' }]);

export async function postFeed(format: 'rss' | 'json', lang: Lang): Promise<Response> {
  const model = await getModel();
  const view = feedLanguage(model, lang);
  const { name } = model.site;
  const json = format === 'json';
  const feed = channel(
    model,
    t('feed.posts.title', { name }, lang),
    t('blog.description', { name }, lang),
    view.path(paths.blog()),
    view.path(json ? paths.postsJsonFeed() : paths.postsFeed()),
    lang,
  );
  const items = await postItems(model, view.posts);
  return json ? jsonFeedResponse(renderJsonFeed(feed, items)) : rssResponse(renderRss(feed, items));
}
