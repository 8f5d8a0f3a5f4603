import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, findings, type PageAudit } from '../helpers/audit.ts';
import { launchBrowser, openRecordedPage } from '../helpers/browser.ts';
import { sharedBuildOrThrow } from '../helpers/build-once.ts';
import { englishPeopleFixture } from '../helpers/english-fixture.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { MARKER } from '../helpers/translations-fixture.ts';

/**
 * The English people, team and video pages in Chromium, on the build of
 * englishPeopleFixture() that tests/build/english-people.test.ts reads (translations, and a
 * German-only post and video in the lists): axe-core light at 1280 px and dark at 320 px, nothing from another host,
 * no sideways scrolling; and the consent-first player on the English watch page, which
 * loads the same youtube-nocookie embed as the German one, only after the click.
 */
const PAGES = [
  '/en/menschen/',
  '/en/menschen/anna-berger/',
  '/en/teams/',
  '/en/teams/taskforce/',
  '/en/videos/',
  '/en/videos/werksrundgang/',
];
const EMBED = 'https://www.youtube-nocookie.com/embed/abcdefghijk';
const PHONE = { width: 320, height: 640 };

let browser: Browser;
let server: StaticServer;
const light: PageAudit[] = [];
const dark: PageAudit[] = [];

beforeAll(async () => {
  server = await serveStatic(sharedBuildOrThrow(englishPeopleFixture()).outDir);
  browser = await launchBrowser();
  for (const [colorScheme, viewport, target] of [
    ['light', { width: 1280, height: 800 }, light],
    ['dark', PHONE, dark],
  ] as const) {
    const context = await browser.newContext({ colorScheme, viewport, reducedMotion: 'reduce' });
    const { audit } = await createAuditor(context, server.origin, { axe: true });
    for (const url of PAGES) target.push(await audit(url));
    await context.close();
  }
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('English people, team and video pages in a browser', () => {
  it('answer, load everything from the site only, and log no errors', () => {
    const all = [...light, ...dark];
    expect(findings(all, (audit) => (audit.status === 200 ? [] : [`HTTP ${audit.status}`]))).toEqual([]);
    expect(findings(all, (audit) => [...audit.failedRequests, ...audit.foreignRequests, ...audit.consoleErrors])).toEqual([]);
  });

  it('pass axe-core light and dark, and never scroll sideways at 320 px', () => {
    expect(findings([...light, ...dark], (audit) => audit.axe)).toEqual([]);
    expect(findings(dark, (audit) => (audit.scrollWidth > PHONE.width ? [`scrollWidth ${audit.scrollWidth}`] : []))).toEqual([]);
  });

  it('load the YouTube player only after the English button is pressed', async () => {
    const recorded = await openRecordedPage(browser, server.origin);
    await recorded.context.route('https://www.youtube-nocookie.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Player</title>' }),
    );
    const { page } = recorded;
    await page.goto(`${server.origin}/en/videos/werksrundgang/`, { waitUntil: 'networkidle' });
    expect(recorded.foreign()).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);
    await page
      .getByRole('button', { name: new RegExp(`^Load and play the video from YouTube\\s+“Plant tour ${MARKER}”$`) })
      .click();
    const frame = page.locator(`iframe[src="${EMBED}?autoplay=1"]`);
    await frame.waitFor();
    await recorded.settled();
    expect(recorded.foreign()).toEqual([`${EMBED}?autoplay=1`]);
    expect(await frame.getAttribute('title')).toBe(`YouTube video: Plant tour ${MARKER}`);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await recorded.context.close();
  });
});
