import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readingWords } from '../../src/lib/reading.ts';
import {
  berlinMidnight,
  berlinOffsetMinutes,
  effectiveInstant,
  formatDate,
  formatShortDate,
  isoDateTime,
  isoDay,
  readingMinutes,
} from '../../src/lib/dates.ts';
import { byDateDesc, isOpenJob, isPublished } from '../../src/lib/publishing.ts';
import { relatedBy } from '../../src/lib/related.ts';
import { featuredPeople, relatedPosts, type Post as SitePost, type SiteModel } from '../../src/data/model.ts';
import { slugify } from '../../src/lib/slug.ts';
import { decodeEntities } from '../../src/lib/entities.ts';
import { formatSalaryRange } from '../../src/lib/money.ts';
import { absoluteUrl, paths, youtubeWatchUrl } from '../../src/lib/urls.ts';
import { ID_PATTERN, parseContentDate } from '../../src/schemas/common.ts';
import { readBuildEnv } from '../../src/lib/build-env.ts';
import { astroBuildEnv } from '../../scripts/lib/astro-env.ts';

/**
 * Pure helpers. Dates are always shown in Europe/Berlin; the process time zone can't be
 * switched reliably in-process, so the cases use date-only values (stored as UTC
 * midnight) and instants around Berlin's midnight and DST switches instead.
 */

/** A content date as the schema produces it. */
const day = (text: string): Date => {
  const parsed = parseContentDate(text);
  if (!parsed) throw new Error(`not a content date: ${text}`);
  return parsed;
};
const instant = (iso: string) => new Date(iso);

describe('formatDate', () => {
  it('formats a date-only value as its calendar day', () => {
    expect(formatDate(day('2026-03-02'))).toBe('2. März 2026');
    expect(formatDate(day('2026-12-31'))).toBe('31. Dezember 2026');
    expect(formatDate(day('2027-01-01'))).toBe('1. Januar 2027');
  });

  it('keeps the calendar day of date-only values on DST switch days', () => {
    expect(formatDate(day('2026-03-29'))).toBe('29. März 2026');
    expect(formatDate(day('2026-10-25'))).toBe('25. Oktober 2026');
  });

  it('formats instants in Berlin time, around midnight and the DST switch', () => {
    // 00:30 UTC on the spring-forward day is 01:30 CET in Berlin.
    expect(formatDate(instant('2026-03-29T00:30:00Z'))).toBe('29. März 2026');
    // 23:30 UTC the evening before is already 00:30 on the 29th in Berlin.
    expect(formatDate(instant('2026-03-28T23:30:00Z'))).toBe('29. März 2026');
    // 22:30 UTC after the switch is 00:30 CEST on the 30th.
    expect(formatDate(instant('2026-03-29T22:30:00Z'))).toBe('30. März 2026');
    // New Year in Berlin starts at 23:00 UTC.
    expect(formatDate(instant('2026-12-31T23:30:00Z'))).toBe('1. Januar 2027');
    expect(formatDate(instant('2026-12-31T22:30:00Z'))).toBe('31. Dezember 2026');
  });

  it('formats the instant a date-time with offset names', () => {
    expect(formatDate(day('2026-03-02T09:30:00+01:00'))).toBe('2. März 2026');
    expect(formatDate(day('2026-03-02T23:30:00-05:00'))).toBe('3. März 2026');
  });
});

describe('formatShortDate and isoDay', () => {
  it('give the Berlin calendar day', () => {
    expect(formatShortDate(day('2026-03-02'))).toBe('02.03.2026');
    expect(formatShortDate(instant('2026-03-28T23:30:00Z'))).toBe('29.03.2026');
    expect(isoDay(day('2026-03-02'))).toBe('2026-03-02');
    expect(isoDay(day('2026-10-25'))).toBe('2026-10-25');
    expect(isoDay(instant('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(isoDay(instant('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
});

describe('isoDateTime', () => {
  it('gives +01:00 in winter and +02:00 in summer for date-only values', () => {
    expect(isoDateTime(day('2026-01-15'))).toBe('2026-01-15T00:00:00+01:00');
    expect(isoDateTime(day('2026-07-15'))).toBe('2026-07-15T00:00:00+02:00');
  });

  it('gives Berlin local time with the offset of that instant', () => {
    expect(isoDateTime(day('2026-03-02T09:30:00+01:00'))).toBe('2026-03-02T09:30:00+01:00');
    expect(isoDateTime(instant('2026-07-01T07:30:00Z'))).toBe('2026-07-01T09:30:00+02:00');
    expect(isoDateTime(instant('2026-03-29T00:30:00Z'))).toBe('2026-03-29T01:30:00+01:00');
    expect(isoDateTime(instant('2026-03-29T01:30:00Z'))).toBe('2026-03-29T03:30:00+02:00');
  });

  it('uses the offset in force at midnight on DST switch days', () => {
    expect(isoDateTime(day('2026-03-29'))).toBe('2026-03-29T00:00:00+01:00');
    expect(isoDateTime(day('2026-10-25'))).toBe('2026-10-25T00:00:00+02:00');
  });

  it('keeps the time of a date-time that does not fall on UTC midnight', () => {
    expect(isoDateTime(day('2026-03-02T01:30:00+01:00'))).toBe('2026-03-02T01:30:00+01:00');
  });

  it('reads a time exactly at UTC midnight as a calendar day (documented limit of the YAML dates)', () => {
    // Astro's YAML parser turns `2026-03-02` into UTC midnight; a written time at that
    // instant cannot be told apart, so it is shown as the day (see isDateOnly).
    expect(isoDateTime(day('2026-03-02T01:00:00+01:00'))).toBe('2026-03-02T00:00:00+01:00');
  });
});

describe('Berlin offsets', () => {
  it('berlinOffsetMinutes switches at 01:00 UTC', () => {
    expect(berlinOffsetMinutes(instant('2026-03-29T00:59:00Z'))).toBe(60);
    expect(berlinOffsetMinutes(instant('2026-03-29T01:00:00Z'))).toBe(120);
    expect(berlinOffsetMinutes(instant('2026-10-25T00:59:00Z'))).toBe(120);
    expect(berlinOffsetMinutes(instant('2026-10-25T01:00:00Z'))).toBe(60);
  });

  it('berlinMidnight is the instant the Berlin day begins', () => {
    expect(berlinMidnight(day('2026-01-15')).toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(berlinMidnight(day('2026-07-15')).toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(berlinMidnight(day('2026-03-29')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(berlinMidnight(day('2026-03-30')).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(berlinMidnight(day('2026-10-25')).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(berlinMidnight(day('2026-10-26')).toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('effectiveInstant moves only date-only values', () => {
    expect(effectiveInstant(day('2026-03-02')).toISOString()).toBe('2026-03-01T23:00:00.000Z');
    expect(effectiveInstant(day('2026-03-02T09:30:00+01:00')).toISOString()).toBe('2026-03-02T08:30:00.000Z');
  });
});

describe('readingMinutes', () => {
  const words = (count: number) => Array.from({ length: count }, (_, index) => `Wort${index}`).join(' ');

  it('is at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('Kurz.')).toBe(1);
  });

  it('counts 200 words a minute, rounded', () => {
    expect(readingMinutes(words(400))).toBe(2);
    expect(readingMinutes(words(499))).toBe(2);
    expect(readingMinutes(words(500))).toBe(3);
    expect(readingMinutes(words(1000))).toBe(5);
  });

  it('ignores import lines, tags and punctuation-only tokens', () => {
    const imports = Array.from({ length: 300 }, (_, index) => `import Teil${index} from './teil-${index}.astro';`).join('\n');
    const tags = Array.from({ length: 300 }, () => '<Video id="werksrundgang" alt="Ein Rundgang durch das Werk" />').join('\n');
    const dashes = Array.from({ length: 300 }, () => '— –').join(' ');
    expect(readingMinutes(`${imports}\n${tags}\n${dashes}\n${words(400)}`)).toBe(2);
  });

  it('counts umlauts and digits as words', () => {
    expect(readingMinutes(Array.from({ length: 600 }, () => 'Größe 42').join(' '))).toBe(6);
  });
});

describe('isPublished', () => {
  const live = { now: instant('2026-06-15T10:00:00Z'), preview: false };
  const preview = { ...live, preview: true };

  it('shows a past, non-draft post', () => {
    expect(isPublished({ date: day('2026-03-02') }, live)).toBe(true);
    expect(isPublished({ date: day('2026-03-02'), draft: false }, live)).toBe(true);
  });

  it('hides drafts unless in preview', () => {
    expect(isPublished({ date: day('2026-03-02'), draft: true }, live)).toBe(false);
    expect(isPublished({ date: day('2026-03-02'), draft: true }, preview)).toBe(true);
  });

  it('hides future posts unless in preview', () => {
    expect(isPublished({ date: day('2030-01-01') }, live)).toBe(false);
    expect(isPublished({ date: day('2030-01-01') }, preview)).toBe(true);
  });

  it('publishes a date-only post from Berlin midnight of its day (winter)', () => {
    const post = { date: day('2026-03-02') };
    // Berlin midnight of 2 March is 23:00 UTC on 1 March.
    expect(isPublished(post, { now: instant('2026-03-01T22:59:59Z'), preview: false })).toBe(false);
    expect(isPublished(post, { now: instant('2026-03-01T23:00:00Z'), preview: false })).toBe(true);
    expect(isPublished(post, { now: instant('2026-03-01T23:30:00Z'), preview: false })).toBe(true);
  });

  it('publishes a date-only post from Berlin midnight of its day (summer)', () => {
    const post = { date: day('2026-07-01') };
    expect(isPublished(post, { now: instant('2026-06-30T21:59:59Z'), preview: false })).toBe(false);
    expect(isPublished(post, { now: instant('2026-06-30T22:00:00Z'), preview: false })).toBe(true);
  });

  it('publishes a post with a time at that instant', () => {
    const post = { date: day('2026-03-02T09:30:00+01:00') };
    expect(isPublished(post, { now: instant('2026-03-02T08:29:59Z'), preview: false })).toBe(false);
    expect(isPublished(post, { now: instant('2026-03-02T08:30:00Z'), preview: false })).toBe(true);
  });

  it('does not publish a post scheduled for 02:30 CEST before its time', () => {
    const post = { date: day('2026-07-01T02:30:00+02:00') };
    expect(isPublished(post, { now: instant('2026-07-01T00:29:00Z'), preview: false })).toBe(false);
    expect(isPublished(post, { now: instant('2026-07-01T00:30:00Z'), preview: false })).toBe(true);
  });
});

describe('isOpenJob', () => {
  const job = { datePosted: day('2026-06-01'), validThrough: day('2026-06-30') };
  const at = (iso: string, preview = false) => ({ now: instant(iso), preview });

  it('is open through the whole validThrough day in Berlin', () => {
    expect(isOpenJob(job, at('2026-06-29T22:00:00Z'))).toBe(true); // 00:00 on the 30th
    expect(isOpenJob(job, at('2026-06-30T12:00:00Z'))).toBe(true);
    expect(isOpenJob(job, at('2026-06-30T21:59:59Z'))).toBe(true); // 23:59:59 on the 30th
  });

  it('is closed from Berlin midnight of the day after', () => {
    expect(isOpenJob(job, at('2026-06-30T22:00:00Z'))).toBe(false); // 00:00 on 1 July
    expect(isOpenJob(job, at('2026-06-30T23:30:00Z'))).toBe(false); // still the 30th in UTC
    expect(isOpenJob(job, at('2026-07-01T12:00:00Z'))).toBe(false);
  });

  it('is not open before it is posted, except in preview', () => {
    expect(isOpenJob(job, at('2026-05-31T21:59:59Z'))).toBe(false);
    expect(isOpenJob(job, at('2026-05-31T22:00:00Z'))).toBe(true);
    expect(isOpenJob(job, at('2026-05-15T12:00:00Z', true))).toBe(true);
  });

  it('hides drafts unless in preview', () => {
    expect(isOpenJob({ ...job, draft: true }, at('2026-06-15T12:00:00Z'))).toBe(false);
    expect(isOpenJob({ ...job, draft: true }, at('2026-06-15T12:00:00Z', true))).toBe(true);
  });

  it('is closed after validThrough even in preview', () => {
    expect(isOpenJob(job, at('2026-07-02T12:00:00Z', true))).toBe(false);
  });

  it('closes at the end of a 23-hour day (spring forward, validThrough 2026-03-29)', () => {
    const spring = { datePosted: day('2026-03-01'), validThrough: day('2026-03-29') };
    expect(isOpenJob(spring, at('2026-03-29T21:59:59Z'))).toBe(true); // 23:59:59 CEST on the 29th
    expect(isOpenJob(spring, at('2026-03-29T22:30:00Z'))).toBe(false); // 00:30 CEST on the 30th
  });

  it('stays open until the end of a 25-hour day (fall back, validThrough 2026-10-25)', () => {
    const autumn = { datePosted: day('2026-10-01'), validThrough: day('2026-10-25') };
    expect(isOpenJob(autumn, at('2026-10-25T22:30:00Z'))).toBe(true); // 23:30 CET on the 25th
    expect(isOpenJob(autumn, at('2026-10-25T23:00:00Z'))).toBe(false); // 00:00 CET on the 26th
  });
});

describe('byDateDesc', () => {
  it('sorts newest first, then by id', () => {
    const entries = [
      { id: 'b', date: day('2026-03-02') },
      { id: 'c', date: day('2026-05-01') },
      { id: 'a', date: day('2026-03-02') },
    ];
    expect([...entries].sort(byDateDesc).map((entry) => entry.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('relatedBy', () => {
  type Post = { id: string; date: Date; tags: string[]; department?: string | undefined };
  const post = (id: string, date: string, tags: string[], department?: string): Post => ({
    id,
    date: day(date),
    tags,
    department,
  });

  const current = post('aktuell', '2026-05-01', ['ausbildung', 'produktion'], 'produktion');
  const both = post('beide-tags', '2026-01-01', ['produktion', 'ausbildung']);
  const oneTagSameDepartment = post('ein-tag-abteilung', '2026-02-01', ['ausbildung'], 'produktion');
  const oneTag = post('ein-tag', '2026-04-01', ['produktion'], 'personal');
  const departmentOnly = post('nur-abteilung', '2026-04-20', ['feier'], 'produktion');
  const unrelated = post('fremd', '2026-04-30', ['feier'], 'personal');

  it('ranks by shared tags, then department, and leaves out unrelated posts', () => {
    const result = relatedBy(current, [unrelated, departmentOnly, oneTag, oneTagSameDepartment, both], 10);
    expect(result.map((entry) => entry.id)).toEqual(['beide-tags', 'ein-tag-abteilung', 'ein-tag', 'nur-abteilung']);
  });

  it('excludes the post itself', () => {
    const result = relatedBy(current, [current, both]);
    expect(result.map((entry) => entry.id)).toEqual(['beide-tags']);
  });

  it('returns three by default', () => {
    expect(relatedBy(current, [unrelated, departmentOnly, oneTag, oneTagSameDepartment, both])).toHaveLength(3);
  });

  it('orders equal scores newest first, then by id, whatever the input order', () => {
    const older = post('c-aelter', '2026-01-01', ['ausbildung']);
    const newerB = post('b-neu', '2026-03-01', ['ausbildung']);
    const newerA = post('a-neu', '2026-03-01', ['ausbildung']);
    const expected = ['a-neu', 'b-neu', 'c-aelter'];
    expect(relatedBy(current, [older, newerB, newerA]).map((entry) => entry.id)).toEqual(expected);
    expect(relatedBy(current, [newerA, older, newerB]).map((entry) => entry.id)).toEqual(expected);
    expect(relatedBy(current, [newerB, newerA, older]).map((entry) => entry.id)).toEqual(expected);
  });

  it('does not match posts without a department on that alone', () => {
    const loose = post('ohne', '2026-04-01', ['ausbildung']);
    expect(relatedBy(loose, [post('auch-ohne', '2026-04-02', ['feier'])])).toEqual([]);
  });

  it('picks what a full sort of every candidate would pick, for any limit', () => {
    // A seeded generator: the same 400 posts in every run, with many equal scores and dates.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pool = ['ausbildung', 'produktion', 'feier', 'it', 'logistik', 'sport'];
    const many = Array.from({ length: 400 }, (_, index) =>
      post(
        `beitrag-${next(1000)}-${index}`,
        `2026-0${1 + next(5)}-1${next(3)}`,
        pool.filter(() => next(3) === 0),
        next(2) === 0 ? 'produktion' : 'personal',
      ),
    );
    const tags = new Set(current.tags);
    const score = (entry: Post) =>
      entry.tags.filter((tag) => tags.has(tag)).length * 2 + (entry.department === current.department ? 1 : 0);
    const sorted = many
      .filter((entry) => score(entry) > 0)
      .sort((a, b) => score(b) - score(a) || b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
    for (const limit of [1, 3, 10, 500]) {
      expect(relatedBy(current, many, limit).map((entry) => entry.id)).toEqual(sorted.slice(0, limit).map((entry) => entry.id));
    }
    expect(relatedBy(current, many, 0)).toEqual([]);
  });

  it("gives a site's post pages what ranking every post would give", () => {
    // relatedPosts looks only at posts that share a tag or the department; a seeded site.
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n); // the high bits: the low ones of this generator repeat
    };
    const pool = ['ausbildung', 'produktion', 'feier', 'it', 'logistik', 'sport', 'azubis'];
    const departments = ['produktion', 'personal', 'it', undefined];
    const posts = Array.from({ length: 300 }, (_, index) => ({
      id: `beitrag-${index}`,
      date: day(`2026-0${1 + next(9)}-1${next(9)}`),
      tags: pool.filter(() => next(4) === 0).map((id) => ({ id })),
      department: ((id) => (id ? { id } : undefined))(departments[next(4)]),
    }));
    const model = { posts } as unknown as SiteModel;
    const asRanked = (entry: (typeof posts)[number]) => ({
      id: entry.id,
      date: entry.date,
      tags: entry.tags.map((tag) => tag.id),
      department: entry.department?.id,
    });
    // The seed makes posts without tags (ranked by department alone) and posts of no department.
    expect(posts.filter((entry) => entry.tags.length === 0).length).toBeGreaterThan(10);
    expect(posts.filter((entry) => entry.department === undefined).length).toBeGreaterThan(10);
    for (const entry of posts) {
      for (const limit of [1, 3, 20]) {
        const expected = relatedBy(asRanked(entry), posts.map(asRanked), limit).map((ranked) => ranked.id);
        const found = relatedPosts(model, entry as unknown as SitePost, limit).map((related) => related.id);
        expect(found).toEqual(expected);
      }
    }
  });

  it('does not modify its input', () => {
    const candidates = [unrelated, both, oneTag];
    relatedBy(current, candidates);
    expect(candidates.map((entry) => entry.id)).toEqual(['fremd', 'beide-tags', 'ein-tag']);
  });
});

describe('slugify', () => {
  it.each([
    ['Größe über Äpfel', 'groesse-ueber-aepfel'],
    ['Straße', 'strasse'],
    ['GROẞE PAUSE', 'grosse-pause'],
    ['Café Crème', 'cafe-creme'],
    ['  --Hallo,  Welt!--  ', 'hallo-welt'],
    ['Top 10 Tipps 2026', 'top-10-tipps-2026'],
    ['Neuer-Beitrag', 'neuer-beitrag'],
    ['anna_berger', 'anna-berger'],
  ])('turns %j into %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
    expect(expected).toMatch(ID_PATTERN);
  });

  it('falls back when nothing is left', () => {
    expect(slugify('')).toBe('eintrag');
    expect(slugify('!!! ???')).toBe('eintrag');
    expect(slugify('—', 'beitrag')).toBe('beitrag');
  });
});

describe('formatSalaryRange', () => {
  /** Intl puts a non-breaking space between amount and symbol; compare with plain spaces. */
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

  it('formats a euro range in German', () => {
    const text = formatSalaryRange({ min: 42000, max: 52000, currency: 'EUR' });
    expect(text).toContain('42.000');
    expect(text).toContain('52.000');
    expect(text).toContain('€');
    expect(plain(text)).toBe('42.000 € – 52.000 €');
  });

  it('keeps amount and symbol together with a non-breaking space', () => {
    expect(formatSalaryRange({ min: 42000, max: 52000, currency: 'EUR' })).toMatch(/^42\.000[\u00a0\u202f]€/);
  });

  it('shows a single amount when min equals max, without decimals', () => {
    expect(plain(formatSalaryRange({ min: 3000, max: 3000, currency: 'EUR' }))).toBe('3.000 €');
  });

  it('does not round away the cents of an hourly wage (schema allows unit: hour)', () => {
    // 13,90 € is the German minimum wage in 2026; showing "14 €" misstates the pay.
    expect(plain(formatSalaryRange({ min: 13.9, max: 15.5, currency: 'EUR' }))).toBe('13,90 € – 15,50 €');
  });

  it('uses the given currency', () => {
    expect(formatSalaryRange({ min: 60000, max: 70000, currency: 'CHF' })).toContain('CHF');
  });
});

describe('urls', () => {
  it('builds German paths with trailing slashes', () => {
    expect(paths.blog()).toBe('/blog/');
    expect(paths.blog(1)).toBe('/blog/');
    expect(paths.blog(2)).toBe('/blog/2/');
    expect(paths.post('erster-beitrag')).toBe('/blog/erster-beitrag/');
    expect(paths.topic('ausbildung')).toBe('/themen/ausbildung/');
    expect(paths.person('anna-berger')).toBe('/menschen/anna-berger/');
    expect(paths.job('industriemechaniker')).toBe('/karriere/industriemechaniker/');
    expect(paths.department('produktion')).toBe('/karriere/bereiche/produktion/');
  });

  it('makes absolute URLs and YouTube links', () => {
    expect(absoluteUrl(paths.post('x'), 'https://karriere.example.de')).toBe('https://karriere.example.de/blog/x/');
    expect(youtubeWatchUrl('dQw4w9WgXcQ')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  });

  it('decodes character references once, and leaves unknown ones alone', () => {
    expect(decodeEntities('Fr&#228;ulein &#x15E;ahin &amp; &quot;Co&quot; &lt;b&gt; &apos;x&apos;')).toBe(
      'Fräulein Şahin & "Co" <b> \'x\'',
    );
    // Decoded once: the text of `&amp;lt;` is `&lt;`, and `&#38;lt;` too.
    expect(decodeEntities('&amp;lt; &#38;lt;')).toBe('&lt; &lt;');
    expect(decodeEntities('&nbsp; &#x110000; & 1 &;')).toBe('&nbsp; &#x110000; & 1 &;');
  });
});

describe('readingWords', () => {
  it('counts the text inside kit components and their visible props, not tags, alt texts or ids', () => {
    const body = [
      'import X from "./x";',
      'Zwei Wörter.',
      '<Schritte>',
      '<Schritt titel="Bewerbung schicken">Ein Lebenslauf genügt.</Schritt>',
      '</Schritte>',
      '<Bild src="./halle.jpg" alt="nicht gezählt weil unsichtbar" unterschrift="In der Halle" personen="deniz-sahin" />',
      '<Zitat von="deniz-sahin">Gut so.</Zitat>',
      '{/* ein Kommentar */}',
    ].join('\n');
    // Zwei Wörter (2) + Bewerbung schicken (2) + Ein Lebenslauf genügt (3) + In der Halle (3) + Gut so (2)
    expect(readingWords(body)).toBe(12);
  });
});

describe('featuredPeople', () => {
  const person = (id: string) => ({ id });
  const [anna, ben, cem, dora, emil] = ['anna', 'ben', 'cem', 'dora', 'emil'].map(person);
  // Posts newest first, as the model keeps them; people in the people list's order.
  const model = {
    posts: [{ authors: [dora] }, { authors: [ben, dora] }, { authors: [] }, { authors: [emil] }],
    people: [anna, ben, cem, dora, emil],
  } as unknown as SiteModel;
  const ids = (limit: number) => featuredPeople(model, limit).map((entry) => entry.id);

  it('shows the authors of the newest posts first, each once, then the others in list order', () => {
    expect(ids(3)).toEqual(['dora', 'ben', 'emil']);
    expect(ids(5)).toEqual(['dora', 'ben', 'emil', 'anna', 'cem']);
  });

  it('shows at most the limit, and everyone when there are fewer', () => {
    expect(ids(2)).toEqual(['dora', 'ben']);
    expect(ids(10)).toHaveLength(5);
    expect(ids(0)).toEqual([]);
  });
});

describe('readBuildEnv', () => {
  const root = '/srv/site';

  it('keeps the caches in node_modules/.astro, one folder per content folder', () => {
    const demo = readBuildEnv(root, {});
    const other = readBuildEnv(root, { EINBLICK_CONTENT: 'other' });
    expect(path.dirname(demo.cacheDir)).toBe('/srv/site/node_modules/.astro');
    expect(path.dirname(other.cacheDir)).toBe('/srv/site/node_modules/.astro');
    expect(demo.cacheDir).not.toBe(other.cacheDir);
  });

  it('moves them where EINBLICK_CACHE says, relative to the root, with the same per-content folder', () => {
    const moved = readBuildEnv(root, { EINBLICK_CACHE: '.cache/einblick' });
    expect(path.dirname(moved.cacheDir)).toBe('/srv/site/.cache/einblick');
    expect(path.basename(moved.cacheDir)).toBe(path.basename(readBuildEnv(root, {}).cacheDir));
    expect(path.dirname(readBuildEnv(root, { EINBLICK_CACHE: '/var/cache/x' }).cacheDir)).toBe('/var/cache/x');
  });
});

describe('astroBuildEnv', () => {
  it('sends the build to the staging folder in the chosen language, with two malloc arenas and no telemetry', () => {
    const env = astroBuildEnv({ PATH: '/bin', EINBLICK_OUT: 'dist' }, '/srv/site/dist.next', 'en');
    expect(env).toEqual({
      PATH: '/bin',
      EINBLICK_OUT: '/srv/site/dist.next',
      EINBLICK_LANG: 'en',
      MALLOC_ARENA_MAX: '2',
      ASTRO_TELEMETRY_DISABLED: '1',
    });
  });

  it("keeps the operator's own MALLOC_ARENA_MAX", () => {
    expect(astroBuildEnv({ MALLOC_ARENA_MAX: '8' }, 'out', 'de')['MALLOC_ARENA_MAX']).toBe('8');
  });
});
