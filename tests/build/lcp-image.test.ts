import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardImageWidth, containerImageWidth } from '../../src/lib/image-sizes.ts';
import { demoSite } from '../helpers/demo.ts';
import { evaluateSizes, pickWidth, srcsetWidths } from '../helpers/sizes.ts';

/**
 * The largest paint of home and of a post with a cover is a picture in the first screen:
 * the first post card's cover on home, the cover on the post. It must load first and at
 * once, and in a rendition that fits its slot on every screen from a 320 px phone to a
 * 1280 px laptop at 1× and 2×: never smaller than the slot (blurry), never half again as
 * large (wasted bytes on a phone). The slot comes from the layout model in
 * src/lib/image-sizes.ts, which tests/unit/image-sizes.test.ts holds to global.css.
 */

/** The demo covers are 1600 px wide; Astro makes no rendition wider than the original. */
const ORIGINAL_WIDTH = 1600;
/** The next candidate up may be at most this much larger than the need. */
const MAX_WASTE = 1.5;

let outDir: string;
const page = (file: string): CheerioAPI => load(readFileSync(path.join(outDir, file), 'utf8'));

beforeAll(() => {
  outDir = demoSite();
}, 900_000);

/** The first picture in `<main>`: the first one in the first screen. */
const firstImage = ($: CheerioAPI) => $('main img').first();

/** Problems of an LCP picture (its attributes) against its slot, one line each. */
function problems(image: Record<string, string>, slot: (viewport: number) => number): string[] {
  const found: string[] = [];
  if (image.fetchpriority !== 'high') found.push(`fetchpriority is "${image.fetchpriority}", not "high"`);
  if (image.loading === 'lazy') found.push('loading="lazy"');
  if (!['sync', 'auto'].includes(image.decoding ?? '')) found.push(`decoding is "${image.decoding}"`);
  if (!/\.(avif|webp)$/.test(image.src ?? '')) found.push(`${image.src} is not AVIF or WebP`);
  const sizes = image.sizes ?? '';
  const widths = srcsetWidths(image.srcset ?? '');
  for (let viewport = 320; viewport <= 1280; viewport += 10) {
    const shown = evaluateSizes(sizes, viewport);
    if (Math.abs(shown - slot(viewport)) > 0.5)
      found.push(`at ${viewport}px sizes says ${shown.toFixed(1)}px, the CSS shows ${slot(viewport).toFixed(1)}px`);
    for (const density of [1, 2]) {
      const needed = shown * density;
      const picked = pickWidth(widths, needed);
      if (picked < Math.min(needed, ORIGINAL_WIDTH))
        found.push(`at ${viewport}px ${density}× it needs ${Math.ceil(needed)}w, the largest is ${picked}w`);
      if (needed >= widths[0]! && picked > needed * MAX_WASTE)
        found.push(`at ${viewport}px ${density}× it needs ${Math.ceil(needed)}w and gets ${picked}w`);
    }
  }
  return found;
}

describe('the largest picture of the first screen', () => {
  it('on home is the first post card’s cover: first, at once, sized for the card', () => {
    const image = firstImage(page('index.html'));
    expect(image.closest('.card').length, 'the first picture sits in a post card').toBe(1);
    expect(problems(image.attr() ?? {}, cardImageWidth)).toEqual([]);
    // Nothing else in <main> asks for high priority.
    expect(page('index.html')('main [fetchpriority="high"]')).toHaveLength(1);
  });

  it('on a post with a cover is the cover: first, at once, sized for the container', () => {
    const posts = readdirSync(path.join(outDir, 'blog'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join('blog', entry.name, 'index.html'))
      .filter((file) => readFileSync(path.join(outDir, file), 'utf8').includes('class="cover"'))
      .sort();
    expect(posts.length).toBeGreaterThan(2);
    for (const file of posts) {
      const $ = page(file);
      const image = firstImage($);
      expect(image.hasClass('cover'), `${file}: the cover is the first picture`).toBe(true);
      const slot = containerImageWidth(Number(image.attr('width')));
      expect(problems(image.attr() ?? {}, slot), file).toEqual([]);
      expect($('main [fetchpriority="high"]'), file).toHaveLength(1);
    }
  });
});
