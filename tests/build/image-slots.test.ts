import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  departmentHeroWidth,
  galleryThumbWidth,
  playerPosterWidth,
  renditionWidths,
  teamCoverWidth,
  videoCardWidth,
} from '../../src/lib/image-slots.ts';
import { demoSite, pagesOfType } from '../helpers/demo.ts';
import { sizesProblems, srcsetWidths } from '../helpers/sizes.ts';

/**
 * The pictures beyond the LCP picture (tests/build/lcp-image.test.ts) in the demo build:
 * video cards, the department hero, the team cover, the video player's poster in each of
 * its places and gallery thumbnails. Each one's `sizes` must say the width its CSS shows
 * it at (src/lib/image-slots.ts, held to the CSS by tests/unit/image-slots.test.ts), from a
 * 320 px phone to a 1280 px laptop, and its `srcset` must hold a candidate for 1× and 2×
 * that is enough and not half again as large. A `<picture>`'s sources are checked too.
 */

/** The demo's originals: covers and gallery pictures 1600 px wide, posters 1280 px (tools/demo-images.ts). */
const COVER = 1600;
const POSTER = 1280;

let outDir: string;
const page = (url: string): CheerioAPI => load(readFileSync(path.join(outDir, url, 'index.html'), 'utf8'));

beforeAll(() => {
  outDir = demoSite();
}, 900_000);

/** Every `<img>` and `<source>` a selector finds on a page, with what is wrong with each. */
function check(url: string, selector: string, slot: (viewport: number) => number, original: number): string[] {
  const $ = page(url);
  const images = $(selector);
  if (images.length === 0) return [`${url}: nothing matches ${selector}`];
  return images.toArray().flatMap((element) => {
    const img = $(element);
    const candidates = [
      img,
      ...img
        .parent('picture')
        .children('source')
        .toArray()
        .map((source) => $(source)),
    ];
    return candidates.flatMap((candidate) => {
      const attributes = candidate.attr() ?? {};
      const widths = srcsetWidths(attributes.srcset ?? '');
      const expected = renditionWidths(slot, original);
      const found = sizesProblems(attributes, slot, original);
      if (widths.join() !== expected.join()) found.push(`srcset widths ${widths.join()}, not ${expected.join()}`);
      return found.map((problem) => `${url} ${selector} ${candidate.prop('tagName')}: ${problem}`);
    });
  });
}

/** The first of some pages whose HTML matches a selector. */
function firstWith(urls: string[], selector: string): string {
  const found = urls.find((url) => page(url)(selector).length > 0);
  if (!found) throw new Error(`no demo page has ${selector}`);
  return found;
}

describe('the pictures’ sizes and renditions match their slots', () => {
  it('video cards, as post cards', () => {
    expect(check('/', 'section[aria-labelledby="home-videos"] .card img', videoCardWidth, POSTER)).toEqual([]);
    expect(check('/videos/', '.grid .card img', videoCardWidth, POSTER)).toEqual([]);
  });

  it('the department hero', () => {
    const url = firstWith(pagesOfType(outDir, 'department'), '.dept-hero-image');
    const original = page(url)('.dept-hero-image').attr('src')!.includes('/cover.') ? COVER : POSTER;
    expect(check(url, '.dept-hero-image', departmentHeroWidth, original)).toEqual([]);
  });

  it('the team cover', () => {
    const $ = page('/teams/social-media-taskforce/');
    expect($('main img').first().attr('width')).toBe('1200');
    expect(check('/teams/social-media-taskforce/', 'main .lead ~ img', teamCoverWidth, COVER)).toEqual([]);
  });

  it('the video player’s poster on the watch page, below a post and in a post’s text', () => {
    const videos = pagesOfType(outDir, 'video');
    expect(check(videos[0]!, '[data-video-stage] img', playerPosterWidth('watch'), POSTER)).toEqual([]);
    const posts = pagesOfType(outDir, 'post');
    const below = firstWith(posts, '[aria-labelledby="post-videos"] [data-video-stage] img');
    expect(check(below, '[aria-labelledby="post-videos"] [data-video-stage] img', playerPosterWidth('page'), POSTER)).toEqual([]);
    const inText = firstWith(posts, '.prose [data-video-stage] img');
    expect(check(inText, '.prose [data-video-stage] img', playerPosterWidth('text'), POSTER)).toEqual([]);
  });

  it('gallery thumbnails', () => {
    const url = firstWith(pagesOfType(outDir, 'post'), '.bild-galerie img');
    expect(check(url, '.bild-galerie img', galleryThumbWidth, COVER)).toEqual([]);
  });
});
