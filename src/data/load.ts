import type { CollectionEntry, CollectionKey } from 'astro:content';
import { readBuildEnv } from '../lib/build-env.ts';
import type { PublishOptions } from '../lib/publishing.ts';

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
}

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

/** Every collection's entries, as `getCollection` returns them. */
export type Collections = { [C in CollectionKey]: Array<Entry<C>> };

function assertReferences(content: RawContent): void {
  const ids = {
    people: new Set(content.people.map((entry) => entry.id)),
    departments: new Set(content.departments.map((entry) => entry.id)),
    locations: new Set(content.locations.map((entry) => entry.id)),
    videos: new Set(content.videos.map((entry) => entry.id)),
    posts: new Set(content.posts.map((entry) => entry.id)),
    teams: new Set(content.teams.map((entry) => entry.id)),
  };
  const problems: string[] = [];
  const need = (file: string | undefined, field: string, target: keyof typeof ids, values: Array<string | undefined>) => {
    for (const value of values) {
      if (value !== undefined && !ids[target].has(value))
        problems.push(`${file ?? '?'}  ${field}  "${value}" does not exist in ${target}`);
    }
  };
  for (const post of content.posts) {
    need(post.filePath, 'authors', 'people', post.data.authors);
    need(post.filePath, 'department', 'departments', [post.data.department]);
    need(post.filePath, 'videos', 'videos', post.data.videos);
    need(post.filePath, 'review.proofreadBy', 'people', [post.data.review?.proofreadBy]);
  }
  for (const person of content.people) {
    need(person.filePath, 'department', 'departments', [person.data.department]);
    need(person.filePath, 'location', 'locations', [person.data.location]);
  }
  for (const team of content.teams) need(team.filePath, 'members', 'people', [...team.data.members, ...team.data.leads]);
  for (const video of content.videos) {
    need(video.filePath, 'people', 'people', video.data.people);
    need(video.filePath, 'department', 'departments', [video.data.department]);
    need(video.filePath, 'posts', 'posts', video.data.posts);
  }
  for (const job of content.jobs) {
    need(job.filePath, 'department', 'departments', [job.data.department]);
    need(job.filePath, 'locations', 'locations', job.data.locations);
    need(job.filePath, 'contact', 'people', [job.data.contact]);
  }
  need('site.yaml', 'editorial.fallbackTeam', 'teams', [content.site.editorial.fallbackTeam]);
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
    const names = ['site', 'departments', 'locations', 'posts', 'people', 'teams', 'videos', 'jobs'] as const;
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
