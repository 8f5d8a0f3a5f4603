/**
 * The one place that knows the site's URLs. German paths, trailing slashes.
 */
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
  careers: () => '/karriere/',
  job: (id: string) => `/karriere/${id}/`,
  department: (id: string) => `/karriere/bereiche/${id}/`,
  imprint: () => '/impressum/',
  privacy: () => '/datenschutz/',
} as const;

/** Absolute URL on the site, e.g. for canonical links and feeds. */
export function absoluteUrl(pathOrUrl: string, base: string | URL): string {
  return new URL(pathOrUrl, base).href;
}

/** The public YouTube page of a video id (a plain link; nothing is embedded). */
export const youtubeWatchUrl = (id: string) => `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`;
