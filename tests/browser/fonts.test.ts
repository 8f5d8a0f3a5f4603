import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openRecordedPage } from '../helpers/browser.ts';
import { fontsFixture, RARE_NAMES, RARE_POST } from '../helpers/fonts-fixture.ts';
import { buildSiteOrThrow, tempDir } from '../helpers/site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/**
 * The cut fonts (src/lib/site-fonts.ts) in Chromium, on the fonts fixture: the post that
 * names Deniz Şahin, Łukasz Nowak and Thu Trang Nguyễn draws every letter of them in
 * Source Sans 3, not in a fallback font, with the rare-letter files loaded from their
 * preloads; a page without rare letters requests the common font and nothing else.
 */

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const result = buildSiteOrThrow(fontsFixture(), path.join(tempDir('fonts-browser'), 'dist'));
  server = await serveStatic(result.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const fontRequests = (urls: string[]) =>
  urls.filter((url) => url.endsWith('.woff2')).map((url) => path.basename(new URL(url).pathname).replace(/\.[\w-]+\.woff2$/, ''));

/**
 * The width of each name in the site font with two different fallback families behind it,
 * and in the monospace fallback alone. A letter missing from the site font would be drawn
 * by the fallback, so the two widths would differ; drawn by the site font, the name is as
 * wide with either fallback, and not as wide as in monospace.
 */
function measure(names: string[]) {
  const probe = (text: string, family: string) => {
    const span = document.createElement('span');
    span.textContent = text;
    span.style.font = `400 40px ${family}`;
    span.style.whiteSpace = 'nowrap';
    document.body.append(span);
    const width = span.getBoundingClientRect().width;
    span.remove();
    return width;
  };
  const site = '"Source Sans 3 Variable"';
  return names.map((name) => ({
    name,
    withSerif: probe(name, `${site}, serif`),
    withMono: probe(name, `${site}, monospace`),
    monoAlone: probe(name, 'monospace'),
    loaded: document.fonts.check(`40px ${site}`, name),
  }));
}

describe('site fonts in a real browser', () => {
  it('draws Şahin, Łukasz and Nguyễn in the site font, from fonts preloaded with the page', async () => {
    const { page, requests, context, consoleErrors } = await openRecordedPage(browser, server.origin);
    await page.goto(`${server.origin}/blog/${RARE_POST}/`);
    await page.evaluate(() => document.fonts.ready);
    const article = await page.locator('main').innerText();
    for (const name of RARE_NAMES) expect(article).toContain(name);

    const faces = await page.evaluate(() =>
      [...document.fonts].map((face) => ({ family: face.family, range: face.unicodeRange, status: face.status })),
    );
    // Every face of the site's family this page needs has loaded: common, Latin Extended, Vietnamese.
    expect(faces.filter((face) => face.status === 'loaded')).toHaveLength(3);
    const results = await page.evaluate(measure, [...RARE_NAMES, 'Ş', 'Ł', 'ễ']);
    for (const result of results) {
      expect(result.loaded, result.name).toBe(true);
      expect(Math.abs(result.withSerif - result.withMono), result.name).toBeLessThan(0.5);
      expect(Math.abs(result.withMono - result.monoAlone), result.name).toBeGreaterThan(2);
    }

    const fonts = fontRequests(requests.map((request) => request.url()));
    expect(fonts.sort()).toEqual(['source-sans-3-common', 'source-sans-3-latin-ext', 'source-sans-3-vietnamese']);
    // Each one requested once: the preload is the request the font face uses.
    expect(consoleErrors.filter((error) => /preload/i.test(error))).toEqual([]);
    await context.close();
  });

  it('requests only the common font on pages without rare letters', async () => {
    for (const url of ['/', '/blog/', '/karriere/']) {
      const { page, requests, context } = await openRecordedPage(browser, server.origin);
      const response = await page.goto(`${server.origin}${url}`);
      expect(response?.status(), url).toBe(200);
      await page.evaluate(() => document.fonts.ready);
      expect(fontRequests(requests.map((request) => request.url())), url).toEqual(['source-sans-3-common']);
      await context.close();
    }
  });
});
