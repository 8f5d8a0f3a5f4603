import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { SEARCH_FILTER, SEARCH_TYPES } from '../../src/lib/search.ts';
import { demoSite } from '../helpers/demo.ts';
import { readPages } from '../helpers/site.ts';

/**
 * What the demo build's Pagefind index holds, read from its fragments (one gzip file per
 * indexed page: `pagefind_dcd` and the page's JSON): every page of a search type and
 * nothing else, each with its own content only. Furniture (the YouTube consent notice,
 * "Das könnte Sie auch interessieren" and its cards, "Mehr Videos aus dem Bereich",
 * breadcrumbs, the apply box) must never be a page's searchable text.
 */
interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[] | undefined>;
  meta: Record<string, string | undefined>;
}

const FRAGMENT_HEADER = 'pagefind_dcd';

let fragments: Fragment[];
let pages: Map<string, CheerioAPI>;

beforeAll(() => {
  const site = demoSite();
  const folder = path.join(site, 'pagefind', 'fragment');
  fragments = readdirSync(folder).map((file) => {
    const text = gunzipSync(readFileSync(path.join(folder, file))).toString('utf8');
    if (!text.startsWith(FRAGMENT_HEADER)) throw new Error(`${file} is no Pagefind fragment`);
    return JSON.parse(text.slice(FRAGMENT_HEADER.length)) as Fragment;
  });
  pages = readPages(site);
}, 900_000);

/** The fragment of a page, failing readably when the page is not indexed. */
const fragmentOf = (url: string): Fragment => {
  const fragment = fragments.find((entry) => entry.url === url);
  if (!fragment) throw new Error(`${url} is not in the search index`);
  return fragment;
};

/** Text as Pagefind's content has it: whitespace runs as one space. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('search index of the demo build', () => {
  it('holds every page of a search type once, with its type, and no other page', () => {
    const typed = [...pages]
      .map(([url, $]) => ({ url, type: $('main').attr('data-pagefind-filter')?.replace(`${SEARCH_FILTER}:`, '') }))
      .filter((page) => page.type !== undefined);
    expect(fragments.map((fragment) => fragment.url).sort()).toEqual(typed.map((page) => page.url).sort());
    for (const page of typed) expect(fragmentOf(page.url).filters[SEARCH_FILTER], page.url).toEqual([page.type]);
    // Every type has pages in the demo, so every filter can be tried there.
    for (const type of SEARCH_TYPES)
      expect(
        typed.some((page) => page.type === type),
        type,
      ).toBe(true);
  });

  it('never holds the YouTube consent notice, on video pages or in posts that embed a video', () => {
    const notice = squash(t('video.player.notice', { provider: t('videoProvider.name'), company: t('videoProvider.company') }));
    const withPlayer = [...pages].filter(([, $]) => $('main [data-video-notice]').length > 0).map(([url]) => url);
    expect(withPlayer.length).toBeGreaterThan(8);
    const leaks = fragments.filter((fragment) =>
      [notice, t('video.player.privacyLink'), t('video.player.load')].some((text) => fragment.content.includes(text)),
    );
    expect(leaks.map((fragment) => fragment.url)).toEqual([]);
  });

  it('never holds a related list: its heading or the titles of its posts (unless the text names them)', () => {
    const related = [...pages].filter(([, $]) => $('#post-related').length > 0);
    expect(related.length).toBeGreaterThan(10);
    for (const [url, $] of related) {
      const fragment = fragmentOf(url);
      expect(fragment.content, url).not.toContain(t('post.related'));
      const own = squash($('[data-pagefind-body]').text());
      const titles = $('#post-related')
        .closest('section')
        .find('h3')
        .map((_, heading) => squash($(heading).text()))
        .get()
        .filter((title) => !own.includes(title));
      expect(titles.length, url).toBeGreaterThan(0);
      for (const title of titles) expect(fragment.content, `${url}: ${title}`).not.toContain(title);
    }
  });

  it('holds no other furniture: "more from" links, breadcrumbs, the apply box, the video people', () => {
    const furniture = [
      t('video.moreFromDepartment', { department: '' }).trim(),
      t('site.home'),
      t('job.applyHeading'),
      t('video.transcript'),
      t('video.people'),
    ];
    for (const fragment of fragments) {
      for (const text of furniture) expect(fragment.content, `${fragment.url}: ${text}`).not.toContain(text);
    }
  });

  it('keeps what a candidate searches: title and text of a post, a job with its facts, a person with role', () => {
    const job = fragmentOf('/karriere/qualitaetspruefer-teilzeit-iserlohn/');
    expect(job.content).toMatch(/^Qualitätsprüfer \(m\/w\/d\) in Teilzeit\./);
    expect(job.content).toContain('Iserlohn (Hauptsitz)');
    // Department, employment type and remote work as words of their own; no address.
    expect(job.content).toContain('Qualitätssicherung. Teilzeit. vor Ort.');
    expect(job.content).not.toMatch(/\b\d{5} Iserlohn/);
    expect(job.meta).toMatchObject({ location: 'Iserlohn (Hauptsitz)', employment: 'Teilzeit' });
    const person = fragmentOf('/menschen/thu-trang-nguyen/');
    expect(person.meta).toMatchObject({ title: 'Thu Trang Nguyễn', role: 'Werkstoffprüferin' });
    expect(person.content).toContain('Werkstoffprüferin');
    const post = fragmentOf('/blog/neues-hochregallager-in-hemer/');
    expect(post.meta['title']).toBe('Zwölf Meter hoch, 2.400 Plätze: Unser neues Lager in Hemer');
    expect(post.content).toContain('Hochregallager');
  });
});
