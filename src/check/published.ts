import { effectiveInstant } from '../lib/dates.ts';
import { isOpenJob, isPublished } from '../lib/publishing.ts';
import { ENTRY_PAGES, type PageCollection, type PublishedContent } from '../lib/routes.ts';
import type { Unpublished } from './links.ts';
import { hasConsent } from './policy.ts';
import type { Checked, CheckedContent } from './references.ts';

/**
 * What a build at `now` publishes, judged by the same functions the site model uses
 * (src/lib/publishing.ts): the ids that get pages, and the entries that exist but get
 * none, with the reason. An entry the schema rejected counts as published, so a link to
 * it is not reported on top of the entry's own error.
 */
export function publishedContent(
  content: CheckedContent,
  now: Date,
): { published: PublishedContent; unpublished: Map<string, Unpublished> } {
  const options = { now, preview: false };
  const unpublished = new Map<string, Unpublished>();
  const title = (entry: Checked) => String(entry.data['title'] ?? entry.data['name'] ?? entry.source.id);
  const hide = (collection: PageCollection, entry: Checked, reason: Unpublished['reason'], date?: Date) => {
    unpublished.set(ENTRY_PAGES[collection](entry.source.id), { reason, title: title(entry), ...(date ? { date } : {}) });
    return false;
  };
  /** Posts and videos: a draft, or dated later than now. */
  const dated = (collection: 'posts' | 'videos') => (entry: Checked) => {
    const { date, draft } = entry.data;
    if (!entry.valid || !(date instanceof Date)) return true;
    if (isPublished({ date, draft: draft === true }, options)) return true;
    return draft === true ? hide(collection, entry, 'draft') : hide(collection, entry, 'scheduled', effectiveInstant(date));
  };
  const posts = content.posts.filter(dated('posts'));
  const videos = content.videos.filter(dated('videos'));
  const people = content.people.filter((entry) => !entry.valid || hasConsent(entry, now) || hide('people', entry, 'consent'));
  const jobs = content.jobs.filter((entry) => {
    const { datePosted, validThrough, draft } = entry.data;
    if (!entry.valid || !(datePosted instanceof Date) || !(validThrough instanceof Date)) return true;
    return isOpenJob({ datePosted, validThrough, draft: draft === true }, options) || hide('jobs', entry, 'closed');
  });
  const ids = (entries: Checked[]) => entries.map((entry) => entry.source.id);
  const tags = new Set(posts.flatMap((entry) => (Array.isArray(entry.data['tags']) ? entry.data['tags'].map(String) : [])));
  const perPage = Number(content.site[0]?.data['postsPerPage']);
  return {
    published: {
      posts: ids(posts),
      people: ids(people),
      teams: ids(content.teams),
      videos: ids(videos),
      jobs: ids(jobs),
      departments: ids(content.departments),
      tags: [...tags],
      locations: ids(content.locations),
      accessibility:
        typeof content.site[0]?.data['accessibility'] === 'object' && content.site[0]?.data['accessibility'] !== null,
      postsPerPage: Number.isInteger(perPage) && perPage > 0 ? perPage : 9,
    },
    unpublished,
  };
}
