import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishPostsFixture } from '../helpers/english-posts-fixture.ts';
import { germanUiStrings, hreflangAlternates, pageReader, sitePath } from '../helpers/english-text.ts';
import { buildSiteOrThrow, readPages, tempDir } from '../helpers/site.ts';

/**
 * Issue 20, English posts: the English fixture with three translated posts, a German-only
 * post and a draft translation (tests/helpers/english-posts-fixture.ts). Post pages under
 * `/en/blog/<slug>/` in English, the English blog with only translated posts, the English
 * home's latest posts, and the navigation's blog item.
 */

const BASE = 'https://karriere.testwerk.example';
const TRANSLATED = ['/en/blog/dritter-beitrag/', '/en/blog/erster-beitrag/', '/en/blog/mit-bild/'];

let outDir = '';
let pages = new Map<string, CheerioAPI>();

beforeAll(() => {
  outDir = buildSiteOrThrow(englishPostsFixture(), path.join(tempDir('english-posts'), 'dist')).outDir;
  pages = readPages(outDir);
});

const page = pageReader(() => pages);

const alternatesOf = (url: string) => hreflangAlternates(page(url));

/** The links of the page's main area, as `{ href, hreflang, text }`. */
const links = ($: CheerioAPI, selector: string) =>
  $(selector)
    .toArray()
    .map((link) => ({ href: $(link).attr('href') ?? '', hreflang: $(link).attr('hreflang'), text: $(link).text().trim() }));

describe('English post pages', () => {
  it('exist for each published translation only', () => {
    const english = [...pages.keys()].filter((url) => /^\/en\/blog\/[^/]+\/$/.test(url) && !/\/\d+\/$/.test(url));
    expect(english.sort()).toEqual(TRANSLATED);
    expect(pages.has('/blog/nur-deutsch/')).toBe(true);
    expect(pages.has('/en/blog/nur-deutsch/')).toBe(false);
  });

  it('are English articles with the translation’s title, description, body and sharing text', () => {
    const $ = page('/en/blog/erster-beitrag/');
    expect($('html').attr('lang')).toBe('en');
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[property="article:published_time"]').attr('content')).toBe('2026-03-02T00:00:00+01:00');
    expect($('h1').text()).toBe('From apprentice to shift supervisor');
    expect($('meta[name="description"]').attr('content')).toBe('Anna tells how an apprenticeship turned into a leadership role.');
    const prose = $('.prose[data-pagefind-body]').text();
    expect(prose).toContain('With an internship in tube production.');
    expect(prose).not.toContain('Praktikum');
    expect($('main .meta').first().text()).toMatch(/Published on 2 March 2026 · 1 min read/);
    expect($('[data-share] blockquote').text()).toBe('How do you become a shift supervisor at 24? Anna knows.');
    const jsonLd = $('script[type="application/ld+json"]')
      .toArray()
      .map((script) => JSON.parse($(script).text()) as Record<string, unknown>);
    expect(jsonLd.find((item) => item['@type'] === 'BlogPosting')).toMatchObject({
      headline: 'From apprentice to shift supervisor',
      inLanguage: 'en-GB',
      url: `${BASE}/en/blog/erster-beitrag/`,
    });
    // The German page keeps the German text.
    expect(page('/blog/erster-beitrag/')('h1').text()).toBe('Vom Azubi zum Schichtleiter');
    expect(page('/blog/erster-beitrag/')('.prose').text()).toContain('Mit einem Praktikum');
  });

  it('use the translated cover text', () => {
    expect(page('/en/blog/mit-bild/')('img.cover').attr('alt')).toBe('Visitors in the workshop hall');
    expect(page('/blog/mit-bild/')('img.cover').attr('alt')).toBe('Besucher in der Werkshalle');
  });

  it('render the kit in English, with translated people in English and jobs and videos marked as German', () => {
    const $ = page('/en/blog/erster-beitrag/');
    expect($('.antwort .visually-hidden').first().text()).toBe('Answer from ');
    expect($('.antwort .role').text()).toBe('Process mechanic');
    expect($('.antwort .role').attr('lang')).toBeUndefined();
    expect(links($, '.antwort a.name')).toEqual([
      { href: '/en/menschen/anna-berger/', hreflang: undefined, text: 'Anna Berger' },
    ]);
    expect($('.hinweis strong').text()).toBe('Tip: ');
    expect($('.kit-stelle a.button').attr('href')).toBe('/karriere/industriemechaniker/');
    expect($('.kit-stelle a.button').attr('hreflang')).toBe('de');
    expect($('.kit-stelle strong').attr('lang')).toBe('de');
    expect($('.kit-stelle').text()).toContain('To the position');
    expect($('.player figcaption a').attr('lang')).toBe('de');
    expect($('.player .notice a').attr('href')).toBe('/en/datenschutz/#videos');
  });

  it('credit translated authors in English, and the others in German, marked as such', () => {
    const $ = page('/en/blog/erster-beitrag/');
    expect(links($, 'article.post header .meta a')).toEqual([
      { href: '/en/menschen/anna-berger/', hreflang: undefined, text: 'Anna Berger' },
      { href: '/en/karriere/bereiche/produktion/', hreflang: undefined, text: 'Production' },
    ]);
    expect($('.author-box .meta').text()).toBe('Process mechanic · Production');
    expect($('.author-box .prose').text().trim()).toBe('Anna has worked in tube production since 2019.');
    expect($('.author-box .prose').attr('lang')).toBeUndefined();
    expect(page('/blog/erster-beitrag/')('.author-box .prose').text().trim()).toBe(
      'Anna arbeitet seit 2019 in der Rohrfertigung.',
    );

    const german = page('/en/blog/dritter-beitrag/');
    expect(links(german, 'article.post header .meta a')[0]).toEqual({
      href: '/menschen/jonas-keller/',
      hreflang: 'de',
      text: 'Jonas Keller',
    });
    expect(german('.author-box .meta').attr('lang')).toBe('de');
    expect(german('.author-box .prose').attr('lang')).toBe('de');
    expect(german('.author-box .prose').text().trim()).toBe('Jonas betreut die Ausbildung.');
  });

  it('relate only to English posts', () => {
    const related = links(page('/en/blog/erster-beitrag/'), '#post-related ~ ul a');
    expect(related.map((link) => link.href)).toEqual(['/en/blog/dritter-beitrag/', '/en/blog/mit-bild/']);
    const german = links(page('/blog/erster-beitrag/'), '#post-related ~ ul a').map((link) => link.href);
    expect(german).toContain('/blog/nur-deutsch/');
  });

  it('and their German versions list each other, and the switcher goes between them', () => {
    for (const url of TRANSLATED) {
      const german = url.replace(/^\/en/, '');
      const expected = { de: german, en: url, 'x-default': german };
      expect(alternatesOf(url), url).toEqual(expected);
      expect(alternatesOf(german), german).toEqual(expected);
      expect(page(url)('nav.lang-switch a').attr('href'), url).toBe(german);
      expect(page(german)('nav.lang-switch a').attr('href'), german).toBe(url);
    }
    expect(alternatesOf('/blog/nur-deutsch/')).toEqual({});
  });

  it('have English social cards with the English title', () => {
    for (const url of TRANSLATED) {
      const $ = page(url);
      const image = sitePath($('meta[property="og:image"]').attr('content') ?? '');
      expect(image, url).toBe(`/og${url.replace(/\/$/, '')}.png`);
      const german = path.join(outDir, image.replace(/^\/og\/en\//, '/og/'));
      expect(readFileSync(path.join(outDir, image)).equals(readFileSync(german)), url).toBe(false);
    }
    expect(page('/en/blog/erster-beitrag/')('meta[property="og:image:alt"]').attr('content')).toBe(
      'Preview image: Interview “From apprentice to shift supervisor” by Anna Berger, 2 March 2026',
    );
  });
});

describe('the English blog', () => {
  it('lists only translated posts, newest first, over the German blog’s page size', () => {
    expect(links(page('/en/blog/'), 'main article h2 a').map((link) => link.href)).toEqual([
      '/en/blog/dritter-beitrag/',
      '/en/blog/mit-bild/',
    ]);
    expect(links(page('/en/blog/2/'), 'main article h2 a').map((link) => link.href)).toEqual(['/en/blog/erster-beitrag/']);
    expect(pages.has('/en/blog/3/')).toBe(false);
    expect(page('/en/blog/')('nav.pagination a[rel="next"]').attr('href')).toBe('/en/blog/2/');
    expect(page('/en/blog/2/')('nav.pagination a[rel="prev"]').attr('href')).toBe('/en/blog/');
    expect(page('/en/blog/2/')('nav.pagination .meta').text()).toBe('Page 2 of 2');
  });

  it('says that more stories exist in German, and links the German blog', () => {
    for (const url of ['/en/blog/', '/en/blog/2/']) {
      const notice = page(url)('main .lang-more');
      expect(notice.text(), url).toContain('More of our stories are available in German.');
      expect(links(page(url), 'main .lang-more a'), url).toEqual([
        { href: '/blog/', hreflang: 'de', text: 'All stories in German' },
      ]);
    }
  });

  it('leaves the German blog as it was', () => {
    expect(page('/blog/')('.lang-more').length).toBe(0);
    const german = [...links(page('/blog/'), 'main article h2 a'), ...links(page('/blog/2/'), 'main article h2 a')];
    expect(german.map((link) => link.href)).toEqual([
      '/blog/nur-deutsch/',
      '/blog/dritter-beitrag/',
      '/blog/mit-bild/',
      '/blog/erster-beitrag/',
    ]);
  });

  it('pairs each English page with the German page of its number', () => {
    expect(alternatesOf('/en/blog/2/')).toEqual({ de: '/blog/2/', en: '/en/blog/2/', 'x-default': '/blog/2/' });
    expect(alternatesOf('/blog/2/')).toEqual({ de: '/blog/2/', en: '/en/blog/2/', 'x-default': '/blog/2/' });
    expect(existsSync(path.join(outDir, 'og', 'en', 'blog.png'))).toBe(true);
  });
});

describe('the English home and navigation', () => {
  it('shows the latest translated posts, linking their English pages', () => {
    const $ = page('/en/');
    expect(links($, 'section[aria-labelledby="home-latest"] article a').map((link) => link.href)).toEqual([
      '/en/blog/dritter-beitrag/',
      '/en/blog/mit-bild/',
      '/en/blog/erster-beitrag/',
    ]);
    expect(links($, 'section[aria-labelledby="home-latest"] .section-head a')).toEqual([
      { href: '/en/blog/', hreflang: undefined, text: 'All posts' },
    ]);
  });

  it('lists the untranslated jobs as German', () => {
    expect(links(page('/en/'), 'section[aria-labelledby="home-jobs"] ul a')).toEqual([
      { href: '/karriere/personalsachbearbeitung/', hreflang: 'de', text: 'Personalsachbearbeiter (m/w/d) Teilzeit' },
      { href: '/karriere/industriemechaniker/', hreflang: 'de', text: 'Industriemechaniker (m/w/d)' },
    ]);
  });

  it('leads the blog item of English pages to the English blog, unmarked', () => {
    for (const url of ['/en/', '/en/blog/erster-beitrag/', '/en/impressum/']) {
      const [blog] = links(page(url), 'header nav.nav a');
      expect(blog, url).toEqual({ href: '/en/blog/', hreflang: undefined, text: 'Blog' });
    }
    expect(page('/en/blog/erster-beitrag/')('header nav.nav a[aria-current="page"]').attr('href')).toBe('/en/blog/');
    expect(links(page('/blog/'), 'header nav.nav a')[0]).toEqual({ href: '/blog/', hreflang: undefined, text: 'Blog' });
  });

  it('leaves no German UI string on the English blog pages and home', () => {
    for (const url of [...TRANSLATED, '/en/blog/', '/en/blog/2/', '/en/']) expect(germanUiStrings(page(url)), url).toEqual([]);
  });
});
