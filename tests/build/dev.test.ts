import path from 'node:path';
import { load } from 'cheerio';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIT_COMPONENTS } from '../../src/schemas/kit.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { ROOT } from '../helpers/site.ts';

/**
 * `npm run dev`, the authors' preview, on the demo content: the addresses the built site
 * has answer the same way (a feed is /blog/feed.xml, not /blog/feed.xml/), cards are
 * rendered on request, and the kit page shows every MDX component.
 */
let server: DevServer;
let origin = '';

beforeAll(async () => {
  server = await startDevServer(path.join(ROOT, 'content'));
  origin = server.origin;
});

afterAll(async () => {
  await server?.stop();
});

describe('the preview (astro dev)', () => {
  it('serves the blog feeds at the addresses of the built site', async () => {
    const rss = await fetch(`${origin}/blog/feed.xml`);
    expect(rss.status, server.output()).toBe(200);
    expect(rss.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    const feed = await new Parser().parseString(await rss.text());
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.every((item) => item.link?.startsWith('https://'))).toBe(true);

    const json = await fetch(`${origin}/blog/feed.json`);
    expect(json.status, server.output()).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/^application\/feed\+json/);
    const body = (await json.json()) as { version: string; items: Array<{ id: string }> };
    expect(body.version).toBe('https://jsonfeed.org/version/1.1');
    expect(body.items.map((item) => item.id)).toEqual(feed.items.map((item) => item.guid));
  });

  it('serves pages, and renders a social card on request', async () => {
    const home = await fetch(`${origin}/`);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await home.text()).toContain('<html lang="de"');
    const card = await fetch(`${origin}/og/index.png`);
    expect(card.status, server.output()).toBe(200);
    const { width, height, format } = await sharp(Buffer.from(await card.arrayBuffer())).metadata();
    expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' });
  });

  it('shows every kit component on /baukasten/, its MDX source beside what it renders', async () => {
    const response = await fetch(`${origin}/baukasten/`);
    expect(response.status, server.output()).toBe(200);
    const $ = load(await response.text());
    expect($('meta[name="robots"]').attr('content')).toMatch(/noindex/);
    for (const [name, component] of Object.entries(KIT_COMPONENTS)) {
      const heading = $(`h2#${name.toLowerCase()}`);
      expect(heading.length, name).toBe(1);
      const pair = heading.nextAll('.kit-pair').first();
      expect(pair.find('.kit-source code').text().trim(), name).toBe(component.example.trim());
      expect(pair.find('.kit-result').children().length, name).toBeGreaterThan(0);
    }
    expect(server.output()).not.toMatch(/\[ERROR\].*baukasten/);
  });
});
