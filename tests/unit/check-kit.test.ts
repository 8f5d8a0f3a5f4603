import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { KitComponent } from '../../src/schemas/kit.ts';
import { checkContent, formatFinding, type Finding } from '../../src/check/index.ts';

/**
 * The check knows the MDX kit: every component's props are validated from the kit's
 * table (src/schemas/kit.ts). These cases run the check with a small kit of their
 * own, one prop of each kind, so they hold whichever components the real kit has.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/basic/content');
const NOW = new Date('2026-11-01T12:00:00+01:00');
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

const KIT: Record<string, KitComponent> = {
  Kasten: {
    description: 'Ein Kasten zum Testen aller Arten von Angaben.',
    props: {
      titel: { kind: 'text', required: true, description: 'Überschrift des Kastens' },
      art: { kind: 'enum', values: ['info', 'tipp', 'wichtig'], description: 'Art des Hinweises' },
      datum: { kind: 'date', description: 'Datum' },
      link: { kind: 'url', description: 'Weiterführende Adresse' },
      bild: { kind: 'image', description: 'Bild aus dem Ordner des Beitrags' },
      von: { kind: 'person', description: 'Wer spricht' },
      personen: { kind: 'people', description: 'Wer zu sehen ist' },
      stelle: { kind: 'job', description: 'Eine Stelle' },
      video: { kind: 'video', description: 'Ein Video' },
    },
    children: true,
    example: '<Kasten titel="Test" />',
  },
  Teil: {
    description: 'Ein Teil, der nur im Kasten stehen darf.',
    props: {},
    parent: 'Kasten',
    children: true,
    example: '<Teil />',
  },
};

/** Checks a post (body from line 9) with the test kit, or the real one; the findings about that post. */
function checkPost(body: string, kit: Record<string, KitComponent> | null = KIT): Finding[] {
  const root = mkdtempSync(path.join(os.tmpdir(), 'einblick-kit-'));
  temporary.push(root);
  const dir = path.join(root, 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  const text = [
    '---',
    'title: Testbeitrag',
    'description: Ein Beitrag für die Prüfung.',
    'date: 2026-03-02',
    'authors: [anna-berger]',
    'kind: article',
    'review: { proofreadBy: jonas-keller, privacyClearedOn: 2026-02-27 }',
    '---',
    body,
    '',
  ].join('\n');
  writeFileSync(path.join(dir, 'posts', 'test.mdx'), text);
  return checkContent(root, dir, { now: NOW, ...(kit ? { kit } : {}) }).findings.filter(
    (finding) => finding.file === 'content/posts/test.mdx',
  );
}

const lines = (findings: Finding[]) => findings.map((finding) => formatFinding(finding));

describe('the check knows the MDX kit', () => {
  it('accepts a component whose props are all right', () => {
    const findings = checkPost(
      '<Kasten titel="Alles gut" art="tipp" datum="2026-05-14" link="https://example.org/a" von="anna-berger" personen="anna-berger, jonas-keller" stelle="industriemechaniker" video="werksrundgang">\n\n<Teil>Text</Teil>\n\n</Kasten>',
    );
    expect(lines(findings)).toEqual([]);
  });

  it('names a misspelt component and suggests the right one', () => {
    expect(lines(checkPost('<Kastn titel="x" />'))).toEqual([
      'content/posts/test.mdx:9:1  (Text)  Die Komponente <Kastn> gibt es nicht → meinten Sie <Kasten />?',
    ]);
  });

  it('names an unknown prop with the closest one, and a missing required prop', () => {
    expect(lines(checkPost('<Kasten titl="x" />'))).toEqual([
      'content/posts/test.mdx:9:1  <Kasten titel>  <Kasten> braucht die Angabe „titel“ (Überschrift des Kastens) → titel="…" in die Klammer schreiben',
      'content/posts/test.mdx:9:1  <Kasten titl>  <Kasten> kennt die Angabe „titl“ nicht → meinten Sie „titel“?',
    ]);
  });

  it('rejects a value outside the list, a German date and an address without https', () => {
    const findings = checkPost('Absatz.\n\n<Kasten titel="x" art="Tip" datum="14.05.2026" link="http://example.org" />');
    expect(lines(findings)).toEqual([
      'content/posts/test.mdx:11:1  <Kasten art>  „Tip“ ist für art bei <Kasten> nicht möglich → meinten Sie „tipp“?',
      'content/posts/test.mdx:11:1  <Kasten datum>  „14.05.2026“ ist kein gültiges Datum → als JJJJ-MM-TT schreiben, z. B. 2026-05-14',
      'content/posts/test.mdx:11:1  <Kasten link>  „http://example.org“ ist keine Webadresse mit https:// und kein Pfad der Website → mit https:// beginnen, oder mit / für eine Seite dieser Website',
    ]);
  });

  it('names an unknown person, job or video id with a suggestion', () => {
    const findings = checkPost('<Kasten titel="x" von="anna-bergr" stelle="industriemechanikr" video="werksrundgng" />');
    expect(findings.map((finding) => [finding.rule, finding.field, finding.params['value'], finding.params['near']])).toEqual([
      ['missing-reference', '<Kasten stelle>', 'industriemechanikr', 'industriemechaniker'],
      ['missing-reference', '<Kasten video>', 'werksrundgng', 'werksrundgang'],
      ['missing-reference', '<Kasten von>', 'anna-bergr', 'anna-berger'],
    ]);
  });

  it('warns about a person without consent and a job that has closed', () => {
    const findings = checkPost('<Kasten titel="x" personen="jonas-keller, ohne-einwilligung" stelle="abgelaufen" />');
    expect(findings.map((finding) => [finding.severity, finding.rule, finding.field])).toEqual([
      ['warning', 'no-consent', '<Kasten personen>'],
      ['warning', 'kit-job-closed', '<Kasten stelle>'],
    ]);
    expect(formatFinding(findings[1]!)).toMatch(
      /ist nicht ausgeschrieben und wird im Beitrag nicht gezeigt → den Baustein entfernen/,
    );
  });

  it('finds a missing image and a picture from the web', () => {
    const findings = checkPost(
      '<Kasten titel="x" bild="./fehlt.jpg" />\n\n<Kasten titel="y" bild="https://example.org/a.jpg" />',
    );
    expect(findings.map((finding) => [finding.rule, finding.line, finding.field])).toEqual([
      ['image-missing', 9, '<Kasten bild>'],
      ['image-remote', 11, '<Kasten bild>'],
    ]);
  });

  it('requires a part to stand inside its component', () => {
    expect(lines(checkPost('<Teil>Allein</Teil>'))).toEqual([
      'content/posts/test.mdx:9:1  <Teil>  <Teil> steht außerhalb von <Kasten> → <Teil> zwischen <Kasten> und </Kasten> setzen',
    ]);
  });
});

describe('the real kit’s mistakes, as authors make them', () => {
  const real = (body: string) => lines(checkPost(body, null));

  it('a misspelt component: <Zittat> and <Youtube>', () => {
    expect(real('<Zittat von="anna-berger">Gut.</Zittat>')).toEqual([
      'content/posts/test.mdx:9:1  (Text)  Die Komponente <Zittat> gibt es nicht → meinten Sie <Zitat />?',
    ]);
    expect(real('<Youtube id="werksrundgang" />')[0]).toMatch(
      /^content\/posts\/test\.mdx:9:1 {2}\(Text\) {2}Die Komponente <Youtube> gibt es nicht → /,
    );
  });

  it('an answer without its speaker, a question outside the interview', () => {
    expect(real('<Interview>\n<Antwort>Gern.</Antwort>\n</Interview>\n\n<Frage>Und dann?</Frage>')).toEqual([
      'content/posts/test.mdx:10:1  <Antwort von>  <Antwort> braucht die Angabe „von“ (Kennung der Person, die antwortet (Dateiname in content/people ohne .md)) → von="…" in die Klammer schreiben',
      'content/posts/test.mdx:13:1  <Frage>  <Frage> steht außerhalb von <Interview> → <Frage> zwischen <Interview> und </Interview> setzen',
    ]);
  });

  it('an unknown person and a person without consent in an answer', () => {
    const findings = checkPost(
      '<Interview>\n<Frage>Wie?</Frage>\n<Antwort von="anna-bergr">So.</Antwort>\n<Antwort von="ohne-einwilligung">Auch so.</Antwort>\n</Interview>',
      null,
    );
    expect(findings.map((finding) => [finding.line, finding.severity, finding.rule, finding.field])).toEqual([
      [11, 'error', 'missing-reference', '<Antwort von>'],
      [12, 'warning', 'no-consent', '<Antwort von>'],
    ]);
  });

  it('an event without a date, a picture without alt text, a hint of an unknown kind', () => {
    expect(real('<Veranstaltung name="Sommerfest" ort="Werk" />')).toEqual([
      'content/posts/test.mdx:9:1  <Veranstaltung datum>  <Veranstaltung> braucht die Angabe „datum“ (Erster (oder einziger) Tag, JJJJ-MM-TT) → datum="…" in die Klammer schreiben',
    ]);
    expect(real('<Bild src="./fehlt.jpg" />').map((line) => line.split('  ')[1])).toEqual(['<Bild alt>', '<Bild src>']);
    expect(real('<Hinweis art="warnung">Achtung.</Hinweis>')[0]).toMatch(/„warnung“ ist für art bei <Hinweis> nicht möglich → /);
  });

  it('a job that has closed, and one that does not exist', () => {
    const findings = checkPost('<Stelle id="abgelaufen" />\n\n<Stelle id="schlosser" />', null);
    expect(findings.map((finding) => [finding.line, finding.severity, finding.rule])).toEqual([
      [9, 'warning', 'kit-job-closed'],
      [11, 'error', 'missing-reference'],
    ]);
  });
});
