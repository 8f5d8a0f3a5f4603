import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../../data/model.ts';
import { keyed } from '../../../../data/page-key.ts';
import { t } from '../../../../i18n/index.ts';
import { renderRss } from '../../../../lib/feeds/rss.ts';
import { paths } from '../../../../lib/urls.ts';
import { channel, postItems, rssResponse } from '../../../_feeds/items.ts';

/** RSS 2.0 of one department's posts (its jobs are in /karriere/feed.xml). */
export const getStaticPaths = (async () => {
  const model = await getModel();
  return keyed(
    model,
    model.departments.map((department) => ({ params: { id: department.id } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await getModel();
  const department = model.departments.find((candidate) => candidate.id === params['id'])!;
  const { name } = model.site;
  const feed = channel(
    model,
    t('feed.department.title', { name, department: department.name }),
    t('feed.department.description', { name, department: department.name }),
    department.url,
    paths.departmentFeed(department.id),
  );
  const posts = model.posts.filter((post) => post.department?.id === department.id);
  return rssResponse(renderRss(feed, await postItems(model, posts)));
};
