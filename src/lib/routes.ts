import { isLang, type Lang } from '../i18n/index.ts';
import { localizedPath, pathLanguage, TRANSLATED_PAGES } from '../i18n/routes.ts';
import { paths } from './urls.ts';

/**
 * Which pages a site has, derived from `paths` (src/lib/urls.ts), the one place that
 * knows the URL shapes. The pages build their addresses with `paths`; the content check
 * (src/check/links.ts) and the build's link check (src/integrations/link-check.ts) ask
 * this module whether an address is one of them, so no second route table exists.
 */

/** The pages made by one entry of a collection: its id in, its address out. */
export const ENTRY_PAGES = {
  posts: paths.post,
  people: paths.person,
  teams: paths.team,
  videos: paths.video,
  jobs: paths.job,
} as const;

export type PageCollection = keyof typeof ENTRY_PAGES;

/** A character no id or path contains: `paths` called with it shows where the id goes. */
const HOLE = '\u0000';

/** `/blog/\0/` → [`/blog/`, `/`]: the text before and after the id. */
const around = (shape: string): [string, string] => {
  const [before = '', after = ''] = shape.split(HOLE);
  return [before, after];
};

const ENTRY_SHAPES = (Object.keys(ENTRY_PAGES) as PageCollection[]).map(
  (collection) => [collection, around(ENTRY_PAGES[collection](HOLE))] as const,
);

/** The entry whose page an address is: `/blog/x/` → `{ collection: 'posts', id: 'x' }`. */
export function entryOfPath(pathname: string): { collection: PageCollection; id: string } | undefined {
  for (const [collection, [before, after]] of ENTRY_SHAPES) {
    if (!pathname.startsWith(before) || !pathname.endsWith(after)) continue;
    const id = pathname.slice(before.length, pathname.length - after.length);
    if (id && !id.includes('/')) return { collection, id };
  }
  return undefined;
}

/** What a build at "now" publishes, as ids: the input of {@link sitePages}. */
export interface PublishedContent {
  posts: readonly string[];
  /** People with consent (the others have no page). */
  people: readonly string[];
  teams: readonly string[];
  videos: readonly string[];
  jobs: readonly string[];
  departments: readonly string[];
  /** The topics of the published posts. */
  tags: readonly string[];
  /** Location ids: each has its job alerts. */
  locations: readonly string[];
  /** Whether site.yaml has an accessibility statement (`/barrierefreiheit/`). */
  accessibility: boolean;
  postsPerPage: number;
  /** The further languages of site.yaml (`en` …), each with what is published in it. */
  languages?: readonly LanguageContent[] | undefined;
}

/** What a further language publishes: the ids of the entries with a published translation. */
export interface LanguageContent {
  lang: string;
  posts: readonly string[];
  people: readonly string[];
  teams: readonly string[];
  videos: readonly string[];
  jobs: readonly string[];
  /** Departments with a text in the language (`en:` in departments.yaml). */
  departments: readonly string[];
  /** The topics of its posts: each has a feed in the language. */
  tags: readonly string[];
}

/**
 * Every page and feed the build writes for this content, except the generated selections
 * of {@link isGeneratedPath}: the pages without parameters (every `paths` helper that takes
 * none), each entry's page, topics, departments, signatures, feeds and the blog's pages.
 */
export function sitePages(content: PublishedContent): Set<string> {
  const pages = new Set<string>();
  for (const helper of Object.values(paths) as Array<(...args: never[]) => string>) {
    if (helper.length === 0) pages.add((helper as () => string)());
  }
  if (!content.accessibility) pages.delete(paths.accessibility());
  for (const collection of Object.keys(ENTRY_PAGES) as PageCollection[]) {
    for (const id of content[collection]) pages.add(ENTRY_PAGES[collection](id));
  }
  for (const id of content.people) pages.add(paths.signature(id));
  for (const tag of content.tags) pages.add(paths.topic(tag)).add(paths.topicFeed(tag));
  for (const id of content.departments) {
    pages.add(paths.department(id)).add(paths.departmentFeed(id));
    for (const format of ['xml', 'json'] as const) pages.add(paths.departmentJobsFeed(id, format));
  }
  for (const id of content.locations) {
    for (const format of ['xml', 'json'] as const) pages.add(paths.locationJobsFeed(id, format));
  }
  addBlogPages(pages, content.posts.length, content.postsPerPage, (page) => page);
  for (const language of content.languages ?? []) {
    if (isLang(language.lang)) addLanguagePages(pages, content, language, language.lang);
  }
  return pages;
}

function addBlogPages(pages: Set<string>, posts: number, perPage: number, path: (german: string) => string): void {
  const blogPages = Math.ceil(posts / Math.max(1, perPage));
  for (let page = 2; page <= blogPages; page++) pages.add(path(paths.blog(page)));
}

/**
 * The pages and feeds of a further language, each at `/<lang>` + its German address: the
 * pages every language has (TRANSLATED_PAGES), the page of every entry with a published
 * translation, the department pages with a text in it, the blog's later pages, and the
 * feeds (src/data/feed-language.ts): all posts, videos, jobs, the topics and departments it
 * has, and the job alerts of every department and location.
 */
function addLanguagePages(pages: Set<string>, content: PublishedContent, language: LanguageContent, lang: Lang): void {
  const add = (german: string) => pages.add(localizedPath(german, lang));
  for (const page of TRANSLATED_PAGES) if (page !== paths.accessibility() || content.accessibility) add(page);
  for (const collection of Object.keys(ENTRY_PAGES) as PageCollection[]) {
    for (const id of language[collection]) add(ENTRY_PAGES[collection](id));
  }
  for (const id of language.departments) {
    add(paths.department(id));
    add(paths.departmentFeed(id));
  }
  for (const tag of language.tags) add(paths.topicFeed(tag));
  for (const feed of [paths.postsFeed(), paths.postsJsonFeed(), paths.videosFeed(), paths.jobsFeed()]) add(feed);
  for (const format of ['xml', 'json'] as const) {
    for (const id of content.departments) add(paths.departmentJobsFeed(id, format));
    for (const id of content.locations) add(paths.locationJobsFeed(id, format));
  }
  addBlogPages(pages, language.posts.length, content.postsPerPage, (page) => localizedPath(page, lang));
}

/** Address prefixes of pages and files the build generates from combinations, not from one entry. */
const GENERATED = [
  around(paths.jobFilter([HOLE]))[0],
  around(paths.videoFilter({ kind: HOLE }))[0],
  around(paths.videoFilter({ department: HOLE }))[0],
  around(paths.card(HOLE))[0],
  '/_astro/',
  '/pagefind/',
];

/**
 * Whether only the built site can tell that an address exists: filter selections, a
 * video's own files, social cards and Astro's assets. The content check leaves these to
 * the build's link check.
 */
export function isGeneratedPath(pathname: string, videos: readonly string[]): boolean {
  // A further language's selections sit under its prefix: `/en/karriere/auswahl/…`.
  const { base } = pathLanguage(pathname);
  if (GENERATED.some((prefix) => pathname.startsWith(prefix) || base.startsWith(prefix))) return true;
  return videos.some((id) => {
    const folder = paths.videoFile(id, '');
    return pathname.startsWith(folder) && pathname.length > folder.length && !pathname.slice(folder.length).includes('/');
  });
}
