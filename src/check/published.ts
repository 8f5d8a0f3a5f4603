import { effectiveInstant } from '../lib/dates.ts';
import { isOpenJob, isPublished } from '../lib/publishing.ts';
import { DEFAULT_LANG, isLang } from '../i18n/index.ts';
import { localizedPath } from '../i18n/routes.ts';
import { ENTRY_PAGES, type LanguageContent, type PageCollection, type PublishedContent } from '../lib/routes.ts';
import type { Unpublished } from './links.ts';
import { hasConsent } from './policy.ts';
import type { Checked, CheckedContent } from './references.ts';
import type { CheckedTranslation } from './translations.ts';

/**
 * What a build at `now` publishes, judged by the same functions the site model uses
 * (src/lib/publishing.ts): the ids that get pages, and the entries that exist but get
 * none, with the reason. An entry the schema rejected counts as published, so a link to
 * it is not reported on top of the entry's own error.
 *
 * The further languages of site.yaml publish the translations (`<id>.en.md`) that are no
 * draft and whose original is published, as src/data/translations.ts does; a translation
 * without a page there is unpublished at its address (`/en/blog/x/`) for the same reason.
 */
export function publishedContent(
  content: CheckedContent,
  now: Date,
  translations: readonly CheckedTranslation[] = [],
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
  const published = {
    posts: ids(posts),
    people: ids(people),
    teams: ids(content.teams),
    videos: ids(videos),
    jobs: ids(jobs),
    departments: ids(content.departments),
    tags: [...tags],
    locations: ids(content.locations),
    accessibility: typeof content.site[0]?.data['accessibility'] === 'object' && content.site[0]?.data['accessibility'] !== null,
    postsPerPage: Number.isInteger(perPage) && perPage > 0 ? perPage : 9,
  };
  const languages = siteLanguages(content).map((lang) => languageContent(lang, content, published, translations, unpublished));
  return { published: { ...published, languages }, unpublished };
}

/** The further languages site.yaml lists (`languages: [de, en]` → `['en']`). */
function siteLanguages(content: CheckedContent): string[] {
  const languages = content.site[0]?.data['languages'];
  return Array.isArray(languages) ? languages.filter((lang): lang is string => isLang(lang) && lang !== DEFAULT_LANG) : [];
}

/** What one further language publishes; its translations without a page go to `unpublished`. */
function languageContent(
  lang: string,
  content: CheckedContent,
  published: Omit<PublishedContent, 'languages'>,
  translations: readonly CheckedTranslation[],
  unpublished: Map<string, Unpublished>,
): LanguageContent {
  const found: Record<PageCollection, string[]> = { posts: [], people: [], teams: [], videos: [], jobs: [] };
  for (const translation of translations) {
    const { source, data } = translation;
    if (source.lang !== lang || !translation.original || !isLang(lang)) continue;
    const collection = source.collection as PageCollection;
    const german = ENTRY_PAGES[collection](source.id);
    const page = localizedPath(german, lang);
    const title = String(data?.['title'] ?? data?.['name'] ?? source.id);
    const original = unpublished.get(german);
    if (original) unpublished.set(page, { ...original, title });
    else if (!published[collection].includes(source.id)) continue;
    else if (data?.['draft'] === true) unpublished.set(page, { reason: 'draft', title });
    else found[collection].push(source.id);
  }
  const posts = new Set(found.posts);
  const tags = new Set(
    content.posts
      .filter((entry) => posts.has(entry.source.id))
      .flatMap((entry) => (Array.isArray(entry.data['tags']) ? entry.data['tags'].map(String) : [])),
  );
  return {
    lang,
    ...found,
    departments: content.departments
      .filter((entry) => typeof entry.data[lang] === 'object' && entry.data[lang] !== null)
      .map((entry) => entry.source.id),
    tags: [...tags],
  };
}
