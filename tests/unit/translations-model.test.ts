import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { readSourceContent } from '../../src/check/source.ts';
import { SCHEMAS } from '../../src/check/schema-issues.ts';
import { TRANSLATION_SCHEMAS } from '../../src/schemas/translations.ts';
import { rawContent, type Collections } from '../../src/data/load.ts';
import { buildModel } from '../../src/data/model.ts';
import { entryLang, inLanguage, languagesOf, pageTranslations, translationOf } from '../../src/data/translations.ts';
import { translationId } from '../../src/lib/paths.ts';
import { MARKER, translationsFixture } from '../helpers/translations-fixture.ts';

/**
 * Issue 20, part 2: the data layer's English view. The translations fixture is read the
 * way the check reads it and parsed with the build's schemas, then the model is built: every
 * translated entry merges the original's shared facts with the translation's text, and the
 * German model stays exactly as it is without translations.
 */

const NOW = new Date('2026-11-01T12:00:00+01:00');
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(path.dirname(dir), { recursive: true, force: true });
});

const COLLECTION_OF = {
  posts: 'postTranslations',
  people: 'personTranslations',
  teams: 'teamTranslations',
  videos: 'videoTranslations',
  jobs: 'jobTranslations',
} as const;

/** The collections as getCollection would return them, parsed with the build's schemas. */
function collections(content: string): Collections {
  const source = readSourceContent(path.dirname(content), content);
  const parse = (schema: z.ZodType, data: unknown) => {
    const result = schema.safeParse(data);
    if (!result.success) throw new Error(JSON.stringify(result.error.issues));
    return result.data as Record<string, unknown>;
  };
  const out: Record<string, unknown[]> = {};
  for (const [name, entries] of Object.entries(source.entries)) {
    out[name] = entries.map((entry) => ({
      id: entry.id,
      collection: name,
      data: parse(SCHEMAS[entry.collection], entry.data),
      body: entry.body,
      filePath: entry.file,
    }));
  }
  for (const name of Object.values(COLLECTION_OF)) out[name] = [];
  for (const translation of source.translations) {
    out[COLLECTION_OF[translation.collection]]!.push({
      id: translationId(translation.lang, translation.id),
      collection: COLLECTION_OF[translation.collection],
      data: parse(TRANSLATION_SCHEMAS[translation.collection](), translation.data),
      body: translation.body,
      filePath: translation.file,
    });
  }
  return out as unknown as Collections;
}

function model(preview = false) {
  const content = translationsFixture();
  folders.push(content);
  return buildModel(rawContent(collections(content)), { now: NOW, preview });
}

describe('the English view of translated entries', () => {
  const site = model();
  const en = site.translations.en;

  it('lists exactly the entries with a published translation', () => {
    expect(en.posts.map((post) => post.id)).toEqual(['erster-beitrag']);
    expect(en.jobs.map((job) => job.id)).toEqual(['industriemechaniker']);
    expect(en.people.map((person) => person.id)).toEqual(['anna-berger']);
    expect(en.teams.map((team) => team.id)).toEqual(['taskforce']);
    expect(en.videos.map((video) => video.id)).toEqual(['werksrundgang']);
    expect(en.departments.map((department) => department.id)).toEqual(['produktion']);
    // The draft translation of mit-bild appears in preview only.
    expect(
      model(true)
        .translations.en.posts.map((post) => post.id)
        .sort(),
    ).toEqual(['erster-beitrag', 'mit-bild']);
  });

  it('takes text from the translation and shared facts from the original', () => {
    const post = translationOf(site, 'en', 'posts', 'erster-beitrag')!;
    const original = site.posts.find((each) => each.id === 'erster-beitrag')!;
    expect(post.title).toBe(`From apprentice to shift supervisor ${MARKER}`);
    expect(post.description).toBe('Anna tells how an apprenticeship turned into a leadership role.');
    expect(post.social).toBe(`How do you become a shift supervisor at 24? ${MARKER}`);
    expect(post.original).toBe(original);
    expect(post.date).toEqual(original.date);
    expect(post.kind).toBe('interview');
    expect(post.tags).toEqual(original.tags);
    // Its own page, in English; links to untranslated entries stay German.
    expect(post.url).toBe(`/en${original.url}`);
    expect(post.authors.map((author) => author.url)).toEqual(['/en/menschen/anna-berger/']);
    expect(post.translation.body).toContain('It started with an internship');
    expect(post.readingMinutes).toBeGreaterThan(original.readingMinutes);
    // Nested entries in English where they are translated.
    expect(post.authors.map((author) => author.role)).toEqual([`Process mechanic ${MARKER}`]);
    expect(post.department?.name).toBe(`Production ${MARKER}`);
    expect(post.videos.map((video) => video.title)).toEqual([`Plant tour ${MARKER}`]);

    const job = translationOf(site, 'en', 'jobs', 'industriemechaniker')!;
    const germanJob = job.original;
    expect(job.title).toBe(`Industrial mechanic (m/f/d) ${MARKER}`);
    expect(job.occupation).toBe('Industrial mechanic');
    expect(job.salary).toEqual(germanJob.salary);
    expect(job.locations).toEqual(germanJob.locations);
    expect(job.validThrough).toEqual(germanJob.validThrough);
    expect(job.department.name).toBe(`Production ${MARKER}`);
    expect(job.department.description).toBe('This is where the tubes are made.');
    // Jonas Keller has no translation: he stays German.
    expect(job.contact?.role).toBe('Personalreferent');
    expect(job.contact?.url).toBe('/menschen/jonas-keller/');

    const person = translationOf(site, 'en', 'people', 'anna-berger')!;
    expect(person.name).toBe('Anna Berger');
    expect(person.photo?.alt).toBe('Portrait of Anna Berger in front of a machine');
    expect(person.photo?.src).toEqual(person.original.photo?.src);
    expect(person.phone).toBe(person.original.phone);

    const team = translationOf(site, 'en', 'teams', 'taskforce')!;
    expect(team.meets).toBe('every six weeks');
    expect(team.members.map((member) => member.role)).toEqual([`Process mechanic ${MARKER}`, 'Personalreferent']);

    const video = translationOf(site, 'en', 'videos', 'werksrundgang')!;
    expect(video.poster.alt).toBe('View into the workshop');
    expect(video.youtube).toBe('abcdefghijk');
    expect(video.people.map((each) => each.role)).toEqual([`Process mechanic ${MARKER}`]);

    expect(languagesOf(site, 'posts', 'erster-beitrag')).toEqual(['en']);
    expect(languagesOf(site, 'posts', 'dritter-beitrag')).toEqual([]);
    expect(translationOf(site, 'en', 'posts', 'mit-bild')).toBeUndefined();
  });

  it('leaves the German model untouched', () => {
    const text = JSON.stringify({ ...site, translations: undefined }, (key, value: unknown) =>
      key === 'entry' ? undefined : value,
    );
    expect(text).not.toContain(MARKER);
    expect(site.departments.find((department) => department.id === 'produktion')).toEqual({
      id: 'produktion',
      name: 'Produktion',
      description: 'Hier entstehen die Rohre.',
      url: '/karriere/bereiche/produktion/',
    });
  });

  it('lists a collection in English with the translations in place, in the German order', () => {
    const jobs = inLanguage(site, 'en', 'jobs');
    expect(jobs.map((job) => job.id)).toEqual(site.jobs.map((job) => job.id));
    const mechanic = jobs.find((job) => job.id === 'industriemechaniker')!;
    expect(entryLang(mechanic)).toBe('en');
    expect(mechanic.url).toBe('/en/karriere/industriemechaniker/');
    const people = inLanguage(site, 'en', 'people');
    expect(people.map((person) => person.id)).toEqual(site.people.map((person) => person.id));
    const keller = people.find((person) => person.id === 'jonas-keller')!;
    expect(entryLang(keller)).toBe('de');
    expect(keller.url).toBe('/menschen/jonas-keller/');
    expect(inLanguage(site, 'de', 'jobs')).toBe(site.jobs);
  });

  it('knows which German addresses have an English page', () => {
    const has = pageTranslations(site);
    expect(has('/blog/erster-beitrag/', 'en')).toBe(true);
    expect(has('/blog/dritter-beitrag/', 'en')).toBe(false);
    expect(has('/menschen/anna-berger/', 'en')).toBe(true);
    expect(has('/menschen/jonas-keller/', 'en')).toBe(false);
    expect(has('/karriere/bereiche/produktion/', 'en')).toBe(true);
    expect(has('/impressum/', 'en')).toBe(true);
    expect(has('/blog/dritter-beitrag/', 'de')).toBe(true);
  });
});
