/**
 * The benchmark corpus's data, read from `data/` at run time:
 * - `words.json`: word lists for German-like text. The sentences are not meant to be read,
 *   only to look like a career blog to the Markdown pipeline: real word lengths, umlauts
 *   and ß, typographic quotes, headings, lists and bold phrases;
 * - `jobs.json`: the open positions;
 * - `content/`: files copied into the corpus as they are (`site.yaml`, `locations.yaml`).
 * Editing any of them changes the corpus: bump CORPUS_VERSION in corpus.ts.
 */
import { readFileSync } from 'node:fs';

/** A list the generator picks from: never empty, so `list[0]` and `pick()` always have an element. */
export type Words = readonly [string, ...string[]];

export interface Department {
  id: string;
  name: string;
  description: string;
}

export interface Job {
  id: string;
  title: string;
  department: string;
  type: 'full-time' | 'part-time' | 'apprenticeship' | 'working-student' | 'internship';
}

const DATA = new URL('./data/', import.meta.url);

/** Reads a JSON file of `data/`, naming the file when it is not valid JSON. */
export function readData(name: string): unknown {
  const file = new URL(name, DATA);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file.pathname}: ${(error as Error).message}`, { cause: error });
  }
}

/** Files copied byte for byte into the corpus's content folder. */
export const CONTENT_DIR = new URL('content/', DATA);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isWords = (value: unknown): value is Words =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && item.length > 0);

const data = readData('words.json') as Record<string, unknown>;

function words(key: string): Words {
  const value = data[key];
  if (!isWords(value)) throw new Error(`data/words.json: "${key}" must be a non-empty list of non-empty strings`);
  return value;
}

function departments(): readonly [Department, ...Department[]] {
  const value = data['departments'];
  const valid =
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => isRecord(item) && ['id', 'name', 'description'].every((key) => typeof item[key] === 'string'));
  if (!valid) throw new Error('data/words.json: "departments" must be a non-empty list of { id, name, description }');
  return value as [Department, ...Department[]];
}

function roles(): Readonly<Record<string, Words>> {
  const value = data['roles'];
  if (!isRecord(value) || !Object.values(value).every(isWords)) {
    throw new Error('data/words.json: "roles" must map each department id to a non-empty list of roles');
  }
  return value as Record<string, Words>;
}

export const FIRST_NAMES = words('firstNames');
export const LAST_NAMES = words('lastNames');
export const DEPARTMENTS = departments();
export const ROLES = roles();
export const TAGS = words('tags');
export const SUBJECTS = words('subjects');
export const VERBS = words('verbs');
export const INFINITIVES = words('infinitives');
export const OBJECTS = words('objects');
export const ADVERBIALS = words('adverbials');
export const CONNECTORS = words('connectors');
export const PLURAL_SUBJECTS = words('pluralSubjects');
export const PLURAL_VERBS = words('pluralVerbs');
export const NEEDS = words('needs');
export const ADJECTIVES = words('adjectives');
export const GROUPS = words('groups');
export const HEADINGS = words('headings');
export const QUESTIONS = words('questions');
export const LIST_ITEMS = words('listItems');
export const TITLE_PATTERNS = words('titlePatterns');
export const TOPICS = words('topics');

const EMPLOYMENT_TYPES: readonly string[] = ['full-time', 'part-time', 'apprenticeship', 'working-student', 'internship'];

function jobs(): readonly Job[] {
  const value = readData('jobs.json');
  const valid =
    Array.isArray(value) &&
    value.every(
      (item) =>
        isRecord(item) &&
        ['id', 'title', 'department'].every((key) => typeof item[key] === 'string') &&
        EMPLOYMENT_TYPES.includes(String(item['type'])),
    );
  if (!valid) throw new Error(`data/jobs.json: a list of { id, title, department, type } (type: ${EMPLOYMENT_TYPES.join(', ')})`);
  return value as Job[];
}

/** The open positions of the career page. */
export const JOBS = jobs();
