import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { load } from 'cheerio';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkedPages, pageListDifferences } from '../helpers/check-pages.ts';
import { englishFeedsFixture } from '../helpers/english-fixture.ts';
import { buildSiteOrThrow, FIXTURE_NOW, listFiles, readPages, tempDir } from '../helpers/site.ts';

/**
 * The English feeds, the language of structured data, `/en/suche/`, `/en/kanaele/` and
 * the check's knowledge of English pages, on the English fixture with translations
 * (tests/fixtures/english/feeds/README.md). Feeds are read with rss-parser and JSON.parse.
 */

const BASE = 'https://karriere.testwerk.example';
const parser = new Parser<Record<string, unknown>, { 'content:encoded'?: string }>({
  customFields: { item: ['content:encoded'] },
});
type Feed = Awaited<ReturnType<typeof parser.parseString>>;

let content = '';
let outDir = '';
let files: string[] = [];
let pages = new Map<string, CheerioAPI>();
const rss = new Map<string, Feed>();
const language = new Map<string, string>();

beforeAll(async () => {
  content = englishFeedsFixture();
  outDir = buildSiteOrThrow(content, path.join(tempDir('english-feeds'), 'dist')).outDir;
  files = listFiles(outDir);
  pages = readPages(outDir);
  for (const file of files.filter((name) => name.endsWith('.xml') && !name.startsWith('sitemap'))) {
    const text = readFileSync(path.join(outDir, file), 'utf8');
    rss.set(`/${file}`, await parser.parseString(text));
    language.set(`/${file}`, load(text, { xml: true })('channel > language').text());
  }
}, 900_000);

const feed = (url: string): Feed => {
  const found = rss.get(url);
  if (!found) throw new Error(`feed ${url} was not built`);
  return found;
};
const page = (url: string): CheerioAPI => {
  const found = pages.get(url);
  if (!found) throw new Error(`page ${url} was not built`);
  return found;
};
const json = (url: string) =>
  JSON.parse(readFileSync(path.join(outDir, url), 'utf8')) as {
    language: string;
    feed_url: string;
    items: Array<{ id: string; url: string; title: string; language: string; content_html: string }>;
  };

const englishFeeds = () => [...rss.keys()].filter((url) => url.startsWith('/en/')).sort();
const germanFeeds = () => [...rss.keys()].filter((url) => !url.startsWith('/en/'));
const titles = (url: string) => feed(url).items.map((item) => item.title);

describe('English feeds', () => {
  it('exist at /en + the German feed’s address: topics with English posts, translated departments, alerts everywhere', () => {
    expect(englishFeeds()).toEqual(
      [
        '/en/blog/feed.xml',
        '/en/karriere/feed.xml',
        '/en/videos/feed.xml',
        '/en/themen/ausbildung/feed.xml',
        '/en/themen/produktion/feed.xml',
        '/en/themen/veranstaltung/feed.xml',
        // Only Produktion has an English text; every department and location has job alerts.
        '/en/karriere/bereiche/produktion/feed.xml',
        '/en/karriere/bereiche/produktion/stellen.xml',
        '/en/karriere/bereiche/personal/stellen.xml',
        '/en/karriere/standorte/nordwerk/stellen.xml',
        '/en/karriere/standorte/suedwerk/stellen.xml',
      ].sort(),
    );
    // Beside the RSS: JSON Feed of all posts and of each job alert, as in German.
    for (const url of ['/en/blog/feed.xml', ...englishFeeds().filter((each) => each.endsWith('/stellen.xml'))]) {
      expect(files, url).toContain(url.slice(1).replace(/\.xml$/, '.json'));
    }
  });

  it('hold only English items: translated titles, English pages, ids no German item has', () => {
    const germanIds = new Set(germanFeeds().flatMap((url) => feed(url).items.map((item) => item.guid)));
    const germanTitles = new Set(germanFeeds().flatMap(titles));
    expect(titles('/en/blog/feed.xml')).toEqual(['Open day', 'From apprentice to shift lead & beyond']);
    expect(titles('/en/karriere/feed.xml')).toEqual(['Industrial mechanic (m/f/d)']);
    expect(titles('/en/videos/feed.xml')).toEqual(['Factory tour']);
    expect(titles('/en/themen/produktion/feed.xml')).toEqual(['From apprentice to shift lead & beyond']);
    expect(titles('/en/karriere/bereiche/personal/stellen.xml')).toEqual([]);
    for (const url of englishFeeds()) {
      const { title, link, items } = feed(url);
      expect(language.get(url), url).toBe('en-GB');
      expect(title, url).not.toMatch(/Stellen|Bereich|Thema/);
      expect(link, url).toMatch(new RegExp(`^${BASE}/en/`));
      for (const item of items) {
        expect(item.link, url).toMatch(new RegExp(`^${BASE}/en/`));
        expect(germanIds.has(item.guid!), `${url}: ${item.guid}`).toBe(false);
        expect(germanTitles.has(item.title!), `${url}: ${item.title}`).toBe(false);
      }
    }
    // Neither a draft translation nor the translation of a German draft appears.
    const all = englishFeeds().flatMap(titles).join('\n');
    expect(all).not.toMatch(/Three questions|Secret draft/);
  });

  it('carry the English body with absolute links, and English words from the dictionary', () => {
    const [post] = feed('/en/themen/produktion/feed.xml').items;
    const body = post?.['content:encoded'] ?? '';
    expect(body).toContain('With an internship in pipe production.');
    expect(body).not.toContain('Praktikum');
    const $ = load(body);
    const urls = $('[href], [src]')
      .toArray()
      .map((element) => $(element).attr('href') ?? $(element).attr('src') ?? '');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url, url).toMatch(/^(?:https:|mailto:)/);
    expect(urls).toContain(`${BASE}/en/karriere/industriemechaniker/#bewerben`);
    const [job] = feed('/en/karriere/bereiche/produktion/stellen.xml').items;
    expect(job?.contentSnippet).toMatch(/Full-time, Nordwerk, Südwerk, €42,000 – €52,000 per year\. Apply by 30 June 2027\./);
    expect(feed('/en/karriere/bereiche/produktion/stellen.xml').description).toContain(
      `${BASE}/karriere/bereiche/produktion/stellen.xml`,
    );
  });

  it('as JSON Feed: the same items, in English', () => {
    const blog = json('en/blog/feed.json');
    expect(blog.language).toBe('en-GB');
    expect(blog.feed_url).toBe(`${BASE}/en/blog/feed.json`);
    expect(blog.items.map((item) => [item.id, item.title])).toEqual(
      feed('/en/blog/feed.xml').items.map((item) => [item.guid, item.title]),
    );
    expect(blog.items.every((item) => item.language === 'en-GB')).toBe(true);
    const alert = json('en/karriere/standorte/nordwerk/stellen.json');
    expect(alert.items.map((item) => item.url)).toEqual([`${BASE}/en/karriere/industriemechaniker/`]);
  });

  it('are announced by English pages, and the German pages keep the German feeds', () => {
    const links = ($: CheerioAPI) =>
      $('head link[rel="alternate"][type]')
        .toArray()
        .map((link) => new URL($(link).attr('href') ?? '').pathname);
    expect(links(page('/en/impressum/'))).toEqual(['/en/blog/feed.xml', '/en/blog/feed.json']);
    expect(links(page('/impressum/'))).toEqual(['/blog/feed.xml', '/blog/feed.json']);
    for (const [url, $] of pages) {
      for (const href of links($)) {
        expect(files, `${url} announces ${href}`).toContain(href.slice(1));
        expect(href.startsWith('/en/'), `${url} announces ${href}`).toBe(url.startsWith('/en/'));
      }
    }
  });
});

describe('the language of structured data', () => {
  it('is on every page, as the page’s BCP 47 tag', () => {
    for (const [url, $] of pages) {
      const objects = $('script[type="application/ld+json"]')
        .toArray()
        .map((element) => JSON.parse($(element).text()) as Record<string, unknown>);
      const webPage = objects.find((object) => object['@type'] === 'WebPage');
      const expected = url.startsWith('/en/') ? 'en-GB' : 'de-DE';
      expect(webPage?.['inLanguage'], url).toBe(expected);
      // The 404 page is written as 404.html and describes itself as /404/.
      expect(webPage?.['url'], url).toBe(`${BASE}${url === '/404' ? '/404/' : url}`);
      for (const object of objects) {
        if ('inLanguage' in object) expect(object['inLanguage'], `${url} ${String(object['@type'])}`).toBe(expected);
      }
    }
  });
});

describe('search and channels in English', () => {
  it('/en/suche/ searches from an English page, and English pages send their searches there', () => {
    const $ = page('/en/suche/');
    expect($('html').attr('lang')).toBe('en');
    expect($('form[data-search-form]').attr('action')).toBe('/en/suche/');
    expect($('h1').text()).toBe('Search');
    for (const url of ['/en/', '/en/impressum/']) expect(page(url)('form.site-search').attr('action'), url).toBe('/en/suche/');
    expect(page('/impressum/')('form.site-search').attr('action')).toBe('/suche/');
    expect(page('/en/')('footer a[href="/en/kanaele/"]').length).toBe(1);
  });

  it('Pagefind keeps one index per language, each with the pages of that language', () => {
    const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = [...pages].filter(([, $]) => $('[data-pagefind-body]').length > 0);
    const byLanguage = new Map<string, string[]>();
    for (const [url, $] of indexed) {
      const lang = $('html').attr('lang') ?? '';
      byLanguage.set(lang, [...(byLanguage.get(lang) ?? []), url]);
    }
    expect(Object.keys(entry.languages).sort()).toEqual([...byLanguage.keys()].sort());
    for (const [lang, urls] of byLanguage) expect(entry.languages[lang]?.page_count, lang).toBe(urls.length);
    // Each fragment (one per page) sits in its language's index: English pages in `en_…` only.
    const fragments = readdirSync(path.join(outDir, 'pagefind', 'fragment'));
    for (const [lang, urls] of byLanguage) {
      expect(fragments.filter((name) => name.startsWith(`${lang}_`)).length, lang).toBe(urls.length);
      for (const url of urls) expect(url.startsWith('/en/'), url).toBe(lang === 'en');
    }
  });

  it('/en/kanaele/ lists the English feeds that exist, and says there are more in German', () => {
    const $ = page('/en/kanaele/');
    expect($('html').attr('lang')).toBe('en');
    const listed = $('main a[href$=".xml"], main a[href$=".json"]')
      .toArray()
      .map((link) => new URL($(link).attr('href') ?? '', BASE).pathname);
    const own = listed.filter((href) => href.startsWith('/en/'));
    expect(new Set(own)).toEqual(
      new Set([...englishFeeds(), ...files.filter((file) => /^en\/.*\.json$/.test(file)).map((file) => `/${file}`)]),
    );
    // The social networks are fed by the German feeds: marked as German.
    for (const href of listed.filter((each) => !each.startsWith('/en/'))) {
      expect($(`main a[href="${BASE}${href}"]`).attr('hreflang'), href).toBe('de');
    }
    expect($('main a[href="/kanaele/"]').attr('hreflang')).toBe('de');
  });
});

describe('the content check on the English fixture', () => {
  it('knows exactly the pages and feeds the build writes, English ones included', () => {
    const known = checkedPages(content, new Date(FIXTURE_NOW));
    expect(pageListDifferences(known, outDir)).toEqual({ missing: [], unknown: [] });
    expect(known.has('/en/blog/erster-beitrag/')).toBe(true);
    expect(known.has('/en/blog/dritter-beitrag/')).toBe(false);
  });
});
