import path from 'node:path';
import { readSourceContent, type CollectionName, type SourceEntry } from './source.ts';
import { checkImagePath, validateEntry } from './schema-issues.ts';
import { checkIds, checkReferences, type CheckedContent } from './references.ts';
import { checkConsent, checkEditorialGate } from './policy.ts';
import type { Finding } from './types.ts';

export type { Finding } from './types.ts';
export { formatFinding, formatReport } from './format.ts';

export interface CheckResult {
  findings: Finding[];
  errors: number;
  warnings: number;
  files: number;
}

/** Image fields per collection, as data paths. */
const IMAGE_FIELDS: Partial<Record<CollectionName, string[][]>> = {
  posts: [['cover', 'src']],
  people: [['photo', 'src']],
  teams: [['cover', 'src']],
  videos: [['poster', 'src']],
};

const get = (data: unknown, keys: string[]): unknown =>
  keys.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    data,
  );

/**
 * Validates all content under `contentDir` in one pass and returns every finding,
 * sorted by file and line. Never throws for bad content.
 */
export function checkContent(root: string, contentDir: string): CheckResult {
  const source = readSourceContent(root, contentDir);
  const findings: Finding[] = source.problems.map((problem) => ({
    severity: 'error',
    file: problem.file,
    line: problem.line,
    column: problem.column,
    field: '',
    rule: problem.rule,
    params: { detail: problem.detail },
  }));
  const checked = Object.fromEntries(Object.keys(source.entries).map((name) => [name, []])) as unknown as CheckedContent;
  for (const [collection, entries] of Object.entries(source.entries) as Array<[CollectionName, SourceEntry[]]>) {
    for (const entry of entries) {
      const result = validateEntry(entry);
      findings.push(...result.findings);
      for (const field of IMAGE_FIELDS[collection] ?? []) {
        const src = get(entry.data, field);
        if (typeof src === 'string' && src.length > 0) {
          const finding = checkImagePath(entry, field, src);
          if (finding) findings.push(finding);
        }
      }
      // Entries with schema errors still count for references, so one typo is reported once.
      const data = (result.parsed ?? entry.data) as Record<string, unknown>;
      checked[collection].push({
        source: entry,
        data: typeof data === 'object' && data ? data : {},
        valid: result.parsed !== undefined,
      });
    }
  }
  findings.push(
    ...checkIds(source.entries),
    ...checkReferences(checked, source.unreadable),
    ...checkConsent(checked),
    ...checkEditorialGate(checked),
  );
  findings.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
  );
  const files = new Set(
    Object.values(source.entries)
      .flat()
      .map((entry) => entry.file),
  ).size;
  return {
    findings,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    files,
  };
}

/** Convenience for tests: the project-relative content folder. */
export const defaultContentDir = (root: string) => path.join(root, 'content');
