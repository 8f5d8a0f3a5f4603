import type { ImageMetadata } from 'astro';
import { loadContent, publishOptions, type Entry, type RawContent } from './load.ts';
import { byDateDesc, consentGiven, isOpenJob, isPublished, type PublishOptions } from '../lib/publishing.ts';
import { effectiveInstant, readingMinutes } from '../lib/dates.ts';
import { relatedBy } from '../lib/related.ts';
import { paths } from '../lib/urls.ts';
import type { Site } from '../schemas/site.ts';
import { parseDuration } from '../schemas/videos.ts';
import { buildTranslations, type TranslationModel } from './translations.ts';

/**
 * Ready view models for pages: references resolved, unpublished and unconsented
 * entries removed, every list sorted. Pages and components only ever see these.
 */

export interface Picture {
  src: ImageMetadata;
  alt: string;
}

export interface Department {
  id: string;
  name: string;
  description: string;
  url: string;
}

export interface Location {
  id: string;
  name: string;
  address: Entry<'locations'>['data']['address'];
}

export interface Tag {
  id: string;
  label: string;
  url: string;
}

export interface Person {
  id: string;
  name: string;
  role: string;
  department: Department | undefined;
  location: Location | undefined;
  photo: Picture | undefined;
  pronouns: string | undefined;
  /** Business phone for applicants (people schema `phone`); a Person exists only with consent. */
  phone: string | undefined;
  since: number | undefined;
  links: Array<{ label: string; url: string }>;
  url: string;
  entry: Entry<'people'>;
}

export interface Team {
  id: string;
  name: string;
  description: string;
  members: Person[];
  leads: Person[];
  meets: string | undefined;
  founded: number | undefined;
  cover: Picture | undefined;
  url: string;
  entry: Entry<'teams'>;
}

export interface Video {
  id: string;
  title: string;
  description: string;
  kind: Entry<'videos'>['data']['kind'];
  youtube: string | undefined;
  file: string | undefined;
  poster: Picture;
  duration: string;
  /** The duration in seconds (for structured data and feeds). */
  seconds: number;
  /** A WebVTT captions file beside the entry, e.g. `./untertitel.vtt`. */
  captions: string | undefined;
  date: Date;
  people: Person[];
  department: Department | undefined;
  postIds: string[];
  url: string;
  entry: Entry<'videos'>;
}

export interface Post {
  id: string;
  title: string;
  description: string;
  date: Date;
  updated: Date | undefined;
  kind: Entry<'posts'>['data']['kind'];
  tags: Tag[];
  department: Department | undefined;
  cover: Picture | undefined;
  /** Authors with consent. */
  authors: Person[];
  /** The team credited when an author withdrew consent (or none is left). */
  creditedTeam: Team | undefined;
  /** The byline as every page, feed, card and JSON-LD shows it: the authors, then the credited team. */
  credits: Credit[];
  /** The people who answer in the post's `<Interview>` (with consent), in order of appearance. */
  interviewees: Person[];
  videos: Video[];
  draft: boolean;
  /** Dated in the future (only visible in preview). */
  scheduled: boolean;
  readingMinutes: number;
  url: string;
  entry: Entry<'posts'>;
}

/** One name in a post's byline. */
export interface Credit {
  name: string;
  url: string;
  kind: 'person' | 'team';
}

export interface Job {
  id: string;
  title: string;
  description: string;
  department: Department;
  locations: Location[];
  employmentType: Entry<'jobs'>['data']['employmentType'];
  remote: Entry<'jobs'>['data']['remote'];
  datePosted: Date;
  validThrough: Date;
  startDate: Date | undefined;
  salary: Entry<'jobs'>['data']['salary'];
  apply: Entry<'jobs'>['data']['apply'];
  contact: Person | undefined;
  url: string;
  entry: Entry<'jobs'>;
}

export interface SiteModel {
  site: Site;
  departments: Department[];
  locations: Location[];
  people: Person[];
  teams: Team[];
  posts: Post[];
  tags: Array<Tag & { posts: Post[] }>;
  videos: Video[];
  jobs: Job[];
  now: Date;
  /**
   * The other languages' view (src/data/translations.ts): per language, the entries that
   * have a published translation, merged with their original. Nothing German reads it.
   */
  translations: TranslationModel;
}

const tagLabel = (id: string, labels: Record<string, string>) =>
  labels[id] ??
  id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/**
 * The ids in a post's `<Antwort von="…">` (the MDX kit's interview), first appearance
 * first. The check has validated them; people without consent are dropped by the caller.
 */
export function intervieweeIds(body: string): string[] {
  const ids = [...body.matchAll(/<Antwort\b[^>]*?\bvon\s*=\s*(["'])([^"']+)\1/g)].map((match) => match[2]!.trim());
  return [...new Set(ids)];
}

/** The view models of loaded content, for one build's idea of what is published. */
export function buildModel(raw: RawContent, options: PublishOptions): SiteModel {
  const departments: Department[] = raw.departments.map((entry) => ({
    id: entry.data.id,
    name: entry.data.name,
    description: entry.data.description,
    url: paths.department(entry.id),
  }));
  const departmentById = new Map(departments.map((department) => [department.id, department]));
  const locations = raw.locations.map((entry) => ({ id: entry.id, name: entry.data.name, address: entry.data.address }));
  const locationById = new Map(locations.map((location) => [location.id, location]));
  const dept = (id: string | undefined) => (id ? departmentById.get(id) : undefined);

  // The consent register: a person without a consent date, or with one after this build's
  // now, does not exist for the site.
  const people: Person[] = raw.people
    .filter((entry) => consentGiven(entry.data.consent, options.now))
    .map((entry) => ({
      id: entry.id,
      name: entry.data.name,
      role: entry.data.role,
      department: dept(entry.data.department),
      location: entry.data.location ? locationById.get(entry.data.location) : undefined,
      photo: entry.data.photo as Picture | undefined,
      pronouns: entry.data.pronouns,
      phone: entry.data.phone,
      since: entry.data.since,
      links: entry.data.links,
      url: paths.person(entry.id),
      entry,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const personById = new Map(people.map((person) => [person.id, person]));
  const persons = (ids: string[]) =>
    ids.map((id) => personById.get(id)).filter((person): person is Person => person !== undefined);

  const teams: Team[] = raw.teams.map((entry) => ({
    id: entry.id,
    name: entry.data.name,
    description: entry.data.description,
    members: persons(entry.data.members),
    leads: persons(entry.data.leads),
    meets: entry.data.meets,
    founded: entry.data.founded,
    cover: entry.data.cover as Picture | undefined,
    url: paths.team(entry.id),
    entry,
  }));
  const fallbackTeam = teams.find((team) => team.id === raw.site.editorial.fallbackTeam) ?? teams[0];

  const videos: Video[] = raw.videos
    .filter((entry) => isPublished(entry.data, options))
    .map((entry) => ({
      id: entry.id,
      title: entry.data.title,
      description: entry.data.description,
      kind: entry.data.kind,
      youtube: entry.data.youtube,
      file: entry.data.file,
      poster: entry.data.poster as Picture,
      duration: entry.data.duration,
      seconds: parseDuration(entry.data.duration) ?? 0,
      captions: entry.data.captions,
      date: entry.data.date,
      people: persons(entry.data.people),
      department: dept(entry.data.department),
      postIds: entry.data.posts,
      url: paths.video(entry.id),
      entry,
    }))
    .sort(byDateDesc);
  const videoById = new Map(videos.map((video) => [video.id, video]));

  const posts: Post[] = raw.posts
    .filter((entry) => isPublished(entry.data, options))
    .map((entry) => {
      const authors = persons(entry.data.authors);
      const creditedTeam = authors.length < entry.data.authors.length ? fallbackTeam : undefined;
      return {
        id: entry.id,
        title: entry.data.title,
        description: entry.data.description,
        date: entry.data.date,
        updated: entry.data.updated,
        kind: entry.data.kind,
        tags: entry.data.tags.map((tag) => ({ id: tag, label: tagLabel(tag, raw.site.tagLabels), url: paths.topic(tag) })),
        department: dept(entry.data.department),
        cover: entry.data.cover as Picture | undefined,
        authors,
        creditedTeam,
        credits: [
          ...authors.map((author): Credit => ({ name: author.name, url: author.url, kind: 'person' })),
          ...(creditedTeam ? [{ name: creditedTeam.name, url: creditedTeam.url, kind: 'team' as const }] : []),
        ],
        interviewees: persons(intervieweeIds(entry.body ?? '')),
        videos: entry.data.videos.map((id) => videoById.get(id)).filter((video): video is Video => video !== undefined),
        draft: entry.data.draft,
        scheduled: effectiveInstant(entry.data.date).getTime() > options.now.getTime(),
        readingMinutes: readingMinutes(entry.body ?? ''),
        url: paths.post(entry.id),
        entry,
      };
    })
    .sort(byDateDesc);

  const tagMap = new Map<string, Tag & { posts: Post[] }>();
  for (const post of posts) {
    for (const tag of post.tags) {
      const bucket = tagMap.get(tag.id) ?? { ...tag, posts: [] };
      bucket.posts.push(post);
      tagMap.set(tag.id, bucket);
    }
  }
  const tags = [...tagMap.values()].sort((a, b) => a.label.localeCompare(b.label, 'de'));

  const jobs: Job[] = raw.jobs
    .filter((entry) => isOpenJob(entry.data, options))
    .map((entry) => ({
      id: entry.id,
      title: entry.data.title,
      description: entry.data.description,
      department: departmentById.get(entry.data.department)!,
      locations: entry.data.locations.map((id) => locationById.get(id)!),
      employmentType: entry.data.employmentType,
      remote: entry.data.remote,
      datePosted: entry.data.datePosted,
      validThrough: entry.data.validThrough,
      startDate: entry.data.startDate,
      salary: entry.data.salary,
      apply: entry.data.apply,
      contact: personById.get(entry.data.contact),
      url: paths.job(entry.id),
      entry,
    }))
    .sort((a, b) => b.datePosted.getTime() - a.datePosted.getTime() || a.title.localeCompare(b.title, 'de'));

  const german = { site: raw.site, departments, locations, people, teams, posts, tags, videos, jobs, now: options.now };
  return { ...german, translations: buildTranslations(raw, german, options) };
}

let model: Promise<SiteModel> | undefined;

/** The whole site's view model, built once per build. */
export function getModel(): Promise<SiteModel> {
  model ??= loadContent().then((raw) => buildModel(raw, publishOptions()));
  return model;
}

/** Posts a person wrote (published, newest first). */
export const postsBy = (m: SiteModel, personId: string) =>
  m.posts.filter((post) => post.authors.some((author) => author.id === personId));

/** Videos a person appears in. */
export const videosWith = (m: SiteModel, personId: string) =>
  m.videos.filter((video) => video.people.some((person) => person.id === personId));

/** A post as relatedBy ranks it: tag and department ids. */
interface Rankable {
  post: Post;
  id: string;
  date: Date;
  tags: string[];
  department: string | undefined;
}
/** The records of each model, made once, with the posts of each tag and department. */
interface RankIndex {
  records: Map<string, Rankable>;
  byTag: Map<string, Rankable[]>;
  byDepartment: Map<string, Rankable[]>;
}
const rankIndexes = new WeakMap<SiteModel, RankIndex>();

function rankIndex(m: SiteModel): RankIndex {
  let index = rankIndexes.get(m);
  if (!index) {
    index = { records: new Map(), byTag: new Map(), byDepartment: new Map() };
    const add = (lists: Map<string, Rankable[]>, key: string, record: Rankable) => {
      const list = lists.get(key);
      if (list) list.push(record);
      else lists.set(key, [record]);
    };
    for (const item of m.posts) {
      const record = {
        post: item,
        id: item.id,
        date: item.date,
        tags: item.tags.map((tag) => tag.id),
        department: item.department?.id,
      };
      index.records.set(item.id, record);
      for (const tag of new Set(record.tags)) add(index.byTag, tag, record);
      if (record.department) add(index.byDepartment, record.department, record);
    }
    rankIndexes.set(m, index);
  }
  return index;
}

/**
 * The people a teaser shows (home's "people behind the stories"): the authors of the newest
 * posts first, then everyone else in the people list's order, `limit` at most. Everyone is on
 * the people page; home listing all of them grew with the company (22 cards in the demo, 42
 * on the 1000-post bench site) and was most of its HTML and layout work.
 */
export function featuredPeople(m: SiteModel, limit: number): Person[] {
  const chosen = new Map<string, Person>();
  for (const person of [...m.posts.flatMap((post) => post.authors), ...m.people]) {
    if (chosen.size >= limit) break;
    if (!chosen.has(person.id)) chosen.set(person.id, person);
  }
  return [...chosen.values()];
}

/**
 * Posts related to this one (shared tags, then department), newest first. Every post
 * page asks; making the records per page would be quadratic in the number of posts, and
 * only posts that share a tag or the department can rank at all, so only those are
 * looked at (the ranking is a total order: which others are skipped does not change it).
 */
export function relatedPosts(m: SiteModel, post: Post, limit = 3): Post[] {
  const { records, byTag, byDepartment } = rankIndex(m);
  const current = records.get(post.id);
  if (!current) throw new Error(`relatedPosts: ${post.id} is not a published post of this build`);
  const candidates = new Set<Rankable>();
  for (const tag of current.tags) for (const record of byTag.get(tag) ?? []) candidates.add(record);
  if (current.department) for (const record of byDepartment.get(current.department) ?? []) candidates.add(record);
  return relatedBy(current, [...candidates], limit).map((record) => record.post);
}
