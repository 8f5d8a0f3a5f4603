import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eachConcurrently, launchBrowser, openRecordedPage, type RecordedPage } from '../helpers/browser.ts';
import { sharedBuildOrThrow } from '../helpers/build-once.ts';
import { readPages } from '../helpers/site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { videoFixture } from '../helpers/video-fixture.ts';

/**
 * The two-click player in Chromium: nothing foreign before the click, exactly the
 * youtube-nocookie embed after it (answered locally: there is no internet), by mouse
 * and by keyboard; the "always load" choice and its revocation; a self-hosted video
 * with captions; and axe-core on the gallery, a watch page and a post.
 */

const WATCH = '/videos/werksrundgang/';
const EMBED = 'https://www.youtube-nocookie.com/embed/abcdefghijk';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
let server: StaticServer;
let urls: string[];

/** Answers the YouTube embed locally with a small page, and records what was asked for. */
async function fakeYoutube(context: BrowserContext): Promise<void> {
  await context.route('https://www.youtube-nocookie.com/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><title>Player</title><p>Fake player</p></html>',
    }),
  );
}

async function open(url: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<RecordedPage> {
  const recorded = await openRecordedPage(browser, server.origin, options);
  await fakeYoutube(recorded.context);
  const response = await recorded.page.goto(`${server.origin}${url}`, { waitUntil: 'networkidle' });
  expect(response?.status(), url).toBe(200);
  return recorded;
}

/** axe-core with the WCAG 2.0–2.2 A/AA rules; returns the violations, readable. */
async function axeViolations(page: Page): Promise<string[]> {
  // evaluate() is not subject to the page's Content-Security-Policy; a script tag would be.
  await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  );
  // A run that checked nothing would pass vacuously.
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

const embedRequests = (recorded: RecordedPage) => recorded.foreign().filter((url) => url.startsWith(EMBED));

beforeAll(async () => {
  browser = await launchBrowser();
  // The build tests/build/video.test.ts reads (the build suite runs first and made it).
  const { outDir } = sharedBuildOrThrow(videoFixture());
  urls = [...readPages(outDir).keys()].filter((url) => url !== '/404');
  server = await serveStatic(outDir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('before any click', () => {
  // tests/browser/privacy.test.ts covers every page of the basic fixture; here every page
  // that shows a video or a video list, and the privacy page with its revoke control.
  it('no page with videos contacts another host, from load until the network is idle', { timeout: 300_000 }, async () => {
    const videoPages = urls.filter((url) =>
      /^\/(videos\/|datenschutz\/|blog\/erster-beitrag\/|menschen\/anna-berger\/|karriere\/bereiche\/produktion\/|$)/.test(url),
    );
    expect(videoPages).toEqual(expect.arrayContaining([WATCH, '/videos/rundgang-lokal/', '/videos/art/anleitungen/']));
    await eachConcurrently(videoPages, 4, async (url) => {
      const recorded = await open(url);
      expect(recorded.foreign(), url).toEqual([]);
      await recorded.context.close();
    });
  });

  it('shows the button with JavaScript, stores nothing, and hovering or focusing it loads nothing', async () => {
    const recorded = await open(WATCH);
    const { page } = recorded;
    const button = page.getByRole('button', { name: /^Video von YouTube laden und abspielen\s+„Werksrundgang“$/ });
    await expect(button.isVisible()).resolves.toBe(true);
    await button.hover();
    await button.focus();
    await page.getByText('YouTube-Videos auf dieser Website künftig ohne Nachfrage laden').hover();
    await page.waitForTimeout(300);
    expect(recorded.foreign()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.locator('iframe').count()).toBe(0);
    await recorded.context.close();
  });

  it('without JavaScript offers the plain YouTube link and no dead button', async () => {
    const recorded = await open(WATCH, { javaScriptEnabled: false });
    const { page } = recorded;
    await expect(page.getByRole('button', { name: /YouTube/ }).count()).resolves.toBe(0);
    const link = page.getByRole('link', { name: 'Video auf YouTube ansehen (externer Link)' });
    expect(await link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=abcdefghijk');
    expect(recorded.foreign()).toEqual([]);
    await recorded.context.close();
  });
});

describe('after the click', () => {
  it('by mouse: loads exactly the youtube-nocookie embed, titled, with autoplay, and focuses it', async () => {
    const recorded = await open(WATCH);
    const { page } = recorded;
    await page.getByRole('button', { name: /Video von YouTube laden und abspielen/ }).click();
    const frame = page.locator(`iframe[src="${EMBED}?autoplay=1"]`);
    await frame.waitFor();
    await recorded.settled();
    expect(recorded.foreign()).toEqual([`${EMBED}?autoplay=1`]);
    expect(await frame.getAttribute('title')).toBe('YouTube-Video: Werksrundgang');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    expect(await page.locator('[data-video-notice]').count()).toBe(0);
    // Playing once without ticking the box stores nothing.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(recorded.consoleErrors).toEqual([]);
    await recorded.context.close();
  });

  it.each(['Enter', 'Space'])('by keyboard: Tab to the button and press %s', async (key) => {
    const recorded = await open(WATCH);
    const { page } = recorded;
    let focused = '';
    for (let presses = 0; presses < 40 && !focused.startsWith('Video von YouTube'); presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');
    }
    expect(focused).toContain('Video von YouTube laden und abspielen');
    expect(recorded.foreign()).toEqual([]);
    await page.keyboard.press(key);
    await page.locator('iframe').waitFor();
    await recorded.settled();
    expect(recorded.foreign()).toEqual([`${EMBED}?autoplay=1`]);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    await recorded.context.close();
  });

  it('in a post: <Video id="…" /> works the same', async () => {
    const recorded = await open('/blog/erster-beitrag/');
    const { page } = recorded;
    expect(recorded.foreign()).toEqual([]);
    await page.getByRole('button', { name: /^Video von YouTube laden und abspielen\s+„Werksrundgang“$/ }).click();
    await page.locator('iframe').waitFor();
    await recorded.settled();
    expect(embedRequests(recorded)).toEqual([`${EMBED}?autoplay=1`]);
    expect(recorded.foreign()).toEqual([`${EMBED}?autoplay=1`]);
    await recorded.context.close();
  });
});

describe('"always load YouTube videos"', () => {
  it('is stored only when chosen, loads the embed directly after a reload, and is revoked on the privacy page', async () => {
    const recorded = await open(WATCH);
    const { page } = recorded;
    await page.getByLabel('YouTube-Videos auf dieser Website künftig ohne Nachfrage laden').check();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    // The click's own embed request must have left before the list is cleared for the reload
    // (on a loaded machine it could otherwise be counted as the reload's).
    const clicked = page.waitForRequest((request) => new URL(request.url()).hostname === new URL(EMBED).hostname);
    await page.getByRole('button', { name: /Video von YouTube laden und abspielen/ }).click();
    await page.locator('iframe').waitFor();
    await clicked;
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['einblick.videos.youtube']);

    recorded.requests.length = 0;
    await page.reload({ waitUntil: 'networkidle' });
    // Loaded straight away, but not playing: sound that starts by itself is a barrier.
    expect(await page.locator(`iframe[src="${EMBED}"]`).count()).toBe(1);
    expect(recorded.foreign()).toEqual([EMBED]);
    expect(await page.locator('[data-video-notice]').count()).toBe(0);

    await page.goto(`${server.origin}/datenschutz/#videos`, { waitUntil: 'networkidle' });
    await expect(page.getByText(/In diesem Browser ist gespeichert/).isVisible()).resolves.toBe(true);
    const revoke = page.getByRole('button', { name: 'Einwilligung für YouTube-Videos widerrufen' });
    await revoke.click();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await revoke.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Ihre Wahl ist gelöscht');

    recorded.requests.length = 0;
    await page.goto(`${server.origin}${WATCH}`, { waitUntil: 'networkidle' });
    expect(recorded.foreign()).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);
    await recorded.context.close();
  });

  it('the privacy page says when nothing is stored and offers no revoke button then', async () => {
    const recorded = await open('/datenschutz/');
    const { page } = recorded;
    await expect(page.getByText(/In diesem Browser ist keine Wahl gespeichert/).isVisible()).resolves.toBe(true);
    expect(await page.getByRole('button', { name: /widerrufen/ }).count()).toBe(0);
    await recorded.context.close();
  });
});

describe('self-hosted video', () => {
  it('plays from the site itself with its captions track', async () => {
    const recorded = await open('/videos/rundgang-lokal/');
    const { page } = recorded;
    const state = await page.evaluate(async () => {
      const video = document.querySelector('video')!;
      const track = video.textTracks[0]!;
      track.mode = 'showing';
      video.muted = true;
      await video.play();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const element = video.querySelector('track')!;
      return { readyState: video.readyState, trackLoaded: element.readyState, cues: track.cues?.length ?? 0, kind: track.kind };
    });
    expect(state.readyState).toBeGreaterThanOrEqual(2);
    expect(state).toMatchObject({ trackLoaded: 2, cues: 1, kind: 'captions' });
    const own = recorded.requests.map((request) => request.url());
    expect(own).toContain(`${server.origin}/videos/rundgang-lokal/rundgang-lokal.webm`);
    expect(own).toContain(`${server.origin}/videos/rundgang-lokal/rundgang-lokal.vtt`);
    expect(recorded.foreign()).toEqual([]);
    await recorded.context.close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it.each(['/videos/', '/videos/art/montage/bereich/produktion/', '/videos/rundgang-lokal/', '/datenschutz/'])(
    '%s has no violations',
    async (url) => {
      const recorded = await open(url);
      expect(await axeViolations(recorded.page)).toEqual([]);
      await recorded.context.close();
    },
  );

  it.each([WATCH, '/blog/erster-beitrag/'])('%s has no violations before and after activation', async (url) => {
    const recorded = await open(url);
    const { page } = recorded;
    expect(await axeViolations(page), 'before').toEqual([]);
    await page
      .getByRole('button', { name: /Video von YouTube laden und abspielen/ })
      .first()
      .click();
    await page.locator('iframe').waitFor();
    await recorded.settled();
    expect(await axeViolations(page), 'after').toEqual([]);
    await recorded.context.close();
  });
});
