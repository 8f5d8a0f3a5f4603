import { existsSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import {
  entryIdFromPath,
  isEntryPath,
  isTranslationPath,
  translationFromPath,
  type EntryFolder,
  type TranslationLang,
} from '../lib/paths.ts';
import { readContentText, type EncodingIssue } from './encoding.ts';
import { listContentFiles } from './inventory.ts';

/**
 * Reads content files as text, with positions, the way an author sees them. YAML is
 * parsed as YAML 1.2 (the core schema), so `2024-02-30` stays text for the schema to judge.
 */

export type { CollectionName } from '../schemas/references.ts';
import type { CollectionName } from '../schemas/references.ts';

export interface SourceEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  absolutePath: string;
  /** Raw, unvalidated data. */
  data: unknown;
  /** Path inside the YAML document to this entry's data (e.g. `[3]` for the 4th department). */
  basePath: Array<string | number>;
  /** Finds the 1-based line and column of a data path; falls back to the entry's start. */
  locate: (dataPath: ReadonlyArray<PropertyKey>, key?: boolean) => { line: number; column: number };
  /** Markdown/MDX body, if any, and the line it starts on. */
  body?: string;
  bodyLine?: number;
}

/** A translation (`<id>.en.md`): `id` is its original's id, `collection` the original's folder. */
export interface SourceTranslation extends SourceEntry {
  collection: EntryFolder;
  lang: TranslationLang;
}

export interface SourceProblem {
  file: string;
  line: number;
  column: number;
  rule: 'yaml-syntax' | 'frontmatter-missing' | 'file-missing' | 'not-a-list';
  detail: string;
}

/** A file read here that is not UTF-8; the rest of the check read it as Windows-1252. */
export interface SourceEncodingIssue extends EncodingIssue {
  file: string;
  /** The decoded text, to name the field at the bad byte. */
  text: string;
}

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function makeLocator(doc: Document, counter: LineCounter, basePath: Array<string | number>, lineOffset: number) {
  return (dataPath: ReadonlyArray<PropertyKey>, key = false) => {
    const full = [...basePath, ...dataPath.map((part) => (typeof part === 'symbol' ? String(part) : part))];
    // Walk down as far as the path exists; an error about a missing field points at its parent.
    let node: unknown = doc.contents;
    let found: { range?: [number, number, number] | null } | undefined = doc.contents ?? undefined;
    for (const [index, part] of full.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === part);
        if (!pair) break;
        const isLast = index === full.length - 1;
        found = (isLast && key ? pair.key : (pair.value ?? pair.key)) as { range?: [number, number, number] };
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        const item = node.items[part] as Node | undefined;
        if (!item) break;
        found = item;
        node = item;
      } else break;
    }
    const offset = found?.range?.[0] ?? 0;
    const pos = counter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
}

/** Parses YAML as the check does; syntax errors are pushed to `problems` at their line. */
export function parseYamlText(text: string, file: string, lineOffset: number, problems: SourceProblem[]) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    const pos = counter.linePos(error.pos[0]);
    problems.push({
      file,
      line: pos.line + lineOffset,
      column: pos.col,
      rule: 'yaml-syntax',
      detail: error.message.split('\n')[0] ?? error.message,
    });
  }
  if (doc.errors.length) return { doc, counter, data: undefined };
  const result = yamlData(doc);
  if ('data' in result) return { doc, counter, data: result.data };
  const pos = counter.linePos(result.offset);
  problems.push({ file, line: pos.line + lineOffset, column: pos.col, rule: 'yaml-syntax', detail: result.message });
  return { doc, counter, data: undefined };
}

/**
 * A parsed document as plain data. The parser accepts `title: *Neu*` (an alias, because
 * the value starts with `*`) and only converting it throws; that becomes a problem at the
 * alias instead of a crash of the check.
 */
export function yamlData(doc: Document): { data: unknown } | { offset: number; message: string } {
  try {
    return { data: doc.toJS() as unknown };
  } catch (error) {
    let offset = 0;
    visit(doc, {
      Alias: (_, alias) => {
        if (alias.resolve(doc)) return undefined;
        offset = alias.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const message = error instanceof Error ? error.message : String(error);
    return { offset, message: message.split('\n')[0] ?? message };
  }
}

const rel = (root: string, absolute: string) => path.relative(root, absolute).split(path.sep).join('/');

/** Reads one YAML data file (`site.yaml`, `departments.yaml`, `locations.yaml`). */
function readDataFile(
  root: string,
  contentDir: string,
  name: 'site' | 'departments' | 'locations',
  problems: SourceProblem[],
  texts: SourceText[],
  encoding: SourceEncodingIssue[],
): SourceEntry[] {
  const absolutePath = path.join(contentDir, `${name}.yaml`);
  const file = rel(root, absolutePath);
  if (!existsSync(absolutePath)) {
    problems.push({ file, line: 1, column: 1, rule: 'file-missing', detail: `${name}.yaml` });
    return [];
  }
  const { text, issue } = readContentText(absolutePath);
  if (issue) encoding.push({ ...issue, file, text });
  texts.push({ file, absolutePath, text, frontmatter: false });
  const { doc, counter, data } = parseYamlText(text, file, 0, problems);
  if (data === undefined) return [];
  if (name === 'site') {
    return [{ collection: name, id: 'site', file, absolutePath, data, basePath: [], locate: makeLocator(doc, counter, [], 0) }];
  }
  if (!Array.isArray(data)) {
    problems.push({ file, line: 1, column: 1, rule: 'not-a-list', detail: name });
    return [];
  }
  return data.map((item: unknown, index) => ({
    collection: name,
    id: typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : `#${index + 1}`,
    file,
    absolutePath,
    data: item,
    basePath: [index],
    locate: makeLocator(doc, counter, [index], 0),
  }));
}

/**
 * Which files of a folder are entries (ENTRY_GLOBS, the build's own patterns), relative to
 * the folder. `files` is the content folder's listing, when the caller has it already.
 */
export function entryFiles(
  contentDir: string,
  collection: EntryFolder,
  files: readonly string[] = listContentFiles(contentDir),
): string[] {
  const prefix = `${collection}/`;
  return files
    .filter((file) => file.startsWith(prefix) && isEntryPath(collection, file.slice(prefix.length)))
    .map((file) => file.slice(prefix.length));
}

function readMarkdownEntry(
  root: string,
  contentDir: string,
  collection: CollectionName,
  relative: string,
  problems: SourceProblem[],
  texts: SourceText[],
  encoding: SourceEncodingIssue[],
): SourceEntry | undefined {
  const absolutePath = path.join(contentDir, collection, relative);
  const file = rel(root, absolutePath);
  const { text, issue } = readContentText(absolutePath);
  if (issue) encoding.push({ ...issue, file, text });
  texts.push({ file, absolutePath, text, frontmatter: true });
  const match = FRONTMATTER.exec(text);
  if (!match) {
    problems.push({ file, line: 1, column: 1, rule: 'frontmatter-missing', detail: '' });
    return undefined;
  }
  const { doc, counter, data } = parseYamlText(match[1] ?? '', file, 1, problems);
  if (data === undefined) return undefined;
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return {
    collection,
    id: entryIdFromPath(relative),
    file,
    absolutePath,
    data: data ?? {},
    basePath: [],
    locate: makeLocator(doc, counter, [], 1),
    body: text.slice(match[0].length),
    bodyLine,
  };
}

/** Entries that exist on disk but could not be parsed: per collection, their ids or `all`. */
export type Unreadable = Partial<Record<CollectionName, Set<string> | 'all'>>;

/** The text of every content file read, for rules about characters rather than data. */
export interface SourceText {
  file: string;
  absolutePath: string;
  text: string;
  /** True for Markdown/MDX files with a frontmatter, false for YAML data files. */
  frontmatter: boolean;
}

export interface SourceContent {
  entries: Record<CollectionName, SourceEntry[]>;
  /** Translations of posts, people, teams, videos and jobs, in the listing's order. */
  translations: SourceTranslation[];
  problems: SourceProblem[];
  unreadable: Unreadable;
  texts: SourceText[];
  /** Files that are not UTF-8. */
  encoding: SourceEncodingIssue[];
}

/**
 * Reads every collection under `contentDir`; never throws for bad content, it reports.
 * `files` is the folder's listing (listContentFiles), when the caller has it already.
 */
export function readSourceContent(
  root: string,
  contentDir: string,
  files: readonly string[] = listContentFiles(contentDir),
): SourceContent {
  const problems: SourceProblem[] = [];
  const unreadable: Unreadable = {};
  const texts: SourceText[] = [];
  const encoding: SourceEncodingIssue[] = [];
  const markdown = (collection: EntryFolder) =>
    entryFiles(contentDir, collection, files).flatMap((relative) => {
      const entry = readMarkdownEntry(root, contentDir, collection, relative, problems, texts, encoding);
      if (entry) return [entry];
      const broken = unreadable[collection];
      unreadable[collection] =
        broken instanceof Set ? broken.add(entryIdFromPath(relative)) : new Set([entryIdFromPath(relative)]);
      return [];
    });
  const data = (name: 'site' | 'departments' | 'locations') => {
    const before = problems.length;
    const entries = readDataFile(root, contentDir, name, problems, texts, encoding);
    if (problems.length > before) unreadable[name] = 'all';
    return entries;
  };
  const entries: Record<CollectionName, SourceEntry[]> = {
    site: data('site'),
    departments: data('departments'),
    locations: data('locations'),
    posts: markdown('posts'),
    people: markdown('people'),
    teams: markdown('teams'),
    videos: markdown('videos'),
    jobs: markdown('jobs'),
  };
  const translations = (['posts', 'people', 'teams', 'videos', 'jobs'] as const).flatMap((collection) =>
    files.flatMap((file): SourceTranslation[] => {
      const relative = file.slice(collection.length + 1);
      if (!file.startsWith(`${collection}/`) || !isTranslationPath(collection, relative)) return [];
      const found = translationFromPath(relative);
      const entry = found && readMarkdownEntry(root, contentDir, collection, relative, problems, texts, encoding);
      return found && entry ? [{ ...entry, collection, id: found.id, lang: found.lang }] : [];
    }),
  );
  return { entries, translations, problems, unreadable, texts, encoding };
}
