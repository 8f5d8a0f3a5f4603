import { readFileSync } from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { feedHtml } from '../../src/lib/feeds/html.ts';
import { assertUniqueGuids, jobGuid, postGuid, videoGuid } from '../../src/lib/feeds/guid.ts';
import { renderJsonFeed } from '../../src/lib/feeds/json-feed.ts';
import { renderRss } from '../../src/lib/feeds/rss.ts';
import { oneLine, xmlSafe } from '../../src/lib/feeds/text.ts';
import type { FeedChannel, FeedItem } from '../../src/lib/feeds/types.ts';
import { serializeJsonLd } from '../../src/lib/json-ld.ts';
import { signatureHtml, signatureText, type SignatureInput } from '../../src/lib/signature.ts';
import { blogPosting, clipHeadline } from '../../src/lib/structured-data/blog-posting.ts';
import { breadcrumbList } from '../../src/lib/structured-data/breadcrumbs.ts';
import { feedLinksFor } from '../../src/lib/feeds/links.ts';
import { xHandle } from '../../src/lib/social.ts';
import { cardFonts, loadFonts } from '../../src/og/fonts.ts';
import { readFontMetrics } from '../../src/og/metrics.ts';
import { cleanCardText, layoutLines, measurer, type Measure } from '../../src/og/text.ts';
import { createRenderer, parseColour, slim, splitText } from '../../src/og/render.ts';
import { createGlyphPainter } from '../../src/og/glyphs.ts';
import satori from 'satori';
import sharp from 'sharp';
import { cardRunFromLog, formatCards } from '../../tools/bench/cards.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const HOSTILE = '</script><script>alert(1)</script> & ]]> Zeile\u2028Trenner \u0007Glocke 🎉';
const BASE = 'https://karriere.example.de';

const channel: FeedChannel = {
  title: `Blog ${HOSTILE}`,
  description: 'Beschreibung ]]> & <b>',
  link: `${BASE}/blog/`,
  self: `${BASE}/blog/feed.xml`,
  language: 'de-DE',
  logo: `${BASE}/logo.png`,
  icon: `${BASE}/favicon.svg`,
  copyright: '© 2026 Beispiel GmbH',
  publisher: { name: 'Beispiel GmbH', url: `${BASE}/` },
};

const item = (index: number, title: string): FeedItem => ({
  guid: `urn:uuid:00000000-0000-4000-8000-00000000000${index}`,
  title,
  url: `${BASE}/blog/beitrag-${index}/`,
  published: new Date(Date.UTC(2026, 2, 10 - index)),
  updated: undefined,
  summary: `Teaser ${HOSTILE}`,
  html: `<p>Inhalt mit ]]&gt; und &amp; und ${'\u0007'}Steuerzeichen und \u2028.</p><p>]]></p>`,
  categories: ['Ausbildung', `Thema ${HOSTILE}`],
  authors: [{ name: 'Deniz Şahin', url: `${BASE}/menschen/deniz-sahin/` }],
  image: {
    url: `${BASE}/og/blog/beitrag-${index}.png`,
    bytes: 4321,
    type: 'image/png',
    width: 1200,
    height: 630,
    alt: `Alt ${HOSTILE}`,
  },
});

describe('RSS feed writer', () => {
  const xml = renderRss(channel, [item(1, HOSTILE), item(2, 'Zweiter Beitrag')]);

  it('stays well-formed XML for hostile author text', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('\u0007');
    expect(xml).not.toMatch(/<script/i);
  });

  it('parses with rss-parser, with every field an auto-poster needs', async () => {
    const parser = new Parser<Record<string, unknown>, { 'content:encoded'?: string }>();
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe(oneLine(channel.title));
    expect(feed.items).toHaveLength(2);
    const [first] = feed.items;
    expect(first?.title).toBe('</script><script>alert(1)</script> & ]]> Zeile Trenner Glocke 🎉');
    expect(first?.guid).toBe('urn:uuid:00000000-0000-4000-8000-000000000001');
    expect(first?.link).toBe(`${BASE}/blog/beitrag-1/`);
    // A date-only value is that day in Berlin: midnight there is 23:00 UTC the day before.
    expect(new Date(first?.pubDate ?? '').toISOString()).toBe('2026-03-08T23:00:00.000Z');
    expect(first?.categories).toContain('Ausbildung');
    expect(first?.creator).toBe('Deniz Şahin');
    expect(first?.enclosure).toEqual({ url: `${BASE}/og/blog/beitrag-1.png`, length: '4321', type: 'image/png' });
    expect(first?.['content:encoded']).toContain('<p>Inhalt mit ]]&gt; und &amp; und Steuerzeichen');
    expect(first?.['content:encoded']).toContain('<p>]]></p>');
  });
});

describe('JSON Feed writer', () => {
  const text = renderJsonFeed(channel, [item(1, HOSTILE)]);
  const feed = JSON.parse(text) as Record<string, unknown> & { items: Array<Record<string, unknown>> };

  it('writes JSON Feed 1.1 with the required and the useful fields', () => {
    expect(feed['version']).toBe('https://jsonfeed.org/version/1.1');
    expect(feed['title']).toBeTypeOf('string');
    expect(feed['feed_url']).toBe(`${BASE}/blog/feed.xml`);
    const [entry] = feed.items;
    expect(entry?.['id']).toBe('urn:uuid:00000000-0000-4000-8000-000000000001');
    expect(entry?.['title']).toBe('</script><script>alert(1)</script> & ]]> Zeile Trenner Glocke 🎉');
    expect(entry?.['content_html']).toBeTypeOf('string');
    expect(entry?.['date_published']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(entry?.['authors']).toEqual([{ name: 'Deniz Şahin', url: `${BASE}/menschen/deniz-sahin/` }]);
    expect(entry?.['image']).toBe(`${BASE}/og/blog/beitrag-1.png`);
  });

  it('has no raw line separators or control characters', () => {
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u2028\u2029]/);
  });

  it('adds a job’s location, salary and deadline as the `_job` extension, and nothing to other entries', () => {
    const job: FeedItem = {
      ...item(2, 'Industriemechaniker (m/w/d)'),
      job: {
        locations: ['Hemer', `Iser${HOSTILE}`],
        salary: '42.000 € – 52.000 € pro Jahr',
        validThrough: new Date('2027-06-30'),
      },
    };
    const [withJob, without] = (JSON.parse(renderJsonFeed(channel, [job, item(1, 'Beitrag')])) as typeof feed).items;
    expect(withJob?.['_job']).toEqual({
      locations: ['Hemer', 'Iser</script><script>alert(1)</script> & ]]> Zeile Trenner Glocke 🎉'],
      salary: '42.000 € – 52.000 € pro Jahr',
      valid_through: '2027-06-30',
    });
    expect(without).not.toHaveProperty('_job');
  });
});

describe('XML-safe text', () => {
  it('removes what XML cannot carry and keeps everything else, long texts included', () => {
    const long = '<p>Grüße aus dem Werk – „Schicht 2“ 🚀 Łukasz</p>'.repeat(500);
    expect(xmlSafe(long)).toBe(long);
    expect(xmlSafe('tab\tline\nbreak\r')).toBe('tab\tline\nbreak\r');
    expect(xmlSafe(`${long}a\u0001b\u001fc`)).toBe(`${long}abc`);
    expect(xmlSafe('x\ufffey\uffffz')).toBe('xyz');
    // Lone surrogates (a title cut in the middle of an emoji) go, pairs stay.
    expect(xmlSafe(`${long}x\ud800y`)).toBe(`${long}xy`);
    expect(xmlSafe('x\udc00y\ud83d')).toBe('xy');
    expect(xmlSafe('\ud83d\ude80')).toBe('🚀');
  });
});

describe('feed HTML', () => {
  const html = feedHtml(
    [
      '<p><a href="/blog/x/">innen</a> <a href="#teil">Anker</a> <a href="javascript:alert(1)">böse</a> <a href="https://example.org/?a=1&amp;b=2">außen</a></p>',
      '<img src="/_astro/a.webp" srcset="/_astro/a-400.webp 400w, /_astro/a-800.webp 800w" alt="Bild" onerror="alert(1)">',
      '<script>alert(1)</script><iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>',
      '<div class="player" data-video-player="youtube"><button type="button">Laden</button><style>p{}</style></div>',
    ].join(''),
    `${BASE}/blog/beitrag/`,
  );

  it('makes every link and image URL absolute', () => {
    expect(html).toContain(`href="${BASE}/blog/x/"`);
    expect(html).toContain(`href="${BASE}/blog/beitrag/#teil"`);
    expect(html).toContain(`src="${BASE}/_astro/a.webp"`);
    expect(html).toContain(`srcset="${BASE}/_astro/a-400.webp 400w, ${BASE}/_astro/a-800.webp 800w"`);
    for (const match of html.matchAll(/(?:href|src)="([^"]*)"/g)) expect(match[1]).toMatch(/^https:\/\//);
  });

  it('removes scripts, iframes, buttons, styles, event handlers and javascript: links', () => {
    expect(html).not.toMatch(/<script|<iframe|<button|<style|onerror|javascript:|data-video-player/i);
    expect(html).toContain('böse');
  });
});

describe('feed guids', () => {
  it('keeps a post guid when title or slug change', () => {
    const date = new Date('2026-03-02T00:00:00Z');
    const guid = '3f2b8c1e-9a4d-4e7b-8c21-5d6e7f8a9b0c';
    expect(postGuid({ id: 'alt', date, guid }, BASE)).toBe(`urn:uuid:${guid}`);
    expect(postGuid({ id: 'neu-umbenannt', date: new Date('2026-04-01T00:00:00Z'), guid }, BASE)).toBe(`urn:uuid:${guid}`);
  });

  it('refuses two posts with the same guid, naming both files', () => {
    const guid = 'urn:uuid:3f2b8c1e-9a4d-4e7b-8c21-5d6e7f8a9b0c';
    expect(() =>
      assertUniqueGuids([
        { guid, file: 'posts/a.mdx' },
        { guid: 'tag:x,2026-01-01:/blog/b/', file: 'posts/b.mdx' },
        { guid, file: 'posts/kopie.mdx' },
      ]),
    ).toThrow(/posts\/kopie\.mdx and posts\/a\.mdx have the same guid/);
    expect(() => assertUniqueGuids([{ guid, file: 'posts/a.mdx' }])).not.toThrow();
  });

  it('falls back to a tag URI of host, first day and file id', () => {
    expect(postGuid({ id: 'erster-beitrag', date: new Date('2026-03-02T00:00:00Z') }, BASE)).toBe(
      'tag:karriere.example.de,2026-03-02:/blog/erster-beitrag/',
    );
    expect(postGuid({ id: 'x', date: new Date('2026-03-02T00:00:00Z'), guid: 'abcdef12' }, BASE)).toBe(
      'tag:karriere.example.de,2026-03-02:post/abcdef12',
    );
    expect(videoGuid({ id: 'rundgang', date: new Date('2026-02-01T00:00:00Z') }, BASE)).toBe(
      'tag:karriere.example.de,2026-02-01:/videos/rundgang/',
    );
    expect(jobGuid({ id: 'x', datePosted: new Date('2026-09-01T00:00:00Z'), personioId: '123' }, BASE)).toBe(
      'tag:karriere.example.de,2026-09-01:personio/123',
    );
  });
});

describe('structured data', () => {
  it('keeps a </script> title inside the JSON-LD script element and round-trips it', () => {
    const data = blogPosting({
      headline: HOSTILE,
      description: HOSTILE,
      url: `${BASE}/blog/x/`,
      images: [`${BASE}/og/blog/x.png`],
      datePublished: new Date('2026-03-02T00:00:00Z'),
      authors: [{ name: 'Anna Berger', url: `${BASE}/menschen/anna-berger/`, kind: 'person' }],
      publisher: { name: 'Beispiel GmbH', url: `${BASE}/`, logo: `${BASE}/logo.png` },
      keywords: ['Ausbildung'],
      inLanguage: 'de-DE',
    });
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/<\/script/i);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed['headline']).toBe(HOSTILE);
    expect(parsed['datePublished']).toBe('2026-03-02T00:00:00+01:00');
    expect(parsed['author']).toEqual([{ '@type': 'Person', name: 'Anna Berger', url: `${BASE}/menschen/anna-berger/` }]);
  });

  it('clips headlines longer than 110 characters at a word', () => {
    const long = 'Wort '.repeat(40).trim();
    const clipped = clipHeadline(long);
    expect([...clipped].length).toBeLessThanOrEqual(110);
    expect(clipped.endsWith('Wort…')).toBe(true);
  });

  it('numbers breadcrumbs from 1 with absolute URLs', () => {
    const list = breadcrumbList(
      [
        { label: 'Startseite', href: '/' },
        { label: 'Blog', href: '/blog/' },
      ],
      BASE,
    ) as { itemListElement: Array<{ position: number; item: string }> };
    expect(list.itemListElement.map((entry) => [entry.position, entry.item])).toEqual([
      [1, `${BASE}/`],
      [2, `${BASE}/blog/`],
    ]);
  });
});

describe('feed links and X handle', () => {
  const site = {
    base: BASE,
    name: 'Beispiel',
    tags: [{ id: 'ausbildung', label: 'Ausbildung' }],
    departments: [{ id: 'produktion', name: 'Produktion' }],
    locations: [{ id: 'hemer', name: 'Hemer' }],
  };

  it('announces the section feed first, then the blog feeds', () => {
    expect(feedLinksFor('/themen/ausbildung/', site).map((link) => link.href)).toEqual([
      `${BASE}/themen/ausbildung/feed.xml`,
      `${BASE}/blog/feed.xml`,
      `${BASE}/blog/feed.json`,
    ]);
    expect(feedLinksFor('/karriere/bereiche/produktion/', site)[0]?.href).toBe(`${BASE}/karriere/bereiche/produktion/feed.xml`);
    expect(feedLinksFor('/videos/x/', site)[0]?.href).toBe(`${BASE}/videos/feed.xml`);
    expect(feedLinksFor('/impressum/', site)).toHaveLength(2);
  });

  it('announces the job alerts on a department page and on a careers list filtered by location', () => {
    const department = feedLinksFor('/karriere/bereiche/produktion/', site);
    expect(department.slice(0, 4).map((link) => [link.href, link.type])).toEqual([
      [`${BASE}/karriere/bereiche/produktion/feed.xml`, 'application/rss+xml'],
      [`${BASE}/karriere/bereiche/produktion/stellen.xml`, 'application/rss+xml'],
      [`${BASE}/karriere/bereiche/produktion/stellen.json`, 'application/feed+json'],
      [`${BASE}/karriere/feed.xml`, 'application/rss+xml'],
    ]);
    expect(department[1]?.title).toBe('Beispiel: Stellen im Bereich Produktion (RSS)');
    const filtered = feedLinksFor('/karriere/auswahl/bereich/produktion/standort/hemer/', site).map((link) => link.href);
    expect(filtered.slice(0, 2)).toEqual([
      `${BASE}/karriere/standorte/hemer/stellen.xml`,
      `${BASE}/karriere/standorte/hemer/stellen.json`,
    ]);
    // A facet value that happens to be spelt like a location is not a location.
    expect(feedLinksFor('/karriere/auswahl/art/hemer/', site).map((link) => link.href)).not.toContain(
      `${BASE}/karriere/standorte/hemer/stellen.xml`,
    );
    expect(feedLinksFor('/karriere/auswahl/standort/unbekannt/', site).some((link) => link.href.includes('/standorte/'))).toBe(
      false,
    );
  });

  it('finds the X handle from the channel list', () => {
    expect(xHandle([{ kind: 'x', url: 'https://x.com/auental_rohr' }])).toBe('@auental_rohr');
    expect(xHandle([{ kind: 'linkedin', url: 'https://linkedin.com/x' }])).toBeUndefined();
  });
});

describe('e-mail signature', () => {
  const input: SignatureInput = {
    name: 'Łukasz <b>Nowak</b>',
    role: 'Vertrieb & "Service"',
    department: 'Vertrieb',
    company: {
      legalName: 'Beispiel GmbH',
      address: 'Am Werk 1, 12345 Prüfstadt',
      phone: '+49 123 4567-0',
      url: `${BASE}/`,
      seat: 'Prüfstadt',
      register: 'Amtsgericht Prüfstadt, HRB 1',
      management: ['Erika Muster'],
    },
    channels: [
      { name: 'LinkedIn', url: 'https://www.linkedin.com/company/beispiel/' },
      { name: 'Böse', url: 'javascript:alert(1)' },
    ],
    newest: { title: HOSTILE, url: `${BASE}/blog/x/` },
    colour: '#2E5A7E',
    labels: { phone: 'Telefon', newest: 'Neu im Blog', follow: 'Folgen Sie uns', seat: 'Sitz', management: 'Geschäftsführung' },
  };

  it('escapes every value and keeps only web links', () => {
    const html = signatureHtml(input);
    expect(html).toContain('Łukasz &lt;b&gt;Nowak&lt;/b&gt;');
    expect(html).not.toMatch(/<script|<b>|javascript:/i);
    expect(html).toContain('href="https://www.linkedin.com/company/beispiel/"');
    expect(html).not.toMatch(/class=/);
    expect(html).toContain('HRB 1');
  });

  it('has a plain-text twin without control characters or extra lines', () => {
    const text = signatureText(input);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u2028]/);
    expect(text.split('\n')[0]).toBe('Łukasz <b>Nowak</b>');
    expect(text).toContain(`Neu im Blog: </script><script>alert(1)</script> & ]]> Zeile Trenner Glocke 🎉`);
  });
});

describe('card text', () => {
  const fonts = loadFonts(ROOT);
  const regular = fonts.metrics.get(400) ?? [];
  const has = (code: number) => regular.some((font) => font.advances.has(code));

  it('reads the WOFF fonts, Latin Extended and Vietnamese included', () => {
    const metrics = readFontMetrics(readFileSync(cardFonts(ROOT)[0]!.file));
    expect(metrics.unitsPerEm).toBeGreaterThan(0);
    for (const char of 'ÄÖÜäöüßẞŞşŁłễ„“–…') expect(has(char.codePointAt(0)!), char).toBe(true);
    expect(has('😀'.codePointAt(0)!)).toBe(false);
  });

  it('drops emoji, control characters and what the fonts lack, never leaving a blank box', () => {
    expect(cleanCardText('Feier 🎉🎉 mit\u0007 Team 👩‍🔧\u2028und 中 Gästen', has)).toBe('Feier mit Team und Gästen');
    expect(cleanCardText('</script> & ]]>', has)).toBe('</script> & ]]>');
  });

  const fixed: Measure = { width: (text) => [...text].length * 10, has: () => true };

  it('hyphenates long German compounds and never exceeds the width', () => {
    const lines = layoutLines('Qualitätssicherungsbeauftragtenweiterbildung heute', fixed, { maxWidth: 200, maxLines: 4 });
    for (const line of lines) expect(fixed.width(line)).toBeLessThanOrEqual(200);
    expect(lines[0]).toMatch(/-$/);
    expect(lines.join('').replace(/-/g, '')).toContain('Qualitätssicherungsbeauftragten');
  });

  it('clips text that does not fit with an ellipsis', () => {
    const lines = layoutLines('eins zwei drei vier fünf sechs sieben acht neun zehn', fixed, { maxWidth: 100, maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(fixed.width(lines[1]!)).toBeLessThanOrEqual(100);
  });

  it('measures with the real fonts: a long title fits in its lines', () => {
    const measure = measurer(fonts.metrics.get(700) ?? [], 70);
    const lines = layoutLines('Vom Azubi zum Schichtleiter: was Anna Neuen in der Ausbildung rät, und warum', measure, {
      maxWidth: 1000,
      maxLines: 2,
    });
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(measure.width(line)).toBeLessThanOrEqual(1000);
  });

  it('slims satori SVG without touching used masks', () => {
    const svg =
      '<svg><mask id="a"><rect/></mask><mask id="b"><rect/></mask><g mask="url(#b)"><path d="M1 2Q3 4 5 6L5 6L7 8"/></g></svg>';
    expect(slim(svg)).toBe('<svg><mask id="b"><rect/></mask><g mask="url(#b)"><path d="M1 2Q3 4 5 6L7 8"/></g></svg>');
  });
});

describe('benchmark card report', () => {
  const cold = cardRunFromLog(
    '12:00:01   ├─ /og/index.png[einblick] social cards: 1040 rendered, 0 from cache (1102 pages) on 2 threads in 9000 ms',
  );
  const warm = cardRunFromLog('[einblick] social cards: 0 rendered, 1040 from cache (1102 pages)');

  it("reads the generator's log line", () => {
    expect(cold).toEqual({ rendered: 1040, cached: 0, pages: 1102, threads: 2, wallMs: 9000 });
    expect(warm).toMatchObject({ rendered: 0, cached: 1040, wallMs: undefined });
    expect(cardRunFromLog('no cards here')).toBeUndefined();
  });

  it('compares the runs with the targets at 1000 posts', () => {
    const text = formatCards({
      posts: 1000,
      cpuMsPerCard: 17.3,
      cold: [cold],
      warm: [warm],
      coldWallS: 29.5,
      warmWallS: 14,
      baselineWarmWallS: 12,
    });
    expect(text).toContain('cold: 1040 rendered on 2 threads in 9000 ms');
    expect(text).toContain('CPU per card: 17.3 ms');
    expect(text).toMatch(/≤ 31 s: 29\.5 s, met/);
    expect(text).toMatch(/baseline warm \(12\.0 s\): 14\.0 s, MISSED/);
    expect(text).toMatch(/≤ 20 ms: 17\.3 ms, met/);
  });
});

describe('card rendering', () => {
  const brand = { siteName: 'Testwerk', host: 'karriere.testwerk.example', primary: '#1f4e79', accent: '#c8553d' };
  const portrait = path.join(ROOT, 'tests/fixtures/basic/content/people/anna-berger.png');

  it('renders a 1200 × 630 PNG whose text never runs into the right margin, however long the title', async () => {
    const render = createRenderer(ROOT);
    const png = await render({
      page: '/blog/x/',
      url: '/og/blog/x.png',
      alt: '',
      width: 1200,
      height: 630,
      brand,
      template: 'post',
      post: {
        title: `${'Rohrleitungsbau'.repeat(12)} ${'Wort '.repeat(60)}🎉`,
        kind: 'Interview',
        department: 'Produktion',
        authors: ['Deniz Şahin', 'Łukasz Nowak', 'Thu Trang Nguyễn'.repeat(5)],
        photo: { file: portrait },
        cover: undefined,
        date: '2. März 2026',
      },
    });
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([1200, 630, 3]);
    // The body is white; nothing may be drawn in its right margin (x ≥ 1140, between stripe and footer).
    for (let y = 14; y < 540; y++) {
      for (let x = 1140; x < 1200; x++) {
        const at = (y * 1200 + x) * 3;
        expect([data[at], data[at + 1], data[at + 2]], `${x},${y}`).toEqual([255, 255, 255]);
      }
    }
    // The portrait was composited where the layout put it: its pixels are not the white body.
    const dark = [...Array(92).keys()].some((offset) => data[((470 + offset) * 1200 + 110) * 3] !== 255);
    expect(dark).toBe(true);
  });

  it("paints satori's words from glyph bitmaps as satori's own outlines would look", async () => {
    // The reference is satori drawing the same words as paths, rasterised by librsvg: the
    // painter must put every glyph where satori's shaping does (kerning, fallback fonts for
    // ễ and Ş, letter-spacing) and antialias it alike.
    const fonts = loadFonts(ROOT);
    const text = 'Qualitätssicherung „Şahin“ Nguyễn: Rohrleitungsmontage ẞ';
    const element = {
      type: 'div',
      props: {
        style: {
          display: 'flex',
          flexDirection: 'column',
          boxSizing: 'border-box',
          width: 1200,
          height: 300,
          backgroundColor: '#fff',
          padding: 20,
        },
        children: [
          { type: 'div', props: { style: { display: 'flex', fontSize: 52, fontWeight: 700, color: '#14202b' }, children: text } },
          {
            type: 'div',
            props: {
              style: { display: 'flex', fontSize: 26, letterSpacing: 1.5, color: '#1f4e79' },
              children: text.toUpperCase(),
            },
          },
          { type: 'div', props: { style: { display: 'flex', fontSize: 31, color: 'rgba(20,32,43,0.6)' }, children: text } },
        ],
      },
    };
    const options = { width: 1200, height: 300, fonts: fonts.satoriFor(text) };
    const paths = await satori(element, options);
    const reference = await sharp(Buffer.from(paths)).removeAlpha().raw().toBuffer();
    const { shapes, runs } = splitText(await satori(element, { ...options, embedFont: false }));
    expect(runs.length).toBeGreaterThan(6);
    const canvas = await sharp(Buffer.from(shapes)).removeAlpha().raw().toBuffer();
    const blank = Buffer.from(canvas);
    await createGlyphPainter(fonts.files).paint(canvas, 1200, 300, runs);
    let inked = 0;
    let difference = 0;
    let far = 0;
    for (let index = 0; index < canvas.length; index++) {
      const delta = Math.abs((canvas[index] ?? 0) - (reference[index] ?? 0));
      difference += delta;
      if (delta > 96) far++;
      if (canvas[index] !== blank[index]) inked++;
    }
    // Text was painted (a tenth of the pixels), and it matches the outlines: on average
    // under one level in 255, with hardly a pixel (edges only) far off.
    expect(inked / canvas.length).toBeGreaterThan(0.1);
    expect(difference / canvas.length).toBeLessThan(1);
    expect(far / canvas.length).toBeLessThan(0.002);
  });

  it('paints the same pixels whatever the thread painted before', async () => {
    // A build renders only changed cards; a cold build renders all of them on the same
    // threads. Both must write identical files, so a glyph's bitmap must not depend on
    // where in which atlas it was first drawn.
    const fonts = loadFonts(ROOT);
    const colour = [20, 32, 43, 255] as const;
    const run = (text: string, x: number, size: number) => ({ text, x, y: 80, size, weight: 700, letterSpacing: 0, colour });
    const card = [run('Fräulein Şahin: „Qualität“', 17.3, 41.5), run('Nguyễn', 600.6, 41.5)];
    const fresh = createGlyphPainter(fonts.files);
    const used = createGlyphPainter(fonts.files);
    const scratch = Buffer.alloc(800 * 120 * 3, 255);
    // Other glyphs, other atlas places, and the same glyphs at a size a hair away.
    const others = 'abcdefghijklmnopqrstuvwxyzÄÖÜäöüßQWERTZ0123456789';
    await used.paint(scratch, 800, 120, [
      ...[30, 36.5, 41.5, 47].map((size) => run(others, 0.4, size)),
      run('ễ Ş „“ Fräulein', 400.9, 41.52),
    ]);
    const first = Buffer.alloc(800 * 120 * 3, 255);
    const second = Buffer.alloc(800 * 120 * 3, 255);
    await fresh.paint(first, 800, 120, card);
    await used.paint(second, 800, 120, card);
    expect(first.equals(Buffer.alloc(first.length, 255))).toBe(false);
    expect(second.equals(first)).toBe(true);
  });

  it('reads the colours satori writes and refuses others', () => {
    expect(parseColour('#fff')).toEqual([255, 255, 255, 255]);
    expect(parseColour('#1f4e79')).toEqual([31, 78, 121, 255]);
    expect(parseColour('rgba(20,32,43,0.5)')).toEqual([20, 32, 43, 128]);
    expect(() => parseColour('hsl(0 0% 0%)', '/og/x.png')).toThrow(/\/og\/x\.png.*hsl/);
  });
});
