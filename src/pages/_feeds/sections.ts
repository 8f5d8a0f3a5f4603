import { getModel } from '../../data/model.ts';
import { DEFAULT_LANG, t, type Lang } from '../../i18n/index.ts';
import { renderRss } from '../../lib/feeds/rss.ts';
import { paths } from '../../lib/urls.ts';
import { channel, jobItems, postItems, rssResponse, videoItems } from './items.ts';
import { feedLanguage } from '../../data/feed-language.ts';
import { blogOf, feedPaths, type RouteLanguages } from './languages.ts';

/**
 * The section feeds, RSS 2.0, in German at their addresses and in each further language
 * at `/<lang>` + the same address: one topic's posts (topics with posts in the language),
 * one department's posts (departments with a page in the language), the videos and the
 * open jobs. The routes in src/pages/ only pick the language.
 */

const notFound = () => new Response(null, { status: 404 });

export const topicFeedPaths = (languages: RouteLanguages) =>
  feedPaths(languages, (view) => view.tags.map((tag) => ({ tag: tag.id })));

export async function topicFeed(lang: Lang, id: string | undefined): Promise<Response> {
  const model = await getModel();
  const view = feedLanguage(model, lang);
  const tag = view.tags.find((candidate) => candidate.id === id);
  if (!tag) return notFound();
  const texts = { name: model.site.name, tag: tag.label };
  // Topic pages are German only: a further language's topic feed belongs to its blog.
  const page = lang === DEFAULT_LANG ? tag.url : blogOf(view);
  const feed = channel(
    model,
    t('feed.topic.title', texts, lang),
    t('feed.topic.description', texts, lang),
    page,
    view.path(paths.topicFeed(tag.id)),
    lang,
  );
  return rssResponse(renderRss(feed, await postItems(model, tag.posts)));
}

export const departmentFeedPaths = (languages: RouteLanguages) =>
  feedPaths(languages, (view) => view.departments.map((department) => ({ id: department.id })));

export async function departmentFeed(lang: Lang, id: string | undefined): Promise<Response> {
  const model = await getModel();
  const view = feedLanguage(model, lang);
  const department = view.departments.find((candidate) => candidate.id === id);
  if (!department) return notFound();
  const texts = { name: model.site.name, department: department.name };
  const feed = channel(
    model,
    t('feed.department.title', texts, lang),
    t('feed.department.description', texts, lang),
    department.url,
    view.path(paths.departmentFeed(department.id)),
    lang,
  );
  const posts = view.posts.filter((post) => post.department?.id === department.id);
  return rssResponse(renderRss(feed, await postItems(model, posts)));
}

export async function videosFeed(lang: Lang): Promise<Response> {
  const model = await getModel();
  const view = feedLanguage(model, lang);
  const { name } = model.site;
  const feed = channel(
    model,
    t('feed.videos.title', { name }, lang),
    t('videos.description', { name }, lang),
    view.path(paths.videos()),
    view.path(paths.videosFeed()),
    lang,
  );
  return rssResponse(renderRss(feed, await videoItems(model, view.videos)));
}

export async function jobsFeed(lang: Lang): Promise<Response> {
  const model = await getModel();
  const view = feedLanguage(model, lang);
  const { name } = model.site;
  const feed = channel(
    model,
    t('feed.jobs.title', { name }, lang),
    t('feed.jobs.description', { name }, lang),
    view.path(paths.careers()),
    view.path(paths.jobsFeed()),
    lang,
  );
  return rssResponse(renderRss(feed, await jobItems(model, view.jobs)));
}

/** The further languages, for the routes without parameters of their own (`/<lang>/videos/feed.xml`). */
export const languagePaths = () => feedPaths('further', () => [{}]);
