import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { demoSite, pagesOfType } from '../helpers/demo.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/**
 * The pictures of src/lib/image-slots.ts in Chromium on a phone and a laptop, at 1× and
 * 2×: the rendition the browser took is at least as wide as the picture is drawn, in
 * device pixels (or the largest there is), and not more than one step of its srcset
 * above that. tests/build/image-slots.test.ts checks the same against the layout model;
 * this checks it against the layout the browser really makes.
 */
const VIEWPORTS = [360, 1280];

let browser: Browser;
let server: StaticServer;
let outDir: string;
/** [name, page, selector of the picture's <img>] */
let targets: [string, string, string][];

/** The first of some pages with an element that matches a selector. */
const firstWith = (urls: string[], selector: string) =>
  urls.find((url) => load(readFileSync(path.join(outDir, url, 'index.html'), 'utf8'))(selector).length > 0)!;

beforeAll(async () => {
  outDir = demoSite();
  const posts = pagesOfType(outDir, 'post');
  const where = (name: string, urls: string[], selector: string): [string, string, string] => [
    name,
    firstWith(urls, selector),
    selector,
  ];
  targets = [
    where('video card', ['/'], 'section[aria-labelledby="home-videos"] .card img'),
    where('department hero', pagesOfType(outDir, 'department'), '.dept-hero-image'),
    where('team cover', ['/teams/social-media-taskforce/'], 'main .lead ~ img'),
    where('poster on the watch page', pagesOfType(outDir, 'video'), '[data-video-stage] img'),
    where('poster below a post', posts, '[aria-labelledby="post-videos"] [data-video-stage] img'),
    where('poster in a post’s text', posts, '.prose [data-video-stage] img'),
    where('gallery thumbnail', posts, '.bild-galerie img'),
  ];
  server = await serveStatic(outDir);
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Seen {
  width: number;
  chosen: number;
  candidates: number[];
}

/** The picture's drawn width, the width descriptor of the rendition it shows, and all candidates of its source. */
async function look(url: string, selector: string, width: number, deviceScaleFactor: number): Promise<Seen> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor, isMobile: width < 700 });
  const page = await context.newPage();
  await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
  const image = page.locator(selector).first();
  // Lazy pictures load once they are near the viewport.
  await image.scrollIntoViewIfNeeded();
  await image.evaluate((img: HTMLImageElement) =>
    img.complete ? undefined : new Promise((resolve) => img.addEventListener('load', resolve)),
  );
  const seen = await image.evaluate((img: HTMLImageElement) => {
    const sources = [...(img.parentElement?.tagName === 'PICTURE' ? img.parentElement.querySelectorAll('source') : []), img];
    const parse = (srcset: string) =>
      srcset
        .split(',')
        .map((candidate) => candidate.trim().split(/\s+/))
        .map(([candidateUrl, descriptor]) => ({
          url: new URL(candidateUrl!, location.href).href,
          width: Number(descriptor!.replace('w', '')),
        }));
    const list =
      sources
        .map((source) => parse(source.getAttribute('srcset') ?? ''))
        .find((candidates) => candidates.some((c) => c.url === img.currentSrc)) ?? [];
    return {
      width: img.getBoundingClientRect().width,
      chosen: list.find((candidate) => candidate.url === img.currentSrc)?.width ?? 0,
      candidates: list.map((candidate) => candidate.width).sort((a, b) => a - b),
    };
  });
  await context.close();
  return seen;
}

describe('the pictures in Chromium', () => {
  it('take a rendition at least as wide as they are drawn, and at most one step wider', async () => {
    const problems: string[] = [];
    const report: string[] = [];
    for (const [name, url, selector] of targets) {
      for (const width of VIEWPORTS) {
        for (const density of [1, 2]) {
          const seen = await look(url, selector, width, density);
          const need = seen.width * density;
          const enough = seen.candidates.find((candidate) => candidate >= need) ?? seen.candidates.at(-1)!;
          const at = `${name} (${url}) at ${width}px ${density}×`;
          report.push(`${at}: drawn ${seen.width.toFixed(1)}px, took ${seen.chosen}w of ${seen.candidates.join(' ')}`);
          if (seen.width < 1) problems.push(`${at}: not drawn`);
          if (!(seen.chosen >= Math.min(need, seen.candidates.at(-1)!)))
            problems.push(`${at}: took ${seen.chosen}w for ${Math.ceil(need)} device px`);
          if (seen.chosen > enough)
            problems.push(`${at}: took ${seen.chosen}w where ${enough}w is enough for ${Math.ceil(need)} device px`);
        }
      }
    }
    console.info(report.join('\n'));
    expect(problems).toEqual([]);
  }, 300_000);
});
