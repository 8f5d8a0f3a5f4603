import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { eachConcurrently, launchBrowser, openRecordedPage } from '../helpers/browser.ts';
import { readPages, ROOT } from '../helpers/site.ts';
import { sharedBuild } from '../helpers/build-once.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let server: StaticServer;
let urls: string[];

beforeAll(async () => {
  const result = sharedBuild(path.join(ROOT, 'tests/fixtures/basic/content'));
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stderr}`);
  urls = [...readPages(result.outDir).keys()].filter((url) => url !== '/404');
  server = await serveStatic(result.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('privacy in a real browser', () => {
  it('contacts no other host on any page, from load until the network is idle', { timeout: 300_000 }, async () => {
    // Each page in a fresh context of its own; four at a time, as most of a visit is
    // waiting for the network to stay idle.
    await eachConcurrently(urls, 4, async (url) => {
      const recorded = await openRecordedPage(browser, server.origin);
      const response = await recorded.page.goto(`${server.origin}${url}`, { waitUntil: 'networkidle' });
      expect(response?.status(), url).toBe(200);
      expect(recorded.foreign(), url).toEqual([]);
      expect(recorded.requests.length, url).toBeGreaterThan(0);
      await recorded.context.close();
    });
  });
});
