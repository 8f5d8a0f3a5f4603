import { isoDateTime, isoDay } from '../dates.ts';
import { oneLine, xmlSafe } from './text.ts';
import type { FeedChannel, FeedItem, JobFacts } from './types.ts';

/**
 * A job's facts as a JSON Feed extension (the spec reserves keys starting with `_` for
 * them), so that an intranet widget can show location, pay and deadline without parsing HTML.
 */
const jobExtension = (job: JobFacts) => ({
  _job: {
    locations: job.locations.map(oneLine),
    salary: oneLine(job.salary),
    valid_through: isoDay(job.validThrough),
  },
});

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) with the same items as the RSS feed. */
export function jsonFeed(channel: FeedChannel, items: FeedItem[]): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: oneLine(channel.title),
    home_page_url: channel.link,
    feed_url: channel.self,
    description: oneLine(channel.description),
    icon: channel.logo,
    favicon: channel.icon,
    language: channel.language,
    authors: [{ name: oneLine(channel.publisher.name), url: channel.publisher.url }],
    items: items.map((entry) => ({
      id: entry.guid,
      url: entry.url,
      title: oneLine(entry.title),
      content_html: xmlSafe(entry.html),
      summary: oneLine(entry.summary),
      image: entry.image.url,
      date_published: isoDateTime(entry.published),
      ...(entry.updated ? { date_modified: isoDateTime(entry.updated) } : {}),
      authors: entry.authors.map((author) => ({ name: oneLine(author.name), ...(author.url ? { url: author.url } : {}) })),
      tags: entry.categories.map(oneLine),
      language: channel.language,
      attachments: [
        {
          url: entry.image.url,
          mime_type: entry.image.type,
          size_in_bytes: entry.image.bytes,
          title: oneLine(entry.image.alt),
        },
      ],
      ...(entry.job ? jobExtension(entry.job) : {}),
    })),
  };
}

/** The feed as text; U+2028 and U+2029 escaped too, for consumers that `eval` JSON. */
export const renderJsonFeed = (channel: FeedChannel, items: FeedItem[]): string =>
  `${JSON.stringify(jsonFeed(channel, items), null, 2)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}\n`;
