import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { englishFixture } from '../helpers/english-fixture.ts';
import { sharedBuild } from '../helpers/build-once.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/**
 * The job filter on /en/karriere/ in Chromium, on the English fixture (a translated and a
 * German-only job): with and without JavaScript it shows the same jobs and counts, and its
 * links stay on the English selections.
 */
let browser: Browser;
let server: StaticServer;
let withJs: BrowserContext;
let withoutJs: BrowserContext;

beforeAll(async () => {
  const result = sharedBuild(englishFixture());
  if (result.status !== 0) throw new Error(`English fixture build failed:\n${result.stdout}\n${result.stderr}`);
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

/** The jobs shown, the status line, and every filter link with its count and target. */
async function snapshot(page: Page) {
  return {
    jobs: await page.$$eval('.job-list h3 a', (links) =>
      links.filter((link) => link.checkVisibility()).map((link) => link.getAttribute('href')),
    ),
    status: await page.locator('[data-job-status]').innerText(),
    links: await page.$$eval('[data-job-filters] a[data-facet]', (links) =>
      links.map((link) =>
        [
          `${link.dataset['facet']}=${link.dataset['value']}`,
          link.querySelector('[data-count]')?.textContent ?? '',
          link.getAttribute('href') ?? '(no link)',
        ].join(' '),
      ),
    ),
  };
}

/** Opens /en/karriere/ and clicks through the filter, recording script errors. */
async function clickThrough(context: BrowserContext, clicks: Click[]) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}/en/karriere/`);
  for (const [facet, value] of clicks) {
    const before = page.url();
    await page.locator(`[data-job-filters] a[data-facet="${facet}"][data-value="${value}"]`).click();
    if (context === withJs) await page.waitForURL((url) => url.href !== before);
    else await page.waitForLoadState('load');
  }
  expect(errors).toEqual([]);
  return page;
}

describe('the English job filter', () => {
  it('shows the same jobs, counts and English links with and without JavaScript', async () => {
    for (const clicks of [
      [['art', 'teilzeit']],
      [
        ['standort', 'nordwerk'],
        ['bereich', 'produktion'],
      ],
    ] as Click[][]) {
      const label = clicks.map((click) => click.join('=')).join(' → ');
      const plain = await clickThrough(withoutJs, clicks);
      const scripted = await clickThrough(withJs, clicks);
      const [a, b] = [await snapshot(plain), await snapshot(scripted)];
      expect(b, label).toEqual(a);
      for (const target of a.links) expect(target, label).toMatch(/ (\/en\/karriere\/\S*|\(no link\))$/);
      expect(
        a.links.some((target) => target.includes('/en/karriere/auswahl/')),
        label,
      ).toBe(true);
      expect(new URL(plain.url()).pathname, label).toMatch(/^\/en\/karriere\/auswahl\/.+/);
      expect(new URL(scripted.url()).pathname, label).toBe('/en/karriere/');
      await Promise.all([plain.close(), scripted.close()]);
    }
  });

  it('says in English what it shows', async () => {
    const page = await clickThrough(withJs, [['art', 'teilzeit']]);
    expect(new URL(page.url()).search).toBe('?art=teilzeit');
    const shown = await snapshot(page);
    expect(shown.jobs).toEqual(['/karriere/personalsachbearbeitung/']);
    expect(shown.status).toBe('One of 2 positions matches your selection');
    await page.close();
  });
});
