import path from 'node:path';
import { keysAt, SCHEMAS, closest, validateWith } from './schema-issues.ts';
import type { SourceEntry, SourceTranslation } from './source.ts';
import type { CheckedContent } from './references.ts';
import type { Finding } from './types.ts';
import { TRANSLATED_PICTURE, TRANSLATION_SCHEMAS } from '../schemas/translations.ts';
import { fieldName } from '../lib/data-path.ts';
import { isoDay } from '../lib/dates.ts';
import { DESCRIPTION_MAX, TITLE_MAX } from './fields.ts';

/**
 * Pairs of an original and its translation (`vom-azubi.mdx` and `vom-azubi.en.mdx`): a
 * translation needs its original; it holds only text, so a shared fact written in it is
 * an error (repeated: leave it out; different: it contradicts the original); and when the
 * original was updated after the translation, the translation is probably behind.
 */

const PLACEHOLDER = /^\s*(?:TODO|FIXME|XXX)\b/i;

/** A raw YAML value as a message shows it, and as two values are compared. */
const shown = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : value instanceof Date ? value.toISOString() : JSON.stringify(value);

/** The original's file name for a translation's: `x.en.mdx` → `x.mdx`. */
const originalFile = (translation: SourceTranslation) =>
  translation.file.replace(new RegExp(`\\.${translation.lang}(\\.mdx?)$`), '$1');

/** The translation's file name for another original id, as a rename suggestion. */
const renamed = (translation: SourceTranslation, id: string) => {
  const indexed = /\/index\.[a-z]{2}\.mdx$/.test(translation.file);
  const folder = path.posix.dirname(indexed ? path.posix.dirname(translation.file) : translation.file);
  return `${folder}/${id}${indexed ? '/index' : ''}.${translation.lang}${path.posix.extname(translation.file)}`;
};

export interface CheckedTranslation {
  source: SourceTranslation;
  /** The schema's output without the shared facts, or undefined when it was rejected. */
  data: Record<string, unknown> | undefined;
  original: SourceEntry | undefined;
}

/** Validates every translation and its pairing with its original. */
export function checkTranslations(
  translations: readonly SourceTranslation[],
  checked: CheckedContent,
): { findings: Finding[]; translations: CheckedTranslation[] } {
  const findings: Finding[] = [];
  const results: CheckedTranslation[] = [];
  // `x.en.mdx` beside `x/index.en.mdx`: two translations of one original in one language.
  const seen = new Map<string, SourceTranslation>();
  for (const translation of translations) {
    const key = `${translation.collection}/${translation.lang}/${translation.id.toLowerCase()}`;
    const other = seen.get(key);
    if (!other) seen.set(key, translation);
    else {
      findings.push({
        severity: 'error',
        file: translation.file,
        line: 1,
        column: 1,
        field: '(Dateiname)',
        rule: 'duplicate-entry',
        params: { value: `${translation.id}.${translation.lang}`, other: other.file },
      });
    }
  }
  for (const translation of translations) {
    const collection = translation.collection;
    const originals = checked[collection];
    const original = originals.find((entry) => entry.source.id === translation.id);
    const at = (dataPath: Array<string | number>, key = false) => ({
      file: translation.file,
      ...translation.locate(dataPath, key),
      field: fieldName(dataPath),
    });
    if (!original) {
      const near = closest(
        translation.id,
        originals.map((entry) => entry.source.id),
      );
      findings.push({
        severity: 'error',
        file: translation.file,
        line: 1,
        column: 1,
        field: '(Dateiname)',
        rule: 'translation-orphan',
        params: {
          original: originalFile(translation),
          near: near ? renamed(translation, near) : undefined,
          lang: translation.lang,
        },
      });
    }
    // Shared facts: every field of the original's schema the translation's does not have.
    const schema = TRANSLATION_SCHEMAS[collection]();
    const own = new Set(keysAt(schema, []));
    const theirs = new Set(keysAt(SCHEMAS[collection], []));
    const picture = TRANSLATED_PICTURE[collection];
    const data =
      translation.data && typeof translation.data === 'object' && !Array.isArray(translation.data)
        ? { ...(translation.data as Record<string, unknown>) }
        : translation.data;
    const shared: Array<Array<string>> = [];
    if (data && typeof data === 'object') {
      const record = data as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (!own.has(key) && theirs.has(key)) shared.push([key]);
      }
      const image = picture ? record[picture] : undefined;
      if (picture && image && typeof image === 'object' && !Array.isArray(image)) {
        const keys = new Set(keysAt(schema, [picture]));
        for (const key of Object.keys(image)) if (!keys.has(key)) shared.push([picture, key]);
      }
      for (const dataPath of shared) {
        const value =
          dataPath.length === 1 ? record[dataPath[0]!] : (record[dataPath[0]!] as Record<string, unknown>)[dataPath[1]!];
        const originalData = original?.source.data as Record<string, unknown> | undefined;
        const expected =
          dataPath.length === 1
            ? originalData?.[dataPath[0]!]
            : (originalData?.[dataPath[0]!] as Record<string, unknown> | undefined)?.[dataPath[1]!];
        if (original) {
          const same = expected !== undefined && shown(expected) === shown(value);
          findings.push({
            severity: 'error',
            ...at(dataPath),
            rule: same ? 'translation-shared' : 'translation-contradicts',
            params: {
              key: fieldName(dataPath),
              original: original.source.file,
              value: shown(value),
              expected: expected === undefined ? undefined : shown(expected),
            },
          });
        }
        // Judged here, not again by the schema as unknown fields.
        if (dataPath.length === 1) delete record[dataPath[0]!];
        else {
          const rest = { ...(record[dataPath[0]!] as Record<string, unknown>) };
          delete rest[dataPath[1]!];
          record[dataPath[0]!] = rest;
        }
      }
    }
    const result = validateWith(translation, schema, data);
    findings.push(...result.findings);
    const parsed = result.parsed as Record<string, unknown> | undefined;
    results.push({ source: translation, data: parsed, original: original?.source });
    if (!parsed || !original) continue;
    const draft = parsed['draft'] === true || original.data['draft'] === true;
    // Every text the translation gives, e.g. the `TODO: übersetzen – …` lines npm run new writes.
    const texts: Array<[string[], unknown]> = [
      ...Object.entries(parsed).map(([key, value]): [string[], unknown] => [[key], value]),
      ...(picture ? [[[picture, 'alt'], (parsed[picture] as { alt?: unknown } | undefined)?.alt] as [string[], unknown]] : []),
    ];
    for (const [dataPath, value] of texts) {
      if (typeof value !== 'string' || !PLACEHOLDER.test(value)) continue;
      findings.push({
        severity: draft ? 'warning' : 'error',
        ...at(dataPath),
        rule: 'placeholder',
        params: { value: value.length > 40 ? `${value.slice(0, 39)}…` : value },
      });
    }
    // The same limits as the original's: the translated title is what English cards show.
    for (const [field, max, rule] of [
      ['title', TITLE_MAX, 'title-long'],
      ['description', DESCRIPTION_MAX, 'description-long'],
    ] as const) {
      const value = parsed[field];
      const length = typeof value === 'string' ? [...value.trim()].length : 0;
      if (collection !== 'people' && length > max) {
        findings.push({ severity: 'warning', ...at([field]), rule, params: { length, max } });
      }
    }
    const changed = original.data['updated'];
    const translated = parsed['updated'];
    if (changed instanceof Date && !(translated instanceof Date && isoDay(translated) >= isoDay(changed))) {
      findings.push({
        severity: 'warning',
        ...at(['updated']),
        field: 'updated',
        rule: 'translation-outdated',
        params: {
          original: original.source.file,
          changed: isoDay(changed),
          translated: translated instanceof Date ? isoDay(translated) : undefined,
        },
      });
    }
  }
  return { findings, translations: results };
}
