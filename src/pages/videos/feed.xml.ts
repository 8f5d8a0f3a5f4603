import type { APIRoute } from 'astro';
import { getModel } from '../../data/model.ts';
import { t } from '../../i18n/index.ts';
import { renderRss } from '../../lib/feeds/rss.ts';
import { paths } from '../../lib/urls.ts';
import { channel, rssResponse, videoItems } from '../_feeds/items.ts';

/** RSS 2.0 of all videos, newest first. */
export const GET: APIRoute = async () => {
  const model = await getModel();
  const { name } = model.site;
  const feed = channel(
    model,
    t('feed.videos.title', { name }),
    t('videos.description', { name }),
    paths.videos(),
    paths.videosFeed(),
  );
  return rssResponse(renderRss(feed, await videoItems(model, model.videos)));
};
