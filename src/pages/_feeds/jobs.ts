import { getModel, type Job, type SiteModel } from '../../data/model.ts';
import type { TranslatedJob } from '../../data/translations.ts';
import { DEFAULT_LANG, t, type Lang } from '../../i18n/index.ts';
import { filterPath } from '../../lib/careers/filter.ts';
import { renderJsonFeed } from '../../lib/feeds/json-feed.ts';
import { renderRss } from '../../lib/feeds/rss.ts';
import { absoluteUrl, paths, type FeedFormat } from '../../lib/urls.ts';
import { channel, jobItems, jsonFeedResponse, rssResponse } from './items.ts';
import { feedLanguage } from '../../data/feed-language.ts';
import { feedPaths, type RouteLanguages } from './languages.ts';

/**
 * Job alerts: the open jobs of one department (`/karriere/bereiche/<id>/stellen.xml` and
 * `.json`) or at one location (`/karriere/standorte/<id>/stellen.xml` and `.json`), with
 * the same items as /karriere/feed.xml. Every department and location gets its feeds, also
 * while it has no open job, so a candidate can subscribe before the next one appears.
 * Expired jobs are gone from the model, so they leave these feeds with the next build.
 *
 * A further language's job alerts (`/en/karriere/bereiche/<id>/stellen.xml` …) exist for the
 * same departments and locations and hold the jobs with a page in that language only: a
 * feed's language is the channel's (RSS 2.0 has no item language), and a job left in German
 * usually asks for German at work. The channel's description names the German alert, which
 * has every open job.
 */

export type JobAlertScope = 'department' | 'location';

interface Scope {
  id: string;
  name: string;
  jobs: ReadonlyArray<Job | TranslatedJob>;
  /** The page the feed belongs to. */
  page: string;
}

function scopes(model: SiteModel, scope: JobAlertScope, lang: Lang): Scope[] {
  const view = feedLanguage(model, lang);
  if (scope === 'department') {
    return view.alertDepartments.map((department) => ({
      id: department.id,
      name: department.name,
      jobs: view.jobs.filter((job) => job.department.id === department.id),
      // An untranslated department has no page in the language: its careers page instead.
      page: lang === DEFAULT_LANG || 'lang' in department ? department.url : view.path(paths.careers()),
    }));
  }
  return model.locations.map((location) => {
    const at = (job: Job) => job.locations.some((candidate) => candidate.id === location.id);
    // The careers list filtered by the location exists (in every language) only while it has open jobs.
    return {
      id: location.id,
      name: location.name,
      jobs: view.jobs.filter(at),
      page: view.path(model.jobs.some(at) ? filterPath({ standort: location.id }) : paths.careers()),
    };
  });
}

/** `getStaticPaths` of a job-alert route: one page per department or location (and further language). */
export const jobAlertPaths = (scope: JobAlertScope, languages: RouteLanguages = 'default') =>
  feedPaths(languages, (view, model) => scopes(model, scope, view.lang).map(({ id }) => ({ id })));

/** The feed of one department's or location's open jobs, newest first. */
export async function jobAlertFeed(
  scope: JobAlertScope,
  id: string | undefined,
  format: FeedFormat,
  lang: Lang = DEFAULT_LANG,
): Promise<Response> {
  const model = await getModel();
  const found = scopes(model, scope, lang).find((candidate) => candidate.id === id);
  if (!found) return new Response(null, { status: 404 });
  const texts = { site: model.site.name, name: found.name };
  const self = scope === 'department' ? paths.departmentJobsFeed(found.id, format) : paths.locationJobsFeed(found.id, format);
  const description = t(`feed.jobAlert.${scope}.description`, texts, lang);
  const feed = channel(
    model,
    t(`feed.jobAlert.${scope}.title`, texts, lang),
    lang === DEFAULT_LANG
      ? description
      : `${description} ${t('feed.jobAlert.translatedOnly', { feed: absoluteUrl(self, model.site.baseUrl) }, lang)}`,
    found.page,
    feedLanguage(model, lang).path(self),
    lang,
  );
  const items = await jobItems(model, found.jobs);
  return format === 'json' ? jsonFeedResponse(renderJsonFeed(feed, items)) : rssResponse(renderRss(feed, items));
}
