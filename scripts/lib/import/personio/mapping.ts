import { existsSync, readFileSync } from 'node:fs';
import { isMap, LineCounter, parseDocument, type Scalar } from 'yaml';
import { REMOTE_OPTIONS } from '../../../../src/schemas/jobs.ts';
import { ImportError } from '../xml.ts';

/**
 * The Personio mapping (`content/import/personio.yaml`): how Personio's office and
 * department names map to this site's locations and departments, and what the feed
 * does not carry — contact person, how to apply, how long a job stays up, and, per
 * job, the salary range.
 */

export type Remote = (typeof REMOTE_OPTIONS)[number];

export interface OfficeMapping {
  location: string;
  remote?: Remote;
}

export interface PersonioMapping {
  file: string;
  /** The company's Personio career page, e.g. `https://firma.jobs.personio.de`: each job's page there becomes its apply URL. */
  personio?: string;
  offices: Map<string, OfficeMapping>;
  departments: Map<string, string>;
  /** Department id → contact person id. */
  contacts: Map<string, string>;
  defaults: {
    contact?: string;
    apply?: { url?: string; email?: string };
    validThroughDays?: number;
  };
  /** Personio id → frontmatter fields the feed lacks (salary, remote, validThrough …). */
  jobs: Map<string, Record<string, unknown>>;
}

/** Fields a `jobs:` entry may set. */
export const JOB_OVERRIDES = [
  'salary',
  'remote',
  'validThrough',
  'startDate',
  'contact',
  'apply',
  'description',
  'department',
  'locations',
  'employmentType',
  'draft',
] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** Reads and checks the mapping file; a wrong shape fails with the line. */
export function readPersonioMapping(file: string, label: string): PersonioMapping {
  const mapping: PersonioMapping = {
    file: label,
    offices: new Map(),
    departments: new Map(),
    contacts: new Map(),
    defaults: {},
    jobs: new Map(),
  };
  if (!existsSync(file)) return mapping;
  const counter = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter });
  /** Fails at the key of the entry at `path` (where an author looks for it), else at its value. */
  const fail = (message: string, path: Array<string | number>): never => {
    const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
    const pair = isMap(parent) ? parent.items.find((item) => (item.key as Scalar | null)?.value === path.at(-1)) : undefined;
    const node = (pair?.key ?? document.getIn(path, true)) as { range?: [number, number, number] } | undefined;
    const position = counter.linePos(node?.range?.[0] ?? 0);
    throw new ImportError(message, label, position.line, position.col);
  };
  const error = document.errors[0];
  if (error)
    throw new ImportError(
      `YAML ist nicht lesbar: ${error.message.split('\n')[0]}`,
      label,
      error.linePos?.[0].line,
      error.linePos?.[0].col,
    );
  const data = (document.toJS() ?? {}) as unknown;
  if (!isRecord(data)) return fail('Die Zuordnungsdatei muss Abschnitte wie offices:, departments:, defaults: enthalten', []);
  const known = ['personio', 'offices', 'departments', 'contacts', 'defaults', 'jobs'];
  for (const key of Object.keys(data))
    if (!known.includes(key)) fail(`Unbekannter Abschnitt „${key}“ → erlaubt: ${known.join(', ')}`, [key]);
  const section = (key: string) => {
    const value = data[key] ?? {};
    return isRecord(value) ? value : fail(`„${key}“ muss eine Zuordnung sein (Name: Wert)`, [key]);
  };

  if (data['personio'] !== undefined) {
    const page = typeof data['personio'] === 'string' && URL.canParse(data['personio']) ? new URL(data['personio']) : undefined;
    if (!page || page.protocol !== 'https:' || page.pathname !== '/' || page.search || page.hash)
      fail('personio: erwartet wird die Adresse der Personio-Karriereseite, z. B. https://firma.jobs.personio.de', ['personio']);
    mapping.personio = page!.origin;
  }
  for (const [name, value] of Object.entries(section('offices'))) {
    if (typeof value === 'string') mapping.offices.set(name, { location: value });
    else if (
      isRecord(value) &&
      typeof value['location'] === 'string' &&
      (value['remote'] === undefined || REMOTE_OPTIONS.includes(value['remote'] as Remote))
    ) {
      mapping.offices.set(name, {
        location: value['location'],
        ...(value['remote'] ? { remote: value['remote'] as Remote } : {}),
      });
    } else
      fail(`offices → „${name}“: erwartet wird eine Standort-Kennung oder { location: kennung, remote: none|hybrid|full }`, [
        'offices',
        name,
      ]);
  }
  for (const [key, target] of [
    ['departments', mapping.departments],
    ['contacts', mapping.contacts],
  ] as const) {
    for (const [name, value] of Object.entries(section(key))) {
      if (typeof value !== 'string') fail(`${key} → „${name}“: erwartet wird eine Kennung`, [key, name]);
      target.set(name, value as string);
    }
  }
  const defaults = section('defaults');
  for (const key of Object.keys(defaults)) {
    if (!['contact', 'apply', 'validThroughDays'].includes(key))
      fail(`defaults → „${key}“ ist unbekannt → erlaubt: contact, apply, validThroughDays`, ['defaults', key]);
  }
  if (defaults['contact'] !== undefined) {
    if (typeof defaults['contact'] !== 'string')
      fail('defaults → contact: erwartet wird eine Personen-Kennung', ['defaults', 'contact']);
    mapping.defaults.contact = defaults['contact'] as string;
  }
  if (defaults['apply'] !== undefined) {
    const apply = defaults['apply'];
    if (
      !isRecord(apply) ||
      Object.keys(apply).some((key) => key !== 'url' && key !== 'email') ||
      Object.values(apply).some((value) => typeof value !== 'string')
    ) {
      fail('defaults → apply: erwartet wird { url: https://…/job/{id} } und/oder { email: … }', ['defaults', 'apply']);
    }
    mapping.defaults.apply = apply as { url?: string; email?: string };
  }
  if (defaults['validThroughDays'] !== undefined) {
    const days = defaults['validThroughDays'];
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 366) {
      fail('defaults → validThroughDays: erwartet wird eine Zahl von Tagen zwischen 1 und 366', ['defaults', 'validThroughDays']);
    }
    mapping.defaults.validThroughDays = days as number;
  }
  for (const [id, value] of Object.entries(section('jobs'))) {
    if (!isRecord(value)) fail(`jobs → „${id}“: erwartet werden Felder wie salary: { min, max, unit }`, ['jobs', id]);
    const fields = value as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      if (!(JOB_OVERRIDES as readonly string[]).includes(key))
        fail(`jobs → „${id}“ → „${key}“ ist unbekannt → erlaubt: ${JOB_OVERRIDES.join(', ')}`, ['jobs', id, key]);
    }
    mapping.jobs.set(String(id), fields);
  }
  return mapping;
}
