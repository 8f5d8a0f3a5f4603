import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, CSP_RECORDER } from '../helpers/audit.ts';
import { launchBrowser, openRecordedPage } from '../helpers/browser.ts';
import { SOCIAL_TEXT, sharingFixture } from '../helpers/sharing-fixture.ts';
import { sharedBuild } from '../helpers/build-once.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/**
 * Sharing in Chromium, served with the build's headers (CSP included): every share control
 * is reached with Tab, shows a focus outline and is at least 24 × 24 px; Enter on "Text
 * kopieren" and "Link kopieren" puts the text and the page's address on the clipboard and
 * says so in the live region; no request leaves the site; without JavaScript the links
 * stay and the copy buttons are absent.
 */
const BASE = 'https://karriere.testwerk.example';
const POST = '/blog/erster-beitrag/';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const result = sharedBuild(sharingFixture());
  if (result.status !== 0) throw new Error(`sharing fixture build failed:\n${result.stdout}\n${result.stderr}`);
  server = await serveStatic(result.outDir, { headers: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Focused {
  name: string;
  inShare: boolean;
  outline: string;
  width: number;
  height: number;
}

/** Presses Tab and describes the element that has the focus then. */
async function tab(page: Page): Promise<Focused> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const box = element.getBoundingClientRect();
    return {
      name: element.textContent?.trim() ?? '',
      inShare: element.closest('[data-share]') !== null,
      outline: getComputedStyle(element).outlineStyle,
      width: box.width,
      height: box.height,
    };
  });
}

/** Tabs from the top of the page to the first share control, then through all of them. */
async function tabThroughShare(page: Page): Promise<Focused[]> {
  let focused = await tab(page);
  for (let presses = 0; !focused.inShare; presses++) {
    if (presses > 200) throw new Error('Tab never reached the share links');
    focused = await tab(page);
  }
  const stops: Focused[] = [];
  while (focused.inShare) {
    stops.push(focused);
    focused = await tab(page);
  }
  return stops;
}

const status = (page: Page) => page.locator('[data-share] [role="status"]');

describe('sharing by keyboard', () => {
  it('reaches every control with Tab, copies the social text and the link with Enter, and stays on the site', async () => {
    const recorded = await openRecordedPage(browser, server.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, context } = recorded;
    await context.addInitScript(CSP_RECORDER);
    await page.goto(`${server.origin}${POST}`);
    await recorded.settled();

    const stops = await tabThroughShare(page);
    expect(stops.map((stop) => stop.name)).toEqual(['Text kopieren', 'LinkedIn', 'XING', 'WhatsApp', 'E-Mail', 'Link kopieren']);
    for (const stop of stops) {
      expect(stop.outline, stop.name).not.toBe('none');
      expect(stop.width, stop.name).toBeGreaterThanOrEqual(24);
      expect(stop.height, stop.name).toBeGreaterThanOrEqual(24);
    }

    // The focus is now just past "Link kopieren": back to it, and Enter.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toBe('Der Link ist kopiert.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${BASE}${POST}`);

    await page.locator('[data-share] button', { hasText: 'Text kopieren' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toBe('Der Text ist kopiert. Fügen Sie ihn in Ihren Beitrag ein.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SOCIAL_TEXT);

    // Copying twice says it again: the live region is emptied, then filled anew.
    await page.evaluate(() => {
      const region = document.querySelector('[data-share] [role="status"]')!;
      const seen: string[] = [];
      Object.defineProperty(window, '__statusTexts', { value: seen });
      new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.keyboard.press('Enter');
    const texts = () => page.evaluate(() => (window as unknown as { __statusTexts: string[] }).__statusTexts);
    await expect.poll(texts).toEqual(['', 'Der Text ist kopiert. Fügen Sie ihn in Ihren Beitrag ein.']);

    await recorded.settled();
    expect(recorded.requests.length).toBeGreaterThan(0);
    expect(recorded.foreign()).toEqual([]);
    expect(recorded.consoleErrors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('offers the same controls on a job and a video page, without a single foreign request', async () => {
    for (const url of ['/karriere/industriemechaniker/', '/videos/werksrundgang/']) {
      const recorded = await openRecordedPage(browser, server.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
      await recorded.page.goto(`${server.origin}${url}`);
      await recorded.settled();
      const stops = await tabThroughShare(recorded.page);
      expect(stops.map((stop) => stop.name)).toEqual(['LinkedIn', 'XING', 'WhatsApp', 'E-Mail', 'Link kopieren']);
      await recorded.page.keyboard.press('Shift+Tab');
      await recorded.page.keyboard.press('Enter');
      await expect.poll(() => status(recorded.page).textContent()).toBe('Der Link ist kopiert.');
      expect(await recorded.page.evaluate(() => navigator.clipboard.readText())).toBe(`${BASE}${url}`);
      await recorded.settled();
      expect(recorded.foreign(), url).toEqual([]);
      await recorded.context.close();
    }
  });
});

describe('sharing without JavaScript', () => {
  it('keeps the four links and the social text, and shows no copy button', async () => {
    const recorded = await openRecordedPage(browser, server.origin, { javaScriptEnabled: false });
    const { page } = recorded;
    await page.goto(`${server.origin}${POST}`);
    await recorded.settled();
    const visible = await page.$$eval('[data-share] a, [data-share] button', (controls) =>
      controls.filter((control) => control.checkVisibility()).map((control) => control.textContent?.trim()),
    );
    expect(visible).toEqual(['LinkedIn', 'XING', 'WhatsApp', 'E-Mail']);
    expect(await page.locator('[data-share] blockquote').innerText()).toBe(SOCIAL_TEXT);
    expect(recorded.foreign()).toEqual([]);
    await recorded.context.close();
  });
});
