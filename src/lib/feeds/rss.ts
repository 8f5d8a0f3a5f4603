import { randomUUID } from 'node:crypto';
import RSS from 'rss';
import { effectiveInstant } from '../dates.ts';
import { escapeXml, oneLine, xmlSafe } from './text.ts';
import type { FeedChannel, FeedItem } from './types.ts';

/**
 * RSS 2.0 written by the `rss` package (the design card's choice) with the extensions
 * readers and auto-posters use: `content:encoded` for the full HTML, `dc:creator` for
 * authors (RSS's own `author` wants an e-mail address, which the site never publishes),
 * `media:content` beside the `enclosure`, and `atom:link` for the feed's own address.
 *
 * What is done around the package, and why:
 * - Text goes in XML-safe (`oneLine`, `xmlSafe`): the package writes control characters,
 *   U+FFFE/U+FFFF and lone surrogates as they are, which no XML parser accepts.
 * - Authors and the HTML go in as custom elements: the package's `author` option writes
 *   only one `dc:creator`, and custom text is escaped rather than wrapped in CDATA.
 * - The CDATA sections the package wraps titles, teasers, categories, copyright and
 *   language in are rewritten as escaped text. In CDATA a title like
 *   `</script><script>…` stands in the file as it is, and runs as a script where the feed
 *   is ever read as HTML (a wrong content type, a widget that strips the CDATA markers).
 * - A post's whole HTML (`content:encoded`) goes in as a placeholder and is put in
 *   afterwards, escaped by `escapeXml`: the package escapes text one character at a time,
 *   which made a 1000-item feed 3.5 times slower to write (283 → 1018 ms, median).
 * - `lastBuildDate`: the package always writes the time of the call; the feed says when
 *   its newest entry changed instead (none without entries), so a rebuild of the same
 *   content writes the same bytes.
 */

/** RFC 822 date, as RSS wants it, of the instant a content date stands for. */
export const rfc822 = (date: Date) => effectiveInstant(date).toUTCString();

const MEDIA_NAMESPACE = 'http://search.yahoo.com/mrss/';

/** One CDATA section as the `xml` package writes it (it splits text at `]]>` into several). */
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/** The package's own `lastBuildDate` line (the first one: no CDATA is left to hide a look-alike). */
const LAST_BUILD_DATE = /\n *<lastBuildDate>[^<]*<\/lastBuildDate>/;

/** Stands in for one item's HTML; the nonce makes it a text no author can have written. */
const bodyMark = (nonce: string, index: number) => `einblick-body-${nonce}-${index}`;

function itemOptions(entry: FeedItem, body: string): RSS.ItemOptions {
  const { image } = entry;
  return {
    title: oneLine(entry.title),
    description: oneLine(entry.summary),
    url: xmlSafe(entry.url),
    guid: xmlSafe(entry.guid),
    date: effectiveInstant(entry.published),
    categories: entry.categories.map(oneLine),
    enclosure: { url: xmlSafe(image.url), size: image.bytes, type: xmlSafe(image.type) },
    custom_elements: [
      { 'content:encoded': body },
      ...entry.authors.map((author) => ({ 'dc:creator': oneLine(author.name) })),
      {
        'media:content': [
          {
            _attr: {
              url: xmlSafe(image.url),
              medium: 'image',
              type: xmlSafe(image.type),
              fileSize: image.bytes,
              width: image.width,
              height: image.height,
            },
          },
          { 'media:description': [{ _attr: { type: 'plain' } }, oneLine(image.alt)] },
        ],
      },
    ],
  };
}

/** The feed document; items are written in the order given (newest first). */
export function renderRss(channel: FeedChannel, items: FeedItem[]): string {
  const newest = items.reduce<Date | undefined>((latest, entry) => {
    const date = effectiveInstant(entry.updated ?? entry.published);
    return !latest || date > latest ? date : latest;
  }, undefined);
  const feed = new RSS({
    title: oneLine(channel.title),
    description: oneLine(channel.description),
    site_url: xmlSafe(channel.link),
    feed_url: xmlSafe(channel.self),
    image_url: xmlSafe(channel.logo),
    generator: 'Einblick',
    copyright: oneLine(channel.copyright),
    language: oneLine(channel.language),
    custom_namespaces: { media: MEDIA_NAMESPACE },
  });
  const nonce = randomUUID();
  items.forEach((entry, index) => feed.item(itemOptions(entry, bodyMark(nonce, index))));
  const bodies = new Map(items.map((entry, index) => [bodyMark(nonce, index), entry.html]));
  const xml = feed
    .xml({ indent: '  ' })
    .replace(CDATA, (_, text: string) => escapeXml(text))
    .replace(
      new RegExp(`<content:encoded>(einblick-body-${nonce}-\\d+)</content:encoded>`, 'g'),
      (_, mark: string) => `<content:encoded>${escapeXml(bodies.get(mark) ?? '')}</content:encoded>`,
    )
    .replace(LAST_BUILD_DATE, newest ? `\n    <lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : '');
  // The package puts `<rss>` on the declaration's line and ends without a line break.
  return `${xml.replace('?><rss ', '?>\n<rss ')}\n`;
}
