import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { listFiles, readPages, ROOT } from '../helpers/site.ts';
import { sharedBuild } from '../helpers/build-once.ts';

const BASE = 'https://karriere.testwerk.example';
let outDir: string;
let pages: Map<string, CheerioAPI>;

const page = (url: string): CheerioAPI => {
  const found = pages.get(url);
  if (!found) throw new Error(`page ${url} was not built; built: ${[...pages.keys()].join(', ')}`);
  return found;
};

beforeAll(() => {
  const result = sharedBuild(path.join(ROOT, 'tests/fixtures/basic/content'));
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stdout}\n${result.stderr}`);
  outDir = result.outDir;
  pages = readPages(outDir);
});

describe('fixture site: pages', () => {
  it('builds every page type', () => {
    for (const url of [
      '/',
      '/blog/',
      '/blog/2/',
      '/blog/erster-beitrag/',
      '/blog/mit-bild/',
      '/themen/',
      '/themen/ausbildung/',
      '/menschen/',
      '/menschen/anna-berger/',
      '/teams/',
      '/teams/taskforce/',
      '/videos/',
      '/videos/werksrundgang/',
      '/karriere/',
      '/karriere/industriemechaniker/',
      '/karriere/bereiche/produktion/',
      '/impressum/',
      '/datenschutz/',
      '/404',
    ]) {
      expect(pages.has(url), url).toBe(true);
    }
  });

  it('gives every page lang="de", one h1, a title, a description, a canonical URL (not the 404 page) and a working skip link', () => {
    for (const [url, $] of pages) {
      expect($('html').attr('lang'), url).toBe('de');
      expect($('h1').length, url).toBe(1);
      expect($('title').text().trim().length, url).toBeGreaterThan(0);
      expect($('meta[name="description"]').attr('content')?.trim().length, url).toBeGreaterThan(0);
      const canonical = $('link[rel="canonical"]').attr('href');
      // The 404 page answers every missing address and has none of its own.
      if (url === '/404') expect(canonical, url).toBeUndefined();
      else expect(canonical?.startsWith(`${BASE}/`), url).toBe(true);
      const skip = $('a.skip-link').attr('href') ?? '';
      expect(skip.startsWith('#'), url).toBe(true);
      expect($(skip).length, `${url} skip target`).toBe(1);
    }
    expect(page('/blog/erster-beitrag/')('link[rel="canonical"]').attr('href')).toBe(`${BASE}/blog/erster-beitrag/`);
  });

  it('loads nothing from another host and ships no client JavaScript', () => {
    for (const [url, $] of pages) {
      const resources = [
        ...$('link[rel="stylesheet"], link[rel="preload"], link[rel="icon"]')
          .map((_, el) => $(el).attr('href'))
          .get(),
        ...$('script[src], img[src], source[src], video[src], iframe[src]')
          .map((_, el) => $(el).attr('src'))
          .get(),
        ...$('img[srcset], source[srcset]')
          .map((_, el) => ($(el).attr('srcset') ?? '').split(',').map((part) => part.trim().split(' ')[0]))
          .get(),
      ];
      for (const resource of resources) expect(resource, `${url}: ${resource}`).toMatch(/^\/(?!\/)/);
      // Client JavaScript only where a feature needs it (the two-click video player, the
      // privacy page's revoke control, the job filter on /karriere/, the search on /suche/,
      // "copy link" beside the share links), only bundled from the site itself; never an
      // iframe. Astro inlines a small bundled module (CSP-hashed) instead of linking it.
      const scripts = $('script:not([type="application/ld+json"])');
      const sharing = $('[data-share]').length > 0;
      const interactive =
        $('[data-video-player="youtube"], [data-video-consent], [data-search-form]').length > 0 ||
        url === '/karriere/' ||
        sharing;
      if (!interactive) expect(scripts.length, url).toBe(0);
      scripts.each((_, el) => {
        const src = $(el).attr('src');
        const inlined = url === '/karriere/' || url === '/suche/' || (sharing && $(el).text().includes('data-share'));
        if (src === undefined && inlined) expect($(el).attr('type'), url).toBe('module');
        else expect(src ?? '(inline)', url).toMatch(/^\/_astro\/[\w.-]+\.js$/);
      });
      expect($('iframe').length, url).toBe(0);
    }
    // The stylesheet is inlined into every page (astro.config.mjs: no render-blocking
    // request); neither it nor any CSS file names a font or image on another host.
    const remote = /url\((['"]?)(https?:)?\/\//;
    for (const [url, $] of pages) {
      expect($('link[rel="stylesheet"]').length, url).toBe(0);
      expect($('head style').text(), url).toContain('@font-face');
      $('style').each((_, el) => void expect($(el).html() ?? '', url).not.toMatch(remote));
    }
    const css = listFiles(outDir).filter((file) => file.endsWith('.css'));
    for (const file of css) expect(readFileSync(path.join(outDir, file), 'utf8')).not.toMatch(remote);
  });

  it('gives every image alt text and dimensions', () => {
    for (const [url, $] of pages) {
      $('img').each((_, el) => {
        const img = $(el);
        expect(img.attr('alt'), `${url} ${img.attr('src')}`).toBeDefined();
        expect(Number(img.attr('width')), url).toBeGreaterThan(0);
        expect(Number(img.attr('height')), url).toBeGreaterThan(0);
      });
    }
  });
});

describe('fixture site: publishing rules', () => {
  it('has no kit page: /baukasten/ exists in astro dev only', () => {
    expect(listFiles(outDir).filter((file) => file.includes('baukasten'))).toEqual([]);
  });

  it('never publishes drafts or future posts, in pages, lists or the sitemap', () => {
    const files = listFiles(outDir);
    expect(files.some((file) => file.includes('noch-ein-entwurf') || file.includes('zukunft'))).toBe(false);
    const all = files
      .filter((file) => /\.(html|xml|txt)$/.test(file))
      .map((file) => readFileSync(path.join(outDir, file), 'utf8'));
    for (const text of all) {
      expect(text).not.toContain('Geheimer Entwurf');
      expect(text).not.toContain('Geplanter Beitrag');
    }
  });

  it('hides expired jobs everywhere', () => {
    expect(pages.has('/karriere/abgelaufen/')).toBe(false);
    for (const [, $] of pages) expect($.html()).not.toContain('Abgelaufene Stelle');
    expect(page('/karriere/')('a[href="/karriere/industriemechaniker/"]').length).toBe(1);
  });

  it('shows no person without consent and credits their posts to the team', () => {
    expect(pages.has('/menschen/ohne-einwilligung/')).toBe(false);
    for (const file of listFiles(outDir).filter((name) => /\.(html|xml)$/.test(name))) {
      expect(readFileSync(path.join(outDir, file), 'utf8'), file).not.toContain('Ohnezustimmung');
    }
    const $ = page('/blog/mit-bild/');
    const byline = $('article.post header .meta a')
      .map((_, el) => $(el).text())
      .get();
    expect(byline).toContain('Jonas Keller');
    expect(byline).toContain('Social-Media-Taskforce');
  });

  it('paginates the blog and lists posts newest first', () => {
    const first = page('/blog/')('main article h2 a')
      .map((_, el) => page('/blog/')(el).attr('href'))
      .get();
    expect(first).toEqual(['/blog/dritter-beitrag/', '/blog/mit-bild/']);
    expect(page('/blog/')('a[rel="next"]').attr('href')).toBe('/blog/2/');
    expect(page('/blog/2/')('main article h2 a').attr('href')).toBe('/blog/erster-beitrag/');
    // Later pages share the blog's social card (src/data/cards.ts), and it exists.
    const card = (url: string) => page(url)('meta[property="og:image"]').attr('content') ?? '';
    expect(card('/blog/2/')).toBe(card('/blog/'));
    expect(new URL(card('/blog/')).pathname).toBe('/og/blog.png');
    expect(existsSync(path.join(outDir, 'og', 'blog.png'))).toBe(true);
    expect(existsSync(path.join(outDir, 'og', 'blog', '2.png'))).toBe(false);
  });
});

describe('fixture site: post page', () => {
  it('shows date in German, reading time, tags, author box, videos and related posts', () => {
    const $ = page('/blog/erster-beitrag/');
    expect($('time').first().text()).toBe('2. März 2026');
    expect($('time').first().attr('datetime')).toBe('2026-03-02');
    expect($('.meta').text()).toMatch(/\d+ Min\. Lesezeit/);
    expect($('a.chip[href="/themen/ausbildung/"]').length).toBe(1);
    expect($('.author-box a[href="/menschen/anna-berger/"]').length).toBe(1);
    expect($('#post-videos').length).toBe(1);
    expect($('a[href="/videos/werksrundgang/"]').length).toBeGreaterThan(0);
    expect($('#post-related').length).toBe(1);
  });

  it('renders MDX with escaped author text', () => {
    const $ = page('/blog/erster-beitrag/');
    expect($('.prose h2').first().text()).toBe('Der Anfang');
    expect($('.prose').text()).toContain('5 < 7');
  });
});

describe('fixture site: reachability, sitemap and robots', () => {
  it('reaches every post, person and team by links from the home page', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length > 0) {
      const url = queue.shift()!;
      const $ = pages.get(url);
      if (!$) continue;
      $('a[href^="/"]').each((_, el) => {
        const href = ($(el).attr('href') ?? '').split('#')[0]!;
        if (!seen.has(href)) {
          seen.add(href);
          queue.push(href);
        }
      });
    }
    for (const url of [
      '/blog/erster-beitrag/',
      '/blog/mit-bild/',
      '/blog/dritter-beitrag/',
      '/menschen/anna-berger/',
      '/menschen/jonas-keller/',
      '/teams/taskforce/',
    ]) {
      expect(seen.has(url), url).toBe(true);
    }
  });

  it('lists published pages in the sitemap with absolute URLs, and robots.txt points to it', () => {
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(urls).toContain(`${BASE}/blog/erster-beitrag/`);
    expect(urls).toContain(`${BASE}/menschen/anna-berger/`);
    expect(urls.every((url) => url?.startsWith(`${BASE}/`))).toBe(true);
    expect(urls.some((url) => url?.includes('404'))).toBe(false);
    const robots = readFileSync(path.join(outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${BASE}/sitemap-index.xml`);
  });
});

describe('fixture site: legal pages from site.yaml', () => {
  it('prints the Impressum data', () => {
    const text = page('/impressum/')('main').text();
    for (const expected of [
      'Testwerk GmbH',
      'Teststraße 1',
      'HRB 1',
      'Amtsgericht Prüfstadt',
      'DE123456789',
      'Erika Muster',
      'Max Muster',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('names hosting, log retention and the supervisory authority in the privacy notice', () => {
    const $ = page('/datenschutz/');
    const text = $('main').text();
    expect(text).toContain('Hosting Test GmbH');
    expect(text).toContain('7 Tagen');
    expect($('a[href="https://datenschutz.example"]').length).toBe(1);
  });
});
