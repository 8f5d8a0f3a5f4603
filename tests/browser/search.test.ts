import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, createAuditor } from '../helpers/audit.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { demoSite } from '../helpers/demo.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/**
 * The site search on the demo build: the header's plain GET form, Pagefind with German
 * stemming behind /suche/, filters by type, Back, and Pagefind's files loaded only once
 * a visitor searches.
 */
const POST = '/blog/neues-hochregallager-in-hemer/';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(demoSite());
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const resultLinks = (page: Page) =>
  page.locator('.search-results h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));

describe('site search', () => {
  it('finds a demo post from the header field; the inflected word matches by German stemming', async () => {
    const context = await browser.newContext();
    const { page, audit } = await createAuditor(context, server.origin);
    const home = await audit('/');
    expect(home.consoleErrors).toEqual([]);
    // "Hochregallagers" (genitive) occurs nowhere; the post says "Hochregallager".
    await page.locator('#site-search-q').fill('Hochregallagers');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/suche\/\?q=Hochregallagers$/);
    await page.locator('.search-results li').first().waitFor();
    expect(await resultLinks(page)).toContain(POST);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/Treffer für „Hochregallagers“/);
    expect(await page.locator('#search-q').inputValue()).toBe('Hochregallagers');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('searches English pages only from an English page, in the English index', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/`);
    await page.locator('#site-search-q').fill('design');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/suche\/\?q=design$/);
    await page.locator('.search-results li').first().waitFor();
    const links = await resultLinks(page);
    expect(links).toContain('/en/blog/teilzeit-in-der-konstruktion/');
    expect(links.filter((href) => !href?.startsWith('/en/'))).toEqual([]);
    await context.close();
  });

  it('filters by type, keeps the state in the URL, and Back restores the previous results', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/suche/?q=Ausbildung`);
    await page.locator('.search-results li').first().waitFor();
    const all = await resultLinks(page);
    expect(all.some((href) => href?.startsWith('/blog/'))).toBe(true);
    expect(all.some((href) => href?.startsWith('/karriere/'))).toBe(true);

    await page.getByLabel(/^Stellen/).check();
    await page.waitForURL(/typ=job/);
    await expect
      .poll(async () => (await resultLinks(page)).every((href) => href?.startsWith('/karriere/')), { timeout: 20_000 })
      .toBe(true);
    const jobs = await resultLinks(page);
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.length).toBeLessThan(all.length);
    expect(await page.locator('.search-results .kind').allTextContents()).toEqual(jobs.map(() => 'Stelle'));
    expect(await page.locator('[data-search-count="job"]').textContent()).toBe(`(${jobs.length})`);

    await page.goBack();
    await page.waitForURL(/\/suche\/\?q=Ausbildung$/);
    await expect.poll(() => resultLinks(page), { timeout: 20_000 }).toEqual(all);
    expect(await page.getByLabel(/^Stellen/).isChecked()).toBe(false);
    await context.close();
  });

  it('loads no JavaScript on plain pages, and Pagefind only when there is something to search', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
    expect(requests.filter((path) => path.endsWith('.js'))).toEqual([]);
    await page.goto(`${server.origin}/suche/`, { waitUntil: 'networkidle' });
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.locator('#search-q').fill('Edelstahl');
    await page.locator('#search-q').press('Enter');
    await page.locator('.search-results li').first().waitFor();
    expect(requests).toContain('/pagefind/pagefind.js');
    expect(page.url()).toBe(`${server.origin}/suche/?q=Edelstahl`);
    await context.close();
  });

  it('counts the hits per type, works by keyboard, and announces the counts in the status region', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/suche/?q=Ausbildung`);
    const status = page.locator('[role="status"][data-search-total]');
    await status.waitFor();
    const total = Number(await status.getAttribute('data-search-total'));
    // The count is part of each checkbox's name, so a screen reader reads it on the filter too.
    const jobCount = Number(/^\((\d+)\)$/.exec((await page.locator('[data-search-count="job"]').textContent()) ?? '')?.[1]);
    const jobs = page.getByRole('checkbox', { name: `Stellen (${jobCount})`, exact: true });
    expect(jobCount).toBeGreaterThan(0);
    expect(jobCount).toBeLessThan(total);
    expect(await status.textContent()).toMatch(new RegExp(`^${total} Treffer für „Ausbildung“\\. Davon .*${jobCount} Stellen`));

    // Keyboard only: from the search field to the job filter, Space selects it.
    await page.locator('#search-q').focus();
    for (let step = 0; step < 10 && !(await jobs.evaluate((box) => box === document.activeElement)); step += 1) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Space');
    await page.waitForURL(/typ=job/);
    await expect.poll(() => status.getAttribute('data-search-total'), { timeout: 20_000 }).toBe(String(jobCount));
    expect(await status.textContent()).toMatch(
      new RegExp(`^${jobCount} Treffer für „Ausbildung“\\. Ohne Filter findest du .*${jobCount} Stellen`),
    );
    // The counts stay those of the query, whatever is selected.
    expect(await page.locator('[data-search-count="job"]').textContent()).toBe(`(${jobCount})`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows each result with its type, its facts and an excerpt of its content', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/suche/?q=${encodeURIComponent('Teilzeit Iserlohn')}`);
    const job = page.locator('.search-results li', {
      has: page.locator('a[href="/karriere/qualitaetspruefer-teilzeit-iserlohn/"]'),
    });
    await job.waitFor();
    expect(await job.locator('.kind').textContent()).toBe('Stelle');
    expect(await job.locator('.facts').textContent()).toBe('Iserlohn (Hauptsitz) · Teilzeit');
    expect(await job.locator('.excerpt mark').count()).toBeGreaterThan(0);

    await page.goto(`${server.origin}/suche/?q=Werkstoffpr%C3%BCferin`);
    const person = page.locator('.search-results li', { has: page.locator('a[href="/menschen/thu-trang-nguyen/"]') });
    await person.waitFor();
    expect(await person.locator('.kind').textContent()).toBe('Person');
    expect(await person.locator('.facts').textContent()).toBe('Werkstoffprüferin');
    await page.close();
  });

  it('without JavaScript, explains that search needs it and links the blog, the jobs and the people', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/suche/?q=Ausbildung`);
    // innerText holds only what is rendered: the <noscript> content shows without JavaScript.
    expect(await page.locator('main').innerText()).toContain('Die Suche braucht JavaScript.');
    const links = await page.locator('main noscript a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/blog/', '/karriere/', '/menschen/']));
    for (const href of ['/blog/', '/karriere/', '/menschen/'])
      expect((await page.request.get(`${server.origin}${href}`)).status()).toBe(200);
    await context.close();
  });

  it('says so when nothing matches, in the status region', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/suche/?q=Qwzjxvbnk`);
    await expect
      .poll(() => page.locator('[role="status"]').textContent(), { timeout: 20_000 })
      .toBe('Keine Treffer für „Qwzjxvbnk“.');
    expect(await page.locator('[data-search-results]').isHidden()).toBe(true);
    await page.close();
  });
});
