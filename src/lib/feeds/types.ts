/** One entry of a feed, in the form both writers (RSS and JSON Feed) take. */
export interface FeedItem {
  /** Never changes for the entry (see guid.ts). */
  guid: string;
  title: string;
  /** Absolute URL of the entry's page. */
  url: string;
  published: Date;
  updated?: Date | undefined;
  /** Plain-text teaser. */
  summary: string;
  /** The full entry as HTML: absolute URLs, nothing interactive. */
  html: string;
  categories: string[];
  authors: Array<{ name: string; url?: string | undefined }>;
  /** The social card (or cover): absolute URL, size in bytes, MIME type. */
  image: { url: string; bytes: number; type: string; width: number; height: number; alt: string };
  /** A job's facts for job alerts; JSON Feed writes them as its `_job` extension. */
  job?: JobFacts | undefined;
}

/** What a candidate following a job alert wants to see without opening the page. */
export interface JobFacts {
  /** Location names. */
  locations: string[];
  /** The salary range as German text, e.g. `42.000 € – 52.000 € pro Jahr`. */
  salary: string;
  /** The last day to apply. */
  validThrough: Date;
}

/** A feed's own data. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed belongs to. */
  link: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** e.g. `de-DE`. */
  language: string;
  /** Absolute URL of the site logo. */
  logo: string;
  /** Absolute URL of the site icon. */
  icon: string;
  copyright: string;
  /** The publisher, for JSON Feed's `authors`. */
  publisher: { name: string; url: string };
}
