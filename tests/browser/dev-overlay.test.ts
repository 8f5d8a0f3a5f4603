import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { ROOT, tempDir } from '../helpers/site.ts';

/**
 * The author's preview in the browser: a mistake saved in `content/` shows the content
 * check's German message in Astro's error overlay, on the page the author is looking at.
 */
let server: DevServer;
let browser: Browser;
let content = '';

beforeAll(async () => {
  content = path.join(tempDir('overlay'), 'content');
  cpSync(path.join(ROOT, 'tests', 'fixtures', 'basic', 'content'), content, { recursive: true });
  server = await startDevServer(content);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the content check in the preview’s error overlay', () => {
  it('shows the German message with file and line after a broken save', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/blog/`);
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    const post = path.join(content, 'posts', 'erster-beitrag.mdx');
    writeFileSync(post, readFileSync(post, 'utf8').replace('title: Vom Azubi', 'titel: Vom Azubi'));
    await server.waitFor(/Unbekanntes Feld „titel“/);
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 15_000 });
    const heading = await overlay.locator('#title').textContent();
    const message = await overlay.locator('#message-content').textContent();
    expect(heading).toBe('Die Inhaltsprüfung hat einen Fehler gefunden');
    expect(message).toMatch(/posts\/erster-beitrag\.mdx:2:1\s+titel\s+Unbekanntes Feld „titel“ → meinten Sie „title“\?/);
    await page.close();
  });
});
