import type { APIRoute } from 'astro';
import { getModel } from '../../data/model.ts';
import { t } from '../../i18n/index.ts';
import { renderJsonFeed } from '../../lib/feeds/json-feed.ts';
import { paths } from '../../lib/urls.ts';
import { channel, jsonFeedResponse, postItems } from '../_feeds/items.ts';

/** JSON Feed 1.1 of all posts, the same items as /blog/feed.xml. */
export const GET: APIRoute = async () => {
  const model = await getModel();
  const { name } = model.site;
  const feed = channel(
    model,
    t('feed.posts.title', { name }),
    t('blog.description', { name }),
    paths.blog(),
    paths.postsJsonFeed(),
  );
  return jsonFeedResponse(renderJsonFeed(feed, await postItems(model, model.posts)));
};
