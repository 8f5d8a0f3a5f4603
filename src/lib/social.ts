/**
 * What a page tells link previews (Open Graph, X cards) and feed readers about itself,
 * beyond title and description. Pages pass these to BaseLayout; BaseHead renders them.
 */

/** The preview image: the page's social card unless a page brings its own. */
export interface SocialImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
  /** MIME type, e.g. `image/png`. */
  type: string;
}

/** `og:type`s the site uses. */
export type OgType = 'website' | 'article' | 'profile' | 'video.other';

/** Open Graph article data, for posts. */
export interface ArticleMeta {
  publishedTime: Date;
  modifiedTime?: Date | undefined;
  /** Absolute URLs of the authors' profiles (or the credited team's page). */
  authors: string[];
  /** Topic labels. */
  tags: string[];
  /** The department, if any. */
  section?: string | undefined;
}

/** A feed announced with `<link rel="alternate">`. */
export interface FeedLink {
  /** Absolute URL. */
  href: string;
  title: string;
  type: 'application/rss+xml' | 'application/feed+json';
}

/** The X handle (`@name`) of the site's X channel, for `twitter:site`. */
export function xHandle(channels: ReadonlyArray<{ kind: string; url: string; handle?: string | undefined }>): string | undefined {
  const channel = channels.find((candidate) => candidate.kind === 'x');
  if (!channel) return undefined;
  const handle = channel.handle ?? `@${new URL(channel.url).pathname.split('/').filter(Boolean)[0] ?? ''}`;
  return /^@\w{1,15}$/.test(handle) ? handle : undefined;
}
