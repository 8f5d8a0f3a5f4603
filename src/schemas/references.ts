import { valueAt } from '../lib/data-path.ts';

/** The content's collections, as `content.config.ts` names them. */
export type CollectionName = 'site' | 'departments' | 'locations' | 'posts' | 'people' | 'teams' | 'videos' | 'jobs';

/** A collection an id can point at (site.yaml is a single entry). */
export type ReferenceTarget = Exclude<CollectionName, 'site'>;

/** One field that holds the id (or a list of ids) of another entry. */
export interface Reference {
  from: CollectionName;
  path: readonly string[];
  to: ReferenceTarget;
  list?: true;
}

/**
 * Every cross-reference in the content: which field points at which collection. The one
 * table that both the content check (src/check/references.ts: a finding with line and
 * suggestion per broken id) and the data layer (src/data/load.ts: a build never renders
 * a dangling reference) read, so a new reference field is added here once.
 */
export const REFERENCES: readonly Reference[] = [
  { from: 'posts', path: ['authors'], to: 'people', list: true },
  { from: 'posts', path: ['department'], to: 'departments' },
  { from: 'posts', path: ['videos'], to: 'videos', list: true },
  { from: 'posts', path: ['review', 'proofreadBy'], to: 'people' },
  { from: 'people', path: ['department'], to: 'departments' },
  { from: 'people', path: ['location'], to: 'locations' },
  { from: 'teams', path: ['members'], to: 'people', list: true },
  { from: 'teams', path: ['leads'], to: 'people', list: true },
  { from: 'videos', path: ['people'], to: 'people', list: true },
  { from: 'videos', path: ['department'], to: 'departments' },
  { from: 'videos', path: ['posts'], to: 'posts', list: true },
  { from: 'jobs', path: ['department'], to: 'departments' },
  { from: 'jobs', path: ['locations'], to: 'locations', list: true },
  { from: 'jobs', path: ['contact'], to: 'people' },
  { from: 'site', path: ['editorial', 'fallbackTeam'], to: 'teams' },
];

/** Where the entries of each collection live, as an author reads it in a message. */
export const REFERENCE_FOLDERS: Record<ReferenceTarget, string> = {
  departments: 'departments.yaml',
  locations: 'locations.yaml',
  posts: 'posts/',
  people: 'people/',
  teams: 'teams/',
  videos: 'videos/',
  jobs: 'jobs/',
};

/** The ids one entry's data names through `reference`, each with its data path (`['authors', 1]`). */
export function referencedIds(data: unknown, reference: Reference): Array<[string, Array<string | number>]> {
  const value = valueAt(data, reference.path);
  if (reference.list) {
    return Array.isArray(value)
      ? value.flatMap((id, index) =>
          typeof id === 'string' ? [[id, [...reference.path, index]] as [string, Array<string | number>]] : [],
        )
      : [];
  }
  return typeof value === 'string' ? [[value, [...reference.path]]] : [];
}
