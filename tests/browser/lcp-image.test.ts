import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { eachConcurrently, launchBrowser } from '../helpers/browser.ts';
import { demoSite } from '../helpers/demo.ts';
import { evaluateSizes } from '../helpers/sizes.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/**
 * The LCP picture of home and of a post with a cover in Chromium, from a small phone to a
 * laptop: it is drawn as wide as its `sizes` says (so the sizes match the CSS as the
 * browser lays it out, not only the model in src/lib/image-sizes.ts), and the rendition
 * the browser chose, from the AVIF source, is at least as wide as the slot in device pixels. Which element the
 * browser reports as the largest paint is printed, not asserted: at some widths the lead
 * paragraph is larger than the picture.
 */
const VIEWPORTS = [320, 390, 600, 768, 1024, 1280];

let browser: Browser;
let server: StaticServer;
let post: string;

beforeAll(async () => {
  const outDir = demoSite();
  post = readdirSync(path.join(outDir, 'blog'))
    .sort()
    .map((slug) => `/blog/${slug}/`)
    .find((url) => readFileSync(path.join(outDir, url, 'index.html'), 'utf8').includes('class="cover"'))!;
  server = await serveStatic(outDir);
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Seen {
  lcp: string;
  width: number;
  sizes: string;
  chosen: number;
  layoutWidth: number;
  /** The URL of the rendition shown. */
  src: string;
}

async function look(url: string, width: number, deviceScaleFactor: number): Promise<Seen> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor, isMobile: width < 700 });
  const page = await context.newPage();
  await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
  const seen = await page.evaluate(
    () =>
      new Promise<Omit<Seen, 'chosen'> & { src: string; srcset: string }>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries() as (PerformanceEntry & { element: Element | null })[];
          const element = entries.at(-1)?.element;
          const image = document.querySelector<HTMLImageElement>('main img')!;
          resolve({
            lcp: element === image ? 'the first picture' : (element?.outerHTML.slice(0, 80) ?? 'none'),
            width: image.getBoundingClientRect().width,
            sizes: image.sizes,
            src: image.currentSrc,
            // In a <picture>, the srcset of the source the browser took (AVIF in Chromium).
            srcset:
              [...(image.parentElement?.querySelectorAll('source') ?? []), image]
                .map((candidate) => candidate.getAttribute('srcset') ?? '')
                .find((srcset) => srcset.split(',').some((entry) => image.currentSrc.endsWith(entry.trim().split(/\s+/)[0]!))) ??
              '',
            layoutWidth: document.documentElement.clientWidth,
          });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  await context.close();
  const chosen = seen.srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/))
    .find(([candidateUrl]) => seen.src.endsWith(candidateUrl!))?.[1];
  return { ...seen, chosen: Number(chosen?.replace('w', '')) };
}

describe('the LCP picture in Chromium', () => {
  for (const [name, url] of [
    ['home', () => '/'],
    ['a post with a cover', () => post],
  ] as const) {
    it(`on ${name} is drawn as wide as its sizes, in a rendition wide enough`, async () => {
      const problems: string[] = [];
      const largest: string[] = [];
      // Each look has a fresh context of its own: three at a time, judged in order after.
      const looks = VIEWPORTS.flatMap((width) =>
        [1, 2].map((density) => ({ width, density, seen: undefined as Seen | undefined })),
      );
      await eachConcurrently(looks, 3, async (entry) => {
        entry.seen = await look(url(), entry.width, entry.density);
      });
      for (const { width, density, seen } of looks) {
        if (!seen) throw new Error(`no look at ${width}px ${density}×`);
        const at = `${url()} at ${width}px ${density}×`;
        largest.push(`${at}: ${seen.lcp}`);
        // A classic scrollbar makes the layout narrower than 100vw, which sizes counts in.
        const slack = width - seen.layoutWidth + 0.5;
        const said = evaluateSizes(seen.sizes, width);
        if (said < seen.width - 0.5 || said > seen.width + slack)
          problems.push(`${at}: drawn ${seen.width.toFixed(1)}px wide, sizes says ${said.toFixed(1)}px`);
        if (!seen.src.endsWith('.avif')) problems.push(`${at}: took ${seen.src}, not the AVIF source`);
        if (!(seen.chosen >= Math.min(seen.width * density, 1600)))
          problems.push(`${at}: took the ${seen.chosen}w rendition for ${Math.ceil(seen.width * density)} device px`);
      }
      console.info(`largest paint:\n${largest.join('\n')}`);
      expect(problems).toEqual([]);
    }, 120_000);
  }
});
