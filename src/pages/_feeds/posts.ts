import type { GetStaticPaths } from 'astro';
import { getModel } from '../../data/model.ts';
import { keyed } from '../../data/page-key.ts';
import { t } from '../../i18n/index.ts';
import { renderJsonFeed } from '../../lib/feeds/json-feed.ts';
import { renderRss } from '../../lib/feeds/rss.ts';
import { paths } from '../../lib/urls.ts';
import { channel, jsonFeedResponse, postItems, rssResponse } from './items.ts';

/**
 * The feeds of all posts, newest first, with the same items: RSS 2.0 at /blog/feed.xml
 * and JSON Feed 1.1 at /blog/feed.json (src/pages/blog/[name].xml.ts and [name].json.ts).
 *
 * Each is a route with a parameter whose only value is `feed`: Astro's incremental build
 * reuses only pages listed by `getStaticPaths` with a `cacheKey`, and these two are the
 * costliest pages a rebuild of unchanged content would otherwise render again (fifty
 * posts rendered and sanitised each). The extension stays in the file name, so that
 * `astro dev` serves them without a trailing slash, like the built files.
 */
export const postFeedPaths = (async () => {
  const model = await getModel();
  return keyed(model, [{ params: { name: 'feed' } }]);
}) satisfies GetStaticPaths;

export async function postFeed(format: 'rss' | 'json'): Promise<Response> {
  const model = await getModel();
  const { name } = model.site;
  const json = format === 'json';
  const feed = channel(
    model,
    t('feed.posts.title', { name }),
    t('blog.description', { name }),
    paths.blog(),
    json ? paths.postsJsonFeed() : paths.postsFeed(),
  );
  const items = await postItems(model, model.posts);
  return json ? jsonFeedResponse(renderJsonFeed(feed, items)) : rssResponse(renderRss(feed, items));
}
