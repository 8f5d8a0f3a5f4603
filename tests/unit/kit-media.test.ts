import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { formatDateRange } from '../../src/lib/dates.ts';
import { parseDay, readEvent } from '../../src/lib/events.ts';
import { serializeJsonLd } from '../../src/lib/json-ld.ts';
import { EVENT_FRONTMATTER_KEY, kitMdastPlugins } from '../../src/lib/mdx-kit-plugins.ts';
import { eventLd } from '../../src/lib/structured-data/event.ts';

/** Compiles MDX with the kit's plugins, as @astrojs/mdx does; returns the module code and frontmatter. */
async function compile(source: string): Promise<{ code: string; frontmatter: Record<string, unknown> }> {
  const astro = {
    frontmatter: {} as Record<string, unknown>,
    headings: [],
    localImagePaths: new Set(),
    remoteImagePaths: new Set(),
  };
  const result = await mdxToJs(source, { mdastPlugins: kitMdastPlugins(), jsxImportSource: 'astro', data: { astro } as never });
  return { code: result.code, frontmatter: astro.frontmatter };
}

describe('<Bild> images through astro:assets', () => {
  it('imports a relative src once per file and passes the import, marking pictures inside a gallery', async () => {
    const { code } = await compile(
      [
        '<Bild src="./halle.jpg" alt="Halle" />',
        '',
        '<Galerie>',
        '  <Bild src="./a.jpg" alt="A" />',
        '  <Bild src="../gemeinsam/b%C3%BC.jpg" alt="B" />',
        '  <Bild src="./halle.jpg" alt="Halle noch einmal" />',
        '</Galerie>',
      ].join('\n'),
    );
    const imports = [...code.matchAll(/^import (__bild_\d+__) from "([^"]+)";$/gm)].map((match) => [match[1], match[2]]);
    expect(imports).toEqual([
      ['__bild_0__', './halle.jpg'],
      ['__bild_1__', './a.jpg'],
      ['__bild_2__', '../gemeinsam/bü.jpg'],
    ]);
    expect(code).not.toMatch(/src: "\.\//);
    const calls = [...code.matchAll(/_jsx\(Bild, \{([^}]*)\}/g)].map((match) => match[1]!.replace(/\s+/g, ' ').trim());
    expect(calls).toEqual([
      'src: __bild_0__, alt: "Halle"',
      'src: __bild_1__, alt: "A", galerie: true',
      'src: __bild_2__, alt: "B", galerie: true',
      'src: __bild_0__, alt: "Halle noch einmal", galerie: true',
    ]);
  });

  it('leaves other components, absolute and remote sources alone', async () => {
    const { code } = await compile('<Bild src="/bilder/x.jpg" alt="X" />\n\n<Video id="a" />\n\n![Alt](./md.png)\n');
    expect(code).not.toContain('__bild_');
    expect(code).toContain('src: "/bilder/x.jpg"');
  });
});

describe('<Veranstaltung> props for the page head', () => {
  it('records the first event only, as written', async () => {
    const { frontmatter } = await compile(
      'Text\n\n<Veranstaltung name="Werkstage" datum="2026-05-14" ort="Werk Iserlohn" />\n\n<Veranstaltung name="Zweite" datum="2026-06-01" />\n',
    );
    expect(frontmatter[EVENT_FRONTMATTER_KEY]).toEqual({ name: 'Werkstage', datum: '2026-05-14', ort: 'Werk Iserlohn' });
  });

  it('records nothing without one', async () => {
    expect((await compile('<Bild src="./x.jpg" alt="x" />\n')).frontmatter).toEqual({});
  });
});

describe('events', () => {
  it('reads calendar days and rejects impossible ones', () => {
    expect(parseDay('2026-05-14')?.toISOString()).toBe('2026-05-14T00:00:00.000Z');
    expect(parseDay('2026-02-30')).toBeUndefined();
    expect(parseDay('14.05.2026')).toBeUndefined();
    expect(readEvent({ name: 'X' })).toBeUndefined();
    expect(readEvent({ name: 'X', datum: '2026-05-14', bis: '2026-05-13' })?.end).toBeUndefined();
  });

  it('formats a span of days the German way', () => {
    expect(formatDateRange(new Date(Date.UTC(2026, 4, 14)), new Date(Date.UTC(2026, 4, 15)))).toBe('14.–15. Mai 2026');
    expect(formatDateRange(new Date(Date.UTC(2026, 3, 30)), new Date(Date.UTC(2026, 4, 2)))).toBe(
      '30. April\u2009–\u20092. Mai 2026',
    );
  });
});

describe('Event JSON-LD', () => {
  const base = {
    postUrl: 'https://karriere.example.de/blog/werkstage/',
    description: 'Zwei Tage offene Hallen.',
    images: ['https://karriere.example.de/og/werkstage.png'],
    organizer: { name: 'Auental Rohrtechnik GmbH', url: 'https://karriere.example.de/' },
    inLanguage: 'de-DE',
  };

  it('has name, days, place with address, url, offline attendance and the company as organiser', () => {
    const event = readEvent({
      name: 'Werkstage',
      datum: '2026-05-14',
      bis: '2026-05-15',
      ort: 'Werk Iserlohn, Lennestraße 4',
      link: 'https://www.example.de/werkstage',
    })!;
    expect(eventLd({ ...base, event })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': 'https://karriere.example.de/blog/werkstage/#event',
      name: 'Werkstage',
      description: 'Zwei Tage offene Hallen.',
      startDate: '2026-05-14',
      endDate: '2026-05-15',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Werk Iserlohn, Lennestraße 4', address: 'Werk Iserlohn, Lennestraße 4' },
      url: 'https://www.example.de/werkstage',
      image: ['https://karriere.example.de/og/werkstage.png'],
      inLanguage: 'de-DE',
      organizer: {
        '@type': 'Organization',
        '@id': 'https://karriere.example.de/#organization',
        name: 'Auental Rohrtechnik GmbH',
        url: 'https://karriere.example.de/',
      },
    });
  });

  it('ends the day it starts without bis, links the post without a link, and serialises author text safely', () => {
    const event = readEvent({ name: '</script><script>alert(1)</script>', datum: '2026-05-14', link: '/karriere/' })!;
    const data = eventLd({ ...base, event });
    expect(data).toMatchObject({ startDate: '2026-05-14', endDate: '2026-05-14', url: 'https://karriere.example.de/karriere/' });
    expect(data).not.toHaveProperty('location');
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/<\/script/i);
    expect(JSON.parse(text)).toEqual(data);
  });
});
