import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/index.ts';
import { jobGuid, localizedGuid, postGuid, videoGuid } from '../../src/lib/feeds/guid.ts';
import { feedLinksFor } from '../../src/lib/feeds/links.ts';
import { videoObject } from '../../src/lib/structured-data/video.ts';
import { webPage } from '../../src/lib/structured-data/web-page.ts';

const BASE = 'https://karriere.example.de';
const DAY = new Date('2026-03-02T00:00:00Z');

describe('feed ids of translations', () => {
  it('derive a name-based UUID from a post’s UUID (RFC 9562 test vector: python.org in the DNS namespace)', () => {
    expect(localizedGuid('urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe(
      'urn:uuid:886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
    const german = postGuid({ id: 'x', date: DAY, guid: '3f2b8c1e-9a4d-4e7b-8c21-5d6e7f8a9b0c' }, BASE);
    const english = localizedGuid(german, 'en');
    expect(english).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(english).not.toBe(german);
    // Stable: the same original id always gives the same English id, whatever else changes.
    expect(
      localizedGuid(
        postGuid({ id: 'umbenannt', date: new Date('2026-05-01'), guid: '3f2b8c1e-9a4d-4e7b-8c21-5d6e7f8a9b0c' }, BASE),
        'en',
      ),
    ).toBe(english);
  });

  it('put the language into a tag URI the way addresses do', () => {
    expect(localizedGuid(postGuid({ id: 'erster-beitrag', date: DAY }, BASE), 'en')).toBe(
      'tag:karriere.example.de,2026-03-02:/en/blog/erster-beitrag/',
    );
    expect(localizedGuid(postGuid({ id: 'x', date: DAY, guid: 'abcdef12' }, BASE), 'en')).toBe(
      'tag:karriere.example.de,2026-03-02:en/post/abcdef12',
    );
    expect(localizedGuid(videoGuid({ id: 'rundgang', date: DAY }, BASE), 'en')).toBe(
      'tag:karriere.example.de,2026-03-02:/en/videos/rundgang/',
    );
    expect(localizedGuid(jobGuid({ id: 'x', datePosted: DAY, personioId: '123' }, BASE), 'en')).toBe(
      'tag:karriere.example.de,2026-03-02:en/personio/123',
    );
  });

  it('refuse an id of another form rather than reuse it', () => {
    expect(() => localizedGuid('https://example.de/blog/x/', 'en')).toThrow(/urn:uuid: or tag:/);
  });
});

describe('the language of structured data', () => {
  it('is on every page’s WebPage, part of the site, as a BCP 47 tag', () => {
    expect(
      webPage({
        url: `${BASE}/en/impressum/`,
        name: 'Legal notice',
        description: 'Who runs the site.',
        inLanguage: LOCALES.en,
        baseUrl: BASE,
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      '@id': `${BASE}/en/impressum/`,
      url: `${BASE}/en/impressum/`,
      name: 'Legal notice',
      description: 'Who runs the site.',
      inLanguage: 'en-GB',
      isPartOf: { '@id': `${BASE}/#website` },
    });
  });

  it('defaults to German with its region on a video, like every other object', () => {
    const input = {
      name: 'Rundgang',
      description: 'Durchs Werk.',
      pageUrl: `${BASE}/videos/rundgang/`,
      thumbnailUrls: [`${BASE}/poster.jpg`],
      uploadDate: DAY,
      durationSeconds: 60,
      publisher: { name: 'Beispiel GmbH', url: `${BASE}/` },
    };
    expect(videoObject(input)['inLanguage']).toBe('de-DE');
    expect(videoObject({ ...input, inLanguage: LOCALES.en })['inLanguage']).toBe('en-GB');
  });
});

describe('feed links of English pages', () => {
  const site = {
    base: BASE,
    name: 'Beispiel',
    tags: [{ id: 'ausbildung', label: 'Ausbildung' }],
    departments: [{ id: 'it', name: 'IT' }],
    locations: [{ id: 'hemer', name: 'Hemer' }],
  };

  it('announce the English feeds, titled in English, the section’s first', () => {
    const links = feedLinksFor('/en/karriere/bereiche/it/', site);
    expect(links.map((link) => [link.href, link.type])).toEqual([
      [`${BASE}/en/karriere/bereiche/it/feed.xml`, 'application/rss+xml'],
      [`${BASE}/en/karriere/bereiche/it/stellen.xml`, 'application/rss+xml'],
      [`${BASE}/en/karriere/bereiche/it/stellen.json`, 'application/feed+json'],
      [`${BASE}/en/karriere/feed.xml`, 'application/rss+xml'],
      [`${BASE}/en/blog/feed.xml`, 'application/rss+xml'],
      [`${BASE}/en/blog/feed.json`, 'application/feed+json'],
    ]);
    expect(links.map((link) => link.title)).toEqual([
      'Beispiel: IT department (RSS)',
      'Beispiel: positions in IT (RSS)',
      'Beispiel: positions in IT (JSON Feed)',
      'Beispiel: Open positions (RSS)',
      'Beispiel: Blog (RSS)',
      'Beispiel: Blog (JSON Feed)',
    ]);
    expect(feedLinksFor('/en/videos/rundgang/', site)[0]?.href).toBe(`${BASE}/en/videos/feed.xml`);
    expect(feedLinksFor('/en/karriere/auswahl/standort/hemer/', site)[0]?.href).toBe(
      `${BASE}/en/karriere/standorte/hemer/stellen.xml`,
    );
    expect(feedLinksFor('/en/impressum/', site).map((link) => link.href)).toEqual([
      `${BASE}/en/blog/feed.xml`,
      `${BASE}/en/blog/feed.json`,
    ]);
  });

  it('leave German pages with the German feeds', () => {
    expect(feedLinksFor('/karriere/bereiche/it/', site).map((link) => link.href)[0]).toBe(
      `${BASE}/karriere/bereiche/it/feed.xml`,
    );
    expect(feedLinksFor('/impressum/', site)[0]?.title).toBe('Beispiel: Blog (RSS)');
  });
});
