import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { namesIn, pruneImageCache, removeUnreferencedImages, writtenAssets } from '../../src/integrations/unreferenced-images.ts';
import { listFiles } from '../helpers/site.ts';

/**
 * The build's last step deletes pictures in `_astro/` that no output file names; every
 * way a page, feed or stylesheet names a picture keeps it.
 */

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A built site: file (relative) → text. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'einblick-unreferenced-'));
  temporary.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('unreferenced pictures in _astro/', () => {
  it('removes originals no output names and keeps every picture named in HTML, srcset, JSON-LD, feeds, CSS and scripts', () => {
    const picture = 'bytes';
    const dir = site({
      '_astro/cover.AbC-1_x.jpg': picture,
      '_astro/cover.AbC-1_480.webp': picture,
      '_astro/cover.AbC-1_800.webp': picture,
      '_astro/cover.AbC-1_card.jpg': picture,
      '_astro/halle.Xy_9.jpg': picture,
      '_astro/halle.Xy_9_big.webp': picture,
      '_astro/Müller.Q1.jpg': picture,
      '_astro/Müller.Q1_s.webp': picture,
      '_astro/poster.Zz.jpg': picture,
      '_astro/poster.Zz_1280.webp': picture,
      '_astro/muster.Pp.svg': '<svg/>',
      '_astro/site.Hh.css': 'body{background:url(/_astro/muster.Pp.svg)}',
      '_astro/font.Ff.woff2': 'font',
      '_astro/app.Jj.js': 'const full = "/_astro/halle.Xy_9_big.webp";',
      'blog/a/index.html': [
        '<img src="/_astro/cover.AbC-1_480.webp" srcset="/_astro/cover.AbC-1_480.webp 480w, /_astro/cover.AbC-1_800.webp 800w">',
        '<script type="application/ld+json">{"image":"https://x.example/_astro/cover.AbC-1_card.jpg"}</script>',
        '<img src="/_astro/M%C3%BCller.Q1_s.webp">',
      ].join('\n'),
      'blog/feed.xml': '<description>&lt;img src=&quot;https://x.example/_astro/poster.Zz_1280.webp&quot;&gt;</description>',
      'og/blog/a.png': 'png',
    });
    const removed = removeUnreferencedImages(dir);
    expect(removed.sort()).toEqual(['Müller.Q1.jpg', 'cover.AbC-1_x.jpg', 'halle.Xy_9.jpg', 'poster.Zz.jpg'].sort());
    expect(listFiles(path.join(dir, '_astro'))).toEqual(
      [
        'Müller.Q1_s.webp',
        'app.Jj.js',
        'cover.AbC-1_480.webp',
        'cover.AbC-1_800.webp',
        'cover.AbC-1_card.jpg',
        'font.Ff.woff2',
        'halle.Xy_9_big.webp',
        'muster.Pp.svg',
        'poster.Zz_1280.webp',
        'site.Hh.css',
      ].sort(),
    );
    expect(listFiles(dir)).toContain('og/blog/a.png');
  });

  it('does nothing without an _astro folder', () => {
    expect(removeUnreferencedImages(site({ 'index.html': '<p>leer</p>' }))).toEqual([]);
  });

  it('finds the same names as one pass of the name pattern over the whole text', () => {
    const NAME = /[^\s"'`()<>,;=\\/]+\.(?:jpe?g|png|apng|webp|avif|gif|svg|tiff?)/gi;
    const text = [
      '<img src="/_astro/cover.CgVOMIZE_2uDGqR.webp" srcset="/_astro/a.B1.jpg 320w, /_astro/a.B2.JPEG 640w">',
      'url(./bild.png)url(x.svg) .jpg alone, a.png.jpg twice, doppelt.jpgx, G%C3%BCnther%20M%C3%BCller.avif',
      '"https://example.org/_astro/titel.Ab_c-1.tiff";ohne Bild; Wörter ohne Endung',
    ].join('\n');
    const expected = [...text.matchAll(NAME)].map(([name]) => name);
    expect(expected.length).toBeGreaterThan(8);
    expect(namesIn(text)).toEqual(expected);
    expect(namesIn('Nur Text, kein Bild.')).toEqual([]);
  });
});

describe("Astro's picture cache", () => {
  it('keeps the renditions this build wrote and removes every other entry', () => {
    const out = site({ '_astro/cover.AbC_1x.avif': 'a', '_astro/cover.AbC_2y.webp': 'w', '_astro/logo.Zz_9.png': 'r' });
    const cache = mkdtempSync(path.join(os.tmpdir(), 'einblick-image-cache-'));
    temporary.push(cache);
    const entries = {
      'cover.AbC_1x.avif': 'kept',
      'cover.AbC_2y.webp': 'kept',
      // A remote picture's metadata beside its file.
      'logo.Zz_9.png.json': '{"expires":1}',
      // Renditions of a deleted picture, of an old width, and an old remote picture.
      'gone.Qq_1a.avif': 'stale',
      'cover.AbC_640.avif': 'stale',
      'old-remote.Rr_1.jpg.json': '{"expires":1}',
    };
    mkdirSync(path.join(cache, 'assets'));
    for (const [name, text] of Object.entries(entries)) writeFileSync(path.join(cache, 'assets', name), text);

    expect(pruneImageCache(cache, writtenAssets(out))).toBe(3);
    expect(listFiles(path.join(cache, 'assets')).sort()).toEqual([
      'cover.AbC_1x.avif',
      'cover.AbC_2y.webp',
      'logo.Zz_9.png.json',
    ]);
    // A second run finds nothing more to do.
    expect(pruneImageCache(cache, writtenAssets(out))).toBe(0);
  });

  it('leaves a cache without pictures alone, and empties it for a site without any', () => {
    const cache = mkdtempSync(path.join(os.tmpdir(), 'einblick-image-cache-'));
    temporary.push(cache);
    expect(pruneImageCache(cache, new Set(['x.avif']))).toBe(0);
    mkdirSync(path.join(cache, 'assets'));
    writeFileSync(path.join(cache, 'assets', 'x.Aa_1.avif'), 'stale');
    expect(pruneImageCache(cache, writtenAssets(site({ 'index.html': '<p>Keine Bilder</p>' })))).toBe(1);
  });
});
