import { t } from '../../i18n/index.ts';
import type { FeedLink } from '../social.ts';
import { absoluteUrl, paths, type FeedFormat } from '../urls.ts';

/**
 * Which feeds a page announces with `<link rel="alternate">`: the blog's RSS and JSON Feed
 * everywhere, plus the feed of the section the page is in (a topic, a department, the
 * videos, the jobs), so a feed reader pointed at any page finds the most fitting feed first.
 * A department page and a careers list filtered by location also announce their job alerts.
 */
export interface FeedSite {
  base: string;
  name: string;
  tags: ReadonlyArray<{ id: string; label: string }>;
  departments: ReadonlyArray<{ id: string; name: string }>;
  locations: ReadonlyArray<{ id: string; name: string }>;
}

const rss = (base: string, path: string, title: string): FeedLink => ({
  href: absoluteUrl(path, base),
  title: t('feed.link.rss', { title }),
  type: 'application/rss+xml',
});

const json = (base: string, path: string, title: string): FeedLink => ({
  href: absoluteUrl(path, base),
  title: t('feed.link.json', { title }),
  type: 'application/feed+json',
});

/** A job alert in both formats (src/pages/_feeds/jobs.ts). */
const jobAlert = (base: string, feed: (format: FeedFormat) => string, title: string): FeedLink[] => [
  rss(base, feed('xml'), title),
  json(base, feed('json'), title),
];

/** The location a careers list filtered by location shows: `/karriere/auswahl/…/standort/<id>/…`. */
function filteredLocation(segments: string[]): string | undefined {
  if (segments[0] !== 'karriere' || segments[1] !== 'auswahl') return undefined;
  const pairs = segments.slice(2);
  const index = pairs.findIndex((segment, position) => position % 2 === 0 && segment === 'standort');
  return index >= 0 ? pairs[index + 1] : undefined;
}

export function feedLinksFor(pathname: string, site: FeedSite): FeedLink[] {
  const { base, name } = site;
  const section: FeedLink[] = [];
  const segments = pathname.split('/').filter(Boolean);
  const [first, second, third] = segments;
  const tag = first === 'themen' && second ? site.tags.find((candidate) => candidate.id === second) : undefined;
  const department =
    first === 'karriere' && second === 'bereiche' && third
      ? site.departments.find((candidate) => candidate.id === third)
      : undefined;
  if (tag) section.push(rss(base, paths.topicFeed(tag.id), t('feed.topic.title', { name, tag: tag.label })));
  if (department) {
    section.push(
      rss(base, paths.departmentFeed(department.id), t('feed.department.title', { name, department: department.name })),
      ...jobAlert(
        base,
        (format) => paths.departmentJobsFeed(department.id, format),
        t('feed.jobAlert.department.title', { site: name, name: department.name }),
      ),
    );
  }
  const locationId = filteredLocation(segments);
  const location = locationId ? site.locations.find((candidate) => candidate.id === locationId) : undefined;
  if (location) {
    section.push(
      ...jobAlert(
        base,
        (format) => paths.locationJobsFeed(location.id, format),
        t('feed.jobAlert.location.title', { site: name, name: location.name }),
      ),
    );
  }
  if (first === 'videos') section.push(rss(base, paths.videosFeed(), t('feed.videos.title', { name })));
  if (first === 'karriere') section.push(rss(base, paths.jobsFeed(), t('feed.jobs.title', { name })));
  const blog = t('feed.posts.title', { name });
  return [...section, rss(base, paths.postsFeed(), blog), json(base, paths.postsJsonFeed(), blog)];
}
