import type { APIRoute } from 'astro';
import { getModel } from '../../data/model.ts';
import { t } from '../../i18n/index.ts';
import { renderRss } from '../../lib/feeds/rss.ts';
import { paths } from '../../lib/urls.ts';
import { channel, postItems, rssResponse } from '../_feeds/items.ts';

/** RSS 2.0 of all posts, newest first. */
export const GET: APIRoute = async () => {
  const model = await getModel();
  const { name } = model.site;
  const feed = channel(model, t('feed.posts.title', { name }), t('blog.description', { name }), paths.blog(), paths.postsFeed());
  return rssResponse(renderRss(feed, await postItems(model, model.posts)));
};
