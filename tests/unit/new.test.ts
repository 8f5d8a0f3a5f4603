import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/check/index.ts';
import { deriveId } from '../../scripts/lib/new/render.ts';

/**
 * `npm run new` end to end: spawned on a copy of the basic fixture with piped stdin
 * (so without a terminal), once with flags and once answering the German questions.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/basic/content');
/** 23:30 UTC on 9 March is already 10 March in Berlin. */
const NOW = '2026-03-09T23:30:00Z';
const TODAY = '2026-03-10';
/** Each case spawns Node; on a busy two-core machine that takes seconds. */
const SPAWN_TIMEOUT = 60_000;
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function content(): { root: string; dir: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'einblick-new-'));
  temporary.push(root);
  const dir = path.join(root, 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  return { root, dir };
}

function run(dir: string, args: string[], input = '') {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/new.ts'), ...args, '--content', dir], {
    cwd: path.dirname(dir),
    input,
    encoding: 'utf8',
    env: { ...process.env, EINBLICK_NOW: NOW, EINBLICK_CONTENT: dir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The frontmatter of a written file, parsed as YAML. */
function frontmatter(file: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'));
  expect(match, `no frontmatter in ${file}`).not.toBeNull();
  return parse(match![1]!) as Record<string, unknown>;
}

/** Errors and warnings `npm run check` reports for one file of the folder. */
function checkFile(root: string, dir: string, file: string) {
  const result = checkContent(root, dir);
  const own = result.findings.filter((finding) => finding.file === `content/${file}`);
  return { errors: own.filter((finding) => finding.severity === 'error'), rules: own.map((finding) => finding.rule).sort() };
}

describe('npm run new: posts with flags', { timeout: SPAWN_TIMEOUT }, () => {
  it('writes a valid draft with frontmatter, a guid, today in Berlin and a writing guide', () => {
    const { root, dir } = content();
    const result = run(dir, [
      'post',
      '--title',
      'Größe zählt: Über Äpfel & Birnen',
      '--author',
      'anna-berger',
      '--kind',
      'interview',
      '--tags',
      'Ausbildung, Neue Wege',
      '--department',
      'produktion',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = path.join(dir, 'posts/groesse-zaehlt-ueber-aepfel-birnen.mdx');
    expect(result.stdout).toContain('Angelegt: content/posts/groesse-zaehlt-ueber-aepfel-birnen.mdx');
    const data = frontmatter(file);
    expect(data).toMatchObject({
      title: 'Größe zählt: Über Äpfel & Birnen',
      date: TODAY,
      authors: ['anna-berger'],
      kind: 'interview',
      tags: ['ausbildung', 'neue-wege'],
      department: 'produktion',
      draft: true,
    });
    expect(String(data['guid'])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/\n---\n\{\/\*\n {2}Schreibhilfe/);
    expect(text).toContain('Interview: kurz einleiten, wer spricht');
    // The review block is there, commented out, with a proofreader suggestion.
    expect(text).toContain('#   proofreadBy: ');
    // The share text is offered as a commented hint with its limit.
    expect(text).toMatch(/^# social: "…" # ein fertiger Satz zum Teilen auf LinkedIn oder X, höchstens 256 Zeichen/m);
    // Valid as written; the check shows the gate and the placeholder as warnings.
    const checked = checkFile(root, dir, 'posts/groesse-zaehlt-ueber-aepfel-birnen.mdx');
    expect(checked.errors).toEqual([]);
    expect(checked.rules).toEqual(['placeholder', 'review-pending']);
    expect(result.stdout).toContain('Entwurf: vor dem Veröffentlichen fehlt noch review.proofreadBy, review.privacyClearedOn');
  });

  it('defaults the kind to article and the department to the author’s, and can write a folder', () => {
    const { root, dir } = content();
    const result = run(dir, [
      'post',
      '--title',
      'Mit Bildern',
      '--author',
      'jonas-keller',
      '--description',
      'Kurz und gut.',
      '--folder',
    ]);
    expect(result.status).toBe(0);
    const data = frontmatter(path.join(dir, 'posts/mit-bildern/index.mdx'));
    expect(data).toMatchObject({ kind: 'article', department: 'personal', description: 'Kurz und gut.', tags: [] });
    expect(checkFile(root, dir, 'posts/mit-bildern/index.mdx').rules).toEqual(['review-pending']);
  });

  it('never overwrites: the same title again, or a folder post of that name, exits 1', () => {
    const { dir } = content();
    expect(run(dir, ['post', '--title', 'Neu hier', '--author', 'anna-berger']).status).toBe(0);
    const file = path.join(dir, 'posts/neu-hier.mdx');
    const before = readFileSync(file, 'utf8');
    const again = run(dir, ['post', '--title', 'Neu hier', '--author', 'jonas-keller']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      'Nichts geschrieben: content/posts/neu-hier.mdx gibt es schon, und npm run new überschreibt nie.',
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
    // mit-bild/index.mdx exists: a post "Mit Bild" would collide with it.
    const folder = run(dir, ['post', '--title', 'Mit Bild', '--author', 'anna-berger']);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toContain('content/posts/mit-bild gibt es schon');
    expect(existsSync(path.join(dir, 'posts/mit-bild.mdx'))).toBe(false);
  });

  it('without a terminal, lists the missing flags and writes nothing', () => {
    const { dir } = content();
    const before = readdirSync(path.join(dir, 'posts')).sort();
    const result = run(dir, ['post', '--kind', 'roman']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Für „npm run new -- post“ fehlen Angaben oder sind ungültig:');
    expect(result.stderr).toMatch(/--title …\s+Titel/);
    expect(result.stderr).toMatch(/--author …\s+Wer schreibt\?/);
    expect(result.stderr).toContain(
      '--kind: „roman“ steht nicht in der Liste; bitte eine Nummer oder Kennung: article, interview, event, column',
    );
    expect(result.stderr).toContain('Beispiel: npm run new -- post --title');
    expect(readdirSync(path.join(dir, 'posts')).sort()).toEqual(before);
  });

  it('refuses an author without consent, a flag of another kind and an unknown kind of entry', () => {
    const { dir } = content();
    const result = run(dir, ['post', '--title', 'X', '--author', 'ohne-einwilligung']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Olaf Ohnezustimmung (ohne-einwilligung) hat keine Einwilligung (consent)');
    const wrongFlag = run(dir, ['person', '--title', 'Anna', '--role', 'Schweißerin', '--department', 'produktion']);
    expect(wrongFlag.status).toBe(2);
    expect(wrongFlag.stderr).toContain('--title: gibt es für person nicht');
    expect(wrongFlag.stderr).toMatch(/--name …\s+Vor- und Nachname/);
    const unknown = run(dir, ['podcast']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('„podcast“ kann npm run new nicht anlegen; möglich sind: post, video, person, job.');
  });
});

describe('npm run new: interactive', { timeout: SPAWN_TIMEOUT }, () => {
  it('asks in German, takes numbers from the lists, and writes the post', () => {
    const { root, dir } = content();
    // title, authors (2 = Jonas Keller), kind (3 = event), tags (1 = first listed + a new one),
    // department (Enter = his own), description, folder (Enter = no)
    const answers = ['Tag der Ausbildung', '2', '3', '1, Neue Halle', '', 'Ein Rückblick auf den Tag.', ''].join('\n');
    const result = run(dir, ['post', '--interactive'], `${answers}\n`);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Wer schreibt? Nummer oder Kennung');
    expect(result.stdout).toMatch(/1\) Anna Berger \(anna-berger\)\n\s+2\) Jonas Keller \(jonas-keller\)/);
    // People without consent are not offered.
    expect(result.stdout).not.toContain('Ohnezustimmung');
    expect(result.stdout).toContain('Auswahl [personal]: ');
    const data = frontmatter(path.join(dir, 'posts/tag-der-ausbildung.mdx'));
    expect(data).toMatchObject({
      title: 'Tag der Ausbildung',
      authors: ['jonas-keller'],
      kind: 'event',
      tags: ['ausbildung', 'neue-halle'],
      department: 'personal',
      description: 'Ein Rückblick auf den Tag.',
    });
    expect(checkFile(root, dir, 'posts/tag-der-ausbildung.mdx').errors).toEqual([]);
  });

  it('asks again after a wrong answer, and asks for the kind of entry first', () => {
    const { dir } = content();
    const answers = ['9', '3', 'Jürgen Groß', 'Schweißer', 'keine', '2', '', '2030-01-01', '2026-02-01', ''].join('\n');
    const result = run(dir, ['--interactive'], `${answers}\n`);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Was möchtest du anlegen?');
    expect(result.stdout).toContain('Bitte eine Nummer aus der Liste.');
    expect(result.stdout).toContain('„keine“ steht nicht in der Liste');
    expect(result.stdout).toContain('Die Einwilligung kann nicht in der Zukunft liegen.');
    expect(frontmatter(path.join(dir, 'people/juergen-gross.md'))).toMatchObject({
      name: 'Jürgen Groß',
      role: 'Schweißer',
      department: 'produktion',
      consent: '2026-02-01',
    });
  });

  it('writes nothing when the input ends before the last question', () => {
    const { dir } = content();
    const result = run(dir, ['post', '--interactive'], 'Halber Beitrag\n');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Abgebrochen: die Eingabe endete vor der letzten Frage. Es wurde nichts geschrieben.');
    expect(existsSync(path.join(dir, 'posts/halber-beitrag.mdx'))).toBe(false);
  });
});

describe('npm run new: videos, people and jobs', { timeout: SPAWN_TIMEOUT }, () => {
  it('writes a video with the id from a YouTube link and copies the poster', () => {
    const { root, dir } = content();
    const poster = path.join(root, 'standbild.png');
    writeFileSync(poster, readFileSync(path.join(dir, 'videos/werksrundgang.png')));
    const result = run(dir, [
      'video',
      '--title',
      'Rundgang durchs Lager',
      '--youtube',
      'https://www.youtube.com/watch?v=abcdefghijk&t=30',
      '--poster',
      poster,
      '--poster-alt',
      'Blick in das Hochregallager',
      '--duration',
      '3:10',
      '--people',
      'anna-berger',
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(frontmatter(path.join(dir, 'videos/rundgang-durchs-lager.md'))).toMatchObject({
      youtube: 'abcdefghijk',
      poster: { src: './rundgang-durchs-lager.png', alt: 'Blick in das Hochregallager' },
      duration: '3:10',
      date: TODAY,
      people: ['anna-berger'],
      department: 'produktion',
      draft: true,
    });
    expect(existsSync(path.join(dir, 'videos/rundgang-durchs-lager.png'))).toBe(true);
    expect(readFileSync(path.join(dir, 'videos/rundgang-durchs-lager.md'), 'utf8')).toContain('# - youtube: nur die 11 Zeichen');
    expect(checkFile(root, dir, 'videos/rundgang-durchs-lager.md').errors).toEqual([]);
  });

  it('writes a person without consent as a commented line, valid and shown nowhere', () => {
    const { root, dir } = content();
    const result = run(dir, ['person', '--name', 'Jürgen Groß', '--role', 'Schweißer', '--department', 'produktion']);
    expect(result.status, result.stderr).toBe(0);
    const text = readFileSync(path.join(dir, 'people/juergen-gross.md'), 'utf8');
    expect(text).toContain('\n# consent: JJJJ-MM-TT\n');
    expect(frontmatter(path.join(dir, 'people/juergen-gross.md'))['consent']).toBeUndefined();
    expect(checkFile(root, dir, 'people/juergen-gross.md').errors).toEqual([]);
  });

  it('writes a job with salary, apply address and a default end date eight weeks out', () => {
    const { root, dir } = content();
    const result = run(dir, [
      'job',
      '--title',
      'Schweißer (m/w/d)',
      '--department',
      'produktion',
      '--locations',
      'nordwerk,2',
      '--salary-min',
      '42.000',
      '--salary-max',
      '48000',
      '--apply',
      'bewerbung@testwerk.example',
      '--contact',
      'jonas-keller',
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(frontmatter(path.join(dir, 'jobs/schweisser.md'))).toMatchObject({
      title: 'Schweißer (m/w/d)',
      locations: ['nordwerk', 'suedwerk'],
      employmentType: 'full-time',
      datePosted: TODAY,
      validThrough: '2026-05-05',
      salary: { min: 42000, max: 48000, currency: 'EUR', unit: 'year' },
      apply: { email: 'bewerbung@testwerk.example' },
      contact: 'jonas-keller',
      draft: true,
    });
    expect(checkFile(root, dir, 'jobs/schweisser.md').errors).toEqual([]);
  });

  it('derives ids: umlauts written out, (m/w/d) dropped, --slug wins', () => {
    expect(deriveId('post', { title: 'Tag der offenen Tür' })).toBe('tag-der-offenen-tuer');
    expect(deriveId('job', { title: 'Fachkraft für Lagerlogistik (m/w/d)' })).toBe('fachkraft-fuer-lagerlogistik');
    expect(deriveId('post', { title: 'x', slug: 'Eigener Name' })).toBe('eigener-name');
  });
});

describe('npm run new: help', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints the flags of every kind', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'einblick-new-help-'));
    temporary.push(dir);
    mkdirSync(path.join(dir, 'content'));
    const result = run(path.join(dir, 'content'), ['--help']);
    expect(result.status).toBe(0);
    for (const flag of ['--title', '--author', '--youtube', '--poster-alt', '--consent', '--salary-min', '--valid-through']) {
      expect(result.stdout).toContain(flag);
    }
  });
});

describe('npm run new: translations', { timeout: SPAWN_TIMEOUT }, () => {
  it('writes the English version beside its original: placeholders naming the German text, a valid draft', () => {
    const { root, dir } = content();
    const result = run(dir, ['translation', 'posts/mit-bild', '--lang', 'en']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Angelegt: content/posts/mit-bild/index.en.mdx (Übersetzung von content/posts/mit-bild/index.mdx)',
    );
    const file = path.join(dir, 'posts/mit-bild/index.en.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# Englische Fassung von content/posts/mit-bild/index.mdx (dem Original).');
    expect(frontmatter(file)).toEqual({
      title: 'TODO: übersetzen – Tag der offenen Tür',
      description: 'TODO: übersetzen – Ein Bericht vom Tag der offenen Tür mit vielen Gästen.',
      cover: { alt: 'TODO: übersetzen – Besucher in der Werkshalle' },
      updated: TODAY,
      draft: true,
    });
    // The original's body, to translate in place.
    expect(text).toContain('## Was war los?\n\nViele Gäste kamen ins Werk.');
    // Valid: placeholders are warnings in a draft, and no shared fact is repeated.
    expect(checkFile(root, dir, 'posts/mit-bild/index.en.mdx')).toEqual({
      errors: [],
      rules: ['placeholder', 'placeholder', 'placeholder'],
    });
    // Never overwritten.
    writeFileSync(file, `${text}\nMeine Übersetzung.\n`);
    const again = run(dir, ['translation', 'posts/mit-bild']);
    expect(again.status).toBe(1);
    expect(readFileSync(file, 'utf8')).toContain('Meine Übersetzung.');
  });

  it('translates people, jobs, teams and videos with their own text fields', () => {
    const { root, dir } = content();
    for (const target of ['people/anna-berger', 'job/industriemechaniker', 'teams/taskforce', 'videos/werksrundgang']) {
      const result = run(dir, ['translation', target]);
      expect(result.status, result.stderr).toBe(0);
    }
    expect(frontmatter(path.join(dir, 'people/anna-berger.en.md'))).toMatchObject({
      role: 'TODO: übersetzen – Verfahrensmechanikerin',
      photo: { alt: 'TODO: übersetzen – Porträt von Anna Berger vor einer Maschine' },
    });
    expect(Object.keys(frontmatter(path.join(dir, 'jobs/industriemechaniker.en.md')))).toEqual([
      'title',
      'description',
      'updated',
      'draft',
    ]);
    expect(frontmatter(path.join(dir, 'teams/taskforce.en.md'))).toMatchObject({ meets: 'TODO: übersetzen – alle sechs Wochen' });
    expect(readFileSync(path.join(dir, 'videos/werksrundgang.en.md'), 'utf8')).toContain(
      '**Anna Berger:** Willkommen in der Halle.',
    );
    const result = checkContent(root, dir);
    expect(result.findings.filter((finding) => /\.en\.md$/.test(finding.file) && finding.severity === 'error')).toEqual([]);
    expect(result.findings.filter((finding) => finding.file === 'content/teams/taskforce.en.md').map((f) => f.field)).toEqual([
      'name',
      'description',
      'meets',
    ]);
  });

  it('names the closest entry when the original does not exist, and writes nothing', () => {
    const { dir } = content();
    const result = run(dir, ['translation', 'people/anna-berge']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'Einen Eintrag „people/anna-berge“ gibt es nicht; meinten Sie „people/anna-berger“? Erst das Original anlegen, dann die Übersetzung.\n',
    );
    expect(readdirSync(path.join(dir, 'people')).filter((name) => name.includes('.en.'))).toEqual([]);
    expect(run(dir, ['translation', 'posts/mit-bild', '--lang', 'fr']).stderr).toBe('Sprache „fr“ gibt es nicht; möglich: en.\n');
  });
});
