import { ID_PATTERN } from '../schemas/common.ts';
import type { CollectionName, SourceEntry, Unreadable } from './source.ts';
import type { Finding } from './types.ts';
import { closest } from './schema-issues.ts';
import { slugify } from '../lib/slug.ts';
import { fieldName, valueAt } from '../lib/data-path.ts';

/** A validated entry: its source and the schema's output. */
export interface Checked {
  source: SourceEntry;
  data: Record<string, unknown>;
  /** False when the schema rejected the entry: `data` is then the raw, unparsed data. */
  valid: boolean;
}

export type CheckedContent = Record<CollectionName, Checked[]>;

type RefTarget = Exclude<CollectionName, 'site'>;

const FOLDER: Record<RefTarget, string> = {
  departments: 'departments.yaml',
  locations: 'locations.yaml',
  posts: 'posts/',
  people: 'people/',
  teams: 'teams/',
  videos: 'videos/',
  jobs: 'jobs/',
};

/** Every reference field: collection, path in data, target collection. */
const REFERENCES: Array<{ from: CollectionName; path: string[]; to: RefTarget; list?: boolean }> = [
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

/** Entry ids must be valid and unique; `x.mdx` beside `x/index.mdx` or `X.md` beside `x.md` collide. */
export function checkIds(all: Record<CollectionName, SourceEntry[]>): Finding[] {
  const findings: Finding[] = [];
  for (const [collection, entries] of Object.entries(all) as Array<[CollectionName, SourceEntry[]]>) {
    if (collection === 'site') continue;
    const seen = new Map<string, SourceEntry>();
    for (const entry of entries) {
      const isFile = collection !== 'departments' && collection !== 'locations';
      if (isFile && !ID_PATTERN.test(entry.id)) {
        const suggestion = slugify(entry.id);
        findings.push({
          severity: 'error',
          file: entry.file,
          line: 1,
          column: 1,
          field: '(Dateiname)',
          rule: 'id-format',
          params: { value: entry.id, suggestion },
        });
      }
      const key = entry.id.toLowerCase();
      const other = seen.get(key);
      if (other) {
        findings.push({
          severity: 'error',
          file: entry.file,
          ...(isFile ? { line: 1, column: 1 } : entry.locate(['id'])),
          field: isFile ? '(Dateiname)' : 'id',
          rule: 'duplicate-entry',
          params: { value: entry.id, other: other.file },
        });
      } else seen.set(key, entry);
    }
  }
  return findings;
}

/** Where a missing entry would go: `people/anna-berger.md`, or `departments.yaml (id: x)`. */
const createHint = (target: RefTarget, id: string) =>
  FOLDER[target].endsWith('/') ? `${FOLDER[target]}${id}${target === 'posts' ? '.mdx' : '.md'}` : `${FOLDER[target]} (id: ${id})`;

/** Every reference must name an existing entry. */
export function checkReferences(content: CheckedContent, unreadable: Unreadable = {}): Finding[] {
  const ids = Object.fromEntries(
    (Object.keys(FOLDER) as RefTarget[]).map((target) => [target, new Set(content[target].map((entry) => entry.source.id))]),
  ) as Record<RefTarget, Set<string>>;
  // An entry whose file could not be read is reported once (as a YAML error), not again
  // by every reference to it; a whole unreadable data file silences its references.
  const exists = (target: RefTarget, id: string) => {
    const broken = unreadable[target];
    return ids[target].has(id) || broken === 'all' || (broken instanceof Set && broken.has(id));
  };
  const findings: Finding[] = [];
  for (const ref of REFERENCES) {
    for (const entry of content[ref.from]) {
      const value = valueAt(entry.data, ref.path);
      const values: Array<[string, Array<string | number>]> = ref.list
        ? ((value as string[] | undefined) ?? []).map((id, index) => [id, [...ref.path, index]])
        : typeof value === 'string'
          ? [[value, ref.path]]
          : [];
      for (const [id, dataPath] of values) {
        if (exists(ref.to, id)) continue;
        const known = [...ids[ref.to]].sort();
        const near = closest(id, known);
        findings.push({
          severity: 'error',
          file: entry.source.file,
          ...entry.source.locate(dataPath),
          field: fieldName(dataPath),
          rule: 'missing-reference',
          params: {
            value: id,
            target: FOLDER[ref.to],
            near,
            known: known.slice(0, 8).join(', '),
            create: createHint(ref.to, id),
          },
        });
      }
    }
  }
  for (const team of content.teams) {
    const members = new Set((team.data['members'] as string[]) ?? []);
    ((team.data['leads'] as string[]) ?? []).forEach((lead, index) => {
      if (!members.has(lead)) {
        findings.push({
          severity: 'error',
          file: team.source.file,
          ...team.source.locate(['leads', index]),
          field: `leads[${index}]`,
          rule: 'lead-not-member',
          params: { value: lead },
        });
      }
    });
  }
  return findings;
}
