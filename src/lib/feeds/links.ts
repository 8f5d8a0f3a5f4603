import { t, type Lang } from '../../i18n/index.ts';
import { localizedPath, pathLanguage } from '../../i18n/routes.ts';
import type { FeedLink } from '../social.ts';
import { absoluteUrl, paths, type FeedFormat } from '../urls.ts';

/**
 * Which feeds a page announces with `<link rel="alternate">`: the blog's RSS and JSON Feed
 * everywhere, plus the feed of the section the page is in (a topic, a department, the
 * videos, the jobs), so a feed reader pointed at any page finds the most fitting feed first.
 * A department page and a careers list filtered by location also announce their job alerts.
 * A page in a further language (`/en/…`) announces that language's feeds (`/en` + the German
 * feed's address), titled in it; `FeedSite` then lists what has feeds in that language.
 */
export interface FeedSite {
  base: string;
  name: string;
  /** Topics with a feed in the page's language. */
  tags: ReadonlyArray<{ id: string; label: string }>;
  /** Departments with a page (and a feed) in the page's language. */
  departments: ReadonlyArray<{ id: string; name: string }>;
  locations: ReadonlyArray<{ id: string; name: string }>;
}

const rss = (base: string, path: string, title: string, lang: Lang): FeedLink => ({
  href: absoluteUrl(localizedPath(path, lang), base),
  title: t('feed.link.rss', { title }, lang),
  type: 'application/rss+xml',
});

const json = (base: string, path: string, title: string, lang: Lang): FeedLink => ({
  href: absoluteUrl(localizedPath(path, lang), base),
  title: t('feed.link.json', { title }, lang),
  type: 'application/feed+json',
});

/** A job alert in both formats (src/pages/_feeds/jobs.ts). */
const jobAlert = (base: string, feed: (format: FeedFormat) => string, title: string, lang: Lang): FeedLink[] => [
  rss(base, feed('xml'), title, lang),
  json(base, feed('json'), title, lang),
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
  const { lang, base: german } = pathLanguage(pathname);
  const tr = (key: Parameters<typeof t>[0], params: Parameters<typeof t>[1]) => t(key, params, lang);
  const section: FeedLink[] = [];
  const segments = german.split('/').filter(Boolean);
  const [first, second, third] = segments;
  const tag = first === 'themen' && second ? site.tags.find((candidate) => candidate.id === second) : undefined;
  const department =
    first === 'karriere' && second === 'bereiche' && third
      ? site.departments.find((candidate) => candidate.id === third)
      : undefined;
  if (tag) section.push(rss(base, paths.topicFeed(tag.id), tr('feed.topic.title', { name, tag: tag.label }), lang));
  if (department) {
    section.push(
      rss(base, paths.departmentFeed(department.id), tr('feed.department.title', { name, department: department.name }), lang),
      ...jobAlert(
        base,
        (format) => paths.departmentJobsFeed(department.id, format),
        tr('feed.jobAlert.department.title', { site: name, name: department.name }),
        lang,
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
        tr('feed.jobAlert.location.title', { site: name, name: location.name }),
        lang,
      ),
    );
  }
  if (first === 'videos') section.push(rss(base, paths.videosFeed(), tr('feed.videos.title', { name }), lang));
  if (first === 'karriere') section.push(rss(base, paths.jobsFeed(), tr('feed.jobs.title', { name }), lang));
  const blog = tr('feed.posts.title', { name });
  return [...section, rss(base, paths.postsFeed(), blog, lang), json(base, paths.postsJsonFeed(), blog, lang)];
}
