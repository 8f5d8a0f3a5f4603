import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatFinding, type Finding } from '../../src/check/index.ts';

/**
 * Author mistakes from issue 22 that used to pass the check (or got a misleading message):
 * a copied post's feed id, a consent dated in the future, a time without its offset and a
 * missing field. Each case edits one file of a copy of the `basic` fixture and asserts the
 * exact file, line and German line the author reads.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/basic/content');
const NOW = new Date('2026-11-01T12:00:00+01:00');
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** Copies the fixture, applies the edits (file, from, to), runs the check at NOW. */
function check(edits: Array<[string, string, string]>) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'einblick-mistakes-'));
  temporary.push(root);
  const dir = path.join(root, 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, from, to] of edits) {
    const target = path.join(dir, file);
    const before = readFileSync(target, 'utf8');
    expect(before, `${file} contains ${from}`).toContain(from);
    writeFileSync(target, before.replace(from, to));
  }
  return checkContent(root, dir, { now: NOW });
}

const of = (findings: Finding[], rule: string) =>
  findings.filter((finding) => finding.rule === rule).map((f) => formatFinding(f));

describe('dates and times', () => {
  it('names the missing offset of a time and shows both accepted forms', () => {
    const { findings } = check([['posts/erster-beitrag.mdx', 'date: 2026-03-02', 'date: 2026-03-02T10:00']]);
    expect(
      findings.filter((finding) => finding.file === 'content/posts/erster-beitrag.mdx').map((f) => formatFinding(f)),
    ).toEqual([
      'content/posts/erster-beitrag.mdx:4:7  date  Bei „2026-03-02T10:00“ fehlt die Zeitzone → nur den Tag schreiben (2026-03-02) oder die Uhrzeit mit Zeitzone (2026-03-02T10:00:00+01:00, im Sommer +02:00)',
    ]);
  });

  it('also with seconds', () => {
    const { findings } = check([['posts/erster-beitrag.mdx', 'date: 2026-03-02', 'date: 2026-03-02T10:00:30']]);
    expect(of(findings, 'date-offset')).toEqual([
      'content/posts/erster-beitrag.mdx:4:7  date  Bei „2026-03-02T10:00:30“ fehlt die Zeitzone → nur den Tag schreiben (2026-03-02) oder die Uhrzeit mit Zeitzone (2026-03-02T10:00:30+01:00, im Sommer +02:00)',
    ]);
  });

  it('passes both accepted forms', () => {
    for (const date of ['2026-03-02', '2026-03-02T10:00:00+01:00']) {
      const { findings, errors } = check([['posts/erster-beitrag.mdx', 'date: 2026-03-02', `date: ${date}`]]);
      expect(findings.filter((finding) => finding.file === 'content/posts/erster-beitrag.mdx')).toEqual([]);
      expect(errors).toBe(0);
    }
  });

  it('says which field is missing and what to write, for a date and for other types', () => {
    const { findings } = check([
      ['posts/erster-beitrag.mdx', 'date: 2026-03-02\n', ''],
      ['posts/dritter-beitrag.mdx', 'kind: column\n', ''],
      ['people/jonas-keller.md', 'role: Personalreferent\n', ''],
    ]);
    expect(of(findings, 'required')).toEqual([
      'content/people/jonas-keller.md:2:1  role  Pflichtfeld „role“ fehlt → die Zeile „role: …“ ergänzen',
      'content/posts/dritter-beitrag.mdx:2:1  kind  Pflichtfeld „kind“ fehlt → die Zeile „kind: article“ ergänzen',
      'content/posts/erster-beitrag.mdx:2:1  date  Pflichtfeld „date“ fehlt → die Zeile „date: 2026-03-02“ ergänzen',
    ]);
    expect(of(findings, 'wrong-type')).toEqual([]);
  });
});
