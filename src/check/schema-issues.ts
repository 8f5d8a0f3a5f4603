import path from 'node:path';
import { z } from 'astro/zod';
import {
  departmentSchema,
  jobSchema,
  locationSchema,
  personSchema,
  postSchema,
  siteSchema,
  teamSchema,
  videoSchema,
} from '../schemas/index.ts';
import { ruleOf } from '../schemas/common.ts';
import { SOCIAL_TEXT_MAX } from '../schemas/posts.ts';
import type { CollectionName, SourceEntry } from './source.ts';
import type { Finding } from './types.ts';
import { lookUp } from './files.ts';
import { useFile } from './inventory.ts';
import { checkImageFile } from './images.ts';
import { fieldName, valueAt } from '../lib/data-path.ts';

/** In the check, an image field is a path string; existence is checked separately. */
const imageStub = () => z.string().min(1);

export const SCHEMAS: Record<CollectionName, z.ZodType> = {
  site: siteSchema(),
  departments: departmentSchema(),
  locations: locationSchema(),
  posts: postSchema(imageStub),
  people: personSchema(imageStub),
  teams: teamSchema(imageStub),
  videos: videoSchema(imageStub),
  jobs: jobSchema(),
};

/** The object schema at a path, unwrapping optional/default/pipe/array, to list allowed keys. */
export function keysAt(schema: z.ZodType, dataPath: ReadonlyArray<PropertyKey>): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    for (let guard = 0; guard < 10; guard++) {
      const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
      if (!def) return;
      if (def['innerType']) current = def['innerType'];
      else if (def['type'] === 'pipe') current = def['in'];
      else return;
    }
  };
  unwrap();
  for (const part of dataPath) {
    const def = (current as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def['type'] === 'object') current = (def['shape'] as Record<string, unknown>)[String(part)];
    else if (def['type'] === 'array') current = def['element'];
    else return [];
    unwrap();
  }
  const def = (current as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
  return def?.['type'] === 'object' ? Object.keys(def['shape'] as object) : [];
}

/** German (and common English) words authors type for the real field names. */
const ALIASES: Record<string, string> = {
  titel: 'title',
  ueberschrift: 'title',
  überschrift: 'title',
  beschreibung: 'description',
  teaser: 'description',
  datum: 'date',
  autor: 'authors',
  autoren: 'authors',
  author: 'authors',
  art: 'kind',
  typ: 'kind',
  type: 'kind',
  schlagworte: 'tags',
  tag: 'tags',
  abteilung: 'department',
  bereich: 'department',
  bild: 'cover',
  image: 'cover',
  entwurf: 'draft',
  rolle: 'role',
  foto: 'photo',
  bild_alt: 'alt',
  einwilligung: 'consent',
  standort: 'location',
  standorte: 'locations',
  mitglieder: 'members',
  dauer: 'duration',
  personen: 'people',
  untertitel: 'captions',
  gehalt: 'salary',
  kontakt: 'contact',
  bewerbung: 'apply',
  aktualisiert: 'updated',
  video: 'videos',
};

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}

/** The closest allowed name, by alias or by edit distance (at most 2 edits). */
export function closest(value: string, allowed: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  const alias = ALIASES[lower];
  if (alias && allowed.includes(alias)) return alias;
  let best: { name: string; score: number } | undefined;
  for (const name of allowed) {
    const score = distance(lower, name.toLowerCase());
    if (score <= 2 && (!best || score < best.score)) best = { name, score };
  }
  return best?.name;
}

/** A date with a time but no offset (`2024-03-01T10:00`, `2024-03-01 10:00:00`): day, hh:mm, seconds. */
const NO_OFFSET = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** Fields whose value is a date (their schema is a union, so zod names no type). */
const DATE_FIELDS = new Set(['date', 'updated', 'consent', 'datePosted', 'validThrough', 'privacyClearedOn']);

/** What to write into a missing field, for the `required` message. */
function requiredExample(issue: z.core.$ZodIssue, field: string): string {
  if (DATE_FIELDS.has(field) || issue.code === 'invalid_union') return '2026-03-02';
  if (issue.code === 'invalid_value') return String(issue.values[0] ?? '…');
  if (issue.code === 'invalid_type') {
    if (issue.expected === 'array') return '[…]';
    if (issue.expected === 'boolean') return 'true';
    if (issue.expected === 'number') return '1';
  }
  return '…';
}

/** Turns a zod issue into findings (one per unknown key). */
function findingsFromIssue(entry: SourceEntry, schema: z.ZodType, issue: z.core.$ZodIssue): Finding[] {
  const at = (dataPath: ReadonlyArray<PropertyKey>, key = false) => ({ file: entry.file, ...entry.locate(dataPath, key) });
  const value = valueAt(entry.data, issue.path);
  const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  if (issue.code === 'unrecognized_keys') {
    const allowed = keysAt(schema, issue.path);
    return issue.keys.map((key) => {
      const suggestion = closest(key, allowed);
      return {
        severity: 'error',
        ...at([...issue.path, key], true),
        field: fieldName([...issue.path, key]),
        rule: 'unknown-key',
        params: { key, suggestionValue: suggestion, allowed: allowed.join(', ') },
      } satisfies Finding;
    });
  }
  const base = { severity: 'error' as const, ...at(issue.path), field: fieldName(issue.path) || '(…)' };
  const custom = ruleOf(issue.message);
  if (custom === 'date-format') {
    // A time without its offset: `2024-03-01T10:00` is a day and a time, but not an instant.
    const noOffset = NO_OFFSET.exec(shown.trim());
    if (noOffset) {
      const time = `${noOffset[2]}:${noOffset[3] ?? '00'}`;
      return [{ ...base, rule: 'date-offset', params: { value: shown, day: noOffset[1], time } }];
    }
  }
  if (custom === 'social-too-long') {
    return [{ ...base, rule: custom, params: { length: [...shown.trim()].length, max: SOCIAL_TEXT_MAX } }];
  }
  if (custom) return [{ ...base, rule: custom, params: { value: shown } }];
  // A field that is not there at all, whatever type zod expected (a date is a union, an
  // enum a value check): say which field and what to write.
  if (value === undefined && issue.path.length > 0 && issue.code !== 'custom') {
    const field = String(issue.path.at(-1));
    return [
      { ...base, ...at(issue.path.slice(0, -1)), rule: 'required', params: { field, example: requiredExample(issue, field) } },
    ];
  }
  switch (issue.code) {
    case 'invalid_type':
      return [{ ...base, rule: 'wrong-type', params: { expected: issue.expected } }];
    case 'invalid_value':
      return [{ ...base, rule: 'enum', params: { value: shown, values: issue.values.map(String).join(', ') } }];
    case 'too_small':
      if (issue.origin === 'array') return [{ ...base, rule: 'empty-list', params: { minimum: Number(issue.minimum) } }];
      if (issue.origin === 'string') return [{ ...base, rule: 'empty', params: {} }];
      return [{ ...base, rule: 'out-of-range', params: { detail: `≥ ${String(issue.minimum)}` } }];
    case 'too_big':
      return [{ ...base, rule: 'out-of-range', params: { detail: `≤ ${String(issue.maximum)}` } }];
    case 'invalid_format':
      return [
        {
          ...base,
          rule: issue.format === 'email' ? 'email' : issue.format === 'url' ? 'url' : 'format',
          params: { value: shown },
        },
      ];
    case 'invalid_key': {
      // A name in a group of names (`tagLabels:`) that breaks its own rule, e.g. an id.
      const inner = ruleOf(issue.issues[0]?.message ?? '');
      const key = String(issue.path.at(-1) ?? '');
      if (inner) return [{ ...base, ...at(issue.path, true), rule: inner, params: { value: key } }];
      return [{ ...base, rule: 'invalid', params: { detail: issue.message } }];
    }
    case 'invalid_union': {
      // A date given as something other than text, e.g. a number.
      return [{ ...base, rule: 'wrong-type', params: { expected: 'text' } }];
    }
    default:
      return [{ ...base, rule: 'invalid', params: { detail: issue.message } }];
  }
}

/** Validates one entry against its collection schema; returns findings and the parsed data. */
export function validateEntry(entry: SourceEntry): { findings: Finding[]; parsed?: unknown } {
  return validateWith(entry, SCHEMAS[entry.collection], entry.data);
}

/** Validates `data` (an entry's, or part of it) against `schema`, with findings at the entry's lines. */
export function validateWith(entry: SourceEntry, schema: z.ZodType, data: unknown): { findings: Finding[]; parsed?: unknown } {
  const result = schema.safeParse(data);
  if (result.success) return { findings: [], parsed: result.data };
  return { findings: result.error.issues.flatMap((issue) => findingsFromIssue(entry, schema, issue)) };
}

/**
 * Checks that an image path exists next to the entry, with the exact case, and that the
 * file is a picture the build can use (images.ts); the file found is added to `used`
 * (see src/check/inventory.ts).
 */
export function checkImagePath(entry: SourceEntry, dataPath: PropertyKey[], src: string, used?: Set<string>): Finding[] {
  const base = { severity: 'error' as const, file: entry.file, ...entry.locate(dataPath), field: fieldName(dataPath) };
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//'))
    return [{ ...base, rule: 'image-remote', params: { value: src } }];
  const found = lookUp(path.dirname(entry.absolutePath), src);
  useFile(used, path.dirname(entry.absolutePath), src);
  if (found.exists) return checkImageFile(path.resolve(path.dirname(entry.absolutePath), src), src, base);
  return [{ ...base, rule: 'image-missing', params: { value: src, caseTwin: found.caseTwin } }];
}
