import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_NOW, checkCopies, linesOf } from '../helpers/check-fixture.ts';
import { formatFinding } from '../../src/check/index.ts';
import { classifyFile } from '../../src/check/inventory.ts';
import { entryFiles } from '../../src/check/source.ts';

/**
 * Issue 20, part 2: a translation (`<id>.en.md` beside `<id>.md`) needs its original,
 * holds only text (a shared fact is an error, repeated or contradicting), and is behind
 * when the original was updated after it. Each case adds files to a copy of the `basic`
 * fixture and asserts the exact line the author reads.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const NOW = CHECK_NOW;

const POST_EN = `---
title: From apprentice to shift supervisor
description: Anna tells how an apprenticeship turned into a leadership role.
---
## The beginning

It started with an internship in tube production.
`;
const JOB_EN = `---
title: Industrial mechanic (m/f/d)
description: You keep our plants running.
---
## Your tasks

- Maintain the plants
`;
const PERSON_EN = `---
role: Process mechanic
photo: { alt: Portrait of Anna Berger in front of a machine }
---
Anna has worked in tube production since 2019.
`;

const copies = checkCopies('translations');
/** Copies the fixture, writes the files and applies the edits (file, from, to), runs the check at NOW. */
const check = (files: Record<string, string>, edits: Array<[string, string, string]> = []) => copies({ edits, files, now: NOW });

const of = linesOf;

describe('translations beside their originals', () => {
  it('are neither German entries nor unused files, and pass the check', () => {
    const result = check({
      'posts/erster-beitrag.en.mdx': POST_EN,
      'posts/mit-bild/index.en.mdx': POST_EN.replace('title: From', 'cover: { alt: Visitors in the workshop }\ntitle: From'),
      'jobs/industriemechaniker.en.md': JOB_EN,
      'people/anna-berger.en.md': PERSON_EN,
    });
    // Exactly the fixture's own findings: nothing about the translations.
    const baseline = check({});
    expect(result.findings.map((finding) => formatFinding(finding))).toEqual(
      baseline.findings.map((finding) => formatFinding(finding)),
    );
    expect(result.errors).toBe(0);
    expect(result.files).toBe(baseline.files + 4);
    expect(classifyFile('posts/erster-beitrag.en.mdx', new Set())).toEqual({ role: 'translation', folder: 'posts' });
    expect(classifyFile('posts/mit-bild/index.en.mdx', new Set())).toEqual({ role: 'translation', folder: 'posts' });
    expect(entryFiles(path.join(ROOT, 'tests/fixtures/basic/content'), 'posts', ['posts/a.mdx', 'posts/a.en.mdx'])).toEqual([
      'a.mdx',
    ]);
  });

  it('a translation without its original is an error naming the closest original', () => {
    const { findings } = check({ 'posts/erster-betrag.en.mdx': POST_EN, 'jobs/pilot.en.md': JOB_EN });
    expect(of(findings, 'translation-orphan')).toEqual([
      'content/jobs/pilot.en.md:1:1  (Dateiname)  Zu dieser Übersetzung gibt es kein Original „content/jobs/pilot.md“ → zuerst das Original content/jobs/pilot.md anlegen, oder die Datei wie ein vorhandenes Original benennen, mit „.en“ vor der Endung',
      'content/posts/erster-betrag.en.mdx:1:1  (Dateiname)  Zu dieser Übersetzung gibt es kein Original „content/posts/erster-betrag.mdx“ → die Datei wie ihr Original benennen: „content/posts/erster-beitrag.en.mdx“',
    ]);
    expect(findings.filter((finding) => finding.rule === 'translation-orphan').every((f) => f.severity === 'error')).toBe(true);
    // Not also reported as a misnamed or unused file.
    expect(findings.filter((finding) => finding.rule.startsWith('file-'))).toEqual([]);
  });

  it('a shared fact repeated in a translation is an error: leave it out', () => {
    const { findings } = check({
      'posts/erster-beitrag.en.mdx': POST_EN.replace('---\n## The', 'date: 2026-03-02\n---\n## The'),
      'people/anna-berger.en.md': PERSON_EN.replace('{ alt:', '{ src: ./anna-berger.png, alt:'),
    });
    expect(of(findings, 'translation-shared')).toEqual([
      'content/people/anna-berger.en.md:3:15  photo.src  „photo.src“ gilt für alle Sprachen und steht schon im Original (content/people/anna-berger.md) → hier weglassen: die Zeile löschen',
      'content/posts/erster-beitrag.en.mdx:4:7  date  „date“ gilt für alle Sprachen und steht schon im Original (content/posts/erster-beitrag.mdx) → hier weglassen: die Zeile löschen',
    ]);
    expect(of(findings, 'unknown-key')).toEqual([]);
  });

  it('a shared fact that contradicts the original is an error naming both values', () => {
    const { findings, errors } = check({
      'jobs/industriemechaniker.en.md': JOB_EN.replace(
        '---\n## Your',
        'locations: [nordwerk]\ncontact: anna-berger\n---\n## Your',
      ),
    });
    expect(of(findings, 'translation-contradicts')).toEqual([
      'content/jobs/industriemechaniker.en.md:4:12  locations  „locations“ widerspricht dem Original (content/jobs/industriemechaniker.md): dort steht „["nordwerk","suedwerk"]“, hier „["nordwerk"]“ → die Zeile hier löschen; Angaben wie Datum, Gehalt oder Standort nur im Original ändern, sie gelten für alle Sprachen',
      'content/jobs/industriemechaniker.en.md:5:10  contact  „contact“ widerspricht dem Original (content/jobs/industriemechaniker.md): dort steht „jonas-keller“, hier „anna-berger“ → die Zeile hier löschen; Angaben wie Datum, Gehalt oder Standort nur im Original ändern, sie gelten für alle Sprachen',
    ]);
    expect(errors).toBe(2);
  });

  it('an original updated after its translation is a warning', () => {
    const { findings, errors } = check(
      {
        'posts/erster-beitrag.en.mdx': POST_EN.replace('---\n## The', 'updated: 2026-03-10\n---\n## The'),
        'posts/mit-bild/index.en.mdx': POST_EN,
      },
      [
        ['posts/erster-beitrag.mdx', 'date: 2026-03-02\n', 'date: 2026-03-02\nupdated: 2026-04-01\n'],
        ['posts/mit-bild/index.mdx', 'date: 2026-05-10\n', 'date: 2026-05-10\nupdated: 2026-05-20\n'],
      ],
    );
    expect(of(findings, 'translation-outdated')).toEqual([
      'content/posts/erster-beitrag.en.mdx:4:10  updated  Das Original (content/posts/erster-beitrag.mdx) wurde am 2026-04-01 geändert, die Übersetzung ist vom 2026-03-10 → die Übersetzung mit dem Original abgleichen und dann „updated: 2026-04-01“ eintragen',
      'content/posts/mit-bild/index.en.mdx:2:1  updated  Das Original (content/posts/mit-bild/index.mdx) wurde am 2026-05-20 geändert, die Übersetzung hat kein Datum „updated:“ → die Übersetzung mit dem Original abgleichen und dann „updated: 2026-05-20“ eintragen',
    ]);
    expect(findings.filter((finding) => finding.rule === 'translation-outdated').every((f) => f.severity === 'warning')).toBe(
      true,
    );
    expect(errors).toBe(0);
  });

  it('a translation brought up to date passes', () => {
    const { findings } = check(
      { 'posts/erster-beitrag.en.mdx': POST_EN.replace('---\n## The', 'updated: 2026-04-01\n---\n## The') },
      [['posts/erster-beitrag.mdx', 'date: 2026-03-02\n', 'date: 2026-03-02\nupdated: 2026-04-01\n']],
    );
    expect(of(findings, 'translation-outdated')).toEqual([]);
  });

  it('placeholders are warnings in a draft translation and errors otherwise; body rules apply to translations', () => {
    const { findings } = check({
      'posts/erster-beitrag.en.mdx': POST_EN.replace(
        'title: From apprentice to shift supervisor',
        'title: "TODO: translate"\ndraft: true',
      ),
      'jobs/industriemechaniker.en.md': JOB_EN.replace(
        'description: You keep our plants running.',
        'description: "TODO: translate"',
      ),
      'people/anna-berger.en.md': `${PERSON_EN}\n<Unbekannt />\n`,
    });
    expect(of(findings, 'placeholder')).toEqual([
      'content/jobs/industriemechaniker.en.md:3:14  description  Platzhalter „TODO: translate“ ist noch nicht ersetzt → den eigenen Text schreiben; solange ein Platzhalter steht, wird nicht veröffentlicht',
      'content/posts/erster-beitrag.en.mdx:2:8  title  Platzhalter „TODO: translate“ ist noch nicht ersetzt → den eigenen Text schreiben; solange ein Platzhalter steht, wird nicht veröffentlicht',
    ]);
    expect(findings.filter((f) => f.rule === 'placeholder').map((f) => f.severity)).toEqual(['error', 'warning']);
  });

  it('two translations of one original in one language are an error', () => {
    const { findings } = check({
      'posts/erster-beitrag.en.mdx': POST_EN,
      'posts/erster-beitrag/index.en.mdx': POST_EN,
    });
    expect(of(findings, 'duplicate-entry')).toEqual([
      'content/posts/erster-beitrag.en.mdx:1:1  (Dateiname)  Die Kennung „erster-beitrag.en“ gibt es mehrfach (auch in content/posts/erster-beitrag/index.en.mdx) → einen der Einträge umbenennen',
    ]);
  });

  it('a translated title or description longer than the cards show is a warning, as in the original', () => {
    const { findings } = check({
      'jobs/industriemechaniker.en.md': JOB_EN.replace(
        'You keep our plants running.',
        `You keep our plants running${' and running'.repeat(12)}.`,
      ),
    });
    expect(of(findings, 'description-long')).toEqual([
      'content/jobs/industriemechaniker.en.md:3:14  description  Die Beschreibung hat 172 Zeichen; Vorschauen in sozialen Netzen zeigen etwa 160 → auf höchstens 160 Zeichen kürzen, das Wichtigste zuerst',
    ]);
  });

  it('an English department name and description are written in an en: block, checked like the rest', () => {
    const { findings, errors } = check({}, [
      [
        'departments.yaml',
        '  description: Hier entstehen die Rohre.\n',
        '  description: Hier entstehen die Rohre.\n  en: { name: Production, describtion: x }\n',
      ],
    ]);
    expect(errors).toBeGreaterThan(0);
    expect(findings.map((finding) => formatFinding(finding)).join('\n')).toContain(
      'content/departments.yaml:4:27  en.describtion  Unbekanntes Feld „describtion“ → meinten Sie „description“?',
    );
  });
});
