import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { copyFixture, ROOT } from './site.ts';

const EXTRA = path.join(ROOT, 'tests', 'fixtures', 'kit-media');

/** The post with `<Bild>`, `<Galerie>` and `<Veranstaltung>`. */
export const KIT_POST = '/blog/werkstage/';

/** The pictures the post shows, with a colour each (file name → RGB). */
export const KIT_IMAGES: Record<string, [number, number, number]> = {
  'halle.jpg': [46, 90, 126],
  'galerie-1.jpg': [163, 71, 47],
  'galerie-2.jpg': [60, 120, 70],
  'galerie-3.jpg': [120, 100, 40],
  'galerie-4.jpg': [90, 60, 130],
};

/** A 1600 × 1200 JPEG: a colour with a lighter band, so it is a real photo-sized picture. */
async function drawJpeg([r, g, b]: [number, number, number]): Promise<Buffer> {
  const band = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200"><rect x="0" y="500" width="1600" height="200" fill="rgb(${r + 80},${g + 80},${b + 80})"/></svg>`,
  );
  return sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r, g, b } } })
    .composite([{ input: band }])
    .jpeg({ quality: 80 })
    .toBuffer();
}

/**
 * The basic fixture plus tests/fixtures/kit-media (see its README), in a fresh temporary
 * content folder, with the post's JPEGs drawn.
 */
export async function kitMediaFixture(): Promise<string> {
  const content = copyFixture('basic');
  cpSync(path.join(EXTRA, 'content'), content, { recursive: true });
  const folder = path.join(content, 'posts', 'werkstage');
  for (const [file, colour] of Object.entries(KIT_IMAGES)) writeFileSync(path.join(folder, file), await drawJpeg(colour));
  return content;
}
