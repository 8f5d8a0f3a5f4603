import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseDocument, type Document } from 'yaml';

/**
 * What the importers need to know about the content folder they write into: the ids of
 * people, departments and locations (to map to, and to suggest the closest one), and
 * the frontmatter of existing entries.
 */

export interface KnownContent {
  /** Person id → name. */
  people: Map<string, string>;
  /** Department id → name. */
  departments: Map<string, string>;
  /** Location id → name. */
  locations: Map<string, string>;
  /** `site.yaml → tagLabels`, to suggest only labels that are missing. */
  tagLabels: Record<string, string>;
  /** YouTube id → id of the content/videos entry that has it. */
  videos: Map<string, string>;
}

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The frontmatter and body of a Markdown file; frontmatter `undefined` if it has none or it is not YAML. */
export function splitFrontmatter(text: string): { data: Record<string, unknown> | undefined; yaml: string; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: undefined, yaml: '', body: text };
  let data: unknown;
  try {
    data = parse(match[1] ?? '');
  } catch {
    data = undefined;
  }
  return {
    data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined,
    yaml: match[1] ?? '',
    body: text.slice(match[0].length),
  };
}

/** The frontmatter as a YAML document, to change fields while keeping comments and order. */
export const frontmatterDocument = (yaml: string): Document => parseDocument(yaml);

function readList(file: string): Map<string, string> {
  const ids = new Map<string, string>();
  if (!existsSync(file)) return ids;
  try {
    const data = parse(readFileSync(file, 'utf8')) as unknown;
    for (const item of Array.isArray(data) ? data : []) {
      const entry = item as { id?: unknown; name?: unknown };
      if (typeof entry?.id === 'string') ids.set(entry.id, typeof entry.name === 'string' ? entry.name : entry.id);
    }
  } catch {
    // A broken file is the content check's to report; the importer then knows no ids from it.
  }
  return ids;
}

/** Reads people, departments, locations and tag labels from a content folder. */
export function readKnownContent(contentDir: string): KnownContent {
  const people = new Map<string, string>();
  const peopleDir = path.join(contentDir, 'people');
  if (existsSync(peopleDir)) {
    for (const name of readdirSync(peopleDir).sort()) {
      if (!name.endsWith('.md')) continue;
      const { data } = splitFrontmatter(readFileSync(path.join(peopleDir, name), 'utf8'));
      people.set(name.slice(0, -3), typeof data?.['name'] === 'string' ? data['name'] : name.slice(0, -3));
    }
  }
  const videos = new Map<string, string>();
  const videosDir = path.join(contentDir, 'videos');
  if (existsSync(videosDir)) {
    for (const name of readdirSync(videosDir).sort()) {
      if (!name.endsWith('.md')) continue;
      const { data } = splitFrontmatter(readFileSync(path.join(videosDir, name), 'utf8'));
      if (typeof data?.['youtube'] === 'string' && !videos.has(data['youtube'].trim()))
        videos.set(data['youtube'].trim(), name.slice(0, -3));
    }
  }
  let tagLabels: Record<string, string> = {};
  const siteFile = path.join(contentDir, 'site.yaml');
  if (existsSync(siteFile)) {
    try {
      const site = parse(readFileSync(siteFile, 'utf8')) as { tagLabels?: Record<string, string> } | null;
      tagLabels = site?.tagLabels ?? {};
    } catch {
      tagLabels = {};
    }
  }
  return {
    people,
    departments: readList(path.join(contentDir, 'departments.yaml')),
    locations: readList(path.join(contentDir, 'locations.yaml')),
    tagLabels,
    videos,
  };
}

/**
 * Writes a file only if its content differs, creating folders as needed. Returns
 * whether anything was written, so a second import of the same data reports "unchanged".
 */
export function writeIfChanged(file: string, content: string | Buffer): boolean {
  if (existsSync(file)) {
    const current = readFileSync(file);
    if (current.equals(typeof content === 'string' ? Buffer.from(content) : content)) return false;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return true;
}

/** A path relative to the project root with forward slashes, for reports; files outside it keep their full path. */
export function relative(root: string, file: string): string {
  const inside = path.relative(root, file);
  return (inside.startsWith('..') || path.isAbsolute(inside) ? path.resolve(file) : inside).split(path.sep).join('/');
}
