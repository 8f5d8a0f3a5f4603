import type { GetStaticPaths } from 'astro';
import { getModel, type Job, type SiteModel } from '../../data/model.ts';
import { keyed } from '../../data/page-key.ts';
import { t } from '../../i18n/index.ts';
import { filterPath } from '../../lib/careers/filter.ts';
import { renderJsonFeed } from '../../lib/feeds/json-feed.ts';
import { renderRss } from '../../lib/feeds/rss.ts';
import { paths, type FeedFormat } from '../../lib/urls.ts';
import { channel, jobItems, jsonFeedResponse, rssResponse } from './items.ts';

/**
 * Job alerts: the open jobs of one department (`/karriere/bereiche/<id>/stellen.xml` and
 * `.json`) or at one location (`/karriere/standorte/<id>/stellen.xml` and `.json`), with
 * the same items as /karriere/feed.xml. Every department and location gets its feeds, also
 * while it has no open job, so a candidate can subscribe before the next one appears.
 * Expired jobs are gone from the model, so they leave these feeds with the next build.
 */

export type JobAlertScope = 'department' | 'location';

interface Scope {
  id: string;
  name: string;
  jobs: Job[];
  /** The page the feed belongs to. */
  page: string;
}

function scopes(model: SiteModel, scope: JobAlertScope): Scope[] {
  if (scope === 'department') {
    return model.departments.map((department) => ({
      id: department.id,
      name: department.name,
      jobs: model.jobs.filter((job) => job.department.id === department.id),
      page: department.url,
    }));
  }
  return model.locations.map((location) => {
    const jobs = model.jobs.filter((job) => job.locations.some((candidate) => candidate.id === location.id));
    // The careers list filtered by the location exists only while it has open jobs.
    return {
      id: location.id,
      name: location.name,
      jobs,
      page: jobs.length > 0 ? filterPath({ standort: location.id }) : paths.careers(),
    };
  });
}

/** `getStaticPaths` of a job-alert route: one page per department or location. */
export const jobAlertPaths = (scope: JobAlertScope) =>
  (async () => {
    const model = await getModel();
    return keyed(
      model,
      scopes(model, scope).map(({ id }) => ({ params: { id } })),
    );
  }) satisfies GetStaticPaths;

/** The feed of one department's or location's open jobs, newest first. */
export async function jobAlertFeed(scope: JobAlertScope, id: string | undefined, format: FeedFormat): Promise<Response> {
  const model = await getModel();
  const found = scopes(model, scope).find((candidate) => candidate.id === id);
  if (!found) return new Response(null, { status: 404 });
  const texts = { site: model.site.name, name: found.name };
  const self = scope === 'department' ? paths.departmentJobsFeed(found.id, format) : paths.locationJobsFeed(found.id, format);
  const feed = channel(
    model,
    t(`feed.jobAlert.${scope}.title`, texts),
    t(`feed.jobAlert.${scope}.description`, texts),
    found.page,
    self,
  );
  const items = await jobItems(model, found.jobs);
  return format === 'json' ? jsonFeedResponse(renderJsonFeed(feed, items)) : rssResponse(renderRss(feed, items));
}
