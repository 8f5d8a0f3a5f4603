import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../data/model.ts';
import { keyed } from '../../data/page-key.ts';
import { t } from '../../i18n/index.ts';
import { renderJsonFeed } from '../../lib/feeds/json-feed.ts';
import { renderRss } from '../../lib/feeds/rss.ts';
import { paths } from '../../lib/urls.ts';
import { channel, jsonFeedResponse, postItems, rssResponse } from '../_feeds/items.ts';

/**
 * The feeds of all posts, newest first, with the same items: RSS 2.0 at /blog/feed.xml
 * and JSON Feed 1.1 at /blog/feed.json. One route with the format as its parameter, so
 * that both carry the site's page key (page-key.ts): a rebuild of unchanged content
 * reuses them instead of rendering and sanitising the newest posts again.
 */
export const getStaticPaths = (async () => {
  const model = await getModel();
  return keyed(model, [{ params: { format: 'xml' } }, { params: { format: 'json' } }]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await getModel();
  const { name } = model.site;
  const json = params['format'] === 'json';
  const feed = channel(
    model,
    t('feed.posts.title', { name }),
    t('blog.description', { name }),
    paths.blog(),
    json ? paths.postsJsonFeed() : paths.postsFeed(),
  );
  const items = await postItems(model, model.posts);
  return json ? jsonFeedResponse(renderJsonFeed(feed, items)) : rssResponse(renderRss(feed, items));
};
