import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishFixture } from '../helpers/english-fixture.ts';
import { GERMAN_PARTS, germanUiStrings, hreflangAlternates, pageReader, pageText, sitePath } from '../helpers/english-text.ts';
import { sharedBuildOrThrow } from '../helpers/build-once.ts';
import { listFiles, readPages } from '../helpers/site.ts';
import { localizedPath } from '../../src/i18n/routes.ts';
import { paths } from '../../src/lib/urls.ts';

/**
 * The English pages that need no translated entries (home, legal pages, the blog) on
 * the basic fixture with `languages: [de, en]` (tests/fixtures/english/README.md): their
 * language marks, reciprocal `hreflang` alternates, the language switcher, that no German
 * UI text is left on them, their social cards and the sitemap's alternates.
 */

const BASE = 'https://karriere.testwerk.example';
const ENGLISH = [
  '/en/',
  '/en/barrierefreiheit/',
  '/en/blog/',
  '/en/datenschutz/',
  '/en/impressum/',
  '/en/kanaele/',
  '/en/menschen/',
  '/en/suche/',
  '/en/teams/',
  '/en/videos/',
];
const GERMAN_TWINS = [
  '/',
  '/barrierefreiheit/',
  '/blog/',
  '/datenschutz/',
  '/impressum/',
  '/kanaele/',
  '/menschen/',
  '/suche/',
  '/teams/',
  '/videos/',
];

let outDir = '';
let pages = new Map<string, CheerioAPI>();
let sitemap: CheerioAPI;

beforeAll(() => {
  outDir = sharedBuildOrThrow(englishFixture()).outDir;
  pages = readPages(outDir);
  const files = listFiles(outDir).filter((file) => /^sitemap-\d+\.xml$/.test(file));
  sitemap = load(files.map((file) => readFileSync(path.join(outDir, file), 'utf8')).join('\n'), { xml: true });
});

const page = pageReader(() => pages);

const alternatesOf = (url: string) => hreflangAlternates(page(url));

describe('English pages', () => {
  it('are built for the pages without entries, and nothing else is under /en/ (careers: english-careers.test.ts)', () => {
    const careers = localizedPath(paths.careers(), 'en');
    expect([...pages.keys()].filter((url) => url.startsWith('/en/') && !url.startsWith(careers)).sort()).toEqual(ENGLISH);
  });

  it('say they are English', () => {
    for (const url of ENGLISH) {
      const $ = page(url);
      expect($('html').attr('lang'), url).toBe('en');
      expect($('meta[property="og:locale"]').attr('content'), url).toBe('en_GB');
      expect($('meta[property="og:locale:alternate"]').attr('content'), url).toBe('de_DE');
    }
    for (const url of GERMAN_TWINS) {
      const $ = page(url);
      expect($('html').attr('lang'), url).toBe('de');
      expect($('meta[property="og:locale"]').attr('content'), url).toBe('de_DE');
      expect($('meta[property="og:locale:alternate"]').attr('content'), url).toBe('en_GB');
    }
  });

  it('lead from the English home into the English sections, and mark the German-only topics', () => {
    const $ = page('/en/');
    const sections = $('section[aria-labelledby="home-sections"] li')
      .toArray()
      .map((item) => {
        const link = $(item).find('a');
        return { href: link.attr('href'), hreflang: link.attr('hreflang'), marked: $(item).text().includes('(in German)') };
      });
    expect(sections).toEqual([
      { href: '/en/menschen/', hreflang: undefined, marked: false },
      { href: '/en/teams/', hreflang: undefined, marked: false },
      { href: '/en/videos/', hreflang: undefined, marked: false },
      { href: '/en/karriere/', hreflang: undefined, marked: false },
      { href: '/themen/', hreflang: 'de', marked: true },
    ]);
    expect($('section[aria-labelledby="home-jobs"] .section-head a').attr('href')).toBe('/en/karriere/');
  });

  it('and their German versions list each other reciprocally, with x-default on the German page', () => {
    ENGLISH.forEach((url, index) => {
      const twin = GERMAN_TWINS[index]!;
      const expected = { de: twin, en: url, 'x-default': twin };
      expect(alternatesOf(url), url).toEqual(expected);
      expect(alternatesOf(twin), twin).toEqual(expected);
      for (const target of Object.values(expected)) expect(pages.has(target), `${url} → ${target}`).toBe(true);
    });
  });

  it('leaves German pages without an English version without alternates or og:locale:alternate', () => {
    for (const url of ['/themen/', '/karriere/personalsachbearbeitung/', '/blog/erster-beitrag/']) {
      expect(alternatesOf(url), url).toEqual({});
      expect(page(url)('meta[property="og:locale:alternate"]').length, url).toBe(0);
    }
  });
});

describe('the language switcher', () => {
  const switchLinks = ($: CheerioAPI) =>
    $('header nav.lang-switch a')
      .toArray()
      .map((link) => $(link));

  it('goes from each page to its translation, marked with the target language', () => {
    ENGLISH.forEach((url, index) => {
      const twin = GERMAN_TWINS[index]!;
      const [toGerman, ...more] = switchLinks(page(url));
      expect(more, url).toEqual([]);
      expect(toGerman!.attr('href'), url).toBe(twin);
      expect(toGerman!.attr('hreflang')).toBe('de');
      expect(toGerman!.attr('lang')).toBe('de');
      expect(toGerman!.text().trim()).toBe('Deutsch');
      const [toEnglish] = switchLinks(page(twin));
      expect(toEnglish!.attr('href'), twin).toBe(url);
      expect(toEnglish!.attr('hreflang')).toBe('en');
      expect(toEnglish!.attr('lang')).toBe('en');
    });
  });

  it('goes from a page without translation to the English home, whose notice it targets', () => {
    for (const url of ['/blog/2/', '/karriere/personalsachbearbeitung/', '/blog/erster-beitrag/', '/menschen/anna-berger/']) {
      const [link] = switchLinks(page(url));
      const href = link!.attr('href') ?? '';
      const target = new URL(href, BASE);
      expect(target.pathname, url).toBe('/en/');
      expect(page('/en/')(`#${target.hash.slice(1)}`).text(), url).toContain('only available in German');
    }
  });

  it('is a plain link in every built page of a two-language site, each resolving to a built page', () => {
    for (const [url, $] of pages) {
      const links = switchLinks($);
      expect(links.length, url).toBe(1);
      expect(pages.has(sitePath(links[0]!.attr('href') ?? '')), url).toBe(true);
    }
  });
});

describe('English text', () => {
  it('has no German UI string on an English page', () => {
    expect(GERMAN_PARTS.length).toBeGreaterThan(100);
    for (const url of ENGLISH) expect(germanUiStrings(page(url)), url).toEqual([]);
  });

  it('would find one: the German privacy notice holds many of those strings', () => {
    const text = pageText(page('/datenschutz/'));
    expect(GERMAN_PARTS.filter(({ part }) => text.includes(part)).length).toBeGreaterThan(10);
  });

  it('names the binding German original on the legal pages, and shows dates in British English', () => {
    for (const [url, original] of [
      ['/en/impressum/', '/impressum/'],
      ['/en/datenschutz/', '/datenschutz/'],
      ['/en/barrierefreiheit/', '/barrierefreiheit/'],
    ] as const) {
      const courtesy = page(url)('.courtesy');
      expect(courtesy.text(), url).toContain('courtesy translation');
      expect(courtesy.find('a').attr('href'), url).toBe(original);
      expect(courtesy.find('a').attr('hreflang'), url).toBe('de');
      expect(page(original)('.courtesy').length, original).toBe(0);
    }
    expect(page('/en/datenschutz/')('main').text()).toContain('As of 10 January 2026');
    expect(page('/datenschutz/')('main').text()).toContain('Stand: 10. Januar 2026');
    expect(page('/en/barrierefreiheit/')('main').text()).toContain('This statement was prepared on 1 September 2026.');
  });

  it('keeps the German texts of site.yaml in the accessibility statement, marked as German', () => {
    const $ = page('/en/barrierefreiheit/');
    const german = $('main [lang="de"]')
      .toArray()
      .map((node) => $(node).text());
    expect(german).toEqual(
      expect.arrayContaining(['Die Suche funktioniert nur mit JavaScript.', 'Selbstbewertung mit axe-core und Tastatur.']),
    );
    expect($('main li').text()).toContain('Instead:');
  });

  it('takes the home page texts from translations in site.yaml', () => {
    const $ = page('/en/');
    expect($('h1').text()).toBe('Inside Testwerk');
    expect($('.lead').text()).toBe('A small works for tests, in English.');
    expect($('meta[name="description"]').attr('content')).toBe('A small works for tests, in English.');
  });

  it('has English social cards', () => {
    for (const url of ENGLISH) {
      const $ = page(url);
      const image = sitePath($('meta[property="og:image"]').attr('content') ?? '');
      expect(image, url).toBe(`/og/${url.replace(/^\/|\/$/g, '')}.png`);
      expect(existsSync(path.join(outDir, image)), image).toBe(true);
      expect($('meta[property="og:image:alt"]').attr('content'), url).toMatch(/^Preview image: /);
    }
  });
});

describe('the sitemap', () => {
  const entries = () =>
    sitemap('url')
      .toArray()
      .map((url) => ({
        loc: sitePath(sitemap(url).children('loc').text()),
        links: sitemap(url)
          .children('xhtml\\:link')
          .toArray()
          .map((link) => ({ lang: sitemap(link).attr('hreflang'), path: sitePath(sitemap(link).attr('href') ?? '') }))
          .sort((a, b) => String(a.lang).localeCompare(String(b.lang))),
      }));

  it('lists the English pages with their German versions as alternates, both ways', () => {
    const all = entries();
    for (const url of [...ENGLISH, ...GERMAN_TWINS]) {
      const entry = all.find((candidate) => candidate.loc === url);
      expect(entry, url).toBeDefined();
      const index = Math.max(ENGLISH.indexOf(url), GERMAN_TWINS.indexOf(url));
      expect(entry!.links, url).toEqual([
        { lang: 'de', path: GERMAN_TWINS[index] },
        { lang: 'en', path: ENGLISH[index] },
      ]);
    }
  });

  it('names only built pages as alternates, and no alternates for pages in one language', () => {
    const all = entries();
    // Every English page in the sitemap has a German version: both carry the pair.
    const english = all.filter((entry) => entry.loc.startsWith('/en/'));
    expect(english.length).toBeGreaterThanOrEqual(ENGLISH.length);
    expect(all.filter((entry) => entry.links.length > 0).length).toBe(english.length * 2);
    for (const entry of all) {
      for (const link of entry.links) expect(pages.has(link.path), `${entry.loc} → ${link.path}`).toBe(true);
    }
  });
});
