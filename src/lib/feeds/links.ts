import { t } from '../../i18n/index.ts';
import type { FeedLink } from '../social.ts';
import { absoluteUrl, paths } from '../urls.ts';

/**
 * Which feeds a page announces with `<link rel="alternate">`: the blog's RSS and JSON Feed
 * everywhere, plus the feed of the section the page is in (a topic, a department, the
 * videos, the jobs), so a feed reader pointed at any page finds the most fitting feed first.
 */
export interface FeedSite {
  base: string;
  name: string;
  tags: ReadonlyArray<{ id: string; label: string }>;
  departments: ReadonlyArray<{ id: string; name: string }>;
}

const rss = (base: string, path: string, title: string): FeedLink => ({
  href: absoluteUrl(path, base),
  title: t('feed.link.rss', { title }),
  type: 'application/rss+xml',
});

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
    );
  }
  if (first === 'videos') section.push(rss(base, paths.videosFeed(), t('feed.videos.title', { name })));
  if (first === 'karriere') section.push(rss(base, paths.jobsFeed(), t('feed.jobs.title', { name })));
  const blog = t('feed.posts.title', { name });
  return [
    ...section,
    rss(base, paths.postsFeed(), blog),
    {
      href: absoluteUrl(paths.postsJsonFeed(), base),
      title: t('feed.link.json', { title: blog }),
      type: 'application/feed+json',
    },
  ];
}
