import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isoDay } from '../../../src/lib/dates.ts';

/**
 * What the scaffold offers to choose from: people, departments, locations, videos and
 * tags already in the content folder. Read leniently: a broken file is skipped here,
 * `npm run check` reports it.
 */

export interface Choice {
  id: string;
  label: string;
  /** Extra facts used for defaults, e.g. a person's department. */
  department?: string | undefined;
  consent?: boolean;
}

export interface ScaffoldContext {
  contentDir: string;
  /** Today in Europe/Berlin, `YYYY-MM-DD` (EINBLICK_NOW fixes it for tests). */
  today: string;
  people: Choice[];
  departments: Choice[];
  locations: Choice[];
  videos: Choice[];
  /** Tags used by posts so far, most used first. */
  tags: string[];
  /** Whether site.yaml asks for the editorial review (default: yes). */
  requireReview: boolean;
}

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function readYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function frontmatter(file: string): Record<string, unknown> | undefined {
  try {
    const match = FRONTMATTER.exec(readFileSync(file, 'utf8'));
    const data = match ? (parse(match[1] ?? '') as unknown) : undefined;
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, 'de');

function list(file: string): Choice[] {
  const data = readYaml(file);
  if (!Array.isArray(data)) return [];
  return data
    .filter((item): item is { id: string; name?: unknown } => typeof (item as { id?: unknown })?.id === 'string')
    .map((item) => ({ id: item.id, label: typeof item.name === 'string' ? item.name : item.id }));
}

function entries(dir: string, pattern: RegExp): Array<[string, Record<string, unknown>]> {
  if (!existsSync(dir)) return [];
  const out: Array<[string, Record<string, unknown>]> = [];
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    const index = path.join(file, 'index.mdx');
    const target = pattern.test(name) ? file : existsSync(index) ? index : undefined;
    const data = target ? frontmatter(target) : undefined;
    if (data) out.push([name.replace(pattern, ''), data]);
  }
  return out;
}

/** Reads the content folder once for the questions and defaults. */
export function readScaffoldContext(contentDir: string, now: Date): ScaffoldContext {
  const people = entries(path.join(contentDir, 'people'), /\.md$/)
    .map(([id, data]) => ({
      id,
      label: typeof data['name'] === 'string' ? data['name'] : id,
      department: typeof data['department'] === 'string' ? data['department'] : undefined,
      consent: data['consent'] !== undefined && data['consent'] !== null,
    }))
    .sort(byLabel);
  const videos = entries(path.join(contentDir, 'videos'), /\.md$/)
    .map(([id, data]) => ({ id, label: typeof data['title'] === 'string' ? data['title'] : id }))
    .sort(byLabel);
  const counts = new Map<string, number>();
  for (const [, data] of entries(path.join(contentDir, 'posts'), /\.mdx$/)) {
    const tags = Array.isArray(data['tags']) ? data['tags'] : [];
    for (const tag of tags) if (typeof tag === 'string') counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const site = readYaml(path.join(contentDir, 'site.yaml')) as { editorial?: { requireReview?: unknown } } | undefined;
  return {
    contentDir,
    today: isoDay(now),
    people,
    departments: list(path.join(contentDir, 'departments.yaml')).sort(byLabel),
    locations: list(path.join(contentDir, 'locations.yaml')).sort(byLabel),
    videos,
    tags: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag),
    requireReview: site?.editorial?.requireReview !== false,
  };
}
