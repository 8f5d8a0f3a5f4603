import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRss } from '../../src/lib/feeds/rss.ts';
import type { FeedChannel, FeedItem } from '../../src/lib/feeds/types.ts';

/**
 * The RSS writer (the `rss` package and what is done around it) read back by two
 * independent parsers: hostile titles, teasers, bodies, categories and authors come out
 * exactly as they went in, less the characters XML 1.0 cannot carry at all.
 */

const BASE = 'https://karriere.example.de';

/** Every character XML 1.0 forbids, even escaped: C0 controls but tab and line breaks, U+FFFE, U+FFFF, lone surrogates. */
const FORBIDDEN = [
  ...Array.from({ length: 9 }, (_, code) => String.fromCharCode(code)),
  '\u000b',
  '\u000c',
  ...Array.from({ length: 18 }, (_, offset) => String.fromCharCode(0x0e + offset)),
  '\ufffe',
  '\uffff',
  '\udfff',
  '\ud800',
].join('');

/** Text that ends CDATA sections, opens new ones, looks like markup or entities, or needs a surrogate pair. */
const MARKUP = "</script><script>alert(1)</script> & &amp; ]]> ]]]]> <![CDATA[x]]> \"'<b>' 🎉 Łukasz";

const channel: FeedChannel = {
  title: `Blog ${MARKUP}`,
  description: `Beschreibung ${MARKUP}`,
  link: `${BASE}/blog/`,
  self: `${BASE}/blog/feed.xml`,
  language: 'de-DE',
  logo: `${BASE}/logo.png`,
  icon: `${BASE}/favicon.svg`,
  copyright: '© 2026 Beispiel & Söhne GmbH',
  publisher: { name: 'Beispiel GmbH', url: `${BASE}/` },
};

const entry = (index: number, overrides: Partial<FeedItem> = {}): FeedItem => ({
  guid: `urn:uuid:00000000-0000-4000-8000-00000000000${index}`,
  title: `Beitrag ${index}`,
  url: `${BASE}/blog/beitrag-${index}/?a=1&b=2`,
  published: new Date(Date.UTC(2026, 2, 10 - index)),
  updated: undefined,
  summary: `Teaser ${index}`,
  html: `<p>Inhalt ${index}</p>`,
  categories: ['Ausbildung'],
  authors: [{ name: 'Deniz Şahin' }],
  image: { url: `${BASE}/og/blog/beitrag-${index}.png`, bytes: 4321, type: 'image/png', width: 1200, height: 630, alt: 'Karte' },
  ...overrides,
});

const hostile = entry(1, {
  title: `]]>${MARKUP}${FORBIDDEN} Ende]]`,
  summary: `Teaser ${FORBIDDEN}${MARKUP}`,
  html: `<p>]]></p><p>${MARKUP}</p>\n<p>a${FORBIDDEN}b</p><![CDATA[<p>nicht</p>]]></content:encoded><p>]]`,
  categories: [`Thema & <Technik>`, `]]>${FORBIDDEN}`, 'Ausbildung'],
  authors: [{ name: `Anna <Berger> & ${FORBIDDEN}Co` }, { name: 'Łukasz Nowak' }],
  updated: new Date(Date.UTC(2026, 2, 12, 8, 30)),
});
const items = [hostile, entry(2), entry(3, { html: '' })];
const xml = renderRss(channel, items);

/** What the parsers must return: the text less what XML forbids (line breaks in one-line fields made spaces). */
const TITLE = `]]>${MARKUP} Ende]]`;
const BODY = `<p>]]></p><p>${MARKUP}</p>\n<p>ab</p><![CDATA[<p>nicht</p>]]></content:encoded><p>]]`;

interface Parsed {
  rss: Array<{
    channel: Array<{
      title: string[];
      lastBuildDate: string[];
      'atom:link': Array<Record<string, string>>;
      item: Array<Record<string, Array<string | Record<string, string>>>>;
    }>;
  }>;
}
const fastXml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});

describe('RSS writer with hostile text', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is well-formed XML without CDATA, raw markup from author text or forbidden characters', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<![CDATA[');
    expect(xml).not.toMatch(/<script|<b>|<Berger>|<Technik>/i);
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml.isWellFormed()).toBe(true);
  });

  it('round-trips titles, teasers, bodies, categories and authors through rss-parser', async () => {
    const parser = new Parser<Record<string, unknown>, { 'content:encoded'?: string; creators?: string[] }>({
      customFields: { item: [['dc:creator', 'creators', { keepArray: true }]] },
    });
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe(`Blog ${MARKUP}`);
    expect(feed.description).toBe(`Beschreibung ${MARKUP}`);
    expect(feed.items.map((item) => item.guid)).toEqual(items.map((item) => item.guid));
    const [first, second, third] = feed.items;
    expect(first?.title).toBe(TITLE);
    expect(first?.content).toBe(`Teaser ${MARKUP}`);
    expect(first?.['content:encoded']).toBe(BODY);
    expect(first?.categories).toEqual(['Thema & <Technik>', ']]>', 'Ausbildung']);
    expect(first?.creators).toEqual(['Anna <Berger> & Co', 'Łukasz Nowak']);
    expect(first?.link).toBe(`${BASE}/blog/beitrag-1/?a=1&b=2`);
    expect(second?.['content:encoded']).toBe('<p>Inhalt 2</p>');
    expect(third?.['content:encoded']).toBe('');
  });

  it('round-trips the same text, attributes and namespaces through fast-xml-parser', () => {
    const parsed = fastXml.parse(xml) as Parsed & { rss: Array<Record<string, string>> };
    const rss = parsed.rss[0]!;
    expect([rss['@version'], rss['@xmlns:content'], rss['@xmlns:dc'], rss['@xmlns:atom'], rss['@xmlns:media']]).toEqual([
      '2.0',
      'http://purl.org/rss/1.0/modules/content/',
      'http://purl.org/dc/elements/1.1/',
      'http://www.w3.org/2005/Atom',
      'http://search.yahoo.com/mrss/',
    ]);
    const feed = parsed.rss[0]!.channel[0]!;
    expect(feed.title).toEqual([`Blog ${MARKUP}`]);
    expect(feed['atom:link']).toEqual([{ '@href': `${BASE}/blog/feed.xml`, '@rel': 'self', '@type': 'application/rss+xml' }]);
    expect(feed.item).toHaveLength(3);
    const first = feed.item[0]!;
    const text = (name: string) => first[name]?.map((value) => (typeof value === 'string' ? value : value['#text']));
    expect(text('title')).toEqual([TITLE]);
    expect(text('description')).toEqual([`Teaser ${MARKUP}`]);
    expect(text('content:encoded')).toEqual([BODY]);
    expect(text('category')).toEqual(['Thema & <Technik>', ']]>', 'Ausbildung']);
    expect(text('dc:creator')).toEqual(['Anna <Berger> & Co', 'Łukasz Nowak']);
    expect(text('guid')).toEqual([hostile.guid]);
    expect(first['guid']?.[0]).toMatchObject({ '@isPermaLink': 'false' });
    expect(first['enclosure']).toEqual([{ '@url': hostile.image.url, '@length': '4321', '@type': 'image/png' }]);
    expect(first['media:content']?.[0]).toMatchObject({ '@url': hostile.image.url, '@fileSize': '4321', '@width': '1200' });
    // A date-only value is that day in Berlin: midnight there is 23:00 UTC the day before.
    expect(text('pubDate')).toEqual(['Sun, 08 Mar 2026 23:00:00 GMT']);
  });

  it('dates the feed by its newest change, not by the clock, and leaves the date out without entries', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-05T05:05:05Z'));
    const later = renderRss(channel, items);
    expect(later).toBe(xml);
    expect(later.match(/<lastBuildDate>/g)).toHaveLength(1);
    expect(later).toContain('<lastBuildDate>Thu, 12 Mar 2026 08:30:00 GMT</lastBuildDate>');
    expect(renderRss(channel, [])).not.toContain('lastBuildDate');
  });
});
