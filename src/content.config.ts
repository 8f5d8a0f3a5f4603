import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import {
  departmentSchema,
  jobSchema,
  locationSchema,
  personSchema,
  postSchema,
  siteSchema,
  teamSchema,
  videoSchema,
} from './schemas/index.ts';
import {
  ENTRY_GLOBS,
  entryIdFromPath,
  isTranslationPath,
  TRANSLATION_GLOBS,
  translationFromPath,
  translationId,
  type EntryFolder,
} from './lib/paths.ts';
import { TRANSLATION_SCHEMAS } from './schemas/translations.ts';
import { existsSync, readdirSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { readBuildEnv } from './lib/build-env.ts';

/**
 * Collections over ../content. Schemas live in src/schemas so that the content check
 * (scripts/check.ts) validates exactly what the build validates. YAML data files are
 * parsed with `yaml` (YAML 1.2), like the check does, so dates stay text until the
 * schema reads them.
 */
const CONTENT = readBuildEnv(process.cwd()).contentDir;

/**
 * The consent register reaches the files too: Astro copies every image a schema's
 * `image()` resolves into the build, shown or not, so the photo of a person without
 * consent is dropped before the schema resolves it. (`npm run check` still validates it.)
 */
const dropPhotoWithoutConsent = (data: unknown) => {
  if (!data || typeof data !== 'object') return data;
  const record = data as Record<string, unknown>;
  if (record['consent'] !== undefined && record['consent'] !== null) return data;
  return Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'photo'));
};
/** A folder's entries, by the patterns the content check lists them with (ENTRY_GLOBS). */
const markdown = (folder: EntryFolder) =>
  glob({
    base: pathToFileURL(`${CONTENT}/${folder}/`),
    pattern: [...ENTRY_GLOBS[folder]],
    generateId: ({ entry }) => entryIdFromPath(entry),
  });

/**
 * A folder's translations (`<id>.en.md`, `<slug>/index.en.mdx`), with ids `en/<id>`: the
 * original's id, so `vom-azubi.en.mdx` never becomes a German entry `vom-azubi.en`.
 * Without any translation the folder is not globbed at all (the glob loader would warn
 * about an empty match in every build of a German-only site).
 */
const translations = (folder: EntryFolder): Loader => {
  const inner = glob({
    base: pathToFileURL(`${CONTENT}/${folder}/`),
    pattern: [...TRANSLATION_GLOBS[folder]],
    generateId: ({ entry }) => {
      const found = translationFromPath(entry);
      return found ? translationId(found.lang, found.id) : entry;
    },
  });
  return {
    name: `einblick-translations-${folder}`,
    load: async (context) => {
      if (!hasTranslations(folder)) {
        context.store.clear();
        return;
      }
      await inner.load(context);
    },
  };
};

const hasTranslations = (folder: EntryFolder): boolean => {
  const dir = `${CONTENT}/${folder}`;
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { withFileTypes: true }).some((item) =>
    item.isDirectory()
      ? existsSync(`${dir}/${item.name}`) &&
        readdirSync(`${dir}/${item.name}`).some((name) => isTranslationPath(folder, `${item.name}/${name}`))
      : isTranslationPath(folder, item.name),
  );
};

export const collections = {
  site: defineCollection({
    loader: file(`${CONTENT}/site.yaml`, { parser: (text) => ({ site: parseYaml(text) as Record<string, unknown> }) }),
    schema: siteSchema(),
  }),
  departments: defineCollection({
    loader: file(`${CONTENT}/departments.yaml`, { parser: (text) => parseYaml(text) as Array<Record<string, unknown>> }),
    schema: departmentSchema(),
  }),
  locations: defineCollection({
    loader: file(`${CONTENT}/locations.yaml`, { parser: (text) => parseYaml(text) as Array<Record<string, unknown>> }),
    schema: locationSchema(),
  }),
  posts: defineCollection({
    loader: markdown('posts'),
    schema: ({ image }) => postSchema(image),
  }),
  people: defineCollection({
    loader: markdown('people'),
    schema: ({ image }) => z.preprocess(dropPhotoWithoutConsent, personSchema(image)),
  }),
  teams: defineCollection({ loader: markdown('teams'), schema: ({ image }) => teamSchema(image) }),
  videos: defineCollection({ loader: markdown('videos'), schema: ({ image }) => videoSchema(image) }),
  jobs: defineCollection({ loader: markdown('jobs'), schema: jobSchema() }),
  // Translations: only their text fields; the shared facts come from the original (src/data/translations.ts).
  postTranslations: defineCollection({ loader: translations('posts'), schema: TRANSLATION_SCHEMAS.posts() }),
  personTranslations: defineCollection({ loader: translations('people'), schema: TRANSLATION_SCHEMAS.people() }),
  teamTranslations: defineCollection({ loader: translations('teams'), schema: TRANSLATION_SCHEMAS.teams() }),
  videoTranslations: defineCollection({ loader: translations('videos'), schema: TRANSLATION_SCHEMAS.videos() }),
  jobTranslations: defineCollection({ loader: translations('jobs'), schema: TRANSLATION_SCHEMAS.jobs() }),
};
