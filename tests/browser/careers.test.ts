import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/audit.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { careersFixture } from '../helpers/careers-fixture.ts';
import { sharedBuild } from '../helpers/build-once.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/**
 * The job filter on /karriere/ in Chromium, with and without JavaScript, on the basic
 * fixture plus tests/fixtures/careers (five open jobs, three departments, two locations).
 */
let browser: Browser;
let server: StaticServer;
let withJs: BrowserContext;
let withoutJs: BrowserContext;

beforeAll(async () => {
  const result = sharedBuild(careersFixture());
  if (result.status !== 0) throw new Error(`careers fixture build failed:\n${result.stdout}\n${result.stderr}`);
  server = await serveStatic(result.outDir);
  browser = await launchBrowser();
  withJs = await browser.newContext();
  withoutJs = await browser.newContext({ javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Click = [facet: string, value: string];

/** What a visitor sees of the filter: the jobs shown, the status line, and every filter link. */
async function snapshot(page: Page) {
  return {
    jobs: await page.$$eval('.job-list h3 a', (links) =>
      links.filter((link) => link.checkVisibility()).map((link) => link.getAttribute('href')),
    ),
    status: await page.locator('[data-job-status]').innerText(),
    links: await page.$$eval('[data-job-filters] a[data-facet]', (links) =>
      links
        .filter((link) => link.checkVisibility())
        .map((link) =>
          [
            `${link.dataset['facet']}=${link.dataset['value']}`,
            link.querySelector('[data-count]')?.textContent ?? '',
            link.getAttribute('href') ?? '(no link)',
            link.getAttribute('aria-current') ?? '',
          ].join(' '),
        ),
    ),
  };
}

const link = (page: Page, [facet, value]: Click) =>
  page.locator(`[data-job-filters] a[data-facet="${facet}"][data-value="${value}"]`);

/** A tab per context, reused across scenarios (opening tabs is the slow part), recording errors. */
const tabs = new Map<BrowserContext, { page: Page; errors: string[] }>();
async function tab(context: BrowserContext, fresh = false) {
  const open = tabs.get(context);
  if (open && !fresh) return open;
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const created = { page, errors };
  if (!fresh) tabs.set(context, created);
  return created;
}

/** Opens /karriere/ and clicks through the filter; with JavaScript the page must never reload. */
async function clickThrough(context: BrowserContext, clicks: Click[], fresh = false) {
  const { page, errors } = await tab(context, fresh);
  errors.length = 0;
  await page.goto(`${server.origin}/karriere/`);
  const js = context === withJs;
  if (js) await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  for (const click of clicks) {
    const before = page.url();
    await link(page, click).click();
    if (js) await page.waitForURL((url) => url.href !== before);
    else await page.waitForLoadState('load');
  }
  if (js) expect(await page.evaluate(() => 'sameDocument' in window), 'the page reloaded').toBe(true);
  expect(errors).toEqual([]);
  return page;
}

const SCENARIOS: Array<{ clicks: Click[]; jobs: string[] }> = [
  {
    clicks: [['standort', 'suedwerk']],
    jobs: ['ausbildung-lagerlogistik', 'industriemechaniker', 'praktikum-produktion', 'werkstudium-it'],
  },
  {
    clicks: [
      ['standort', 'suedwerk'],
      ['remote', 'vor-ort'],
    ],
    jobs: ['ausbildung-lagerlogistik', 'industriemechaniker', 'praktikum-produktion'],
  },
  {
    clicks: [
      ['bereich', 'it'],
      ['art', 'werkstudium'],
    ],
    jobs: ['werkstudium-it'],
  },
  { clicks: [['remote', 'komplett-remote']], jobs: ['devops-remote'] },
  {
    clicks: [
      ['bereich', 'produktion'],
      ['standort', 'nordwerk'],
      ['bereich', ''],
    ],
    jobs: ['devops-remote', 'industriemechaniker'],
  },
  {
    clicks: [
      ['art', 'vollzeit'],
      ['art', 'praktikum'],
    ],
    jobs: ['praktikum-produktion'],
  },
];

describe('job filter with and without JavaScript', () => {
  it('shows the same jobs, counts and links either way', async () => {
    for (const { clicks, jobs } of SCENARIOS) {
      const label = clicks.map((click) => click.join('=')).join(' → ');
      const plain = await clickThrough(withoutJs, clicks);
      const scripted = await clickThrough(withJs, clicks);
      const [a, b] = [await snapshot(plain), await snapshot(scripted)];
      expect(b, label).toEqual(a);
      expect([...a.jobs].sort(), label).toEqual(jobs.map((id) => `/karriere/${id}/`).sort());
      // Without JavaScript the address is the pre-rendered page; with it, the query string.
      expect(new URL(plain.url()).pathname, label).toMatch(/^\/karriere\/(auswahl\/.+)?$/);
      expect(new URL(scripted.url()).pathname, label).toBe('/karriere/');
    }
  });

  it('puts the selection into the query string, and a link with one restores it', async () => {
    const page = await clickThrough(withJs, SCENARIOS[1]!.clicks);
    expect(new URL(page.url()).search).toBe('?standort=suedwerk&remote=vor-ort');
    const reopened = await withJs.newPage();
    await reopened.goto(page.url());
    await reopened.waitForFunction(() => document.querySelector('[data-job-status]')?.textContent?.includes('von'));
    expect(await snapshot(reopened)).toEqual(await snapshot(page));
    await reopened.close();
  });

  it('drops unknown values from a query string and shows what is left', async () => {
    const page = await withJs.newPage();
    await page.goto(`${server.origin}/karriere/?bereich=it&standort=atlantis`);
    await page.waitForURL((url) => url.search === '?bereich=it');
    const shown = await snapshot(page);
    expect(shown.jobs.sort()).toEqual(['/karriere/devops-remote/', '/karriere/werkstudium-it/']);
    expect(shown.status).toBe('2 von 5 Stellen passen zu Ihrer Auswahl');
    await page.close();
  });

  it('restores the previous selection on Back, and the next on Forward', async () => {
    const page = await clickThrough(
      withJs,
      [
        ['standort', 'suedwerk'],
        ['remote', 'vor-ort'],
        ['bereich', 'produktion'],
      ],
      true,
    );
    const jobs = async () => (await snapshot(page)).jobs.length;
    expect(await jobs()).toBe(2);
    await page.goBack();
    await page.waitForURL((url) => url.search === '?standort=suedwerk&remote=vor-ort');
    expect(await jobs()).toBe(3);
    expect(await page.locator('a[data-facet="bereich"][aria-current="page"]').getAttribute('data-value')).toBe('');
    await page.goBack();
    await page.waitForURL((url) => url.search === '?standort=suedwerk');
    expect(await jobs()).toBe(4);
    await page.goBack();
    await page.waitForURL((url) => url.search === '');
    expect(await jobs()).toBe(5);
    expect(await page.locator('[data-job-reset]').isHidden()).toBe(true);
    await page.goForward();
    await page.waitForURL((url) => url.search === '?standort=suedwerk');
    expect(await jobs()).toBe(4);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    await page.close();
  });

  it('works from the keyboard and keeps the focus on the chosen filter', async () => {
    const page = await withJs.newPage();
    await page.goto(`${server.origin}/karriere/`);
    await link(page, ['bereich', 'logistik']).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.search === '?bereich=logistik');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-value'))).toBe('logistik');
    expect(await page.locator('[data-job-status]').innerText()).toBe('Eine von 5 Stellen passt zu Ihrer Auswahl');
    await page.close();
  });
});

describe('career hub accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('reports no violations on the job list, a filtered list, a job page and department pages', async () => {
    const page = await withJs.newPage();
    const violations: string[] = [];
    for (const url of [
      '/karriere/',
      '/karriere/?standort=suedwerk&remote=vor-ort',
      '/karriere/devops-remote/',
      '/karriere/werkstudium-it/',
      '/karriere/bereiche/produktion/',
      '/karriere/bereiche/personal/',
    ]) {
      await page.goto(`${server.origin}${url}`, { waitUntil: 'networkidle' });
      violations.push(...(await axeViolations(page)).map((violation) => `${url}: ${violation}`));
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${server.origin}/karriere/`, { waitUntil: 'networkidle' });
    violations.push(...(await axeViolations(page)).map((violation) => `/karriere/ (dark): ${violation}`));
    expect(violations).toEqual([]);
    await page.close();
  });

  it('reports no violations on a pre-rendered selection page (the filter without JavaScript)', async () => {
    // The selection pages ship no script, so they are the same with JavaScript on; axe itself needs it.
    const page = await withJs.newPage();
    await page.goto(`${server.origin}/karriere/auswahl/standort/suedwerk/remote/vor-ort/`, { waitUntil: 'networkidle' });
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
