import type { CollectionEntry, CollectionKey } from 'astro:content';
import { readBuildEnv } from '../lib/build-env.ts';
import type { PublishOptions } from '../lib/publishing.ts';
import { fieldName } from '../lib/data-path.ts';
import { REFERENCE_FOLDERS, REFERENCES, referencedIds, type ReferenceTarget } from '../schemas/references.ts';

/**
 * The only module that reads collections. Everything is loaded once per build, sorted,
 * and checked for broken references: Astro alone only logs those, Einblick fails.
 * (`npm run check` reports the same problems earlier, with line numbers.)
 */

export type Entry<C extends CollectionKey> = CollectionEntry<C>;

export interface RawContent {
  site: Entry<'site'>['data'];
  departments: Array<Entry<'departments'>>;
  locations: Array<Entry<'locations'>>;
  posts: Array<Entry<'posts'>>;
  people: Array<Entry<'people'>>;
  teams: Array<Entry<'teams'>>;
  videos: Array<Entry<'videos'>>;
  jobs: Array<Entry<'jobs'>>;
  /** Translations (`<id>.en.md`), ids `en/<id>`; only text fields, see src/schemas/translations.ts. */
  translations: RawTranslations;
}

/** The translation collections, by the folder of their originals. */
export interface RawTranslations {
  posts: Array<Entry<'postTranslations'>>;
  people: Array<Entry<'personTranslations'>>;
  teams: Array<Entry<'teamTranslations'>>;
  videos: Array<Entry<'videoTranslations'>>;
  jobs: Array<Entry<'jobTranslations'>>;
}

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

/** Every collection's entries, as `getCollection` returns them. */
export type Collections = { [C in CollectionKey]: Array<Entry<C>> };

/**
 * Every reference resolves (the table in src/schemas/references.ts, the same the check
 * reads). The check stops a build with line numbers long before this; it guards the
 * pages against content that reached them some other way.
 */
function assertReferences(content: RawContent): void {
  const ids = Object.fromEntries(
    (Object.keys(REFERENCE_FOLDERS) as ReferenceTarget[]).map((target) => [
      target,
      new Set(content[target].map((entry) => entry.id)),
    ]),
  ) as Record<ReferenceTarget, Set<string>>;
  const problems: string[] = [];
  for (const reference of REFERENCES) {
    const entries: Array<{ filePath?: string | undefined; data: unknown }> =
      reference.from === 'site' ? [{ filePath: 'site.yaml', data: content.site }] : content[reference.from];
    for (const entry of entries) {
      for (const [id, dataPath] of referencedIds(entry.data, reference)) {
        if (!ids[reference.to].has(id))
          problems.push(
            `${entry.filePath ?? '?'}  ${fieldName(dataPath)}  "${id}" does not exist in ${REFERENCE_FOLDERS[reference.to]}`,
          );
      }
    }
  }
  if (problems.length > 0) {
    throw new Error(`Broken references in content (run npm run check for details):\n${problems.join('\n')}`);
  }
}

/** The collections sorted by id, references verified. */
export function rawContent(collections: Collections): RawContent {
  const sorted = <C extends CollectionKey>(name: C): Array<Entry<C>> => [...collections[name]].sort(byId);
  const site = sorted('site')[0]?.data;
  if (!site) throw new Error('content/site.yaml is missing or empty');
  const content: RawContent = {
    site,
    departments: sorted('departments'),
    locations: sorted('locations'),
    posts: sorted('posts'),
    people: sorted('people'),
    teams: sorted('teams'),
    videos: sorted('videos'),
    jobs: sorted('jobs'),
    translations: {
      posts: sorted('postTranslations'),
      people: sorted('personTranslations'),
      teams: sorted('teamTranslations'),
      videos: sorted('videoTranslations'),
      jobs: sorted('jobTranslations'),
    },
  };
  assertReferences(content);
  return content;
}

let cache: Promise<RawContent> | undefined;

/** All collections, sorted by id, references verified. */
export function loadContent(): Promise<RawContent> {
  cache ??= (async () => {
    // Imported when needed, not at the top: unit tests import the model outside Astro.
    const { getCollection } = await import('astro:content');
    const names = [
      'site',
      'departments',
      'locations',
      'posts',
      'people',
      'teams',
      'videos',
      'jobs',
      'postTranslations',
      'personTranslations',
      'teamTranslations',
      'videoTranslations',
      'jobTranslations',
    ] as const;
    const lists = await Promise.all(names.map((name) => getCollection(name)));
    return rawContent(Object.fromEntries(names.map((name, index) => [name, lists[index]])) as Collections);
  })();
  return cache;
}

let now: Date | undefined;

/**
 * The build's "now", fixed at its first use (or by EINBLICK_NOW). Only the pages' module
 * graph decides what is published: the social cards come from the same site model
 * (src/pages/og/cards.json.ts), so nothing else needs to agree with it.
 */
export function buildNow(): Date {
  now ??= readBuildEnv(process.cwd()).now;
  return now;
}

/** What counts as published in this build. */
export function publishOptions(): PublishOptions {
  return { now: buildNow(), preview: import.meta.env.EINBLICK_PREVIEW === true };
}
