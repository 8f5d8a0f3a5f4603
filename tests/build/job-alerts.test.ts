import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { careersFixture } from '../helpers/careers-fixture.ts';
import { buildSite, FIXTURE_NOW, readPages, tempDir } from '../helpers/site.ts';

/**
 * Job alerts: RSS and JSON Feed of the open jobs per department and per location, on the
 * careers fixture (tests/fixtures/careers/README.md) plus two jobs around the fixture's
 * "now" (1 November 2026): one whose last day is today (open), one whose last day was
 * yesterday (expired). The basic fixture's `abgelaufen` expired in February.
 */
const BASE = 'https://karriere.testwerk.example';

const job = (title: string, validThrough: string) => `---
title: ${title}
description: Eine Stelle am Rand der Frist.
department: it
locations: [suedwerk]
employmentType: part-time
datePosted: 2026-10-01
validThrough: ${validThrough}
salary: { min: 18.5, max: 21, currency: EUR, unit: hour }
apply: { email: it-jobs@testwerk.example }
contact: anna-berger
---
Text.
`;

/** Open jobs by department and location at the fixture's "now". */
const OPEN: Record<string, { department: string; locations: string[] }> = {
  industriemechaniker: { department: 'produktion', locations: ['nordwerk', 'suedwerk'] },
  'praktikum-produktion': { department: 'produktion', locations: ['suedwerk'] },
  'devops-remote': { department: 'it', locations: ['nordwerk'] },
  'werkstudium-it': { department: 'it', locations: ['suedwerk'] },
  'ausbildung-lagerlogistik': { department: 'logistik', locations: ['suedwerk'] },
  'letzter-tag': { department: 'it', locations: ['suedwerk'] },
};
/** Never in any feed: expired (yesterday, and in February), scheduled, draft. */
const CLOSED = ['gestern-abgelaufen', 'abgelaufen', 'kuenftige-stelle', 'entwurf-stelle'];
const DEPARTMENTS = ['produktion', 'personal', 'it', 'logistik'];
const LOCATIONS = ['nordwerk', 'suedwerk'];

const feeds = {
  department: (id: string, format: 'xml' | 'json') => `/karriere/bereiche/${id}/stellen.${format}`,
  location: (id: string, format: 'xml' | 'json') => `/karriere/standorte/${id}/stellen.${format}`,
};

let outDir: string;
let pages: Map<string, CheerioAPI>;
const file = (url: string) => readFileSync(path.join(outDir, url), 'utf8');
const page = (url: string): CheerioAPI => {
  const found = pages.get(url);
  if (!found) throw new Error(`page ${url} was not built`);
  return found;
};
const jobId = (link: string) => new URL(link).pathname.split('/')[2]!;
const expected = (scope: 'department' | 'location', id: string) =>
  Object.entries(OPEN)
    .filter(([, facts]) => (scope === 'department' ? facts.department === id : facts.locations.includes(id)))
    .map(([key]) => key)
    .sort();

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  items: Array<{
    id: string;
    url: string;
    title: string;
    summary: string;
    content_html: string;
    _job: { locations: string[]; salary: string; valid_through: string };
  }>;
}

beforeAll(() => {
  const content = careersFixture();
  writeFileSync(path.join(content, 'jobs', 'letzter-tag.md'), job('Letzter Tag (m/w/d)', '2026-11-01'));
  writeFileSync(path.join(content, 'jobs', 'gestern-abgelaufen.md'), job('Gestern abgelaufen (m/w/d)', '2026-10-31'));
  expect(FIXTURE_NOW.startsWith('2026-11-01')).toBe(true);
  const result = buildSite(content, path.join(tempDir('job-alerts'), 'dist'));
  if (result.status !== 0) throw new Error(`job alerts fixture build failed:\n${result.stdout}\n${result.stderr}`);
  outDir = result.outDir;
  pages = readPages(outDir);
});

describe('job alerts: RSS per department and per location', () => {
  const parser = new Parser();

  it('holds exactly the open jobs of each department and location, an expired job nowhere', async () => {
    for (const [scope, ids] of [
      ['department', DEPARTMENTS],
      ['location', LOCATIONS],
    ] as const) {
      for (const id of ids) {
        const feed = await parser.parseString(file(feeds[scope](id, 'xml')));
        const listed = feed.items.map((item) => jobId(item.link!)).sort();
        expect(listed, `${scope} ${id}`).toEqual(expected(scope, id));
        for (const closed of CLOSED) expect(listed).not.toContain(closed);
      }
    }
    // The department whose only job expired keeps its (empty) feed for subscribers.
    expect(expected('department', 'personal')).toEqual([]);
  });

  it('gives each item its title, locations, German salary range, deadline and a stable tag: id, all absolute', async () => {
    const feed = await parser.parseString(file(feeds.location('suedwerk', 'xml')));
    expect(feed.title).toBe('Testwerk: Stellen am Standort Südwerk');
    expect(feed.link).toBe(`${BASE}/karriere/auswahl/standort/suedwerk/`);
    const item = feed.items.find((entry) => entry.link === `${BASE}/karriere/letzter-tag/`)!;
    expect(item.title).toBe('Letzter Tag (m/w/d)');
    expect(item.guid).toBe('tag:karriere.testwerk.example,2026-10-01:/karriere/letzter-tag/');
    const summary = item.contentSnippet!.replace(/\s+/g, ' ');
    expect(summary).toContain('Südwerk');
    expect(summary).toContain('18,50 € – 21,00 € pro Stunde');
    expect(summary).toContain('Bewerbung bis 1. November 2026');
    const industrie = feed.items.find((entry) => entry.link?.endsWith('/industriemechaniker/'))!;
    expect(industrie.contentSnippet!.replace(/\s+/g, ' ')).toContain('Nordwerk, Südwerk, 42.000 € – 52.000 € pro Jahr');
    for (const entry of feed.items) {
      expect(entry.link).toMatch(new RegExp(`^${BASE}/karriere/[a-z-]+/$`));
      expect(entry.enclosure?.url).toMatch(new RegExp(`^${BASE}/og/karriere/`));
    }
    const xml = file(feeds.location('suedwerk', 'xml'));
    expect(xml).not.toMatch(/(href|src)="\//);
    // Author text with markup is escaped, never raw: the hostile internship description.
    expect(xml).not.toContain('</script><!--');
    expect(feed.items.find((entry) => entry.link?.endsWith('/praktikum-produktion/'))?.content).toContain(
      'Sie & wir, </script><!--',
    );
  });

  it('keeps an id when the text changes: the same job has the same guid in every feed', async () => {
    const ids = new Set<string>();
    for (const url of [feeds.department('it', 'xml'), feeds.location('nordwerk', 'xml'), '/karriere/feed.xml']) {
      const feed = await parser.parseString(file(url));
      ids.add(feed.items.find((entry) => entry.link?.endsWith('/devops-remote/'))!.guid!);
    }
    expect([...ids]).toEqual(['tag:karriere.testwerk.example,2026-10-20:/karriere/devops-remote/']);
  });
});

describe('job alerts: JSON Feed per department and per location', () => {
  it('is JSON Feed 1.1 with the same jobs as the RSS feed and the facts as `_job`', () => {
    for (const [scope, ids] of [
      ['department', DEPARTMENTS],
      ['location', LOCATIONS],
    ] as const) {
      for (const id of ids) {
        const feed = JSON.parse(file(feeds[scope](id, 'json'))) as JsonFeed;
        expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
        expect(feed.feed_url).toBe(`${BASE}${feeds[scope](id, 'json')}`);
        expect(feed.home_page_url).toMatch(new RegExp(`^${BASE}/karriere/`));
        expect(Array.isArray(feed.items)).toBe(true);
        expect(feed.items.map((item) => jobId(item.url)).sort(), `${scope} ${id}`).toEqual(expected(scope, id));
        for (const item of feed.items) {
          expect(item.id).toMatch(/^tag:karriere\.testwerk\.example,\d{4}-\d\d-\d\d:/);
          expect(typeof item.title).toBe('string');
          expect(item.content_html).not.toMatch(/(href|src)="\//);
        }
      }
    }
    const it = JSON.parse(file(feeds.department('it', 'json'))) as JsonFeed;
    expect(it.items.find((item) => item.url.endsWith('/letzter-tag/'))?._job).toEqual({
      locations: ['Südwerk'],
      salary: '18,50 € – 21,00 € pro Stunde',
      valid_through: '2026-11-01',
    });
  });
});

describe('job alerts: where they are announced', () => {
  const alternates = ($: CheerioAPI) =>
    $('link[rel="alternate"]')
      .map((_, link) => `${$(link).attr('type')} ${$(link).attr('href')}`)
      .get();

  it('links each department’s alerts from its page, in the head and visibly', () => {
    for (const id of DEPARTMENTS) {
      const $ = page(`/karriere/bereiche/${id}/`);
      expect(alternates($)).toEqual(
        expect.arrayContaining([
          `application/rss+xml ${BASE}${feeds.department(id, 'xml')}`,
          `application/feed+json ${BASE}${feeds.department(id, 'json')}`,
        ]),
      );
      expect($(`.job-alert a[href="${feeds.department(id, 'xml')}"]`).length, id).toBe(1);
      expect($(`.job-alert a[href="${feeds.department(id, 'json')}"]`).length, id).toBe(1);
    }
  });

  it('links each location’s alerts from the careers list filtered by it', () => {
    for (const id of LOCATIONS) {
      const $ = page(`/karriere/auswahl/standort/${id}/`);
      expect(alternates($)).toContain(`application/rss+xml ${BASE}${feeds.location(id, 'xml')}`);
      expect(alternates($)).toContain(`application/feed+json ${BASE}${feeds.location(id, 'json')}`);
      expect($(`.job-alert a[href="${feeds.location(id, 'xml')}"]`).text()).toBe('RSS-Feed');
    }
    expect(page('/karriere/auswahl/bereich/it/').html()).not.toContain('/karriere/standorte/');
  });

  it('lists every job alert on /kanaele/ with its absolute address', () => {
    const $ = page('/kanaele/');
    const links = $('a')
      .map((_, link) => $(link).attr('href'))
      .get();
    for (const id of DEPARTMENTS) {
      expect(links).toContain(`${BASE}${feeds.department(id, 'xml')}`);
      expect(links).toContain(`${BASE}${feeds.department(id, 'json')}`);
    }
    for (const id of LOCATIONS) {
      expect(links).toContain(`${BASE}${feeds.location(id, 'xml')}`);
      expect(links).toContain(`${BASE}${feeds.location(id, 'json')}`);
    }
  });
});
