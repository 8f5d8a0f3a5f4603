import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireBuildLock } from '../../scripts/lib/lock.ts';
import { freePort } from '../helpers/nginx.ts';
import { FIXTURE_NOW, ROOT } from '../helpers/site.ts';

/**
 * `npm run dev`, the authors' preview, on the demo content: the addresses the built site
 * has answer the same way (a feed is /blog/feed.xml, not /blog/feed.xml/), and cards are
 * rendered on request.
 */
let server: ChildProcess | undefined;

/** This process's environment without what vitest sets for itself (NODE_ENV=test, MODE, BASE_URL …). */
function devEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NODE_ENV', 'MODE', 'BASE_URL', 'DEV', 'PROD', 'SSR', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}
let origin = '';
let output = '';
let release: (() => void) | undefined;

beforeAll(async () => {
  // The dev server writes the project's .astro/ like a build does: one at a time.
  release = await acquireBuildLock(ROOT);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      env: {
        ...devEnv(),
        EINBLICK_CONTENT: path.join(ROOT, 'content'),
        EINBLICK_NOW: FIXTURE_NOW,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  let last: unknown;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`astro dev stopped:\n${output}`);
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(30_000) });
      if (response.ok) break;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error; // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`astro dev did not answer within 2 minutes (${String(last)}):\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  release?.();
});

describe('the preview (astro dev)', () => {
  it('serves the blog feeds at the addresses of the built site', async () => {
    const rss = await fetch(`${origin}/blog/feed.xml`);
    expect(rss.status, output).toBe(200);
    expect(rss.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    const feed = await new Parser().parseString(await rss.text());
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.every((item) => item.link?.startsWith('https://'))).toBe(true);

    const json = await fetch(`${origin}/blog/feed.json`);
    expect(json.status, output).toBe(200);
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
    expect(card.status, output).toBe(200);
    const { width, height, format } = await sharp(Buffer.from(await card.arrayBuffer())).metadata();
    expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' });
  });
});
