import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { renderAll } from '../helpers/audit.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { demoSite } from '../helpers/demo.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/**
 * Long pages render their first screen first (issue 21): sections marked `later`, the cards
 * after a list's first row and the footer have `content-visibility: auto`, so a phone styles
 * and lays out only what is on or near the screen. What it leaves for later must still
 * arrive when the visitor scrolls, be printed, and never cut off a keyboard focus outline.
 */
const PHONE = { width: 390, height: 844 };

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(demoSite(), { headers: true });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string, viewport = PHONE): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
  return page;
}

/** Two animation frames: the browser has decided again what is near the screen. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Whether the headings of each `later` section are rendered (not skipped) right now. */
const laterHeadings = (page: Page) =>
  page.$$eval('section.later', (sections) =>
    sections.map((section) => ({
      id: section.getAttribute('aria-labelledby'),
      rendered: section.querySelector('h2')?.checkVisibility({ contentVisibilityAuto: true }) ?? false,
      top: section.getBoundingClientRect().top,
    })),
  );

describe('the first screen first', () => {
  it('renders home’s first screen at once and leaves the sections below it for later', async () => {
    const page = await open('/');
    await settle(page);
    const sections = await laterHeadings(page);
    expect(sections.length).toBeGreaterThanOrEqual(3);
    const far = sections.filter((section) => section.top > PHONE.height * 2);
    expect(far.length, JSON.stringify(sections)).toBeGreaterThan(0);
    expect(far.filter((section) => section.rendered)).toEqual([]);
    // The first screen (the lead story and its picture) is rendered at once.
    const lead = await page.$eval('main .card', (card) => ({
      rendered: card.checkVisibility({ contentVisibilityAuto: true }),
      image: card.querySelector('img')?.checkVisibility({ contentVisibilityAuto: true }),
    }));
    expect(lead).toEqual({ rendered: true, image: true });
    await page.close();
  });

  it('renders each later section when the visitor scrolls to it', async () => {
    const page = await open('/');
    const ids = (await laterHeadings(page)).map((section) => section.id);
    for (const id of ids) {
      await page.locator(`section.later[aria-labelledby="${id}"]`).scrollIntoViewIfNeeded();
      await settle(page);
      const shown = await page.$eval(`section.later[aria-labelledby="${id}"]`, (section) => ({
        heading: section.querySelector('h2')?.checkVisibility({ contentVisibilityAuto: true }),
        height: section.getBoundingClientRect().height,
      }));
      expect(shown.heading, id ?? '').toBe(true);
      expect(shown.height, id ?? '').toBeGreaterThan(0);
    }
    await page.close();
  });

  it('prints everything: on paper no card or section waits for the screen', async () => {
    for (const url of ['/', '/karriere/']) {
      const page = await open(url);
      await page.emulateMedia({ media: 'print' });
      const waiting = await page.$$eval('body *', (elements) =>
        elements.filter((element) => getComputedStyle(element).contentVisibility === 'auto').map((element) => element.className),
      );
      expect(waiting, url).toEqual([]);
      await page.close();
    }
  });

  it('keeps room for the focus outline of every card in a later section, at 320 px and on desktop', async () => {
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 1280, height: 800 },
    ]) {
      const page = await open('/', viewport);
      await renderAll(page);
      const cut = await page.$$eval('section.later .card', (cards) =>
        cards.flatMap((card) => {
          const link = card.querySelector<HTMLAnchorElement>(':is(h2, h3, h4) a');
          if (!link) return [];
          link.focus();
          const style = getComputedStyle(card);
          const reach = Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset);
          const box = card.getBoundingClientRect();
          const clip = card.closest('section.later')!.getBoundingClientRect();
          const inside =
            box.left - reach >= clip.left - 0.5 &&
            box.right + reach <= clip.right + 0.5 &&
            box.bottom + reach <= clip.bottom + 0.5;
          return reach > 0 && inside ? [] : [`${link.textContent?.trim()} (outline ${reach}px)`];
        }),
      );
      expect(cut, `${viewport.width} px`).toEqual([]);
      await page.close();
    }
  });
});
