import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createAuditor, findings, renderAll, type PageAudit } from '../helpers/audit.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { demoSite, pagesOfType, sitemapPaths } from '../helpers/demo.ts';
import { ROOT } from '../helpers/site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/**
 * Every page of the demo site's sitemap in a real browser, twice: light scheme at
 * desktop width and dark scheme at 320 px (the narrowest phone WCAG asks for). axe-core
 * runs in both; the browser reports console errors, failed and foreign requests and CSP
 * violations (the CSP is the one Astro writes into each page).
 */
const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 320, height: 640 };

let browser: Browser;
let server: StaticServer;
let outDir: string;
let urls: string[];
const light: PageAudit[] = [];
const dark: PageAudit[] = [];
let crawlSeconds = 0;

beforeAll(async () => {
  outDir = demoSite();
  urls = sitemapPaths(outDir);
  server = await serveStatic(outDir);
  browser = await launchBrowser();
  const started = performance.now();
  // The two passes run side by side, one renderer each: on two cores that halves the time.
  await Promise.all(
    (
      [
        ['light', DESKTOP, light],
        ['dark', PHONE, dark],
      ] as const
    ).map(async ([colorScheme, viewport, target]) => {
      const context = await browser.newContext({ colorScheme, viewport, reducedMotion: 'reduce' });
      const { audit } = await createAuditor(context, server.origin, { axe: true });
      for (const url of urls) target.push(await audit(url));
      await context.close();
    }),
  );
  crawlSeconds = (performance.now() - started) / 1000;
  console.info(`browser suite: ${urls.length} pages × 2 schemes in ${crawlSeconds.toFixed(1)} s`);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every page of the demo sitemap, light at 1280 px and dark at 320 px', () => {
  it('covers the whole sitemap, and every page answers 200', () => {
    expect(urls.length).toBeGreaterThan(50);
    expect(urls).toEqual(expect.arrayContaining(['/', '/blog/', '/karriere/', '/suche/']));
    expect(findings([...light, ...dark], (audit) => (audit.status === 200 ? [] : [`HTTP ${audit.status}`]))).toEqual([]);
  });

  it('logs no console errors', () => {
    expect(findings([...light, ...dark], (audit) => audit.consoleErrors)).toEqual([]);
  });

  it('has no failed requests (every image, style, script and font loads)', () => {
    expect(findings([...light, ...dark], (audit) => audit.failedRequests)).toEqual([]);
  });

  it('requests nothing from another host', () => {
    expect(findings([...light, ...dark], (audit) => audit.foreignRequests)).toEqual([]);
  });

  it('violates no Content-Security-Policy directive', () => {
    expect(findings([...light, ...dark], (audit) => audit.cspViolations)).toEqual([]);
  });

  it('passes axe-core (WCAG 2.2 AA) in the light scheme', () => {
    expect(findings(light, (audit) => audit.axe)).toEqual([]);
  });

  it('passes axe-core (WCAG 2.2 AA) in the dark scheme at 320 px', () => {
    expect(findings(dark, (audit) => audit.axe)).toEqual([]);
  });

  it('loads only preloaded font files: the common one, and a rare-letter one where the text has its letters', () => {
    // Which files a page needs is the build test's (tests/build/fonts.test.ts); here, that
    // none is discovered late, which would swap fonts visibly.
    expect(
      findings([...light, ...dark], (audit) =>
        audit.fonts.filter((font) => !audit.fontPreloads.includes(font)).map((font) => `not preloaded: ${font}`),
      ),
    ).toEqual([]);
  });

  it('loads images below the first screen lazily (a lead image may be eager if a desktop shows it at once)', () => {
    // The lead image is the largest paint on wide screens and must not wait for lazy loading;
    // on a phone it may start below the first screen, so only the desktop pass judges it.
    expect(findings([...light, ...dark], (audit) => audit.eagerBelowFold)).toEqual([]);
    expect(findings(light, (audit) => audit.leadEagerBelowFold)).toEqual([]);
  });

  it('never scrolls sideways at 320 px', () => {
    expect(findings(dark, (audit) => (audit.scrollWidth > PHONE.width ? [`scrollWidth ${audit.scrollWidth}`] : []))).toEqual([]);
  });
});

describe('keyboard', () => {
  for (const type of ['home', 'post'] as const) {
    it(`the skip link is the first Tab stop, visible, and Enter moves focus into main (${type})`, async () => {
      const url = type === 'home' ? '/' : pagesOfType(outDir, 'post')[0]!;
      const page = await browser.newPage({ viewport: PHONE });
      await page.goto(`${server.origin}${url}`);
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const box = element.getBoundingClientRect();
        return {
          className: element.className,
          href: element.getAttribute('href'),
          top: box.top,
          bottom: box.bottom,
          height: box.height,
        };
      });
      expect(focused.className).toContain('skip-link');
      expect(focused.height).toBeGreaterThan(10);
      expect(focused.top).toBeGreaterThanOrEqual(0);
      expect(focused.bottom).toBeLessThanOrEqual(PHONE.height);
      await page.keyboard.press('Enter');
      const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
      expect(inMain).toBe(true);
      await page.close();
    });
  }

  it('shows a visible focus outline on a keyboard-focused link, in both schemes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: DESKTOP, colorScheme });
      await page.goto(`${server.origin}/`);
      await page.keyboard.press('Tab'); // skip link
      await page.keyboard.press('Tab'); // first link in the header
      const outline = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return {
          tag: element.tagName,
          style: style.outlineStyle,
          width: Number.parseFloat(style.outlineWidth),
          color: style.outlineColor,
        };
      });
      expect(outline.tag).toBe('A');
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
      await page.close();
    }
  });
});

describe('screenshots (test-results/screenshots/)', () => {
  it('keeps home, a post, the career page, a job and a watch page at phone and desktop size', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const targets: [string, string | undefined][] = [
      ['home', '/'],
      ['post', pagesOfType(outDir, 'post')[0]],
      ['karriere', '/karriere/'],
      ['job', pagesOfType(outDir, 'job')[0]],
      ['video', pagesOfType(outDir, 'video')[0]],
    ];
    for (const [name, url] of targets) {
      expect(url, name).toBeDefined();
      for (const [size, viewport] of [
        ['phone', { width: 390, height: 844 }],
        ['desktop', DESKTOP],
      ] as const) {
        const page = await browser.newPage({ viewport });
        await page.goto(`${server.origin}${url}`);
        await renderAll(page);
        await page.evaluate(async () => {
          await document.fonts.ready;
          await Promise.all(
            [...document.images].map((image) => ((image.loading = 'eager'), image.decode().catch(() => undefined))),
          );
        });
        const file = path.join(SCREENSHOTS, `${name}-${size}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.close();
        // A PNG's width sits at byte 16 of its header: the shot has the viewport's width.
        expect(readFileSync(file).readUInt32BE(16), file).toBe(viewport.width);
      }
    }
  });
});
