import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBuildOrThrow } from '../helpers/build-once.ts';
import { buildSite, listFiles, readPages, tempDir } from '../helpers/site.ts';
import { FIXTURE_WEBM, videoFixture } from '../helpers/video-fixture.ts';

/**
 * Videos in the built HTML: watch pages with VideoObject JSON-LD, the two-click player's
 * markup without JavaScript, self-hosted files with captions, gallery filter pages,
 * `<Video id="…" />` in posts, profiles and the privacy page.
 */

const BASE = 'https://karriere.testwerk.example';
let outDir: string;
let pages: Map<string, CheerioAPI>;

const page = (url: string): CheerioAPI => {
  const found = pages.get(url);
  if (!found) throw new Error(`no page ${url}`);
  return found;
};

/** The VideoObject of a page, parsed from its JSON-LD. */
function videoObjectOf(url: string): Record<string, unknown> {
  const $ = page(url);
  const objects = $('head script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse($(el).text()) as Record<string, unknown>)
    .filter((data) => data['@type'] === 'VideoObject');
  expect(objects, url).toHaveLength(1);
  return objects[0]!;
}

/** The build output file behind an absolute site URL. */
const fileOf = (url: string) => path.join(outDir, decodeURIComponent(new URL(url).pathname));

beforeAll(() => {
  outDir = sharedBuildOrThrow(videoFixture()).outDir;
  pages = readPages(outDir);
});

describe('VideoObject JSON-LD', () => {
  it('describes a YouTube video with name, description, absolute thumbnail, upload date, duration and embedUrl', () => {
    const data = videoObjectOf('/videos/werksrundgang/');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      name: 'Werksrundgang',
      description: 'Ein Rundgang durch die Fertigung.',
      url: `${BASE}/videos/werksrundgang/`,
      uploadDate: '2026-02-01T00:00:00+01:00',
      duration: 'PT3M5S',
      embedUrl: 'https://www.youtube-nocookie.com/embed/abcdefghijk',
      transcript: 'Anna Berger: Willkommen in der Halle.',
    });
    expect(data).not.toHaveProperty('contentUrl');
    const thumbnails = data['thumbnailUrl'] as string[];
    expect(thumbnails.length).toBeGreaterThan(0);
    for (const thumbnail of thumbnails) {
      expect(thumbnail.startsWith(`${BASE}/_astro/`), thumbnail).toBe(true);
      expect(listFiles(outDir)).toContain(path.relative(outDir, fileOf(thumbnail)).split(path.sep).join('/'));
    }
  });

  it('describes a self-hosted video with contentUrl, escapes author text and lists only people with consent', () => {
    const $ = page('/videos/rundgang-lokal/');
    expect($('h1').text()).toBe('Rundgang <im> Lager & Versand');
    expect($('im')).toHaveLength(0);
    const data = videoObjectOf('/videos/rundgang-lokal/');
    expect(data).toMatchObject({
      name: 'Rundgang <im> Lager & Versand',
      duration: 'PT1H2M30S',
      uploadDate: '2026-04-10T00:00:00+02:00',
      contentUrl: `${BASE}/videos/rundgang-lokal/rundgang-lokal.webm`,
      actor: [{ '@type': 'Person', name: 'Anna Berger', url: `${BASE}/menschen/anna-berger/` }],
    });
    expect(data).not.toHaveProperty('embedUrl');
    expect(String(data['transcript'])).toBe(
      'Im Lager\n\nAnna Berger: Hier lagern die Rohre, bevor sie verladen werden.\n\nEnde des Rundgangs.',
    );
    expect(readFileSync(fileOf(String(data['contentUrl'])))).toEqual(readFileSync(FIXTURE_WEBM));
  });
});

describe('watch page without JavaScript', () => {
  it('shows the local poster, a notice naming YouTube and Google, a hidden button and a plain YouTube link', () => {
    const $ = page('/videos/werksrundgang/');
    const player = $('[data-video-player="youtube"]');
    expect(player).toHaveLength(1);
    expect(player.attr('data-embed')).toBe('https://www.youtube-nocookie.com/embed/abcdefghijk');
    expect(player.find('img').attr('src')).toMatch(/^\/_astro\/werksrundgang\.[\w-]+\.webp$/);
    expect(player.find('img').attr('alt')).toBe('Blick in die Werkshalle');
    const notice = player.find('[data-video-notice]');
    expect(notice.text()).toContain('YouTube');
    expect(notice.text()).toContain('Google Ireland Limited');
    expect(notice.find('a[href="/datenschutz/#videos"]')).toHaveLength(1);
    const button = notice.find('button[type="button"][data-video-load]');
    expect(button.attr('hidden')).toBeDefined();
    expect(button.text()).toContain('Video von YouTube laden und abspielen');
    expect(button.text()).toContain('Werksrundgang');
    expect($(`#${button.attr('aria-describedby')}`).text()).toContain('Google');
    expect(notice.find('a[href="https://www.youtube.com/watch?v=abcdefghijk"]').text()).toContain('YouTube');
    expect(notice.find('input[type="checkbox"][data-video-always]').closest('[hidden]')).toHaveLength(1);
  });

  it('links to YouTube and Google only with plain links, never loads from them', () => {
    for (const [url, $] of pages) {
      $('[src], [href], [srcset], [poster], [data], [action]').each((_, el) => {
        const element = $(el);
        for (const name of ['src', 'href', 'srcset', 'poster', 'data', 'action']) {
          for (const part of (element.attr(name) ?? '').split(name === 'srcset' ? ',' : /^$/)) {
            const value = part.trim().split(/\s+/)[0] ?? '';
            if (!value) continue;
            const host = new URL(value, BASE).host;
            if (!/youtube|youtu\.be|ytimg|google|gstatic|doubleclick/i.test(host)) continue;
            const plainLink = name === 'href' && el.tagName === 'a';
            expect(plainLink, `${url}: <${el.tagName} ${name}="${value}">`).toBe(true);
          }
        }
      });
      expect($('link[rel="preconnect"], link[rel="dns-prefetch"], link[rel="preload"][href^="http"]'), url).toHaveLength(0);
    }
  });

  it('has the description, the transcript as text, the people linked to profiles and related posts', () => {
    const $ = page('/videos/werksrundgang/');
    expect($('h1').text()).toBe('Werksrundgang');
    expect($('.lead').text()).toBe('Ein Rundgang durch die Fertigung.');
    expect($('#video-transcript').parent().text()).toContain('Willkommen in der Halle.');
    expect($('#video-people').parent().find('a[href="/menschen/anna-berger/"]')).toHaveLength(1);
    expect($('#video-posts').parent().find('a[href="/blog/erster-beitrag/"]')).toHaveLength(1);
  });
});

describe('self-hosted video', () => {
  it('plays with the native element from the site itself, with its captions track', () => {
    const $ = page('/videos/rundgang-lokal/');
    const video = $('video');
    expect(video).toHaveLength(1);
    expect(video.attr('controls')).toBeDefined();
    expect(video.attr('preload')).toBe('none');
    expect(video.attr('poster')).toMatch(/^\/_astro\/[\w.-]+\.webp$/);
    expect(video.find('source').attr('src')).toBe('/videos/rundgang-lokal/rundgang-lokal.webm');
    expect(video.find('source').attr('type')).toBe('video/webm');
    const track = video.find('track');
    expect(track.attr('kind')).toBe('captions');
    expect(track.attr('srclang')).toBe('de');
    expect(track.attr('src')).toBe('/videos/rundgang-lokal/rundgang-lokal.vtt');
    expect($('[data-video-notice], [data-video-player="youtube"]')).toHaveLength(0);
    expect(readFileSync(path.join(outDir, 'videos/rundgang-lokal/rundgang-lokal.vtt'), 'utf8')).toMatch(/^WEBVTT/);
    expect($('h2#video-people').parent().text()).not.toContain('Ohnezustimmung');
  });

  it('builds no page and no file for a draft video', () => {
    expect(pages.has('/videos/entwurf-video/')).toBe(false);
    expect(listFiles(outDir).filter((file) => file.includes('entwurf-video'))).toEqual([]);
  });
});

describe('gallery filters without JavaScript', () => {
  it('pre-renders a page for every kind, department and pair that has videos', () => {
    const filterPages = [...pages.keys()].filter((url) => /^\/videos\/(art|bereich)\//.test(url)).sort();
    expect(filterPages).toEqual([
      '/videos/art/anleitungen/',
      '/videos/art/anleitungen/bereich/personal/',
      '/videos/art/montage/',
      '/videos/art/montage/bereich/produktion/',
      '/videos/bereich/personal/',
      '/videos/bereich/produktion/',
    ]);
  });

  it('links every option to a page that exists, marks the current one and shows only matching videos', () => {
    const $ = page('/videos/art/anleitungen/');
    const links = $('nav[aria-label="Videos filtern"] a')
      .map((_, el) => $(el).attr('href'))
      .get();
    expect(links.length).toBeGreaterThan(2);
    for (const href of links) expect(pages.has(href), href).toBe(true);
    expect(
      $('nav[aria-label="Videos filtern"] a[aria-current="page"]')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['/videos/art/anleitungen/', '/videos/art/anleitungen/']);
    expect($('#video-results').text()).toBe('Ein Video');
    expect(
      $('ul[aria-labelledby="video-results"] h3 a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['/videos/rundgang-lokal/']);
    expect(page('/videos/')('ul[aria-labelledby="video-results"] > li')).toHaveLength(2);
  });
});

describe('videos elsewhere', () => {
  it('shows <Video id="…" /> players inside a post, skips a draft, and does not repeat them below', () => {
    const $ = page('/blog/erster-beitrag/');
    const players = $('.prose [data-video-player]');
    expect(players.map((_, el) => $(el).attr('data-video-player')).get()).toEqual(['youtube', 'file']);
    expect(players.first().find('figcaption a').attr('href')).toBe('/videos/werksrundgang/');
    expect($('#post-videos')).toHaveLength(0);
    expect($.html()).not.toContain('zyxwvutsrqp');
  });

  it('lists on a profile the videos the person appears in', () => {
    const $ = page('/menschen/anna-berger/');
    const links = $('#person-videos')
      .parent()
      .find('h3 a')
      .map((_, el) => $(el).attr('href'))
      .get();
    expect(links.sort()).toEqual(['/videos/rundgang-lokal/', '/videos/werksrundgang/']);
  });

  it('names the video provider and what is stored on the privacy page, with a revoke control', () => {
    const $ = page('/datenschutz/');
    const section = $('h2#videos').nextUntil('h2');
    const text = section.text();
    expect(text).toContain('Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irland');
    expect(text).toContain('www.youtube-nocookie.com');
    expect(text).toContain('einblick.videos.youtube');
    expect(text).toContain('selbst bereit');
    expect(section.find('a[href^="https://policies.google.com/privacy"]')).toHaveLength(1);
    const control = section.filter('[data-video-consent]');
    expect(control.find('button[data-consent-revoke]').attr('hidden')).toBeDefined();
  });
});

describe('a <Video> that names no video', () => {
  // An id shaped like a YouTube id passes the content check's MDX rule; the component
  // itself must then stop the build rather than silently show nothing.
  it('stops the build and names the id', () => {
    const broken = videoFixture();
    const post = path.join(broken, 'posts', 'erster-beitrag.mdx');
    writeFileSync(post, `${readFileSync(post, 'utf8')}\n<Video id="nicht-da-xy" />\n`);
    const result = buildSite(broken, path.join(tempDir('video-broken'), 'dist'));
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('nicht-da-xy');
  });
});
