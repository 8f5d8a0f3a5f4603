import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, createAuditor, CSP_RECORDER } from '../helpers/audit.ts';
import { launchBrowser, openRecordedPage, type RecordedPage } from '../helpers/browser.ts';
import { KIT_POST, kitMediaFixture } from '../helpers/kit-media-fixture.ts';
import { sharedBuildOrThrow } from '../helpers/build-once.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/**
 * The gallery in Chromium, served with the build's headers (the production CSP): the
 * dialog by keyboard (open, arrows, Escape, focus back to the thumbnail), the plain link
 * without JavaScript, and axe-core on the post in light and dark, with the dialog open too.
 */

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  const content = await kitMediaFixture();
  const { outDir } = sharedBuildOrThrow(content);
  server = await serveStatic(outDir, { headers: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPost(options: Parameters<Browser['newContext']>[0] = {}): Promise<RecordedPage> {
  const recorded = await openRecordedPage(browser, server.origin, options);
  await recorded.context.addInitScript({ content: CSP_RECORDER });
  const response = await recorded.page.goto(`${server.origin}${KIT_POST}`, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  return recorded;
}

const cspViolations = (page: Page) =>
  page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]);

/** What the open dialog shows: the image's address and alt, the caption and the position. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const dialog = document.querySelector('dialog')!;
    const image = dialog.querySelector('img');
    return {
      open: dialog.open,
      src: image ? new URL(image.src).pathname : '',
      alt: image?.alt ?? '',
      loaded: (image?.naturalWidth ?? 0) > 0,
      caption: dialog.querySelector('figcaption')?.textContent ?? '',
      position: dialog.querySelector('[data-galerie-position]')?.textContent ?? '',
    };
  });

const hrefs = (page: Page) => page.$$eval('[data-galerie-link]', (links) => links.map((link) => link.getAttribute('href')));

describe('the gallery with JavaScript', () => {
  it('opens by keyboard, moves with the arrow keys and buttons, closes with Escape back to the thumbnail', async () => {
    const recorded = await openPost();
    const { page } = recorded;
    const targets = await hrefs(page);
    expect(targets).toHaveLength(4);
    expect(await page.evaluate(() => document.querySelector('dialog')!.open)).toBe(false);

    const second = page.locator('[data-galerie-link]').nth(1);
    await second.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('dialog')?.open && document.querySelector<HTMLImageElement>('dialog img')?.complete,
    );
    expect(page.url()).toBe(`${server.origin}${KIT_POST}`);
    let view = await shown(page);
    expect(view).toMatchObject({
      open: true,
      src: targets[1],
      alt: 'Ein Auszubildender zeigt Kindern ein Werkstück',
      loaded: true,
    });
    expect(view.caption).toContain('Im Bild: Anna Berger');
    expect(view.caption).toContain('Foto: Petra Lichtbild');
    expect(view.position).toBe('Bild 2 von 4');

    await page.keyboard.press('ArrowRight');
    view = await shown(page);
    expect(view).toMatchObject({ src: targets[2], caption: 'Das Lager', position: 'Bild 3 von 4' });
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    view = await shown(page);
    expect(view).toMatchObject({ src: targets[0], position: 'Bild 1 von 4' });
    expect(view.caption).toContain('An der Biegemaschine');
    await page.keyboard.press('ArrowLeft');
    expect((await shown(page)).position).toBe('Bild 4 von 4');
    await page.getByRole('button', { name: /Nächstes Bild/ }).click();
    expect((await shown(page)).position).toBe('Bild 1 von 4');
    await page.getByRole('button', { name: /Vorheriges Bild/ }).click();
    expect((await shown(page)).position).toBe('Bild 4 von 4');

    await page.keyboard.press('Escape');
    expect((await shown(page)).open).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(targets[1]);

    await page.locator('[data-galerie-link]').first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Schließen' }).click();
    expect((await shown(page)).open).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(targets[0]);

    expect(recorded.consoleErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(recorded.foreign()).toEqual([]);
    await recorded.context.close();
  });
});

describe('the gallery without JavaScript', () => {
  it('follows the thumbnail link to the full-size image', async () => {
    const recorded = await openPost({ javaScriptEnabled: false });
    const { page } = recorded;
    const [first] = await hrefs(page);
    const [response] = await Promise.all([page.waitForNavigation(), page.locator('[data-galerie-link]').first().click()]);
    expect(page.url()).toBe(`${server.origin}${first}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toBe('image/webp');
    await recorded.context.close();
  });
});

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe-core (WCAG 2.2 AA) in the ${colorScheme} scheme, also with the dialog open, with no console error or CSP violation`, async () => {
      const context = await browser.newContext({ colorScheme });
      const auditor = await createAuditor(context, server.origin, { axe: true });
      const audit = await auditor.audit(KIT_POST);
      expect(audit.status).toBe(200);
      expect(audit.axe).toEqual([]);
      expect(audit.consoleErrors).toEqual([]);
      expect(audit.cspViolations).toEqual([]);
      expect(audit.failedRequests).toEqual([]);
      expect(audit.foreignRequests).toEqual([]);
      await auditor.page.locator('[data-galerie-link]').nth(2).click();
      await auditor.page.waitForFunction(() => document.querySelector<HTMLImageElement>('dialog img')?.complete);
      expect(await axeViolations(auditor.page)).toEqual([]);
      expect(await cspViolations(auditor.page)).toEqual([]);
      await context.close();
    });
  }
});
