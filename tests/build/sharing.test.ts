import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { SOCIAL_TEXT, sharingFixture } from '../helpers/sharing-fixture.ts';
import { readPages } from '../helpers/site.ts';
import { sharedBuild } from '../helpers/build-once.ts';

/**
 * Sharing without trackers on posts, jobs and videos: plain links with the page's URL and
 * text, correctly encoded (parsed back with URL), nothing loaded from the networks, and the
 * post's `social:` text beside them. The browser test (tests/browser/sharing.test.ts) clicks them.
 */
const BASE = 'https://karriere.testwerk.example';
const SHARE_HOSTS = ['linkedin.com', 'xing.com', 'wa.me', 'whatsapp.com'];

let outDir: string;
let pages: Map<string, CheerioAPI>;
const page = (url: string): CheerioAPI => {
  const found = pages.get(url);
  if (!found) throw new Error(`page ${url} was not built`);
  return found;
};

/** The share links of a page by their visible name, parsed. */
function shareLinks($: CheerioAPI): Record<string, URL> {
  const panel = $('nav[data-share]');
  expect(panel.length).toBe(1);
  return Object.fromEntries(
    panel
      .find('ul a')
      .map((_, link) => [[$(link).text().trim(), new URL($(link).attr('href')!)]])
      .get() as Array<[string, URL]>,
  );
}

beforeAll(() => {
  const result = sharedBuild(sharingFixture());
  if (result.status !== 0) throw new Error(`sharing fixture build failed:\n${result.stdout}\n${result.stderr}`);
  outDir = result.outDir;
  pages = readPages(outDir);
});

describe('share links on posts, jobs and videos', () => {
  const cases = [
    { page: '/blog/erster-beitrag/', title: 'Vom Azubi zum Schichtleiter', text: SOCIAL_TEXT },
    { page: '/blog/dritter-beitrag/', title: 'Drei Fragen an die Ausbildung', text: 'Drei Fragen an die Ausbildung' },
    {
      page: '/karriere/industriemechaniker/',
      title: 'Industriemechaniker (m/w/d)',
      text: 'Industriemechaniker (m/w/d) bei Testwerk',
    },
    { page: '/videos/werksrundgang/', title: undefined, text: undefined },
  ];

  it('link LinkedIn, XING, WhatsApp and e-mail with the page’s absolute URL and its text, encoded', () => {
    for (const { page: url, title: given, text: givenText } of cases) {
      const $ = page(url);
      const title = given ?? $('h1').text().trim();
      const text = givenText ?? title;
      const links = shareLinks($);
      const pageUrl = `${BASE}${url}`;
      expect(Object.keys(links), url).toEqual(['LinkedIn', 'XING', 'WhatsApp', 'E-Mail']);
      expect(links['LinkedIn']!.href.startsWith('https://www.linkedin.com/sharing/share-offsite/?')).toBe(true);
      expect(links['LinkedIn']!.searchParams.get('url'), url).toBe(pageUrl);
      expect(links['XING']!.origin).toBe('https://www.xing.com');
      expect(links['XING']!.searchParams.get('url'), url).toBe(pageUrl);
      expect(links['WhatsApp']!.origin).toBe('https://wa.me');
      expect(links['WhatsApp']!.searchParams.get('text'), url).toBe(`${text}\n\n${pageUrl}`);
      expect(links['E-Mail']!.protocol).toBe('mailto:');
      expect(links['E-Mail']!.searchParams.get('subject'), url).toBe(title);
      expect(links['E-Mail']!.searchParams.get('body'), url).toBe(`${text}\n\n${pageUrl}`);
      // The copy button carries the same URL and starts hidden (it needs JavaScript).
      const copy = $('nav[data-share] [data-share-copy]').last();
      expect(copy.attr('data-share-copy')).toBe(pageUrl);
      expect(copy.closest('[hidden]').length).toBe(1);
      // A labelled navigation with a live region for the copy result.
      const nav = $('nav[data-share]');
      expect($(`#${nav.attr('aria-labelledby')}`).text()).toBe('Teilen');
      expect(nav.find('[role="status"]').length).toBe(1);
    }
  });

  it('shows the post’s social text, escaped, with a copy button, and only on that post', () => {
    const $ = page('/blog/erster-beitrag/');
    expect($('nav[data-share] blockquote').text().trim()).toBe(SOCIAL_TEXT);
    expect($('nav[data-share] blockquote b').length).toBe(0);
    expect($('nav[data-share] [data-share-copy]').first().attr('data-share-copy')).toBe(SOCIAL_TEXT);
    expect(page('/blog/dritter-beitrag/')('nav[data-share] blockquote').length).toBe(0);
  });

  it('loads nothing from the networks: no script, image, frame or style from their hosts, no counts', () => {
    for (const { page: url } of cases) {
      const $ = page(url);
      const loaded = $('script[src], img[src], iframe[src], link[href], source[srcset], image')
        .map((_, element) => $(element).attr('src') ?? $(element).attr('href') ?? $(element).attr('srcset') ?? '')
        .get();
      for (const host of SHARE_HOSTS)
        expect(
          loaded.some((value) => value.includes(host)),
          `${url} ${host}`,
        ).toBe(false);
      expect($('nav[data-share]').text()).not.toMatch(/\d+\s*(Shares|Likes|mal geteilt)/i);
      // Links to other hosts send no referrer.
      $('nav[data-share] a[href^="https:"]').each((_, link) => void expect($(link).attr('rel')).toContain('noreferrer'));
    }
  });

  it('keeps the copy script tiny', () => {
    const $ = page('/blog/erster-beitrag/');
    const scripts = $('script:not([type="application/ld+json"])')
      .map((_, element) => {
        const src = $(element).attr('src');
        return src ? readFileSync(path.join(outDir, src), 'utf8') : $(element).html();
      })
      .get()
      .filter((code: string) => code.includes('data-share'));
    expect(scripts).toHaveLength(1);
    const bytes = gzipSync(scripts[0]!, { level: 6 }).length;
    console.info(`share script: ${scripts[0]!.length} bytes, ${bytes} bytes gzip`);
    expect(bytes).toBeLessThan(600);
  });
});
