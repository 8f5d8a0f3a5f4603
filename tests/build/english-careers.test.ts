import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishFixture } from '../helpers/english-fixture.ts';
import { germanUiStrings, hreflangAlternates, pageReader, sitePath } from '../helpers/english-text.ts';
import { sharedBuildOrThrow } from '../helpers/build-once.ts';
import { listFiles, readPages } from '../helpers/site.ts';

/**
 * The English career hub on the English fixture (tests/fixtures/english/README.md): two open
 * jobs, `industriemechaniker` with an English version in `produktion` (which has an English
 * text) and `personalsachbearbeitung` in German only, in `personal` (German only).
 */
const BASE = 'https://karriere.testwerk.example';
const TRANSLATED_JOB = '/en/karriere/industriemechaniker/';
const GERMAN_JOB = '/karriere/personalsachbearbeitung/';
const DEPARTMENT = '/en/karriere/bereiche/produktion/';
const CAREERS = '/en/karriere/';

let outDir = '';
let pages = new Map<string, CheerioAPI>();

beforeAll(() => {
  outDir = sharedBuildOrThrow(englishFixture()).outDir;
  pages = readPages(outDir);
});

const page = pageReader(() => pages);
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();
const urls = (prefix: string) => [...pages.keys()].filter((url) => url.startsWith(prefix)).sort();
/** The English careers pages: home, job, department and every filter selection. */
const englishCareers = () => urls(CAREERS);
const jsonLd = ($: CheerioAPI): Array<Record<string, unknown>> =>
  $('script[type="application/ld+json"]')
    .map((_, el): unknown => JSON.parse($(el).text()))
    .get() as Array<Record<string, unknown>>;
const ofType = (url: string, type: string) => {
  const found = jsonLd(page(url)).filter((data) => data['@type'] === type);
  expect(found.length, `${url} ${type}`).toBe(1);
  return found[0]!;
};
const alternatesOf = (url: string) => hreflangAlternates(page(url));
/** Job links in the job list of a page (not the filter links). */
const listedJobs = ($: CheerioAPI) =>
  $('.job-list h3 a')
    .map((_, el) => $(el).attr('href'))
    .get()
    .sort();

describe('English careers pages', () => {
  it('exist for translated jobs and departments only, and for exactly the German filter selections', () => {
    expect(pages.has(TRANSLATED_JOB)).toBe(true);
    expect(pages.has(`/en${GERMAN_JOB}`)).toBe(false);
    expect(pages.has(DEPARTMENT)).toBe(true);
    expect(pages.has('/en/karriere/bereiche/personal/')).toBe(false);
    const german = urls('/karriere/auswahl/');
    expect(german.length).toBeGreaterThan(10);
    expect(urls('/en/karriere/auswahl/')).toEqual(german.map((url) => `/en${url}`));
  });

  it('are English, with reciprocal hreflang pairs and a switcher to the German version', () => {
    for (const url of englishCareers()) {
      const $ = page(url);
      const twin = url.slice('/en'.length);
      expect($('html').attr('lang'), url).toBe('en');
      expect($('meta[property="og:locale"]').attr('content'), url).toBe('en_GB');
      const expected = { de: twin, en: url, 'x-default': twin };
      expect(alternatesOf(url), url).toEqual(expected);
      expect(alternatesOf(twin), twin).toEqual(expected);
      const toGerman = $('header nav.lang-switch a');
      expect(toGerman.attr('href'), url).toBe(twin);
      expect(toGerman.attr('hreflang'), url).toBe('de');
      expect(page(twin)('header nav.lang-switch a').attr('href'), twin).toBe(url);
    }
  });

  it('show no German UI string', () => {
    expect(englishCareers().length).toBeGreaterThan(10);
    for (const url of englishCareers()) expect(germanUiStrings(page(url)), url).toEqual([]);
    // The check sees them on the German twins.
    for (const url of ['/karriere/', '/karriere/industriemechaniker/'])
      expect(germanUiStrings(page(url)).length, url).toBeGreaterThan(0);
  });

  it('lead the careers item of the navigation to the English career hub, marked current there', () => {
    const careersItem = ($: CheerioAPI) =>
      $('header nav.nav a').filter((_, el) => ['Careers', 'Karriere'].includes($(el).text().trim()));
    for (const url of ['/en/', '/en/impressum/', CAREERS, TRANSLATED_JOB]) {
      const link = careersItem(page(url));
      expect(link.attr('href'), url).toBe(CAREERS);
      expect(link.attr('hreflang'), url).toBeUndefined();
    }
    expect(careersItem(page(TRANSLATED_JOB)).attr('aria-current')).toBe('page');
    expect(careersItem(page('/en/')).attr('aria-current')).toBeUndefined();
    // The sections without English pages still lead to German ones, marked as such.
    expect(page('/en/')('header nav.nav a[href="/themen/"]').attr('hreflang')).toBe('de');
    expect(careersItem(page('/karriere/')).attr('href')).toBe('/karriere/');
  });

  it('have English social cards of their own; a selection shares the career home’s', () => {
    const card = (url: string) => page(url)('meta[property="og:image"]');
    for (const url of [CAREERS, TRANSLATED_JOB, DEPARTMENT]) {
      const image = sitePath(card(url).attr('content') ?? '');
      expect(image, url).toBe(`/og/${url.replace(/^\/|\/$/g, '')}.png`);
      expect(existsSync(path.join(outDir, image)), image).toBe(true);
      expect(page(url)('meta[property="og:image:alt"]').attr('content'), url).toMatch(/^Preview image: /);
    }
    expect(page(TRANSLATED_JOB)('meta[property="og:image:alt"]').attr('content')).toBe(
      'Preview image: job advertisement “Industrial mechanic (m/f/d)”, Full-time, Nordwerk, Südwerk',
    );
    expect(card('/en/karriere/auswahl/bereich/produktion/').attr('content')).toBe(card(CAREERS).attr('content'));
  });

  it('stay out of the sitemap as filter selections, and are in it with their German pair otherwise', () => {
    const sitemap = listFiles(outDir)
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map((file) => readFileSync(path.join(outDir, file), 'utf8'))
      .join('\n');
    expect(sitemap).not.toContain('/karriere/auswahl/');
    const $ = load(sitemap, { xml: true });
    for (const url of [CAREERS, TRANSLATED_JOB, DEPARTMENT]) {
      const entry = $('url')
        .toArray()
        .find((node) => sitePath($(node).children('loc').text()) === url);
      expect(entry, url).toBeDefined();
      const links = $(entry)
        .children('xhtml\\:link')
        .toArray()
        .map((link) => `${$(link).attr('hreflang')} ${sitePath($(link).attr('href') ?? '')}`)
        .sort();
      expect(links, url).toEqual([`de ${url.slice(3)}`, `en ${url}`]);
    }
    expect(page('/en/karriere/auswahl/bereich/produktion/')('meta[name="robots"]').attr('content')).toContain('noindex');
  });
});

describe('the English job page', () => {
  it('shows the translation’s title, teaser and body, never the German body', () => {
    const $ = page(TRANSLATED_JOB);
    expect($('h1').text()).toBe('Industrial mechanic (m/f/d)');
    expect($('.job-header .lead').text()).toBe('You keep our plants running.');
    expect($('.job-body h2').text()).toBe('Your tasks');
    expect($('.job-body').text()).toContain('Maintaining the plants');
    expect($('main').text()).not.toContain('Anlagen warten');
    expect(page('/karriere/industriemechaniker/')('.job-body').text()).toContain('Anlagen warten');
  });

  it('shows the shared facts in British English', () => {
    /** The facts box as `label: value`. */
    const facts = (url: string) => {
      const $ = page(url);
      return $('.job-facts dt')
        .map((_, dt) => `${$(dt).text()}: ${plain($(dt).next('dd').text())}`)
        .get();
    };
    expect(facts(TRANSLATED_JOB)).toEqual(
      expect.arrayContaining([
        'Department: Production',
        'Employment type: Full-time',
        'Remote work: on site',
        'Salary: €42,000 – €52,000 per year',
        'Start: immediately',
        'Published on: 1 September 2026',
        'Apply by: 30 June 2027',
      ]),
    );
    expect(page(TRANSLATED_JOB)('.job-facts a').attr('href')).toBe(DEPARTMENT);
    expect(facts('/karriere/industriemechaniker/')).toContain('Gehalt: 42.000 € – 52.000 € pro Jahr');
  });

  it('applies with the German subject HR sorts by, and says so in English', () => {
    const $ = page(TRANSLATED_JOB);
    const german = page('/karriere/industriemechaniker/');
    const button = $('.job-apply a[data-apply="email"]').attr('href');
    expect(button).toBe(german('.job-apply a[data-apply="email"]').attr('href'));
    expect(decodeURIComponent(button ?? '')).toContain(
      'subject=Bewerbung: Industriemechaniker (m/w/d) (Kennziffer industriemechaniker)',
    );
    const next = $('.job-apply-next');
    expect(plain(next.text())).toBe(
      'Your e-mail program opens with a new e-mail to bewerbung@testwerk.example; the subject “Bewerbung: Industriemechaniker (m/w/d) (Kennziffer industriemechaniker)” is already filled in. Attach your documents and send it.',
    );
    expect(next.find('span[lang="de"]').text()).toBe('Bewerbung: Industriemechaniker (m/w/d) (Kennziffer industriemechaniker)');
    expect(plain($('.job-apply-documents').text())).toBe('Have ready: CV and recent references.');
    expect(plain($('.job-apply').text())).toContain('We look forward to your application by 30 June 2027.');
  });

  it('keeps a German job page free of language marks', () => {
    const $ = page(GERMAN_JOB);
    expect(plain($('.job-apply-documents').text())).toBe('Halten Sie bereit: Lebenslauf und Arbeitszeugnisse.');
    expect($('.job-apply [lang]').length).toBe(0);
  });

  it('links back to the English lists', () => {
    const $ = page(TRANSLATED_JOB);
    expect(
      $('.breadcrumbs a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['/en/', CAREERS, DEPARTMENT]);
    expect(
      $('.job-more a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual([DEPARTMENT, CAREERS]);
  });
});

describe('the English JobPosting', () => {
  it('passes the same checks as the German one, with the translation’s text and the English page', () => {
    const data = ofType(TRANSLATED_JOB, 'JobPosting');
    const german = ofType('/karriere/industriemechaniker/', 'JobPosting');
    const $ = page(TRANSLATED_JOB);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['title']).toBe($('h1').text());
    expect(String(data['title'])).toContain('(m/f/d)');
    expect(String(data['description'])).toMatch(/^<p>You keep our plants running\.<\/p>\n<h2 id="your-tasks">Your tasks<\/h2>/);
    expect(String(data['description'])).not.toContain('Anlagen');
    expect(data['url']).toBe(`${BASE}${TRANSLATED_JOB}`);
    expect(data['occupationalCategory']).toBe('Industrial mechanic');
    expect(data['datePosted']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data['validThrough']).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59\+0[12]:00$/);
    // The facts are the original's.
    for (const key of [
      'datePosted',
      'validThrough',
      'employmentType',
      'hiringOrganization',
      'jobLocation',
      'baseSalary',
      'directApply',
      'identifier',
    ])
      expect(data[key], key).toEqual(german[key]);
    expect(data['hiringOrganization']).toEqual({
      '@type': 'Organization',
      name: 'Testwerk GmbH',
      sameAs: ['https://www.linkedin.com/company/testwerk-example'],
      logo: `${BASE}/karriere/logo.png`,
      url: `${BASE}/`,
    });
    expect(data['baseSalary']).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 42000, maxValue: 52000, unitText: 'YEAR' },
    });
    expect(data['identifier']).toEqual({ '@type': 'PropertyValue', name: 'Testwerk GmbH', value: 'industriemechaniker' });
    expect(german['url']).toBe(`${BASE}/karriere/industriemechaniker/`);
    expect(german['title']).toBe('Industriemechaniker (m/w/d)');
  });

  it('leaves the language off the posting (schema.org has no inLanguage there) and puts it on the page', () => {
    for (const [url, locale] of [
      [TRANSLATED_JOB, 'en-GB'],
      ['/karriere/industriemechaniker/', 'de-DE'],
    ] as const) {
      const posting = ofType(url, 'JobPosting');
      expect(posting['inLanguage'], url).toBeUndefined();
      // One WebPage per page (BaseLayout's), naming the posting as what the page is about.
      expect(ofType(url, 'WebPage'), url).toMatchObject({
        '@type': 'WebPage',
        '@id': `${BASE}${url}`,
        url: `${BASE}${url}`,
        name: page(url)('h1').text(),
        inLanguage: locale,
        mainEntity: { '@id': posting['@id'] },
      });
      expect(posting['@id'], url).toBe(`${BASE}${url}#stelle`);
    }
  });
});

describe('the English careers list and its filter', () => {
  it('lists every open job: the English page where there is one, the German one marked otherwise', () => {
    const $ = page(CAREERS);
    expect(listedJobs($)).toEqual([TRANSLATED_JOB, GERMAN_JOB]);
    const germanLink = $(`.job-list a[href="${GERMAN_JOB}"]`);
    expect(germanLink.attr('hreflang')).toBe('de');
    expect(germanLink.find('[lang="de"]').text()).toBe('Personalsachbearbeiter (m/w/d) Teilzeit');
    expect(plain(germanLink.text())).toBe('Personalsachbearbeiter (m/w/d) Teilzeit (in German)');
    const englishLink = $(`.job-list a[href="${TRANSLATED_JOB}"]`);
    expect(englishLink.attr('hreflang')).toBeUndefined();
    expect(englishLink.find('[lang]').length).toBe(0);
    expect(plain(englishLink.closest('.job-card').text())).toContain('€42,000 – €52,000 per year');
    expect($('[data-job-status]').text()).toBe('2 open positions');
  });

  it('names the facets in English and marks a department without English text', () => {
    const $ = page(CAREERS);
    expect(
      $('.facet h3')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['Department', 'Location', 'Employment type', 'Remote work']);
    const departments = $('a[data-facet="bereich"]:not([data-value=""])');
    expect(departments.map((_, el) => plain($(el).text())).get()).toEqual(['Personal 1', 'Production 1']);
    expect($('a[data-facet="bereich"][data-value="personal"] [lang="de"]').text()).toBe('Personal');
    expect(
      $('a[data-facet="art"]')
        .map((_, el) => plain($(el).text()))
        .get(),
    ).toEqual(['All 2', 'Full-time 1', 'Part-time 1']);
  });

  it('leads every filter link to an English selection whose list has as many jobs as the link counts', () => {
    for (const url of [CAREERS, ...urls('/en/karriere/auswahl/')]) {
      const $ = page(url);
      expect($('[data-job-filters]').attr('data-prefix'), url).toBe('/en');
      expect($('[data-job-reset] a').attr('href'), url).toBe(CAREERS);
      $('[data-job-filters] a[data-facet]:not([data-facet=""])').each((_, el) => {
        const link = $(el);
        const href = link.attr('href');
        const count = Number(link.find('[data-count]').text());
        if (href === undefined) return void expect(count, `${url} ${link.text()}`).toBe(0);
        expect(href, url).toMatch(/^\/en\/karriere\/(auswahl\/.+)?$/);
        expect(listedJobs(page(href)).length, `${url} → ${href}`).toBe(count);
      });
    }
    expect(page('/karriere/')('[data-job-filters]').attr('data-prefix')).toBeUndefined();
  });

  it('shows on a selection page its jobs, its title in English and the location’s English job alert', () => {
    const $ = page('/en/karriere/auswahl/standort/nordwerk/art/teilzeit/');
    expect($('h1').text()).toBe('Open positions: Location Nordwerk, Employment type Part-time');
    expect(listedJobs($)).toEqual([GERMAN_JOB]);
    expect($('[data-job-status]').text()).toBe('One of 2 positions matches your selection');
    expect(
      $('.job-alert a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['/en/karriere/standorte/nordwerk/stellen.xml', '/en/karriere/standorte/nordwerk/stellen.json']);
    expect(
      $('.breadcrumbs a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['/en/', CAREERS]);
  });

  it('lists the departments, English where they have a text and German marked otherwise', () => {
    const $ = page(CAREERS);
    const cards = $('.department-card h3 a');
    expect(
      cards
        .map((_, el) => $(el).attr('href'))
        .get()
        .sort(),
    ).toEqual([DEPARTMENT, '/karriere/bereiche/personal/']);
    const personal = $('.department-card a[href="/karriere/bereiche/personal/"]');
    expect(personal.attr('hreflang')).toBe('de');
    expect(plain(personal.text())).toBe('Personal (in German)');
    expect($(`.department-card a[href="${DEPARTMENT}"]`).text()).toBe('Production');
    expect($('.careers-feed a').attr('href')).toBe('/en/karriere/feed.xml');
  });
});

describe('the English department page', () => {
  it('shows the English name and description, its jobs, its people and its English job alert', () => {
    const $ = page(DEPARTMENT);
    expect($('h1').text()).toBe('Department: Production');
    expect($('.dept-hero .lead').text()).toBe('This is where the tubes are made.');
    expect($('.dept-hero-links a').first().text()).toBe('one open position');
    expect(listedJobs($)).toEqual([TRANSLATED_JOB]);
    expect(
      $('#menschen .person-card h3 a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['/menschen/jonas-keller/', '/menschen/anna-berger/']);
    expect(plain($('#menschen').text())).toContain('Contact for one open position');
    expect(
      $('.job-alert a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['/en/karriere/bereiche/produktion/stellen.xml', '/en/karriere/bereiche/produktion/stellen.json']);
    expect(plain($('.job-alert').text())).toContain('Subscribe to new positions in Production:');
  });

  it('links the other departments, a German one marked', () => {
    const $ = page(DEPARTMENT);
    const other = $('.dept-others a');
    expect(other.attr('href')).toBe('/karriere/bereiche/personal/');
    expect(other.attr('hreflang')).toBe('de');
    expect(other.find('[lang="de"]').text()).toBe('Personal');
    expect(plain(other.text())).toBe('Personal (one open position)');
  });
});
