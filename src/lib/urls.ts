/**
 * The one place that knows the site's URLs. German paths, trailing slashes.
 */

/** A feed's file extension: RSS 2.0 or JSON Feed 1.1. */
export type FeedFormat = 'xml' | 'json';

export const paths = {
  home: () => '/',
  blog: (page = 1) => (page <= 1 ? '/blog/' : `/blog/${page}/`),
  post: (id: string) => `/blog/${id}/`,
  topics: () => '/themen/',
  topic: (tag: string) => `/themen/${tag}/`,
  people: () => '/menschen/',
  person: (id: string) => `/menschen/${id}/`,
  teams: () => '/teams/',
  team: (id: string) => `/teams/${id}/`,
  videos: () => '/videos/',
  video: (id: string) => `/videos/${id}/`,
  /**
   * A pre-rendered gallery filter: `{ kind: 'interview' }` → `/videos/art/interviews/`,
   * `{ department: 'produktion' }` → `/videos/bereich/produktion/`, both → `/videos/art/interviews/bereich/produktion/`.
   */
  videoFilter: (filter: { kind?: string | undefined; department?: string | undefined }) =>
    `/videos/${[
      ...(filter.kind ? ['art', VIDEO_KIND_SLUGS[filter.kind] ?? filter.kind] : []),
      ...(filter.department ? ['bereich', filter.department] : []),
    ]
      .map((segment) => `${segment}/`)
      .join('')}`,
  /** A local video or captions file of a video, copied into the build, e.g. `/videos/rundgang/rundgang.mp4`. */
  videoFile: (id: string, name: string) => `/videos/${id}/${encodeURIComponent(name)}`,
  careers: () => '/karriere/',
  job: (id: string) => `/karriere/${id}/`,
  department: (id: string) => `/karriere/bereiche/${id}/`,
  /** A pre-rendered job filter selection, e.g. `['standort', 'hemer']` → `/karriere/auswahl/standort/hemer/`. */
  jobFilter: (segments: readonly string[]) => (segments.length === 0 ? '/karriere/' : `/karriere/auswahl/${segments.join('/')}/`),
  /** Raster logo for JobPosting structured data (Google wants at least 112 px). */
  careersLogo: () => '/karriere/logo.png',
  imprint: () => '/impressum/',
  privacy: () => '/datenschutz/',
  /** The accessibility statement („Erklärung zur Barrierefreiheit“), when site.yaml has one. */
  accessibility: () => '/barrierefreiheit/',
  /** The search page; `?q=` carries the query (the header's search field submits here). */
  search: () => '/suche/',
  /** Where to find the company: social channels and feeds. */
  channels: () => '/kanaele/',
  /** A person's e-mail signature (unindexed, for the person to copy). */
  signature: (id: string) => `/menschen/${id}/signatur/`,
  /** RSS 2.0 of all posts. */
  postsFeed: () => '/blog/feed.xml',
  /** JSON Feed 1.1 of all posts. */
  postsJsonFeed: () => '/blog/feed.json',
  /** RSS 2.0 of one topic's posts. */
  topicFeed: (tag: string) => `/themen/${tag}/feed.xml`,
  /** RSS 2.0 of one department's posts. */
  departmentFeed: (id: string) => `/karriere/bereiche/${id}/feed.xml`,
  /** Job alerts: one department's open jobs, RSS 2.0 (`xml`) or JSON Feed 1.1 (`json`). */
  departmentJobsFeed: (id: string, format: FeedFormat) => `/karriere/bereiche/${id}/stellen.${format}`,
  /** Job alerts: the open jobs at one location, RSS 2.0 (`xml`) or JSON Feed 1.1 (`json`). */
  locationJobsFeed: (id: string, format: FeedFormat) => `/karriere/standorte/${id}/stellen.${format}`,
  /** RSS 2.0 of all videos. */
  videosFeed: () => '/videos/feed.xml',
  /** RSS 2.0 of all open jobs. */
  jobsFeed: () => '/karriere/feed.xml',
  /** The social card (1200 × 630 PNG) of a page: `/blog/x/` → `/og/blog/x.png`, `/` → `/og/index.png`. */
  card: (page: string) => `/og/${page.replace(/^\/+|\/+$/g, '') || 'index'}.png`,
} as const;

/** Absolute URL on the site, e.g. for canonical links and feeds. */
export function absoluteUrl(pathOrUrl: string, base: string | URL): string {
  return new URL(pathOrUrl, base).href;
}

/** The public YouTube page of a video id (a plain link; nothing is embedded). */
export const youtubeWatchUrl = (id: string) => `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`;

/** German URL segments of the video kinds in gallery filters (`tutorial` → `anleitungen`). */
export const VIDEO_KIND_SLUGS: Readonly<Record<string, string>> = {
  interview: 'interviews',
  montage: 'montage',
  tutorial: 'anleitungen',
  event: 'veranstaltungen',
};

/** The privacy-friendly YouTube player of a video id; nothing is requested until a visitor asks for it. */
export const youtubeEmbedUrl = (id: string) => `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}`;

/** A `tel:` link of a written phone number: `+49 2371 96480-212` → `tel:+49237196480212`. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+\d]/g, '')}`;
