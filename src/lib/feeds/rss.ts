import { effectiveInstant } from '../dates.ts';
import { escapeXml, oneLine, xmlSafe } from './text.ts';
import type { FeedChannel, FeedItem } from './types.ts';

/**
 * RSS 2.0 with the extensions readers and auto-posters use: `content:encoded` for the full
 * HTML, `dc:creator` for authors (RSS's own `author` wants an e-mail address, which the
 * site never publishes), `media:content` beside the `enclosure`, and `atom:link` for the
 * feed's own address. Text is escaped, never wrapped in CDATA, so `]]>` in author text
 * cannot end anything.
 */

/** RFC 822 date, as RSS wants it, of the instant a content date stands for. */
export const rfc822 = (date: Date) => effectiveInstant(date).toUTCString();

const element = (name: string, text: string, attributes = '') => `<${name}${attributes}>${escapeXml(text)}</${name}>`;

function item(entry: FeedItem): string {
  const { image } = entry;
  const lines = [
    element('title', oneLine(entry.title)),
    element('link', entry.url),
    element('guid', entry.guid, ' isPermaLink="false"'),
    element('pubDate', rfc822(entry.published)),
    element('description', oneLine(entry.summary)),
    element('content:encoded', xmlSafe(entry.html)),
    ...entry.categories.map((category) => element('category', oneLine(category))),
    ...entry.authors.map((author) => element('dc:creator', oneLine(author.name))),
    `<enclosure url="${escapeXml(image.url)}" length="${image.bytes}" type="${escapeXml(image.type)}"/>`,
    `<media:content url="${escapeXml(image.url)}" medium="image" type="${escapeXml(image.type)}" fileSize="${image.bytes}" width="${image.width}" height="${image.height}">` +
      `${element('media:description', oneLine(image.alt), ' type="plain"')}</media:content>`,
  ];
  return `    <item>\n${lines.map((line) => `      ${line}`).join('\n')}\n    </item>`;
}

/** The feed document; items are written in the order given (newest first). */
export function renderRss(channel: FeedChannel, items: FeedItem[]): string {
  const newest = items.reduce<Date | undefined>((latest, entry) => {
    const date = effectiveInstant(entry.updated ?? entry.published);
    return !latest || date > latest ? date : latest;
  }, undefined);
  const head = [
    element('title', oneLine(channel.title)),
    element('link', channel.link),
    element('description', oneLine(channel.description)),
    element('language', channel.language),
    element('copyright', oneLine(channel.copyright)),
    element('generator', 'Einblick'),
    ...(newest ? [element('lastBuildDate', newest.toUTCString())] : []),
    `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    `<image>${element('url', channel.logo)}${element('title', oneLine(channel.title))}${element('link', channel.link)}</image>`,
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    '  <channel>',
    ...head.map((line) => `    ${line}`),
    ...items.map(item),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
