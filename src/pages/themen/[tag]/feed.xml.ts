import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../data/model.ts';
import { keyed } from '../../../data/page-key.ts';
import { t } from '../../../i18n/index.ts';
import { renderRss } from '../../../lib/feeds/rss.ts';
import { paths } from '../../../lib/urls.ts';
import { channel, postItems, rssResponse } from '../../_feeds/items.ts';

/** RSS 2.0 of one topic's posts. */
export const getStaticPaths = (async () => {
  const model = await getModel();
  return keyed(
    model,
    model.tags.map((tag) => ({ params: { tag: tag.id } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await getModel();
  const tag = model.tags.find((candidate) => candidate.id === params['tag'])!;
  const { name } = model.site;
  const feed = channel(
    model,
    t('feed.topic.title', { name, tag: tag.label }),
    t('feed.topic.description', { name, tag: tag.label }),
    tag.url,
    paths.topicFeed(tag.id),
  );
  return rssResponse(renderRss(feed, await postItems(model, tag.posts)));
};
