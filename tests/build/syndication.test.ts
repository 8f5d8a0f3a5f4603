import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, readPages, ROOT, tempDir } from '../helpers/site.ts';

/**
 * The hostile fixture (tests/fixtures/hostile: the basic fixture plus a post whose title
 * and teaser carry `</script>`, `&`, `]]>`, U+2028, a control character and emoji) built
 * once; its cards, meta tags, feeds, structured data, signatures and channels page are
 * read back with independent parsers (cheerio, rss-parser, sharp, JSON.parse).
 */

const BASE = 'https://karriere.testwerk.example';
/** The hostile title as the site publishes it: the control character removed, everything else kept. */
const TITLE = '</script><script>alert(1)</script> & ]]> Zeile\u2028Trenner Glocke 🎉 Feier';
let outDir: string;
let pages: Map<string, CheerioAPI>;
interface ItemFields {
  'content:encoded'?: string;
  media: { $: { url: string; fileSize: string; type: string } };
}
const parser = new Parser<Record<string, unknown>, ItemFields>({ customFields: { item: [['media:content', 'media']] } });

const page = (url: string): CheerioAPI => {
  const found = pages.get(url);
  if (!found) throw new Error(`page ${url} was not built`);
  return found;
};
const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
const localFile = (url: string) => {
  expect(url.startsWith(`${BASE}/`), url).toBe(true);
  return path.join(outDir, new URL(url).pathname);
};
const feeds = () => listFiles(outDir).filter((file) => file.endsWith('feed.xml'));
const jsonLd = ($: CheerioAPI) =>
  $('script[type="application/ld+json"]')
    .map((_, element) => JSON.parse($(element).text()) as Record<string, unknown>)
    .get() as Array<Record<string, unknown>>;

beforeAll(() => {
  const result = buildSite(path.join(ROOT, 'tests/fixtures/hostile/content'), path.join(tempDir('syndication'), 'dist'));
  if (result.status !== 0) throw new Error(`hostile fixture build failed:\n${result.stdout}\n${result.stderr}`);
  outDir = result.outDir;
  pages = readPages(outDir);
});

describe('social cards and meta tags', () => {
  it('gives every page Open Graph and X card tags with absolute URLs', () => {
    for (const [url, $] of pages) {
      const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content') ?? '';
      for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:image:alt', 'twitter:image:alt']) {
        expect(meta(key).length, `${url} ${key}`).toBeGreaterThan(0);
      }
      expect(meta('og:locale'), url).toBe('de_DE');
      expect(meta('twitter:card'), url).toBe('summary_large_image');
      // The 404 page has no address of its own, so no og:url.
      expect(meta('og:url') === '', url).toBe(url === '/404');
      for (const key of url === '/404' ? ['og:image', 'twitter:image'] : ['og:url', 'og:image', 'twitter:image'])
        expect(meta(key), `${url} ${key}`).toMatch(/^https:\/\/karriere\.testwerk\.example\//);
      expect(meta('og:image:width'), url).toBe('1200');
      expect(meta('og:image:height'), url).toBe('630');
    }
  });

  it('has a 1200 × 630 PNG behind every og:image, one card per page of each type', async () => {
    const images = new Set([...pages.values()].map(($) => $('meta[property="og:image"]').attr('content') ?? ''));
    for (const image of images) {
      const metadata = await sharp(localFile(image)).metadata();
      expect([metadata.format, metadata.width, metadata.height], image).toEqual(['png', 1200, 630]);
    }
    const cardOf = (url: string) => page(url)('meta[property="og:image"]').attr('content');
    expect(cardOf('/blog/erster-beitrag/')).toBe(`${BASE}/og/blog/erster-beitrag.png`);
    for (const url of [
      '/',
      '/blog/',
      '/menschen/anna-berger/',
      '/teams/taskforce/',
      '/videos/werksrundgang/',
      '/karriere/industriemechaniker/',
      '/karriere/bereiche/produktion/',
      '/themen/ausbildung/',
      '/impressum/',
    ]) {
      expect(cardOf(url), url).toBe(`${BASE}/og${url === '/' ? '/index' : url.replace(/\/$/, '')}.png`);
    }
  });

  it('draws different cards for different pages', () => {
    const bytes = (url: string) => readFileSync(path.join(outDir, url)).toString('base64');
    const cards = [
      'og/blog/erster-beitrag.png',
      'og/blog/feindlich.png',
      'og/menschen/anna-berger.png',
      'og/karriere/industriemechaniker.png',
      'og/videos/werksrundgang.png',
      'og/index.png',
    ];
    expect(new Set(cards.map(bytes)).size).toBe(cards.length);
  });

  it('marks posts as articles with time, author and tags, and profiles as profiles', () => {
    const $ = page('/blog/erster-beitrag/');
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[property="article:published_time"]').attr('content')).toBe('2026-03-02T00:00:00+01:00');
    expect($('meta[property="article:author"]').attr('content')).toBe(`${BASE}/menschen/anna-berger/`);
    expect(
      $('meta[property="article:tag"]')
        .map((_, element) => $(element).attr('content'))
        .get(),
    ).toEqual(['Ausbildung', 'Produktion']);
    expect(page('/menschen/anna-berger/')('meta[property="og:type"]').attr('content')).toBe('profile');
  });

  it('announces the feeds with absolute alternate links, the section feed first', () => {
    const alternates = (url: string) =>
      page(url)('link[rel="alternate"]')
        .map((_, element) => page(url)(element).attr('href'))
        .get();
    expect(alternates('/')).toEqual([`${BASE}/blog/feed.xml`, `${BASE}/blog/feed.json`]);
    expect(alternates('/themen/ausbildung/')[0]).toBe(`${BASE}/themen/ausbildung/feed.xml`);
    expect(alternates('/karriere/bereiche/produktion/')[0]).toBe(`${BASE}/karriere/bereiche/produktion/feed.xml`);
    expect(alternates('/videos/')[0]).toBe(`${BASE}/videos/feed.xml`);
    expect(alternates('/karriere/')[0]).toBe(`${BASE}/karriere/feed.xml`);
    for (const href of alternates('/')) expect(statSync(localFile(href)).isFile()).toBe(true);
  });
});

describe('feeds', () => {
  it('has RSS for all posts, every topic, every department, videos and jobs', () => {
    expect(feeds().sort()).toEqual(
      [
        'blog/feed.xml',
        'karriere/bereiche/personal/feed.xml',
        'karriere/bereiche/produktion/feed.xml',
        'karriere/feed.xml',
        'themen/ausbildung/feed.xml',
        'themen/produktion/feed.xml',
        'themen/veranstaltung/feed.xml',
        'videos/feed.xml',
      ].sort(),
    );
  });

  it('parses every feed with rss-parser: guid, absolute link, date, summary, content, author, enclosure', async () => {
    for (const file of feeds()) {
      const feed = await parser.parseString(read(file));
      expect(feed.items.length, file).toBeGreaterThan(0);
      const dates = feed.items.map((item) => new Date(item.pubDate ?? '').getTime());
      expect(dates, `${file} newest first`).toEqual([...dates].sort((a, b) => b - a));
      for (const item of feed.items) {
        const where = `${file} ${item.title}`;
        expect(item.guid, where).toMatch(/^(urn:uuid:|tag:karriere\.testwerk\.example,\d{4}-\d\d-\d\d:)/);
        expect(item.link, where).toMatch(/^https:\/\/karriere\.testwerk\.example\//);
        expect(Number.isNaN(dates[0]), where).toBe(false);
        expect(item.contentSnippet?.length, where).toBeGreaterThan(0);
        expect(item['content:encoded']?.length, where).toBeGreaterThan(0);
        expect(item.categories?.length, where).toBeGreaterThan(0);
        expect(item.creator, where).toBeTruthy();
        const enclosure = item.enclosure!;
        expect(enclosure.type, where).toBe('image/png');
        expect(Number(enclosure.length), where).toBe(statSync(localFile(enclosure.url)).size);
        const media = item.media.$;
        expect([media.url, media.fileSize, media.type], where).toEqual([enclosure.url, enclosure.length, 'image/png']);
      }
    }
  });

  it('uses only absolute URLs in the items, and nothing interactive', async () => {
    for (const file of feeds()) {
      const feed = await parser.parseString(read(file));
      for (const item of feed.items) {
        const $ = load(item['content:encoded'] ?? '');
        expect($('script, iframe, button, form, input, style, [onclick], [onerror]').length, `${file} ${item.title}`).toBe(0);
        $('[href], [src], [srcset]').each((_, element) => {
          for (const name of ['href', 'src', 'srcset']) {
            const value = $(element).attr(name);
            if (value !== undefined) {
              for (const url of value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')) {
                expect(url, `${file} ${item.title} ${name}`).toMatch(/^(https?:|mailto:)/);
              }
            }
          }
        });
      }
    }
    const post = (await parser.parseString(read('blog/feed.xml'))).items.find((item) => item.link === `${BASE}/blog/feindlich/`);
    const $ = load(post?.['content:encoded'] ?? '');
    expect($('a[href="https://karriere.testwerk.example/blog/erster-beitrag/"]').length).toBe(1);
    expect($('a[href="https://karriere.testwerk.example/blog/feindlich/#abschnitt"]').length).toBe(1);
    expect($('img[src^="https://karriere.testwerk.example/_astro/"]').length).toBeGreaterThanOrEqual(2);
    // The two-click player becomes a poster and a link to the watch page.
    expect($('a[href="https://karriere.testwerk.example/videos/werksrundgang/"]').length).toBeGreaterThan(0);
    for (const src of $('img')
      .map((_, element) => $(element).attr('src'))
      .get()) {
      expect(statSync(localFile(src)).isFile(), src).toBe(true);
    }
  });

  it('keeps the hostile title intact and escaped in RSS and JSON Feed', async () => {
    const rss = read('blog/feed.xml');
    expect(rss).not.toContain('<script>');
    expect(rss).not.toContain('\u0007');
    const item = (await parser.parseString(rss)).items.find((entry) => entry.link === `${BASE}/blog/feindlich/`);
    expect(item?.title).toBe(TITLE.replace('\u2028', ' '));
    expect(item?.guid).toBe('urn:uuid:3f2b8c1e-9a4d-4e7b-8c21-5d6e7f8a9b0c');
    const json = JSON.parse(read('blog/feed.json')) as {
      version: string;
      items: Array<{ id: string; title: string; url: string }>;
    };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    const entry = json.items.find((candidate) => candidate.url === `${BASE}/blog/feindlich/`);
    expect(entry?.title).toBe(TITLE.replace('\u2028', ' '));
    expect(entry?.id).toBe(item?.guid);
  });

  it('lists the same posts in RSS and JSON Feed, in the same order', async () => {
    const rss = await parser.parseString(read('blog/feed.xml'));
    const json = JSON.parse(read('blog/feed.json')) as {
      items: Array<{ id: string; content_html: string; date_published: string }>;
    };
    expect(json.items.map((entry) => entry.id)).toEqual(rss.items.map((entry) => entry.guid));
    for (const entry of json.items) {
      expect(entry.content_html.length).toBeGreaterThan(0);
      expect(entry.date_published).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    }
  });

  it('leaves out drafts, scheduled posts, expired jobs and people without consent', () => {
    for (const file of [...feeds(), 'blog/feed.json']) {
      const text = read(file);
      for (const hidden of ['Geheimer Entwurf', 'Geplanter Beitrag', 'Abgelaufene Stelle', 'Ohnezustimmung']) {
        expect(text, `${file}: ${hidden}`).not.toContain(hidden);
      }
    }
  });
});

describe('structured data', () => {
  it('keeps every JSON-LD block parseable, the hostile title inside its script element', () => {
    for (const [url, $] of pages) {
      $('script[type="application/ld+json"]').each((_, element) => {
        expect(() => JSON.parse($(element).text()), url).not.toThrow();
      });
    }
    const $ = page('/blog/feindlich/');
    const posting = jsonLd($).find((item) => item['@type'] === 'BlogPosting');
    expect(posting?.['headline']).toBe(TITLE);
    expect(
      $('script').filter(
        (_, element) => $(element).text().includes('alert(1)') && $(element).attr('type') !== 'application/ld+json',
      ).length,
    ).toBe(0);
    expect($('h1').text()).toBe(TITLE);
    expect($('title').text()).toContain('</script><script>alert(1)</script> & ]]>');
  });

  it('describes the publisher on the home page, posts, profiles and the way down', () => {
    const home = jsonLd(page('/'));
    const organization = home.find((item) => item['@type'] === 'Organization');
    expect(organization?.['legalName']).toBe('Testwerk GmbH');
    expect((organization?.['logo'] as { url: string }).url).toMatch(/^https:\/\//);
    expect(home.some((item) => item['@type'] === 'WebSite')).toBe(true);

    const posting = jsonLd(page('/blog/mit-bild/')).find((item) => item['@type'] === 'BlogPosting');
    expect(posting?.['datePublished']).toBe('2026-05-10T00:00:00+02:00');
    expect(posting?.['author']).toEqual([
      { '@type': 'Person', name: 'Jonas Keller', url: `${BASE}/menschen/jonas-keller/` },
      { '@type': 'Organization', name: 'Social-Media-Taskforce', url: `${BASE}/teams/taskforce/` },
    ]);
    expect((posting?.['publisher'] as { logo: { url: string } }).logo.url).toMatch(/^https:\/\//);
    expect((posting?.['image'] as string[]).every((url) => url.startsWith(`${BASE}/`))).toBe(true);

    const person = jsonLd(page('/menschen/anna-berger/')).find((item) => item['@type'] === 'Person');
    expect([person?.['name'], person?.['jobTitle'], person?.['url']]).toEqual([
      'Anna Berger',
      'Verfahrensmechanikerin',
      `${BASE}/menschen/anna-berger/`,
    ]);

    const crumbs = jsonLd(page('/blog/erster-beitrag/')).find((item) => item['@type'] === 'BreadcrumbList') as {
      itemListElement: Array<{ position: number; name: string; item: string }>;
    };
    expect(crumbs.itemListElement.map((entry) => entry.item)).toEqual([
      `${BASE}/`,
      `${BASE}/blog/`,
      `${BASE}/blog/erster-beitrag/`,
    ]);
    expect(jsonLd(page('/')).some((item) => item['@type'] === 'BreadcrumbList')).toBe(false);
  });
});

describe('e-mail signatures and the channels page', () => {
  it('gives every person with consent an unindexed signature page with HTML and plain text', () => {
    expect(pages.has('/menschen/ohne-einwilligung/signatur/')).toBe(false);
    const $ = page('/menschen/anna-berger/signatur/');
    expect($('meta[name="robots"]').attr('content')).toContain('noindex');
    const preview = $('.signature-preview');
    expect(preview.find('table').length).toBe(1);
    expect(preview.text()).toContain('Anna Berger');
    expect(preview.text()).toContain('Verfahrensmechanikerin');
    expect(preview.text()).toContain('Testwerk GmbH');
    expect(preview.find('a[href="https://www.linkedin.com/company/testwerk-example"]').length).toBe(1);
    // The newest post is the hostile one: linked, and escaped.
    expect(preview.find(`a[href="${BASE}/blog/feindlich/"]`).text()).toBe(TITLE);
    expect(preview.find('script').length).toBe(0);
    expect(preview.find('[class]').length).toBe(0);
    const html = $('#signature-html-source').text();
    expect(load(html)('table').length).toBe(1);
    const text = $('#signature-text-source').text();
    expect(text.split('\n')[0]).toBe('Anna Berger');
    expect(text).toContain(`${BASE}/blog/feindlich/`);
    expect(read('sitemap-0.xml')).not.toContain('/signatur/');
  });

  it('lets the CSP apply exactly the preview inline styles, so the copied signature keeps them', () => {
    const $ = page('/menschen/anna-berger/signatur/');
    const csp = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    const directive = csp
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith('style-src-attr'));
    expect(directive).toContain("'unsafe-hashes'");
    const styles = $('.signature-preview [style]')
      .map((_, element) => $(element).attr('style'))
      .get();
    expect(styles.length).toBeGreaterThan(3);
    for (const style of styles) {
      expect(directive, style).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    }
    // Other pages keep style attributes forbidden.
    expect(page('/menschen/anna-berger/')('meta[http-equiv="content-security-policy"]').attr('content')).not.toContain(
      'unsafe-hashes',
    );
  });

  it('lists every channel with what it offers, and every feed', () => {
    const $ = page('/kanaele/');
    expect($('h1').text()).toBe('Kanäle');
    expect($('main a[href="https://www.linkedin.com/company/testwerk-example"]').length).toBe(1);
    expect($('main').text()).toContain('Neuigkeiten aus dem Werk.');
    for (const feed of [
      'blog/feed.xml',
      'blog/feed.json',
      'videos/feed.xml',
      'karriere/feed.xml',
      'themen/ausbildung/feed.xml',
      'karriere/bereiche/personal/feed.xml',
    ]) {
      expect($(`a[href="${BASE}/${feed}"]`).length, feed).toBe(1);
    }
    expect(page('/')('footer a[href="/kanaele/"]').length).toBe(1);
  });
});
