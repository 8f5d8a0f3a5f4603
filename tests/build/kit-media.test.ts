import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { bildWidth, galleryThumbWidth, renditionWidths } from '../../src/lib/image-slots.ts';
import { KIT_POST, kitMediaFixture } from '../helpers/kit-media-fixture.ts';
import { sizesProblems, srcsetWidths } from '../helpers/sizes.ts';
import { listFiles, readPages } from '../helpers/site.ts';
import { sharedBuildOrThrow } from '../helpers/build-once.ts';

/**
 * The MDX kit's media and event components in the built HTML (tests/fixtures/kit-media):
 * `<Bild>` through astro:assets, `<Galerie>` with links to full-size files and its script
 * only where a gallery is, `<Veranstaltung>` with Event JSON-LD, and all of it in the feed.
 */

const BASE = 'https://karriere.testwerk.example';
let outDir: string;
let pages: Map<string, CheerioAPI>;

const page = (url: string): CheerioAPI => {
  const found = pages.get(url);
  if (!found) throw new Error(`no page ${url}`);
  return found;
};

/** The parsed JSON-LD objects of a page. */
const jsonLd = ($: CheerioAPI) =>
  $('script[type="application/ld+json"]')
    .toArray()
    .map((element) => JSON.parse($(element).text()) as Record<string, unknown>);

/** The inline and external module scripts of a page, as text. */
const scripts = ($: CheerioAPI) =>
  $('script:not([type="application/ld+json"])')
    .toArray()
    .map((element) => {
      const src = $(element).attr('src');
      return src ? readFileSync(path.join(outDir, src), 'utf8') : $(element).text();
    });

const isGalleryScript = (code: string) => code.includes('[data-galerie-link]');

beforeAll(async () => {
  const content = await kitMediaFixture();
  outDir = sharedBuildOrThrow(content).outDir;
  pages = readPages(outDir);
}, 300_000);

describe('<Bild>', () => {
  it('is a figure with the caption, the people shown linked to their profiles and the photo credit', () => {
    const figure = page(KIT_POST)('.prose > figure[data-bild]');
    expect(figure).toHaveLength(1);
    const caption = figure.find('figcaption');
    expect(caption.text()).toContain('In Halle 3 wird geschweißt');
    expect(caption.text()).toContain('Foto: Petra Lichtbild');
    expect(
      caption
        .find('a')
        .map((_, link) => `${load(link).text()} ${link.attribs['href']}`)
        .get(),
    ).toEqual(['Anna Berger /menschen/anna-berger/', 'Jonas Keller /menschen/jonas-keller/']);
  });

  it('is a responsive, lazy picture with an AVIF source (not in a gallery) and a WebP img whose files exist, width and height set', () => {
    const $ = page(KIT_POST);
    const pictures = $('.prose figure[data-bild] picture');
    expect(pictures).toHaveLength(5);
    pictures.each((_, element) => {
      const picture = $(element);
      const types = picture
        .find('source')
        .map((__, source) => source.attribs['type'])
        .get();
      expect(types).toEqual(picture.closest('.bild-galerie').length > 0 ? [] : ['image/avif']);
      picture.find('source').each((__, source) => {
        const candidates = (source.attribs['srcset'] ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/));
        expect(candidates.length).toBeGreaterThan(1);
        for (const [url, width] of candidates) {
          expect(width).toMatch(/^\d+w$/);
          expect(url).toMatch(new RegExp(`^/_astro/[\\w.-]+\\.${source.attribs['type']!.split('/')[1]}$`));
          expect(existsSync(path.join(outDir, url!)), url).toBe(true);
        }
      });
      const img = picture.find('img');
      for (const candidate of (img.attr('srcset') ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/)[0]!;
        expect(url).toMatch(/^\/_astro\/[\w.-]+\.webp$/);
        expect(existsSync(path.join(outDir, url)), url).toBe(true);
      }
      expect(img.attr('loading')).toBe('lazy');
      expect(Number(img.attr('width'))).toBeGreaterThan(0);
      expect(Number(img.attr('height'))).toBeGreaterThan(0);
      expect(img.attr('alt')?.length).toBeGreaterThan(10);
    });
  });

  it('is sized for the prose column, and in a gallery for its grid: sizes and srcset of every source', () => {
    const $ = page(KIT_POST);
    // The fixture's pictures are 1600 px wide (tests/helpers/kit-media-fixture.ts).
    for (const [selector, slot] of [
      ['.prose > figure[data-bild]:not(.bild-galerie)', bildWidth],
      ['.bild-galerie', galleryThumbWidth],
    ] as const) {
      const elements = $(`${selector} picture`).find('source, img');
      expect(elements.length, selector).toBeGreaterThan(1);
      elements.each((_, element) => {
        const attributes = element.attribs;
        expect(sizesProblems(attributes, slot, 1600), `${selector} ${element.tagName}`).toEqual([]);
        expect(srcsetWidths(attributes['srcset'] ?? ''), `${selector} ${element.tagName}`).toEqual(renditionWidths(slot, 1600));
      });
    }
  });
});

describe('<Galerie>', () => {
  it('links every thumbnail to its full-size image, an existing file in the output', () => {
    const $ = page(KIT_POST);
    const links = $('[data-galerie] figure a[data-galerie-link]');
    expect(links).toHaveLength(4);
    const targets = new Set<string>();
    links.each((_, link) => {
      const href = link.attribs['href']!;
      expect(href).toMatch(/^\/_astro\/galerie-\d\.[\w-]+\.webp$/);
      expect(existsSync(path.join(outDir, href)), href).toBe(true);
      targets.add(href);
    });
    expect(targets.size).toBe(4);
    expect($('[data-galerie] dialog')).toHaveLength(1);
    expect($('.prose > figure[data-bild] a[data-galerie-link]')).toHaveLength(0);
  });

  it('ships its script only on the page with a gallery, hashed into the CSP', () => {
    const withGallery = scripts(page(KIT_POST)).filter(isGalleryScript);
    expect(withGallery).toHaveLength(1);
    const csp = page(KIT_POST)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    expect(csp).toContain("script-src 'self' 'sha256-");
    for (const [url, $] of pages) {
      if (url === KIT_POST) continue;
      expect(scripts($).filter(isGalleryScript), url).toEqual([]);
      expect($('dialog'), url).toHaveLength(0);
    }
  });
});

describe('<Veranstaltung>', () => {
  it('shows the name, the days in German, the place and the link', () => {
    const box = page(KIT_POST)('.prose aside');
    expect(box.find('.name').text()).toBe('Werkstage 2026');
    expect(box.find('dd').first().text()).toBe('14.–15. Mai 2026');
    expect(box.text()).toContain('Werk Iserlohn, Lennestraße 4, 58636 Iserlohn');
    expect(box.find('a').attr('href')).toBe('https://www.testwerk.example/werkstage');
  });

  it('gives the event post schema.org Event beside its BlogPosting', () => {
    const objects = jsonLd(page(KIT_POST));
    expect(objects.map((data) => data['@type'])).toEqual(expect.arrayContaining(['BlogPosting', 'Event']));
    const event = objects.find((data) => data['@type'] === 'Event')!;
    expect(event).toMatchObject({
      name: 'Werkstage 2026',
      startDate: '2026-05-14',
      endDate: '2026-05-15',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', address: 'Werk Iserlohn, Lennestraße 4, 58636 Iserlohn' },
      url: 'https://www.testwerk.example/werkstage',
      organizer: { '@type': 'Organization', url: `${BASE}/` },
    });
  });

  it('gives no Event to an event post without a <Veranstaltung>', () => {
    const types = jsonLd(page('/blog/mit-bild/')).map((data) => data['@type']);
    expect(types).toContain('BlogPosting');
    expect(types).not.toContain('Event');
  });
});

describe('in the RSS feed', () => {
  it('has the figures with absolute image URLs, and no script, dialog or button', async () => {
    const feed = await new Parser().parseString(readFileSync(path.join(outDir, 'blog', 'feed.xml'), 'utf8'));
    const item = feed.items.find((candidate) => candidate.link === `${BASE}${KIT_POST}`);
    const html = (item as Record<string, string> | undefined)?.['content:encoded'] ?? '';
    const $ = load(html);
    expect($('figure')).toHaveLength(5);
    expect($('figure figcaption').first().text()).toContain('Foto: Petra Lichtbild');
    expect($('script, dialog, button')).toHaveLength(0);
    const urls: string[] = [
      ...$('img')
        .map((_, img) => img.attribs['src'] ?? '')
        .get(),
      ...$('source, img')
        .map((_, element) =>
          (element.attribs['srcset'] ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
        )
        .get()
        .filter(Boolean),
      ...$('figure a')
        .map((_, link) => link.attribs['href'] ?? '')
        .get(),
    ];
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) expect(url, url).toMatch(new RegExp(`^${BASE}/`));
    for (const url of urls.filter((candidate) => candidate.includes('/_astro/'))) {
      expect(existsSync(path.join(outDir, new URL(url).pathname)), url).toBe(true);
    }
  });
});

describe('the pictures in _astro/', () => {
  const PICTURE = /\.(?:jpe?g|png|webp|avif|gif|svg)$/;
  /** Every output file that can name a picture, as text: pages, feeds, sitemaps, CSS, scripts. */
  const texts = () =>
    listFiles(outDir)
      .filter((file) => /\.(?:html|xml|json|css|js|txt)$/.test(file) && !file.startsWith('pagefind/'))
      .map((file) => readFileSync(path.join(outDir, file), 'utf8'));

  it('are each named by a page, feed or stylesheet: no original is shipped unreferenced', () => {
    const all = texts().join('\n');
    const pictures = listFiles(path.join(outDir, '_astro')).filter((file) => PICTURE.test(file));
    expect(pictures.length).toBeGreaterThan(20);
    expect(pictures.filter((file) => !all.includes(`/_astro/${file}`))).toEqual([]);
    // No original is left: Astro names a resized version `<original's name>_<hash>.<format>`.
    const stem = (file: string) => file.replace(/\.[a-z]+$/, '');
    expect(pictures.filter((file) => pictures.some((other) => other.startsWith(`${stem(file)}_`)))).toEqual([]);
  });

  it('keep every picture that HTML, srcset, og:image, JSON-LD or a feed names', () => {
    const named = new Set(
      texts().flatMap((text) =>
        [...text.matchAll(/\/_astro\/([\w.-]+\.(?:jpe?g|png|webp|avif|gif|svg))/g)].map((match) => match[1]!),
      ),
    );
    expect(named.size).toBeGreaterThan(20);
    expect([...named].filter((file) => !existsSync(path.join(outDir, '_astro', file)))).toEqual([]);
    const $ = page(KIT_POST);
    const ogImage = $('meta[property="og:image"]').attr('content') ?? '';
    expect(existsSync(path.join(outDir, new URL(ogImage).pathname))).toBe(true);
  });
});
