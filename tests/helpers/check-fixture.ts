import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { checkContent, formatFinding, type Finding } from '../../src/check/index.ts';

/**
 * The content check on an edited copy of a fixture, for unit tests of its rules: copy
 * `tests/fixtures/<fixture>/content`, replace text in files (each `from` must be there),
 * write new files, and run the check at a fixed "now". Copies are removed after the file.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The "now" of the check's unit tests. */
export const CHECK_NOW = new Date('2026-11-01T12:00:00+01:00');

export interface CheckCopy {
  /** [file, from, to] relative to `content/`. */
  edits?: Array<[string, string, string]>;
  /** New files relative to `content/`. */
  files?: Record<string, string | Uint8Array>;
  fixture?: string;
  now?: Date;
}

/** Returns a function that checks edited copies; call it at the top of a test file. */
export function checkCopies(prefix: string) {
  const temporary: string[] = [];
  afterAll(() => {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });
  return ({ edits = [], files = {}, fixture = 'basic', now = CHECK_NOW }: CheckCopy) => {
    const root = mkdtempSync(path.join(os.tmpdir(), `einblick-${prefix}-`));
    temporary.push(root);
    const dir = path.join(root, 'content');
    cpSync(path.join(ROOT, 'tests/fixtures', fixture, 'content'), dir, { recursive: true });
    for (const [file, from, to] of edits) {
      const target = path.join(dir, file);
      const before = readFileSync(target, 'utf8');
      expect(before, `${file} contains ${from}`).toContain(from);
      writeFileSync(target, before.replace(from, to));
    }
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
    return checkContent(root, dir, { now });
  };
}

/** The formatted lines of one rule's findings. */
export const linesOf = (findings: Finding[], rule: string) =>
  findings.filter((finding) => finding.rule === rule).map((finding) => formatFinding(finding));
