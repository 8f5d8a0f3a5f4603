import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
  departmentSchema,
  jobSchema,
  locationSchema,
  parseDuration,
  personSchema,
  postSchema,
  siteSchema,
  teamSchema,
  videoSchema,
} from '../../src/schemas/index.ts';
import { parseContentDate, ruleOf } from '../../src/schemas/common.ts';

/**
 * Every schema rule has a passing and a failing case. Failing cases assert the issue's
 * path and, for the project's own rules, the rule code in the message (`[code] …`).
 */

/** The check and tests pass a stub for Astro's `image()` helper. */
const image = () => z.string();

type Data = Record<string, unknown>;

// ---------------------------------------------------------------- builders

const validPost = (overrides: Data = {}): Data => ({
  title: 'Vom Azubi zum Schichtleiter',
  description: 'Anna erzählt, wie aus der Ausbildung eine Führungsaufgabe wurde.',
  date: '2026-03-02',
  authors: ['anna-berger'],
  kind: 'interview',
  tags: ['ausbildung'],
  cover: { src: './cover.png', alt: 'Besucher in der Werkshalle' },
  review: { proofreadBy: 'jonas-keller', privacyClearedOn: '2026-02-27' },
  ...overrides,
});

const validPerson = (overrides: Data = {}): Data => ({
  name: 'Anna Berger',
  role: 'Verfahrensmechanikerin',
  department: 'produktion',
  photo: { src: './anna-berger.png', alt: 'Porträt von Anna Berger' },
  consent: '2026-01-15',
  ...overrides,
});

const validTeam = (overrides: Data = {}): Data => ({
  name: 'Social-Media-Taskforce',
  description: 'Kolleginnen und Kollegen erzählen vom Werk.',
  members: ['anna-berger', 'jonas-keller'],
  leads: ['jonas-keller'],
  ...overrides,
});

const validVideo = (overrides: Data = {}): Data => ({
  title: 'Werksrundgang',
  description: 'Ein Rundgang durch die Fertigung.',
  kind: 'montage',
  youtube: 'dQw4w9WgXcQ',
  poster: { src: './poster.png', alt: 'Blick in die Werkshalle' },
  duration: '4:12',
  date: '2026-02-01',
  ...overrides,
});

const validJob = (overrides: Data = {}): Data => ({
  title: 'Industriemechaniker (m/w/d)',
  description: 'Sie halten unsere Anlagen am Laufen.',
  department: 'produktion',
  locations: ['nordwerk'],
  employmentType: 'full-time',
  datePosted: '2026-09-01',
  validThrough: '2027-06-30',
  salary: { min: 42000, max: 52000 },
  apply: { email: 'bewerbung@testwerk.example' },
  contact: 'jonas-keller',
  ...overrides,
});

const address = { street: 'Teststraße 1', postalCode: '12345', city: 'Prüfstadt' };

const validSite = (overrides: Data = {}): Data => ({
  name: 'Testwerk',
  legalName: 'Testwerk GmbH',
  tagline: 'Ein kleines Werk für Tests.',
  baseUrl: 'https://karriere.testwerk.example',
  address,
  contact: { email: 'info@testwerk.example', phone: '+49 123 45678-0' },
  register: { court: 'Amtsgericht Prüfstadt', number: 'HRB 1' },
  vatId: 'DE123456789',
  representatives: ['Erika Muster'],
  contentResponsible: { name: 'Max Muster', address },
  privacy: {
    officer: { name: 'Datenschutz Test GmbH', gender: 'neutral', email: 'datenschutz@testwerk.example' },
    hosting: { name: 'Hosting Test GmbH', address: 'Serverweg 2, 12345 Prüfstadt', logRetentionDays: 7 },
    authority: { name: 'Landesbeauftragte für Datenschutz', url: 'https://datenschutz.example' },
    updated: '2026-01-10',
  },
  brand: { primary: '#1f4e79', accent: '#C8553D' },
  ...overrides,
});

// ---------------------------------------------------------------- helpers

interface Problem {
  path: string;
  code: string;
  rule: string | undefined;
  keys?: string[];
}

/** Parses and returns the issues in a comparable form (`path` joined with dots). */
function problems(schema: z.ZodType, data: unknown): Problem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
    rule: ruleOf(issue.message),
    ...(issue.code === 'unrecognized_keys' ? { keys: issue.keys } : {}),
  }));
}

/** Asserts the data parses and returns the output. */
function parses<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`expected success, got ${JSON.stringify(result.error.issues, null, 2)}`);
  return result.data;
}

/** Asserts exactly one issue and returns it. */
function onlyProblem(schema: z.ZodType, data: unknown): Problem {
  const found = problems(schema, data);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0]!;
}

const post = postSchema(image);
const person = personSchema(image);
const team = teamSchema(image);
const video = videoSchema(image);
const job = jobSchema();
const site = siteSchema();

// ---------------------------------------------------------------- tests

describe('builders', () => {
  it('produce valid entries for every schema', () => {
    parses(post, validPost());
    parses(person, validPerson());
    parses(team, validTeam());
    parses(video, validVideo());
    parses(job, validJob());
    parses(site, validSite());
    parses(departmentSchema(), { id: 'produktion', name: 'Produktion', description: 'Rohre.' });
    parses(locationSchema(), { id: 'nordwerk', name: 'Nordwerk', address });
  });
});

describe('ruleOf', () => {
  it('extracts the rule code from a message', () => {
    expect(ruleOf('[date-format] Expected a date')).toBe('date-format');
    expect(ruleOf('Invalid input')).toBeUndefined();
    expect(ruleOf('text [date-format] later')).toBeUndefined();
  });
});

describe('strict objects', () => {
  it('reject an unknown top-level key such as titel', () => {
    const { title: _title, ...rest } = validPost();
    void _title;
    const found = problems(post, { ...rest, titel: 'Vom Azubi zum Schichtleiter' });
    expect(found).toContainEqual({ path: '', code: 'unrecognized_keys', rule: undefined, keys: ['titel'] });
    expect(found).toContainEqual(expect.objectContaining({ path: 'title', code: 'invalid_type' }));
  });

  it('reject an unknown key inside review', () => {
    const problem = onlyProblem(post, validPost({ review: { proofreadBy: 'jonas-keller', titel: 'x' } }));
    expect(problem).toEqual({ path: 'review', code: 'unrecognized_keys', rule: undefined, keys: ['titel'] });
  });

  it('reject an unknown key inside cover', () => {
    const problem = onlyProblem(post, validPost({ cover: { src: './cover.png', alt: 'Ein Bild', titel: 'x' } }));
    expect(problem).toEqual({ path: 'cover', code: 'unrecognized_keys', rule: undefined, keys: ['titel'] });
  });

  it('reject unknown keys in every schema, including deeply nested site data', () => {
    expect(onlyProblem(person, validPerson({ titel: 'x' })).keys).toEqual(['titel']);
    expect(onlyProblem(team, validTeam({ titel: 'x' })).keys).toEqual(['titel']);
    expect(onlyProblem(video, validVideo({ titel: 'x' })).keys).toEqual(['titel']);
    expect(onlyProblem(job, validJob({ titel: 'x' })).keys).toEqual(['titel']);
    const privacy = validSite().privacy as Data;
    const problem = onlyProblem(
      site,
      validSite({ privacy: { ...privacy, officer: { name: 'A', gender: 'female', email: 'a@b.de', titel: 'x' } } }),
    );
    expect(problem).toEqual({ path: 'privacy.officer', code: 'unrecognized_keys', rule: undefined, keys: ['titel'] });
  });

  it('reject unknown keys in a job salary and a location address', () => {
    const problem = onlyProblem(job, validJob({ salary: { min: 1, max: 2, titel: 'x' } }));
    expect(problem).toMatchObject({ path: 'salary', code: 'unrecognized_keys', keys: ['titel'] });
    const location = onlyProblem(locationSchema(), { id: 'nordwerk', name: 'Nordwerk', address: { ...address, titel: 'x' } });
    expect(location).toMatchObject({ path: 'address', code: 'unrecognized_keys', keys: ['titel'] });
  });
});

describe('dates', () => {
  it('accept a date-only value as UTC midnight of that day', () => {
    const output = parses(post, validPost({ date: '2026-03-02' }));
    expect(output.date).toBeInstanceOf(Date);
    expect(output.date.toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });

  it('accept a date-time with offset as that instant', () => {
    const output = parses(post, validPost({ date: '2026-03-02T09:30:00+01:00' }));
    expect(output.date.toISOString()).toBe('2026-03-02T08:30:00.000Z');
  });

  it('accept a date-time in UTC (Z) and with milliseconds', () => {
    expect(parses(post, validPost({ date: '2026-03-02T09:30:00Z' })).date.toISOString()).toBe('2026-03-02T09:30:00.000Z');
    expect(parses(post, validPost({ date: '2026-03-02T09:30:00.250+02:00' })).date.toISOString()).toBe(
      '2026-03-02T07:30:00.250Z',
    );
  });

  it('accept a Date object (as Astro’s YAML parser produces) unchanged', () => {
    const date = new Date('2026-03-02T00:00:00Z');
    expect(parses(post, validPost({ date })).date.getTime()).toBe(date.getTime());
  });

  it.each([
    ['German format', '01.03.2024'],
    ['impossible day', '2024-02-30'],
    ['month 13', '2026-13-01'],
    ['hour 25', '2026-03-02T25:00:00+01:00'],
    ['minute 60', '2026-03-02T09:60:00+01:00'],
    ['no offset', '2026-03-02T09:30:00'],
    ['free text', 'nächste Woche'],
    ['empty', ''],
  ])('reject %s (%s) with date-format, never coerced', (_label, value) => {
    expect(onlyProblem(post, validPost({ date: value }))).toMatchObject({ path: 'date', rule: 'date-format' });
  });

  it('reject an invalid Date object (neither union branch matches)', () => {
    expect(onlyProblem(post, validPost({ date: new Date('nonsense') }))).toMatchObject({ path: 'date', code: 'invalid_union' });
  });

  it('reject a number where a date belongs', () => {
    expect(onlyProblem(post, validPost({ date: 20260302 }))).toMatchObject({ path: 'date', code: 'invalid_union' });
  });

  it('report the path of a nested date', () => {
    const problem = onlyProblem(post, validPost({ review: { proofreadBy: 'jonas-keller', privacyClearedOn: '27.02.2026' } }));
    expect(problem).toMatchObject({ path: 'review.privacyClearedOn', rule: 'date-format' });
    const privacy = validSite().privacy as Data;
    expect(onlyProblem(site, validSite({ privacy: { ...privacy, updated: '2026-02-29' } }))).toMatchObject({
      path: 'privacy.updated',
      rule: 'date-format',
    });
  });

  it('accept 29 February in a leap year only (parseContentDate)', () => {
    expect(parseContentDate('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(parseContentDate('2026-02-29')).toBeUndefined();
  });
});

describe('ids and slugs', () => {
  it('accept lowercase letters, digits and single hyphens', () => {
    parses(person, validPerson({ department: 'produktion-2' }));
    parses(post, validPost({ authors: ['anna-berger', 'jonas-keller'], tags: ['3d-druck'] }));
  });

  it.each(['Anna', 'anna_berger', 'anna--berger', '-anna', 'anna-', 'anna berger', 'jürgen'])(
    'reject %s with id-format',
    (id) => {
      expect(onlyProblem(post, validPost({ authors: [id] }))).toMatchObject({ path: 'authors.0', rule: 'id-format' });
      expect(onlyProblem(person, validPerson({ department: id }))).toMatchObject({ path: 'department', rule: 'id-format' });
    },
  );

  it('check ids in every reference field', () => {
    expect(onlyProblem(team, validTeam({ members: ['anna-berger', 'Jonas'] }))).toMatchObject({
      path: 'members.1',
      rule: 'id-format',
    });
    expect(onlyProblem(team, validTeam({ leads: ['jonas_keller'] }))).toMatchObject({ path: 'leads.0', rule: 'id-format' });
    expect(onlyProblem(video, validVideo({ people: ['Anna'] }))).toMatchObject({ path: 'people.0', rule: 'id-format' });
    expect(onlyProblem(job, validJob({ contact: 'Jonas Keller' }))).toMatchObject({ path: 'contact', rule: 'id-format' });
    expect(onlyProblem(job, validJob({ locations: ['Nordwerk'] }))).toMatchObject({ path: 'locations.0', rule: 'id-format' });
    expect(onlyProblem(post, validPost({ tags: ['Ausbildung'] }))).toMatchObject({ path: 'tags.0', rule: 'id-format' });
    expect(onlyProblem(departmentSchema(), { id: 'Produktion', name: 'P', description: 'D' })).toMatchObject({
      path: 'id',
      rule: 'id-format',
    });
    expect(onlyProblem(locationSchema(), { id: 'nord_werk', name: 'N', address })).toMatchObject({
      path: 'id',
      rule: 'id-format',
    });
  });

  it('reject tag-label keys that are not ids', () => {
    parses(site, validSite({ tagLabels: { qualitaet: 'Qualität' } }));
    expect(onlyProblem(site, validSite({ tagLabels: { Qualität: 'Qualität' } }))).toMatchObject({
      path: 'tagLabels.Qualität',
      code: 'invalid_key',
    });
  });
});

describe('alternative text', () => {
  const cases = [
    ['post cover', post, (image: Data) => validPost({ cover: image }), 'cover'],
    ['person photo', person, (image: Data) => validPerson({ photo: image }), 'photo'],
    ['video poster', video, (image: Data) => validVideo({ poster: image }), 'poster'],
    ['team cover', team, (image: Data) => validTeam({ cover: image }), 'cover'],
  ] as const;

  it.each(cases)('is accepted on a %s', (_label, schema, build) => {
    parses(schema, build({ src: './bild.png', alt: 'Zwei Menschen an einer Maschine' }));
  });

  it.each(cases)('is required on a %s (missing alt)', (_label, schema, build, field) => {
    expect(onlyProblem(schema, build({ src: './bild.png' }))).toMatchObject({ path: `${field}.alt`, code: 'invalid_type' });
  });

  it.each(cases)('must not be empty on a %s', (_label, schema, build, field) => {
    expect(onlyProblem(schema, build({ src: './bild.png', alt: '' }))).toMatchObject({
      path: `${field}.alt`,
      rule: 'alt-required',
    });
    expect(onlyProblem(schema, build({ src: './bild.png', alt: '   ' }))).toMatchObject({
      path: `${field}.alt`,
      rule: 'alt-required',
    });
  });

  it('requires the poster of a video', () => {
    const { poster: _poster, ...rest } = validVideo();
    void _poster;
    expect(onlyProblem(video, rest)).toMatchObject({ path: 'poster', code: 'invalid_type' });
  });
});

describe('video', () => {
  it('accepts an 11-character YouTube id', () => {
    expect(parses(video, validVideo({ youtube: 'a_b-c1D2e3F' })).youtube).toBe('a_b-c1D2e3F');
  });

  it.each(['dQw4w9WgXc', 'dQw4w9WgXcQQ', 'dQw4w9WgX Q'])('rejects the id %j with youtube-id', (id) => {
    expect(onlyProblem(video, validVideo({ youtube: id }))).toMatchObject({ path: 'youtube', rule: 'youtube-id' });
  });

  it.each(['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://youtu.be/dQw4w9WgXcQ'])(
    'rejects the full link %s with youtube-id',
    (url) => {
      expect(onlyProblem(video, validVideo({ youtube: url }))).toMatchObject({ path: 'youtube', rule: 'youtube-id' });
    },
  );

  it('accepts a local file instead of YouTube', () => {
    const { youtube: _youtube, ...rest } = validVideo();
    void _youtube;
    expect(parses(video, { ...rest, file: './rundgang.mp4' }).file).toBe('./rundgang.mp4');
  });

  it('rejects a file that is not a local mp4 or webm', () => {
    const { youtube: _youtube, ...rest } = validVideo();
    void _youtube;
    expect(onlyProblem(video, { ...rest, file: 'https://example.com/video.mp4' })).toMatchObject({
      path: 'file',
      rule: 'video-file',
    });
    expect(onlyProblem(video, { ...rest, file: './rundgang.mov' })).toMatchObject({ path: 'file', rule: 'video-file' });
  });

  it('rejects both youtube and file with video-source', () => {
    expect(onlyProblem(video, validVideo({ file: './rundgang.mp4' }))).toMatchObject({ path: 'youtube', rule: 'video-source' });
  });

  it('rejects neither youtube nor file with video-source', () => {
    const { youtube: _youtube, ...rest } = validVideo();
    void _youtube;
    expect(onlyProblem(video, rest)).toMatchObject({ path: 'youtube', rule: 'video-source' });
  });

  it.each(['4:12', '0:45', '1:02:30', '12:00'])('accepts the duration %s', (duration) => {
    expect(parses(video, validVideo({ duration })).duration).toBe(duration);
  });

  it.each(['4 min', '4:7', '4:60', '412', '', '1:2:3'])('rejects the duration %j with duration', (duration) => {
    expect(onlyProblem(video, validVideo({ duration }))).toMatchObject({ path: 'duration', rule: 'duration' });
  });

  it('parseDuration converts to seconds', () => {
    expect(parseDuration('4:12')).toBe(252);
    expect(parseDuration('1:02:30')).toBe(3750);
    expect(parseDuration('4 min')).toBeUndefined();
  });

  it('accepts a local .vtt caption file and rejects anything else', () => {
    parses(video, validVideo({ captions: './untertitel.vtt' }));
    expect(onlyProblem(video, validVideo({ captions: './untertitel.srt' }))).toMatchObject({
      path: 'captions',
      rule: 'captions-file',
    });
  });

  it('restricts kind to the known kinds', () => {
    expect(onlyProblem(video, validVideo({ kind: 'werbung' }))).toMatchObject({ path: 'kind', code: 'invalid_value' });
  });
});

describe('job', () => {
  it('accepts min equal to max and fills defaults', () => {
    const output = parses(job, validJob({ salary: { min: 3000, max: 3000, unit: 'month' } }));
    expect(output.salary).toEqual({ min: 3000, max: 3000, currency: 'EUR', unit: 'month' });
    expect(output.remote).toBe('none');
    expect(output.draft).toBe(false);
  });

  it('rejects a salary whose max is below its min with salary-range at salary.max', () => {
    expect(onlyProblem(job, validJob({ salary: { min: 52000, max: 42000 } }))).toMatchObject({
      path: 'salary.max',
      rule: 'salary-range',
    });
  });

  it('rejects a non-positive salary', () => {
    expect(onlyProblem(job, validJob({ salary: { min: 0, max: 42000 } }))).toMatchObject({
      path: 'salary.min',
      code: 'too_small',
    });
  });

  it('accepts apply with a url only or an e-mail only, and the documents to have ready', () => {
    parses(job, validJob({ apply: { url: 'https://karriere.testwerk.example/bewerben/' } }));
    parses(job, validJob({ apply: { email: 'bewerbung@testwerk.example', documents: ['Lebenslauf', 'Zeugnisse'] } }));
    parses(job, validJob({ apply: { email: 'bewerbung@testwerk.example' } }));
  });

  it('rejects apply with neither url nor email with apply-missing', () => {
    expect(onlyProblem(job, validJob({ apply: {} }))).toMatchObject({ path: 'apply', rule: 'apply-missing' });
  });

  it('rejects a non-http or plain-http apply url and a malformed e-mail', () => {
    expect(onlyProblem(job, validJob({ apply: { url: 'karriere.testwerk.example' } }))).toMatchObject({
      path: 'apply.url',
      rule: 'url',
    });
    expect(onlyProblem(job, validJob({ apply: { url: 'http://testwerk.jobs.personio.de/job/1' } }))).toMatchObject({
      path: 'apply.url',
      rule: 'apply-url-https',
    });
    expect(onlyProblem(job, validJob({ apply: { email: 'bewerbung at testwerk' } }))).toMatchObject({
      path: 'apply.email',
      code: 'invalid_format',
    });
  });

  it('accepts validThrough on the same day as datePosted', () => {
    parses(job, validJob({ datePosted: '2026-09-01', validThrough: '2026-09-01' }));
  });

  it('rejects validThrough before datePosted', () => {
    expect(onlyProblem(job, validJob({ datePosted: '2026-09-01', validThrough: '2026-08-31' }))).toMatchObject({
      path: 'validThrough',
      rule: 'valid-through-before-posted',
    });
  });

  it('needs at least one location, without duplicates', () => {
    expect(onlyProblem(job, validJob({ locations: [] }))).toMatchObject({ path: 'locations', code: 'too_small' });
    expect(onlyProblem(job, validJob({ locations: ['nordwerk', 'nordwerk'] }))).toMatchObject({
      path: 'locations',
      rule: 'duplicate-id',
    });
  });

  it('restricts employmentType and remote to the known values', () => {
    expect(onlyProblem(job, validJob({ employmentType: 'vollzeit' }))).toMatchObject({
      path: 'employmentType',
      code: 'invalid_value',
    });
    expect(onlyProblem(job, validJob({ remote: 'yes' }))).toMatchObject({ path: 'remote', code: 'invalid_value' });
  });
});

describe('site', () => {
  it('fills defaults', () => {
    const output = parses(site, validSite());
    expect(output.languages).toEqual(['de']);
    expect(output.editorial).toEqual({ requireReview: true });
    expect(output.postsPerPage).toBe(9);
    expect(output.address.country).toBe('DE');
  });

  it.each(['DE123456789', 'ATU12345678'])('accepts the VAT id %s', (vatId) => {
    parses(site, validSite({ vatId }));
  });

  it.each(['DE 123456789', 'de123456789', '123456789'])('rejects the VAT id %j with vat-id', (vatId) => {
    expect(onlyProblem(site, validSite({ vatId }))).toMatchObject({ path: 'vatId', rule: 'vat-id' });
  });

  it.each(['#1f4e79', '#ABCDEF'])('accepts the colour %s', (primary) => {
    parses(site, validSite({ brand: { primary, accent: '#000000' } }));
  });

  it.each(['#fff', '1f4e79', '#1f4e7g', 'blue'])('rejects the colour %j with hex-colour', (accent) => {
    expect(onlyProblem(site, validSite({ brand: { primary: '#1f4e79', accent } }))).toMatchObject({
      path: 'brand.accent',
      rule: 'hex-colour',
    });
  });

  it.each(['https://karriere.example.de', 'http://localhost:4321'])('accepts the baseUrl %s', (baseUrl) => {
    parses(site, validSite({ baseUrl }));
  });

  it.each(['karriere.example.de', 'ftp://karriere.example.de', 'javascript:alert(1)', '/blog/'])(
    'rejects the baseUrl %j with url',
    (baseUrl) => {
      expect(onlyProblem(site, validSite({ baseUrl }))).toMatchObject({ path: 'baseUrl', rule: 'url' });
    },
  );

  it('rejects a channel with an unknown kind', () => {
    const channel = { kind: 'tiktok', name: 'TikTok', url: 'https://tiktok.example', description: 'Kurzvideos.' };
    expect(onlyProblem(site, validSite({ channels: [channel] }))).toMatchObject({
      path: 'channels.0.kind',
      code: 'invalid_value',
    });
  });

  it('rejects a lowercase country code with country-code', () => {
    expect(onlyProblem(site, validSite({ address: { ...address, country: 'de' } }))).toMatchObject({
      path: 'address.country',
      rule: 'country-code',
    });
  });

  it('takes the form of address du or Sie, Sie by default', () => {
    expect(parses(site, validSite()).addressForm).toBe('Sie');
    expect(parses(site, validSite({ addressForm: 'du' })).addressForm).toBe('du');
    expect(onlyProblem(site, validSite({ addressForm: 'sie' }))).toMatchObject({ path: 'addressForm', code: 'invalid_value' });
  });

  it("needs the privacy officer's form: female, male or neutral", () => {
    const privacy = validSite().privacy as Data;
    const officer = { name: 'Dr. Ralf Wessel', email: 'dsb@testwerk.example' };
    expect(onlyProblem(site, validSite({ privacy: { ...privacy, officer } }))).toMatchObject({ path: 'privacy.officer.gender' });
    expect(onlyProblem(site, validSite({ privacy: { ...privacy, officer: { ...officer, gender: 'm' } } }))).toMatchObject({
      path: 'privacy.officer.gender',
      code: 'invalid_value',
    });
  });
});

describe('site: accessibility statement', () => {
  const statement = (overrides: Data = {}): Data => ({
    scope: 'voluntary',
    conformance: 'partial',
    limitations: [{ what: 'Die Suche braucht JavaScript.' }],
    created: '2026-10-01',
    reviewed: '2026-11-15',
    method: 'Selbstbewertung.',
    contact: { email: 'barrierefreiheit@testwerk.example' },
    ...overrides,
  });
  const arbitration = { name: 'Schlichtungsstelle nach § 16 BGG', url: 'https://schlichtung.example' };
  const marketSurveillance = { name: 'MLBF', url: 'https://mlbf.example' };

  it('is optional, and parses a voluntary, partly conforming statement', () => {
    expect(parses(site, validSite()).accessibility).toBeUndefined();
    expect(parses(site, validSite({ accessibility: statement() })).accessibility?.limitations).toHaveLength(1);
    parses(site, validSite({ accessibility: statement({ conformance: 'full', limitations: [] }) }));
  });

  it('lists the gaps of a partial or missing conformance with a11y-limitations', () => {
    for (const conformance of ['partial', 'none'])
      expect(onlyProblem(site, validSite({ accessibility: statement({ conformance, limitations: [] }) }))).toMatchObject({
        path: 'accessibility.conformance',
        rule: 'a11y-limitations',
      });
  });

  it('names both bodies under the BFSG', () => {
    parses(site, validSite({ accessibility: statement({ scope: 'bfsg', marketSurveillance, arbitration }) }));
    expect(onlyProblem(site, validSite({ accessibility: statement({ scope: 'bfsg', arbitration }) }))).toMatchObject({
      path: 'accessibility.scope',
      rule: 'a11y-surveillance',
    });
    expect(onlyProblem(site, validSite({ accessibility: statement({ scope: 'bfsg', marketSurveillance }) }))).toMatchObject({
      path: 'accessibility.scope',
      rule: 'a11y-arbitration',
    });
  });

  it('rejects a review before the statement with a11y-review-date', () => {
    expect(onlyProblem(site, validSite({ accessibility: statement({ reviewed: '2026-09-30' }) }))).toMatchObject({
      path: 'accessibility.reviewed',
      rule: 'a11y-review-date',
    });
  });
});

describe('person', () => {
  it('accepts a person without consent', () => {
    const { consent: _consent, ...rest } = validPerson();
    void _consent;
    expect(parses(person, rest).consent).toBeUndefined();
  });

  it('accepts a valid consent date', () => {
    expect(parses(person, validPerson({ consent: '2026-01-15' })).consent?.toISOString()).toBe('2026-01-15T00:00:00.000Z');
  });

  it.each(['15.01.2026', '2026-01-32', 'ja', ''])('rejects the consent %j with date-format', (consent) => {
    expect(onlyProblem(person, validPerson({ consent }))).toMatchObject({ path: 'consent', rule: 'date-format' });
  });

  it('rejects personal links that are not http(s)', () => {
    const problem = onlyProblem(person, validPerson({ links: [{ label: 'LinkedIn', url: 'linkedin.com/in/anna' }] }));
    expect(problem).toMatchObject({ path: 'links.0.url', rule: 'url' });
  });
});

describe('team', () => {
  it('needs at least one member', () => {
    expect(onlyProblem(team, validTeam({ members: [], leads: [] }))).toMatchObject({ path: 'members', code: 'too_small' });
  });
});

describe('post', () => {
  it.each(['article', 'interview', 'event', 'column'])('accepts the kind %s', (kind) => {
    expect(parses(post, validPost({ kind })).kind).toBe(kind);
  });

  it.each(['blog', 'Interview', ''])('rejects the kind %j', (kind) => {
    expect(onlyProblem(post, validPost({ kind }))).toMatchObject({ path: 'kind', code: 'invalid_value' });
  });

  it('needs at least one author', () => {
    expect(onlyProblem(post, validPost({ authors: [] }))).toMatchObject({ path: 'authors', code: 'too_small' });
  });

  it('needs the authors field', () => {
    const { authors: _authors, ...rest } = validPost();
    void _authors;
    expect(onlyProblem(post, rest)).toMatchObject({ path: 'authors', code: 'invalid_type' });
  });

  it('fills defaults for tags, videos and draft', () => {
    const output = parses(post, validPost({ tags: undefined }));
    expect(output).toMatchObject({ tags: [], videos: [], draft: false });
  });

  it('accepts a guid written by npm run new and rejects an altered one', () => {
    parses(post, validPost({ guid: '0f8fad5b-d9cb-469f-a165-70867728950e' }));
    expect(onlyProblem(post, validPost({ guid: 'mein-beitrag' }))).toMatchObject({ path: 'guid', rule: 'guid' });
  });
});

describe('duplicate ids in a list', () => {
  it('are rejected in authors, tags and videos with duplicate-id', () => {
    expect(onlyProblem(post, validPost({ authors: ['anna-berger', 'anna-berger'] }))).toMatchObject({
      path: 'authors',
      rule: 'duplicate-id',
    });
    expect(onlyProblem(post, validPost({ tags: ['ausbildung', 'produktion', 'ausbildung'] }))).toMatchObject({
      path: 'tags',
      rule: 'duplicate-id',
    });
    expect(onlyProblem(post, validPost({ videos: ['rundgang', 'rundgang'] }))).toMatchObject({
      path: 'videos',
      rule: 'duplicate-id',
    });
    expect(onlyProblem(video, validVideo({ people: ['anna-berger', 'anna-berger'] }))).toMatchObject({
      path: 'people',
      rule: 'duplicate-id',
    });
  });

  it('are not confused with distinct ids', () => {
    parses(post, validPost({ authors: ['anna-berger', 'anna-bergers'] }));
  });
});
