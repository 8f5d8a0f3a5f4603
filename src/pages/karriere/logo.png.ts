import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute } from 'astro';
import sharp from 'sharp';

/**
 * The company logo as a 512 × 512 PNG for JobPosting structured data: Google wants a raster
 * logo of at least 112 × 112 px and does not take SVG. Rendered at build time from the site
 * icon (public/favicon.svg), so replacing that file updates both.
 */
export const GET: APIRoute = async () => {
  const svg = await readFile(path.join(process.cwd(), 'public', 'favicon.svg'));
  const png = await sharp(svg, { density: 1200 }).resize(512, 512, { fit: 'contain', background: '#ffffff00' }).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
