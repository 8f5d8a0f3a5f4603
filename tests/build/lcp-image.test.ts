import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardImageWidth, containerImageWidth } from '../../src/lib/image-sizes.ts';
import { demoSite } from '../helpers/demo.ts';
import { sizesProblems } from '../helpers/sizes.ts';

/**
 * The largest paint of home and of a post with a cover is a picture in the first screen:
 * the first post card's cover on home, the cover on the post. It must load first and at
 * once, and in a rendition that fits its slot on every screen from a 320 px phone to a
 * 1280 px laptop at 1× and 2×: never smaller than the slot (blurry), never half again as
 * large (wasted bytes on a phone). It comes as AVIF, with WebP for browsers without AVIF,
 * both in the same widths, and the head preloads its AVIF files ahead of the fonts. The slot comes from the layout model in src/lib/image-sizes.ts,
 * which tests/unit/image-sizes.test.ts holds to global.css.
 */

/** The demo covers are 1600 px wide; Astro makes no rendition wider than the original. */
const ORIGINAL_WIDTH = 1600;

let outDir: string;
const page = (file: string): CheerioAPI => load(readFileSync(path.join(outDir, file), 'utf8'));

beforeAll(() => {
  outDir = demoSite();
}, 900_000);

/** The first picture in `<main>`: the first one in the first screen. */
const firstImage = ($: CheerioAPI) => $('main img').first();

/** The widths of a srcset, in order as written. */
const widthsOf = (srcset: string | undefined) => [...(srcset ?? '').matchAll(/\s(\d+)w\b/g)].map((match) => match[1]);

/** Problems of an LCP picture (its `<img>` and the `<source>` before it) against its slot, one line each. */
function problems(img: ReturnType<typeof firstImage>, slot: (viewport: number) => number): string[] {
  const image = img.attr() ?? {};
  const found: string[] = [];
  if (image.fetchpriority !== 'high') found.push(`fetchpriority is "${image.fetchpriority}", not "high"`);
  if (image.loading === 'lazy') found.push('loading="lazy"');
  if (!['sync', 'auto'].includes(image.decoding ?? '')) found.push(`decoding is "${image.decoding}"`);
  if (!/\.webp$/.test(image.src ?? '')) found.push(`the fallback ${image.src} is not WebP`);
  const sources = img.parent('picture').children('source');
  const avif = sources.filter('[type="image/avif"]');
  if (sources.length !== 1 || avif.length !== 1) found.push(`${sources.length} <source>s, not one AVIF source`);
  const source = avif.attr() ?? {};
  if (!(source.srcset ?? '').split(',').every((candidate) => /\.avif \d+w$/.test(candidate.trim())))
    found.push(`the AVIF source's srcset is "${source.srcset}"`);
  if (source.sizes !== image.sizes) found.push(`the AVIF source's sizes "${source.sizes}" differ from the img's`);
  if (widthsOf(source.srcset).join() !== widthsOf(image.srcset).join()) found.push('the AVIF and WebP widths differ');
  return [...found, ...sizesProblems(image, slot, ORIGINAL_WIDTH)];
}

/**
 * Problems of the head's preload of the LCP picture: it names the AVIF source's files and
 * sizes, and comes before every font preload, so the picture is requested first.
 */
function preloadProblems($: CheerioAPI, img: ReturnType<typeof firstImage>): string[] {
  const preloads = $('head link[rel="preload"]').toArray();
  const image = preloads.findIndex((link) => link.attribs['as'] === 'image');
  if (image === -1) return ['no <link rel="preload" as="image"> in the head'];
  const link = preloads[image]!.attribs;
  const source = img.parent('picture').children('source[type="image/avif"]').attr() ?? {};
  const found: string[] = [];
  if (link['imagesrcset'] !== source.srcset)
    found.push(`the preload's imagesrcset is "${link['imagesrcset']}", not the AVIF source's`);
  if (link['imagesizes'] !== source.sizes)
    found.push(`the preload's imagesizes is "${link['imagesizes']}", not the source's sizes`);
  if (link['type'] !== 'image/avif') found.push(`the preload's type is "${link['type']}"`);
  if (link['fetchpriority'] !== 'high') found.push(`the preload's fetchpriority is "${link['fetchpriority']}"`);
  const fonts = preloads.findIndex((candidate) => candidate.attribs['as'] === 'font');
  if (fonts !== -1 && fonts < image) found.push('a font preload comes before the picture’s');
  if (preloads.filter((candidate) => candidate.attribs['as'] === 'image').length !== 1) found.push('more than one image preload');
  return found;
}

describe('the largest picture of the first screen', () => {
  it('on home is the first post card’s cover: first, at once, sized for the card', () => {
    const image = firstImage(page('index.html'));
    expect(image.closest('.card').length, 'the first picture sits in a post card').toBe(1);
    expect(problems(image, cardImageWidth)).toEqual([]);
    expect(preloadProblems(page('index.html'), image)).toEqual([]);
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
      expect(problems(image, slot), file).toEqual([]);
      expect(preloadProblems($, image), file).toEqual([]);
      expect($('main [fetchpriority="high"]'), file).toHaveLength(1);
    }
  });
});
