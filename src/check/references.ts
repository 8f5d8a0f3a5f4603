import { ID_PATTERN } from '../schemas/common.ts';
import type { CollectionName, SourceEntry, Unreadable } from './source.ts';
import type { Finding } from './types.ts';
import { closest } from './schema-issues.ts';
import { slugify } from '../lib/slug.ts';
import { fieldName } from '../lib/data-path.ts';
import { REFERENCE_FOLDERS, REFERENCES, referencedIds, type ReferenceTarget } from '../schemas/references.ts';

/** A validated entry: its source and the schema's output. */
export interface Checked {
  source: SourceEntry;
  data: Record<string, unknown>;
  /** False when the schema rejected the entry: `data` is then the raw, unparsed data. */
  valid: boolean;
}

export type CheckedContent = Record<CollectionName, Checked[]>;

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

/**
 * Every post needs its own feed id. A post copied as a template keeps the `guid:` line of
 * its original, and feed readers would merge the two. The original is the post with the
 * earliest `date` (an unreadable date counts as latest), ties broken by id; every other
 * post with the same guid is "the copy" and is reported, naming the original.
 */
export function checkGuids(posts: readonly Checked[]): Finding[] {
  const time = (post: Checked) => {
    const date = post.data['date'];
    return date instanceof Date && !Number.isNaN(date.getTime()) ? date.getTime() : Number.POSITIVE_INFINITY;
  };
  const byGuid = new Map<string, Checked[]>();
  for (const post of posts) {
    const guid = post.data['guid'];
    if (typeof guid !== 'string' || guid.trim() === '') continue;
    const key = guid.trim().toLowerCase();
    byGuid.set(key, [...(byGuid.get(key) ?? []), post]);
  }
  const findings: Finding[] = [];
  for (const group of byGuid.values()) {
    if (group.length < 2) continue;
    const [original, ...copies] = [...group].sort(
      (a, b) => time(a) - time(b) || (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0),
    );
    for (const copy of copies) {
      findings.push({
        severity: 'error',
        file: copy.source.file,
        ...copy.source.locate(['guid']),
        field: 'guid',
        rule: 'duplicate-guid',
        params: { value: String(copy.data['guid']), other: original!.source.file },
      });
    }
  }
  return findings;
}

/** Where a missing entry would go: `people/anna-berger.md`, or `departments.yaml (id: x)`. */
const createHint = (target: ReferenceTarget, id: string) =>
  REFERENCE_FOLDERS[target].endsWith('/')
    ? `${REFERENCE_FOLDERS[target]}${id}${target === 'posts' ? '.mdx' : '.md'}`
    : `${REFERENCE_FOLDERS[target]} (id: ${id})`;

/** Every reference must name an existing entry. */
export function checkReferences(content: CheckedContent, unreadable: Unreadable = {}): Finding[] {
  const ids = Object.fromEntries(
    (Object.keys(REFERENCE_FOLDERS) as ReferenceTarget[]).map((target) => [
      target,
      new Set(content[target].map((entry) => entry.source.id)),
    ]),
  ) as Record<ReferenceTarget, Set<string>>;
  // An entry whose file could not be read is reported once (as a YAML error), not again
  // by every reference to it; a whole unreadable data file silences its references.
  const exists = (target: ReferenceTarget, id: string) => {
    const broken = unreadable[target];
    return ids[target].has(id) || broken === 'all' || (broken instanceof Set && broken.has(id));
  };
  const findings: Finding[] = [];
  for (const ref of REFERENCES) {
    for (const entry of content[ref.from]) {
      for (const [id, dataPath] of referencedIds(entry.data, ref)) {
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
            target: REFERENCE_FOLDERS[ref.to],
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
