import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { demoSite, pagesOfType } from '../helpers/demo.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/**
 * The relevance test set: German queries a candidate types, on the demo content, through
 * the search page in Chromium. `top` must be among the first three results (in any order),
 * `first` must be the first; `never` must not be among the results at all, because those
 * pages match the query only on their furniture (the YouTube consent notice, "Das könnte
 * Sie auch interessieren", a person's list of posts, "Mehr Videos aus dem Bereich", the
 * apply box). Before issue 23, each `never` page was a hit.
 */
interface Case {
  query: string;
  first?: string;
  top?: string[];
  /** Paths, or a page type whose every page must be missing. */
  never?: Array<string | { type: string }>;
}

const JOB = {
  mechanic: '/karriere/industriemechaniker-instandhaltung-hemer/',
  mechanicApprentice: '/karriere/ausbildung-industriemechaniker-2027/',
  logisticsApprentice: '/karriere/ausbildung-fachkraft-lagerlogistik-2027/',
  inspector: '/karriere/qualitaetspruefer-teilzeit-iserlohn/',
  payroll: '/karriere/personalsachbearbeiter-entgeltabrechnung-teilzeit/',
  sales: '/karriere/vertriebsingenieur-pharma-biotech/',
  student: '/karriere/werkstudent-it-support/',
  devops: '/karriere/devops-engineer-fertigungs-it-remote/',
};

const CASES: Case[] = [
  // Compounds: the candidate types the last part of the job title.
  { query: 'Mechaniker', top: [JOB.mechanic, JOB.mechanicApprentice] },
  { query: 'Industriemechaniker', top: [JOB.mechanic, JOB.mechanicApprentice] },
  { query: 'Ingenieur', first: JOB.sales },
  // ß and ss: the welder (the welding job has expired) whichever way it is spelt.
  { query: 'Schweißen', top: ['/menschen/tobias-rademacher/'] },
  { query: 'Schweissen', top: ['/menschen/tobias-rademacher/'] },
  // Umlauts typed or left out.
  { query: 'Qualitätsprüfer', first: JOB.inspector },
  { query: 'Qualitatsprufer', first: JOB.inspector },
  { query: 'Deniz Sahin', top: ['/menschen/deniz-sahin/'] },
  // Two words: what and where.
  { query: 'Teilzeit Iserlohn', top: [JOB.inspector, JOB.payroll] },
  { query: 'Ausbildung Hemer', top: [JOB.logisticsApprentice, JOB.mechanicApprentice] },
  // A query that names a job finds that job first.
  { query: 'Vertriebsingenieur', first: JOB.sales },
  { query: 'Lagerlogistik', first: JOB.logisticsApprentice },
  { query: 'Werkstudent', first: JOB.student },
  { query: 'DevOps Engineer', first: JOB.devops },
  { query: 'Ausbildung', top: [JOB.logisticsApprentice, JOB.mechanicApprentice] },
  // Posts, videos, people and teams by their own words; never by their furniture.
  {
    query: 'Ausbildungsstart',
    first: '/blog/ausbildungsstart-2025/',
    never: [
      '/menschen/elif-yildiz/',
      '/blog/firmenlauf-iserlohn-2026/',
      '/blog/berufsinfoboerse-iserlohn-2025/',
      '/blog/tag-der-offenen-tuer-in-hemer/',
      '/blog/social-media-taskforce-wer-wie-warum/',
    ],
  },
  {
    query: 'Schichtübergabe',
    top: ['/blog/vier-regeln-fuer-eine-gute-schichtuebergabe/', '/menschen/rene-kowalczyk/'],
    never: [
      '/blog/die-fuenf-stufen-guter-einarbeitung/',
      '/blog/drei-wochen-molkerei-montage/',
      '/blog/laufkarte-adieu-papierlos-in-der-rohrfertigung/',
    ],
  },
  {
    query: 'Werkstoffprüferin',
    first: '/menschen/thu-trang-nguyen/',
    never: [
      '/menschen/katharina-vogt/',
      '/menschen/birgit-lohmann/',
      '/videos/tutorial-oberflaechenmessung/',
      '/blog/sieben-dinge-die-ich-im-vertrieb-lernen-musste/',
      '/blog/die-fuenf-stufen-guter-einarbeitung/',
      '/blog/teilzeit-in-der-konstruktion/',
    ],
  },
  // The genitive occurs nowhere: German stemming. (The post's title says "Lager"; the
  // department and the apprenticeship whose short texts name the Hochregallager may come first.)
  { query: 'Hochregallagers', top: ['/blog/neues-hochregallager-in-hemer/'] },
  { query: 'Oberflächenrauheit', top: ['/videos/tutorial-oberflaechenmessung/'] },
  { query: 'Social-Media-Taskforce', top: ['/teams/social-media-taskforce/'] },
  // Words that only furniture says.
  { query: 'Datenschutz', never: [{ type: 'video' }, { type: 'job' }] },
  { query: 'Mehr Videos', never: [{ type: 'video' }] },
  { query: 'Transkript', never: [{ type: 'video' }] },
  { query: 'Jetzt bewerben', never: [{ type: 'job' }] },
];

let browser: Browser;
let server: StaticServer;
let page: Page;
let site: string;

beforeAll(async () => {
  site = demoSite();
  server = await serveStatic(site);
  browser = await launchBrowser();
  page = await browser.newPage();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Outcome {
  /** The result links the page shows, in order. */
  shown: string[];
  /** Every hit's URL, also those past the shown ones (from Pagefind on the page). */
  all: string[];
  /** The hit count the page states, and its count per type filter. */
  total: number;
  counts: Record<string, number>;
  status: string;
}

/** Searches on /suche/ as a visitor does (the URL holds the query) and reads the page. */
async function search(query: string): Promise<Outcome> {
  await page.goto(`${server.origin}/suche/?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-search-status]');
  await status.and(page.locator('[data-search-total]')).waitFor({ timeout: 20_000 });
  const shown = await page
    .locator('.search-results h3 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const counts = Object.fromEntries(
    await page
      .locator('[data-search-count]')
      .evaluateAll((spans) =>
        spans.map((span) => [span.getAttribute('data-search-count') ?? '', Number(/\d+/.exec(span.textContent ?? '')?.[0])]),
      ),
  ) as Record<string, number>;
  // A string, not a function: the test runner would rewrite a function's import().
  const all = await page.evaluate<string[]>(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const result = await pagefind.search(${JSON.stringify(query)});
    return Promise.all(result.results.map(async (hit) => (await hit.data()).url));
  })()`);
  return {
    shown,
    all,
    total: Number(await status.getAttribute('data-search-total')),
    counts,
    status: (await status.textContent()) ?? '',
  };
}

describe('search relevance on the demo content', () => {
  it('has at least 15 queries, with compounds, ß and ss, and two-word queries', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
    expect(CASES.filter((test) => test.query.includes(' ')).length).toBeGreaterThanOrEqual(2);
  });

  for (const test of CASES) {
    it(`„${test.query}“`, async () => {
      const outcome = await search(test.query);
      if (test.first) expect(outcome.shown[0], outcome.shown.join('\n')).toBe(test.first);
      for (const path of test.top ?? []) expect(outcome.shown.slice(0, 3), outcome.shown.join('\n')).toContain(path);
      const never = (test.never ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : pagesOfType(site, entry.type)));
      expect(never.length).toBe(new Set(never).size);
      expect(outcome.all.filter((url) => never.includes(url))).toEqual([]);

      // The type counts add up to the hits, the shown results are hits, and the status says so.
      const sum = Object.values(outcome.counts).reduce((a, b) => a + b, 0);
      expect(Object.keys(outcome.counts).length).toBe(6);
      expect(sum, JSON.stringify(outcome.counts)).toBe(outcome.total);
      expect(outcome.all.length).toBe(outcome.total);
      expect(outcome.shown).toEqual(outcome.all.slice(0, outcome.shown.length));
      if (outcome.total > 0) expect(outcome.status).toContain(`${outcome.total === 1 ? 'Ein' : outcome.total} Treffer`);
    });
  }
});
