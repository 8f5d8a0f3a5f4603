import { chmodSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createAuditor, findings, type PageAudit } from '../helpers/audit.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { demoSite, pagesOfType, sitemapPaths } from '../helpers/demo.ts';
import { fetchRaw, startNginx, type RunningNginx } from '../helpers/nginx.ts';
import { listFiles, tempDir } from '../helpers/site.ts';
import { parseHeadersFile, parseRedirectsFile, type Redirect } from '../../src/lib/headers-file.ts';
import { renderNginxSite } from '../../src/lib/nginx-config.ts';
import { feedType } from '../../src/integrations/security-headers.ts';
import { parsePolicy, YOUTUBE_EMBED_ORIGIN } from '../../src/lib/security-policy.ts';

/**
 * Production serving: the shipped deploy/nginx/einblick.conf with the configuration
 * `npm run nginx:config` generates, run by Debian's nginx on loopback ports (HTTPS with
 * a throwaway certificate), serving the demo build. The headers are checked on the
 * wire, and the whole sitemap runs once through Chromium under the header CSP.
 */
const OLD_POST = '/2019/05/unser-alter-beitrag/';
const OLD_UMLAUT = '/2023/05/14/tag-der-offenen-tür/';

let work: string;
let nginx: RunningNginx;
let browser: Browser;
let site: string;
let policy: string;
let redirects: Redirect[];
let urls: string[];
const audits: PageAudit[] = [];

beforeAll(async () => {
  work = tempDir('nginx');
  chmodSync(work, 0o755); // nginx's workers run as an unprivileged user
  site = path.join(work, 'site');
  cpSync(demoSite(), site, { recursive: true });
  // Old addresses beside whatever the demo content redirects itself: one plain, one with an umlaut.
  const post = pagesOfType(site, 'post')[0]!;
  const extra = `${OLD_POST} ${post} 301\n${encodeURI(OLD_UMLAUT)} ${post} 301\n`;
  const redirectsFile = path.join(site, '_redirects');
  writeFileSync(redirectsFile, `${existsSync(redirectsFile) ? readFileSync(redirectsFile, 'utf8') : ''}${extra}`);
  redirects = parseRedirectsFile(readFileSync(redirectsFile, 'utf8'));
  const rules = parseHeadersFile(readFileSync(path.join(site, '_headers'), 'utf8'));
  policy = rules.find((rule) => rule.path === '/*')!.headers.find(([name]) => name === 'Content-Security-Policy')![1];
  const siteConfig = path.join(work, 'einblick-site.conf');
  writeFileSync(siteConfig, renderNginxSite({ root: site, rules, redirects }));
  nginx = await startNginx(path.join(work, 'nginx'), siteConfig);
  urls = sitemapPaths(site);
  browser = await launchBrowser();
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
  const { audit } = await createAuditor(context, nginx.https);
  for (const url of urls) audits.push(await audit(url));
  await context.close();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('nginx: headers on the wire', () => {
  it('sends the strict CSP of the build and the security headers on pages', async () => {
    const response = await fetchRaw(`${nginx.https}/`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(policy);
    const csp = parsePolicy(policy);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('frame-src')).toEqual([YOUTUBE_EMBED_ORIGIN]);
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
    expect(response.headers['strict-transport-security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['permissions-policy']).toContain('camera=()');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['server']).toBe('nginx');
  });

  it('compresses HTML with gzip', async () => {
    const response = await fetchRaw(`${nginx.https}/`, { 'Accept-Encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.body).toContain('<html lang="de"');
  });

  it('caches hashed assets for a year, immutable, with the security headers', async () => {
    // The stylesheet is inlined into each page; the font every page preloads is such an asset.
    const html = (await fetchRaw(`${nginx.https}/`)).body;
    const font = html.match(/<link rel="preload" href="(\/_astro\/[^"]+\.woff2)"/)?.[1];
    expect(font).toBeDefined();
    const response = await fetchRaw(`${nginx.https}${font}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('font/woff2');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBe(policy);
  });

  it('serves every feed with its feed type: application/rss+xml and application/feed+json', async () => {
    const feeds = listFeeds(site);
    expect(feeds.filter(([, type]) => type.startsWith('application/rss+xml')).length).toBeGreaterThan(0);
    for (const [file, type] of feeds) {
      const response = await fetchRaw(`${nginx.https}/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers['content-type'], file).toBe(`${type.split(';')[0]}; charset=utf-8`);
      expect(response.headers['x-content-type-options'], file).toBe('nosniff');
    }
  });

  it('answers unknown paths with the 404 page and status 404', async () => {
    const response = await fetchRaw(`${nginx.https}/gibt-es-nicht/`);
    expect(response.status).toBe(404);
    expect(response.body).toContain('<h1>Seite nicht gefunden</h1>');
    expect(response.headers['content-security-policy']).toBe(policy);
    expect((await fetchRaw(`${nginx.https}/_headers`)).status).toBe(404);
  });

  it('redirects old addresses with 301, with and without the trailing slash, umlauts included', async () => {
    expect(redirects.length).toBeGreaterThanOrEqual(2);
    for (const redirect of redirects) {
      const from = decodeURI(redirect.from);
      for (const variant of [from, from.replace(/\/$/, '')]) {
        const response = await fetchRaw(`${nginx.https}${encodeURI(variant)}`);
        expect(response.status, variant).toBe(301);
        expect(response.headers['location'], variant).toBe(redirect.to);
      }
    }
    expect((await fetchRaw(`${nginx.https}${encodeURI(OLD_UMLAUT)}`)).headers['location']).toBe(pagesOfType(site, 'post')[0]);
  });

  it('sends plain HTTP to HTTPS', async () => {
    const response = await fetchRaw(`${nginx.http}/karriere/`);
    expect(response.status).toBe(301);
    expect(response.headers['location']).toMatch(/^https:\/\/127\.0\.0\.1\/karriere\/$/);
  });
});

describe('nginx: the whole sitemap in Chromium under the header CSP', () => {
  it('loads every page without console errors, failed or foreign requests, or CSP violations', () => {
    expect(audits.length).toBe(urls.length);
    const problems = findings(audits, (audit) => [
      ...(audit.status === 200 ? [] : [`HTTP ${audit.status}`]),
      ...audit.consoleErrors,
      ...audit.failedRequests,
      ...audit.foreignRequests,
      ...audit.cspViolations,
    ]);
    expect(problems).toEqual([]);
  });

  it('plays a video after consent: only youtube-nocookie is framed, nothing is blocked', async () => {
    const video = pagesOfType(site, 'video').find((url) =>
      readFileSync(path.join(site, url, 'index.html'), 'utf8').includes('data-video-load'),
    );
    expect(video, 'a watch page with a YouTube player').toBeDefined();
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const embeds: string[] = [];
    // No internet here: YouTube's player is answered locally.
    await context.route(`${YOUTUBE_EMBED_ORIGIN}/**`, (route) => {
      embeds.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Player</title><p>Player</p>' });
    });
    const { page, audit } = await createAuditor(context, nginx.https);
    const loaded = await audit(video!);
    expect(loaded.foreignRequests).toEqual([]);
    await page.locator('[data-video-load]').first().click();
    const frame = page.locator(`iframe[src^="${YOUTUBE_EMBED_ORIGIN}/embed/"]`);
    await frame.waitFor();
    await expect.poll(() => embeds.length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(embeds.every((url) => url.startsWith(`${YOUTUBE_EMBED_ORIGIN}/embed/`))).toBe(true);
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations).toEqual([]);
    expect(await frame.contentFrame().locator('p').textContent()).toBe('Player');
    await context.close();
  });

  it('finds a post with the search under the header CSP (WebAssembly in a worker)', async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const { page, audit } = await createAuditor(context, nginx.https);
    const result = await audit(`/suche/?q=${encodeURIComponent('Schweißen')}`);
    await page.locator('.search-results li').first().waitFor();
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(0);
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect([...result.cspViolations, ...violations, ...result.consoleErrors]).toEqual([]);
    await context.close();
  });
});

/** Every feed file of the build with its type, judged by content (as the _headers integration does). */
function listFeeds(dir: string): [string, string][] {
  return listFiles(dir)
    .filter((file) => (file.endsWith('.xml') || file.endsWith('.json')) && !file.startsWith('pagefind/'))
    .flatMap((file) => {
      const type = feedType(file, readFileSync(path.join(dir, file), 'utf8').slice(0, 2048));
      return type ? [[file, type] as [string, string]] : [];
    });
}
