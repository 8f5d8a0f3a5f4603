import { slugify } from '../lib/slug.ts';
import type { CheckedContent } from './references.ts';
import type { Finding } from './types.ts';

/**
 * Warnings about how text fits where it is shown, and tags that differ only in how
 * they are written.
 */

/**
 * Longest title that fits a post card and the social card in full (three lines of the
 * 1200×630 card; search engines cut at about 60–70 characters as well).
 */
export const TITLE_MAX = 70;
/** Longest description social previews and search results show without cutting it. */
export const DESCRIPTION_MAX = 160;

const length = (text: string) => [...text.trim()].length;

/** Titles and descriptions longer than the cards show. */
export function checkLengths(content: CheckedContent): Finding[] {
  const findings: Finding[] = [];
  for (const collection of ['posts', 'videos', 'jobs', 'teams'] as const) {
    for (const entry of content[collection]) {
      const limits: Array<[string, number, string]> = [
        ['title', TITLE_MAX, 'title-long'],
        ['description', DESCRIPTION_MAX, 'description-long'],
      ];
      for (const [field, max, rule] of limits) {
        const value = entry.data[field];
        if (typeof value !== 'string' || length(value) <= max) continue;
        findings.push({
          severity: 'warning',
          file: entry.source.file,
          ...entry.source.locate([field]),
          field,
          rule,
          params: { length: length(value), max },
        });
      }
    }
  }
  return findings;
}

/** Text an author (or `npm run new`) left to fill in later. */
const PLACEHOLDER = /^\s*(?:TODO|FIXME|XXX)\b/i;

/**
 * Placeholders such as the `TODO: …` description `npm run new` writes: a warning in a
 * draft, an error once the entry would be published.
 */
export function checkPlaceholders(content: CheckedContent): Finding[] {
  const findings: Finding[] = [];
  for (const collection of ['posts', 'videos', 'jobs', 'teams', 'people'] as const) {
    for (const entry of content[collection]) {
      const draft = entry.data['draft'] === true;
      const fields: Array<[string, unknown, Array<string>]> = [
        ['title', entry.data['title'], ['title']],
        ['description', entry.data['description'], ['description']],
        ['name', entry.data['name'], ['name']],
        ['role', entry.data['role'], ['role']],
        ...(['cover', 'photo', 'poster'] as const).map((image): [string, unknown, string[]] => [
          `${image}.alt`,
          (entry.data[image] as { alt?: unknown } | undefined)?.alt,
          [image, 'alt'],
        ]),
      ];
      for (const [field, value, dataPath] of fields) {
        if (typeof value !== 'string' || !PLACEHOLDER.test(value)) continue;
        findings.push({
          severity: draft ? 'warning' : 'error',
          file: entry.source.file,
          ...entry.source.locate(dataPath),
          field,
          rule: 'placeholder',
          params: { value: value.length > 40 ? `${value.slice(0, 39)}…` : value },
        });
      }
    }
  }
  return findings;
}

/**
 * A tag written with capitals (`Ausbildung`) is rejected by the schema as an invalid id.
 * When the lowercase form is already in use, that finding becomes `tag-case`, naming
 * the tag to write and how many posts use it; otherwise it suggests the slug.
 */
export function refineTagFindings(findings: Finding[], content: CheckedContent): Finding[] {
  const used = new Map<string, number>();
  for (const post of content.posts) {
    const tags = post.data['tags'];
    if (!Array.isArray(tags)) continue;
    for (const tag of new Set(tags.filter((item): item is string => typeof item === 'string'))) {
      used.set(tag, (used.get(tag) ?? 0) + 1);
    }
  }
  return findings.map((finding) => {
    if (finding.rule !== 'id-format' || !/^tags\[\d+\]$/.test(finding.field)) return finding;
    const value = String(finding.params['value'] ?? '');
    const canonical = slugify(value);
    const count = used.get(canonical) ?? 0;
    if (count > 0 && value.toLowerCase() === canonical) {
      return { ...finding, rule: 'tag-case', params: { value, other: canonical, count } };
    }
    return { ...finding, params: { ...finding.params, suggestion: canonical } };
  });
}
