import type { APIRoute } from 'astro';
import { getModel } from '../../data/model.ts';
import { t } from '../../i18n/index.ts';
import { renderRss } from '../../lib/feeds/rss.ts';
import { paths } from '../../lib/urls.ts';
import { channel, jobItems, rssResponse } from '../_feeds/items.ts';

/** RSS 2.0 of all open jobs, newest first (expired jobs are gone from the model). */
export const GET: APIRoute = async () => {
  const model = await getModel();
  const { name } = model.site;
  const feed = channel(
    model,
    t('feed.jobs.title', { name }),
    t('feed.jobs.description', { name }),
    paths.careers(),
    paths.jobsFeed(),
  );
  return rssResponse(renderRss(feed, await jobItems(model, model.jobs)));
};
