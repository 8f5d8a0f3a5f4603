import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBuildOrThrow } from '../helpers/build-once.ts';
import { englishPeopleFixture } from '../helpers/english-fixture.ts';
import { germanUiStrings, hreflangAlternates, pageReader, sitePath } from '../helpers/english-text.ts';
import { readPages } from '../helpers/site.ts';
import { MARKER } from '../helpers/translations-fixture.ts';

/**
 * The English people, team and video pages (issue 20) on the English fixture with the
 * translations of tests/helpers/translations-fixture.ts (Anna, the task force, the plant
 * tour and the post "erster-beitrag" are translated; Jonas is not), plus a German-only post
 * by Anna and a German-only video, so that lists show both languages, and an English video
 * and job of the untranslated department `personal` (englishPeopleFixture; tests/browser/english-people.test.ts reads the same build).
 */

/** Each English page and its German version. */
const TWINS: Array<[string, string]> = [
  ['/en/menschen/', '/menschen/'],
  ['/en/menschen/anna-berger/', '/menschen/anna-berger/'],
  ['/en/teams/', '/teams/'],
  ['/en/teams/taskforce/', '/teams/taskforce/'],
  ['/en/videos/', '/videos/'],
  ['/en/videos/werksrundgang/', '/videos/werksrundgang/'],
  ['/en/videos/einarbeitung/', '/videos/einarbeitung/'],
];

let outDir = '';
let pages = new Map<string, CheerioAPI>();

beforeAll(() => {
  outDir = sharedBuildOrThrow(englishPeopleFixture()).outDir;
  pages = readPages(outDir);
});

const page = pageReader(() => pages);

const alternatesOf = (url: string) => hreflangAlternates(page(url));

/** The links of a part of a page: `href`, `hreflang`, the language of their text, and whether "(in German)" follows. */
function linksIn($: CheerioAPI, selector: string) {
  return $(selector)
    .find('a')
    .toArray()
    .map((node) => {
      const link = $(node);
      return {
        href: link.attr('href'),
        hreflang: link.attr('hreflang'),
        lang: link.closest('[lang]').attr('lang'),
        marked: link.parent().text().includes('(in German)'),
      };
    });
}

describe('the English people, team and video pages', () => {
  it('are built for the translated entries and the three lists, and for nothing untranslated', () => {
    const english = [...pages.keys()].filter((url) => /^\/en\/(menschen|teams|videos)\//.test(url)).sort();
    expect(english).toEqual(TWINS.map(([url]) => url).sort());
    // The e-mail signature stays German.
    expect(pages.has('/menschen/anna-berger/signatur/')).toBe(true);
    expect(alternatesOf('/menschen/anna-berger/signatur/')).toEqual({});
  });

  it('say they are English, and they and their German versions list each other', () => {
    for (const [url, twin] of TWINS) {
      expect(page(url)('html').attr('lang'), url).toBe('en');
      expect(page(url)('meta[property="og:locale"]').attr('content'), url).toBe('en_GB');
      expect(page(twin)('html').attr('lang'), twin).toBe('de');
      const expected = { de: twin, en: url, 'x-default': twin };
      expect(alternatesOf(url), url).toEqual(expected);
      expect(alternatesOf(twin), twin).toEqual(expected);
    }
  });

  it('switch to each other', () => {
    for (const [url, twin] of TWINS) {
      expect(page(url)('header nav.lang-switch a').attr('href'), url).toBe(twin);
      expect(page(twin)('header nav.lang-switch a').attr('href'), twin).toBe(url);
    }
    // An untranslated person's page has no English version: its switcher goes to the English home.
    expect(sitePath(page('/menschen/jonas-keller/')('header nav.lang-switch a').attr('href') ?? '')).toBe('/en/');
  });

  it('have no German UI string, and the check would find one on their German versions', () => {
    for (const [url, twin] of TWINS) {
      expect(germanUiStrings(page(url)), url).toEqual([]);
      if (twin !== '/teams/') expect(germanUiStrings(page(twin)).length, twin).toBeGreaterThan(0);
    }
  });

  it('have English social cards of their own', () => {
    for (const [url, twin] of TWINS) {
      const image = sitePath(page(url)('meta[property="og:image"]').attr('content') ?? '');
      expect(image, url).toBe(`/og/${url.replace(/^\/|\/$/g, '')}.png`);
      expect(existsSync(path.join(outDir, image)), image).toBe(true);
      expect(page(url)('meta[property="og:image:alt"]').attr('content'), url).toMatch(/^Preview image: /);
      expect(page(twin)('meta[property="og:image:alt"]').attr('content'), twin).toMatch(/^Vorschaubild: /);
    }
    expect(page('/en/menschen/anna-berger/')('meta[property="og:image:alt"]').attr('content')).toBe(
      `Preview image: Anna Berger, Process mechanic ${MARKER}`,
    );
  });

  it('lead from the navigation and the footer to the English people, teams and videos, and to the German topics, marked', () => {
    const nav = Object.fromEntries(linksIn(page('/en/menschen/'), 'header nav.nav').map((link) => [link.href, link.hreflang]));
    expect(nav).toMatchObject({ '/en/menschen/': undefined, '/en/videos/': undefined, '/en/blog/': undefined, '/themen/': 'de' });
    const german = Object.fromEntries(linksIn(page('/menschen/'), 'header nav.nav').map((link) => [link.href, link.hreflang]));
    expect(german).toMatchObject({ '/menschen/': undefined, '/videos/': undefined, '/blog/': undefined });
    expect(page('/en/menschen/')('header nav.nav a[aria-current="page"]').attr('href')).toBe('/en/menschen/');
    const footer = Object.fromEntries(linksIn(page('/en/videos/'), '#footer-map + ul').map((link) => [link.href, link.hreflang]));
    expect(footer).toMatchObject({
      '/en/menschen/': undefined,
      '/en/teams/': undefined,
      '/en/videos/': undefined,
      '/en/blog/': undefined,
      // The channels page has an English version with the English feeds (src/views/ChannelsPage.astro).
      '/en/kanaele/': undefined,
    });
  });
});

describe('an English profile', () => {
  it('shows the translation: role, photo text and the bio, never the German bio', () => {
    const $ = page('/en/menschen/anna-berger/');
    expect($('.profile .lead').text()).toContain(`Process mechanic ${MARKER}`);
    expect($('.profile img').attr('alt')).toBe('Portrait of Anna Berger in front of a machine');
    expect($('.profile .prose').text()).toContain(`Anna has worked in tube production since 2019. ${MARKER}`);
    expect($('main').text()).not.toContain('Rohrfertigung');
    expect($('meta[name="description"]').attr('content')).toBe(
      `Anna Berger, Process mechanic ${MARKER} – Production ${MARKER} at Testwerk.`,
    );
    expect(page('/menschen/anna-berger/')('html').text()).not.toContain(MARKER);
  });

  it('links its English post to the English page and marks its German post', () => {
    const posts = linksIn(page('/en/menschen/anna-berger/'), '#person-posts + ul h3');
    expect(posts).toEqual([
      { href: '/en/blog/erster-beitrag/', hreflang: undefined, lang: 'en', marked: false },
      { href: '/blog/nur-deutsch/', hreflang: 'de', lang: 'de', marked: true },
    ]);
    // Dates in British English.
    expect(page('/en/menschen/anna-berger/')('#person-posts + ul time').last().text()).toBe('1 March 2026');
  });

  it('lists its team and video in English', () => {
    const $ = page('/en/menschen/anna-berger/');
    expect(linksIn($, '#person-teams + ul')).toEqual([
      { href: '/en/teams/taskforce/', hreflang: undefined, lang: 'en', marked: false },
    ]);
    expect(linksIn($, '#person-videos + ul h3')).toEqual([
      { href: '/en/videos/werksrundgang/', hreflang: undefined, lang: 'en', marked: false },
    ]);
  });
});

describe('the English list of people', () => {
  it('shows everyone, English where translated, German and marked otherwise', () => {
    const $ = page('/en/menschen/');
    expect(linksIn($, 'main .person-card h3')).toEqual([
      { href: '/menschen/jonas-keller/', hreflang: 'de', lang: 'de', marked: true },
      { href: '/en/menschen/anna-berger/', hreflang: undefined, lang: 'en', marked: false },
    ]);
    // Department headings: the translated one in English, the other German and marked.
    expect($('#dept-produktion').text().trim()).toBe(`Production ${MARKER}`);
    expect($('#dept-produktion').attr('lang')).toBeUndefined();
    expect($('#dept-personal').attr('lang')).toBe('de');
    expect($('main .person-card .meta [lang="de"]').text()).toContain('Personalreferent');
    // The German list marks nothing.
    expect(linksIn(page('/menschen/'), 'main .person-card h3').map((link) => link.hreflang)).toEqual([undefined, undefined]);
  });
});

describe('the English team pages', () => {
  it('show the translation and the members in English where they are translated', () => {
    const $ = page('/en/teams/taskforce/');
    expect($('h1').text()).toBe(`Social media task force ${MARKER}`);
    expect($('.meta').first().text()).toContain('Meetings: every six weeks');
    expect($('#team-how + .prose').text()).toContain(`We meet regularly and write together. ${MARKER}`);
    expect($('main').text()).not.toContain('Wir treffen uns');
    expect(linksIn($, '#team-members ~ ul h4')).toEqual([
      { href: '/menschen/jonas-keller/', hreflang: 'de', lang: 'de', marked: true },
      { href: '/en/menschen/anna-berger/', hreflang: undefined, lang: 'en', marked: false },
    ]);
    expect(linksIn(page('/en/teams/'), 'main h2')).toEqual([
      { href: '/en/teams/taskforce/', hreflang: undefined, lang: 'en', marked: false },
    ]);
  });
});

describe('the English video pages', () => {
  it('show the translation and its transcript, never the German one', () => {
    const $ = page('/en/videos/werksrundgang/');
    expect($('h1').text()).toBe(`Plant tour ${MARKER}`);
    expect($('#video-transcript + .prose').text()).toContain(`Welcome to the hall. ${MARKER}`);
    expect($('main').text()).not.toContain('Willkommen');
    expect($('.player img').attr('alt')).toBe('View into the workshop');
    expect($('.watch .meta time').text()).toBe('1 February 2026');
    const video = $('script[type="application/ld+json"]')
      .toArray()
      .map((node) => JSON.parse($(node).text()) as Record<string, unknown>)
      .find((item) => item['@type'] === 'VideoObject');
    expect(video?.['transcript']).toContain('Welcome to the hall.');
    expect(video?.['name']).toBe(`Plant tour ${MARKER}`);
  });

  it('have the same consent-first player as the German page, in English', () => {
    const player = (url: string) => {
      const $ = page(url);
      const root = $('main .player');
      return {
        $,
        root,
        shape: {
          player: root.attr('data-video-player'),
          embed: root.attr('data-embed'),
          iframes: root.find('iframe').length,
          hidden: root
            .find('[data-video-js]')
            .toArray()
            .map((node) => $(node).attr('hidden')),
          watch: root.find('a[rel~="external"]').attr('href'),
        },
      };
    };
    const english = player('/en/videos/werksrundgang/');
    const german = player('/videos/werksrundgang/');
    expect(english.shape).toEqual(german.shape);
    expect(english.shape.iframes).toBe(0);
    expect(english.shape.embed).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\//);
    expect(english.root.attr('data-frame-title')).toBe(`YouTube video: Plant tour ${MARKER}`);
    expect(english.root.find('[data-video-load]').text()).toContain('Load and play the video from YouTube');
    expect(english.root.find('a[href*="datenschutz"]').attr('href')).toBe('/en/datenschutz/#videos');
    expect(german.root.find('a[href*="datenschutz"]').attr('href')).toBe('/datenschutz/#videos');
    // The privacy notice the player links to has the section.
    expect(page('/en/datenschutz/')('#videos').length).toBe(1);
    // Both load the same player script.
    const scripts = ($: CheerioAPI) =>
      $('script[type="module"]')
        .toArray()
        .map((node) => $(node).attr('src') ?? $(node).text());
    expect(scripts(english.$)).toEqual(scripts(german.$));
  });

  it('list the people and related posts in English where translated', () => {
    const $ = page('/en/videos/werksrundgang/');
    expect(linksIn($, '#video-people + ul h3')).toEqual([
      { href: '/en/menschen/anna-berger/', hreflang: undefined, lang: 'en', marked: false },
    ]);
    expect(linksIn($, '#video-posts + ul h3')).toEqual([
      { href: '/en/blog/erster-beitrag/', hreflang: undefined, lang: 'en', marked: false },
    ]);
    // The selections are German: the department link says so.
    const more = linksIn($, '.watch > .meta');
    expect(more).toEqual([{ href: '/videos/bereich/produktion/', hreflang: 'de', lang: 'en', marked: true }]);
    // The department's name keeps its own language inside the English sentence: translated here.
    const name = $('.watch > .meta a span');
    expect(name.text()).toMatch(/^Production/);
    expect(name.attr('lang')).toBeUndefined();
  });

  it('list every video, the untranslated one in German and marked, with the German selections marked', () => {
    const $ = page('/en/videos/');
    expect(linksIn($, 'main .card h3')).toEqual([
      { href: '/videos/schulung/', hreflang: 'de', lang: 'de', marked: true },
      { href: '/en/videos/einarbeitung/', hreflang: undefined, lang: 'en', marked: false },
      { href: '/en/videos/werksrundgang/', hreflang: undefined, lang: 'en', marked: false },
    ]);
    const filters = linksIn($, 'nav.filters');
    expect(filters.length).toBeGreaterThan(2);
    for (const link of filters) expect(link.hreflang, link.href).toBe('de');
    expect($('nav.filters').text()).toContain('The pages of each selection are in German.');
    expect(linksIn(page('/videos/'), 'nav.filters').every((link) => link.hreflang === undefined)).toBe(true);
  });
});

describe('English pages of an untranslated department', () => {
  /** Every element whose text is the department's German name, with the language it is read in. */
  function germanNames($: CheerioAPI) {
    return $('main, nav.breadcrumbs')
      .find('*')
      .toArray()
      .filter((node) => $(node).children().length === 0 && $(node).text().trim() === 'Personal')
      .map((node) => ({ tag: node.tagName, lang: $(node).closest('[lang]').attr('lang') }));
  }

  it('mark the German name of the department on a translated video', () => {
    const $ = page('/en/videos/einarbeitung/');
    const name = $('.watch > .meta a span');
    expect(name.text()).toBe('Personal');
    expect(name.attr('lang')).toBe('de');
    expect(linksIn($, '.watch > .meta')).toEqual([
      { href: '/videos/bereich/personal/', hreflang: 'de', lang: 'en', marked: true },
    ]);
    // The translated department of the other video is not marked (see above): the difference is the translation.
    expect(page('/en/videos/werksrundgang/')('.watch > .meta a span').attr('lang')).toBeUndefined();
    // The video list's card names the department in German too.
    const card = page('/en/videos/')('main .card').filter(
      (_, node) => page('/en/videos/')(node).find('a[href="/en/videos/einarbeitung/"]').length > 0,
    );
    expect(card.find('.meta').attr('lang')).toBe('de');
    expect(card.find('.meta').text().trim()).toBe('Personal');
  });

  it('mark the German name and link the German department page from a translated job, breadcrumbs included', () => {
    const $ = page('/en/karriere/personalsachbearbeitung/');
    expect($('h1').text()).toBe('HR administrator (m/f/d) part-time');
    const names = germanNames($);
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) expect(name, JSON.stringify(names)).toMatchObject({ lang: 'de' });
    // Breadcrumbs, the header, the facts and the closing link.
    const links = $('a[href="/karriere/bereiche/personal/"]').toArray();
    expect(links.length).toBe(4);
    for (const link of links) expect($(link).attr('hreflang'), $.html(link)).toBe('de');
    expect($('nav.breadcrumbs a[href="/karriere/bereiche/personal/"]').attr('lang')).toBe('de');
    // The translated department's job keeps its English name unmarked, in the breadcrumbs too.
    const other = page('/en/karriere/industriemechaniker/');
    expect(other('nav.breadcrumbs a[href="/en/karriere/bereiche/produktion/"]').attr('lang')).toBeUndefined();
    expect(other('nav.breadcrumbs a[href="/en/karriere/bereiche/produktion/"]').text()).toMatch(/^Production/);
  });
});
