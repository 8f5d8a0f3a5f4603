import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatFinding, type Finding } from '../../src/check/index.ts';
import { addTranslations } from '../helpers/translations-fixture.ts';

/**
 * "Jetzt bewerben" must never dead-end (issue 19): an apply URL on the site's own host that no
 * page answers, and a plain-http one, are errors with the exact line the author reads. Each
 * case edits the basic fixture's open job (site host karriere.testwerk.example).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/basic/content');
const NOW = new Date('2026-11-01T12:00:00+01:00');
const JOB = 'jobs/industriemechaniker.md';
const EMAIL = 'apply: { email: bewerbung@testwerk.example }';
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/**
 * Copies the fixture, writes `apply` into the job, adds files under the project's `public/`,
 * runs the check at NOW. `english`: the site also publishes English pages (`languages: [de,
 * en]` and the translations of tests/helpers/translations-fixture.ts, the job's among them).
 */
function check(apply: string, publicFiles: string[] = [], english = false) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'einblick-apply-'));
  temporary.push(root);
  const dir = path.join(root, 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  if (english) {
    addTranslations(dir);
    const site = path.join(dir, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace('languages: [de]', 'languages: [de, en]'));
  }
  const target = path.join(dir, JOB);
  const before = readFileSync(target, 'utf8');
  expect(before).toContain(EMAIL);
  writeFileSync(target, before.replace(EMAIL, apply));
  for (const file of publicFiles) {
    mkdirSync(path.dirname(path.join(root, 'public', file)), { recursive: true });
    writeFileSync(path.join(root, 'public', file), '<!doctype html><title>Formular</title>');
  }
  return checkContent(root, dir, { now: NOW });
}

const lines = (findings: Finding[]) =>
  findings.filter((finding) => finding.rule.startsWith('apply-')).map((finding) => formatFinding(finding));

describe('an apply URL', () => {
  it('on the site’s own host that no page answers is an error naming the host and what to write', () => {
    const { findings } = check('apply: { url: "https://karriere.testwerk.example/bewerben/industriemechaniker/" }');
    expect(lines(findings)).toEqual([
      'content/jobs/industriemechaniker.md:10:15  apply.url  Unter „https://karriere.testwerk.example/bewerben/industriemechaniker/“ gibt es auf dieser Website (karriere.testwerk.example) keine Seite; der Button „Jetzt bewerben“ führte ins Leere → die Adresse der Stelle im Bewerbungssystem eintragen, z. B. „url: https://firma.jobs.personio.de/job/1234567“, die Adresse einer Seite, die es auf karriere.testwerk.example gibt, oder statt „url:“ die Zeile „email: bewerbung@…“',
    ]);
    expect(findings.find((finding) => finding.rule === 'apply-url-dead')?.severity).toBe('error');
  });

  it('with http instead of https is an error, also on another host', () => {
    const { findings } = check('apply:\n  url: http://testwerk.jobs.personio.de/job/1200001');
    expect(lines(findings)).toEqual([
      'content/jobs/industriemechaniker.md:11:8  apply.url  „http://testwerk.jobs.personio.de/job/1200001“ ist keine verschlüsselte Adresse; Bewerbungsdaten dürfen nicht ungeschützt übertragen werden → die Adresse mit https:// statt http:// schreiben (beim Bewerbungssystem nach der https-Adresse fragen) oder statt „url:“ die Zeile „email: bewerbung@…“ angeben',
    ]);
    expect(findings.find((finding) => finding.rule === 'apply-url-https')?.severity).toBe('error');
  });

  it('pointing at the job’s own page is an error: the button would lead in a circle', () => {
    const { findings } = check('apply: { url: "https://karriere.testwerk.example/karriere/industriemechaniker/" }');
    expect(lines(findings)).toEqual([
      'content/jobs/industriemechaniker.md:10:15  apply.url  „https://karriere.testwerk.example/karriere/industriemechaniker/“ ist die Seite dieser Stelle selbst; der Button „Jetzt bewerben“ führte im Kreis → die Adresse der Stelle im Bewerbungssystem eintragen, z. B. „url: https://firma.jobs.personio.de/job/1234567“, oder statt „url:“ die Zeile „email: bewerbung@…“',
    ]);
  });

  it('on the own host is a dead end when its page is a draft or dated later (neither is built yet)', () => {
    for (const post of ['noch-ein-entwurf', 'zukunft']) {
      const { findings } = check(`apply: { url: "https://karriere.testwerk.example/blog/${post}/" }`);
      expect(
        findings.map((finding) => finding.rule),
        post,
      ).toContain('apply-url-dead');
    }
  });

  it('passes for an applicant-tracking system, a page the site builds, a file in public/ and an e-mail', () => {
    for (const [apply, publicFiles] of [
      ['apply: { url: "https://testwerk.jobs.personio.de/job/1200001" }', []],
      ['apply: { url: "https://karriere.testwerk.example/blog/erster-beitrag/" }', []],
      ['apply: { url: "https://karriere.testwerk.example/blog/erster-beitrag" }', []],
      ['apply: { url: "https://karriere.testwerk.example/karriere/bereiche/produktion/" }', []],
      ['apply: { url: "https://karriere.testwerk.example/bewerben/" }', ['bewerben/index.html']],
      [EMAIL, []],
    ] as const) {
      const { findings, errors } = check(apply, [...publicFiles]);
      expect(lines(findings), apply).toEqual([]);
      expect(errors, apply).toBe(0);
    }
  });

  it('on an English site is judged by the English pages the build writes, and the job’s own English page is a circle', () => {
    const host = 'https://karriere.testwerk.example';
    const rules = (apply: string) => check(apply, [], true).findings.flatMap((finding) => finding.rule);
    // A translated post and the English careers page exist; a German-only post has no English page.
    expect(rules(`apply: { url: "${host}/en/blog/erster-beitrag/" }`)).not.toContain('apply-url-dead');
    expect(rules(`apply: { url: "${host}/en/karriere/" }`)).not.toContain('apply-url-dead');
    expect(rules(`apply: { url: "${host}/en/blog/dritter-beitrag/" }`)).toContain('apply-url-dead');
    expect(rules(`apply: { url: "${host}/en/karriere/industriemechaniker/" }`)).toContain('apply-url-self');
  });
});
