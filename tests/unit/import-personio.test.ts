import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { markdownToMdast } from 'satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { splitFrontmatter } from '../../scripts/lib/import/content.ts';
import { employmentOf, jobSlug } from '../../scripts/lib/import/personio/convert.ts';
import type { Position } from '../../scripts/lib/import/personio/feed.ts';
import { importPersonio } from '../../scripts/lib/import/personio/import.ts';
import type { ImportReport } from '../../scripts/lib/import/report.ts';
import type { ImportError } from '../../scripts/lib/import/xml.ts';
import { jobSchema } from '../../src/schemas/index.ts';
import { copyFixture, listFiles, ROOT } from '../helpers/site.ts';

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'import', 'personio');
const feed = (name: string) => path.join(FIXTURE, name);
const TODAY = '2026-11-01';

const run = (content: string, name: string, extra: Partial<Parameters<typeof importPersonio>[0]> = {}) =>
  importPersonio({
    root: ROOT,
    contentDir: content,
    feedFile: feed(name),
    mappingFile: feed('mapping.yaml'),
    today: TODAY,
    ...extra,
  });

const job = (content: string, name: string) => {
  const text = readFileSync(path.join(content, 'jobs', `${name}.md`), 'utf8');
  const { data, body } = splitFrontmatter(text);
  return { text, data: data!, body };
};

/** Job files by Personio id. */
const byPersonioId = (content: string) =>
  readdirSync(path.join(content, 'jobs'))
    .map((name) => [name, splitFrontmatter(readFileSync(path.join(content, 'jobs', name), 'utf8')).data?.['personioId']] as const)
    .filter(([, id]) => id !== undefined);

interface MdNode {
  type: string;
  children?: MdNode[];
}
const walk = (node: MdNode): MdNode[] => [node, ...(node.children ?? []).flatMap(walk)];

describe('Personio import', { timeout: 60_000 }, () => {
  let content: string;
  let report: ImportReport;
  beforeAll(() => {
    content = copyFixture('basic');
    report = run(content, 'feed-v1.xml');
  }, 60_000);

  it('writes one job file per position, named after the title without the gender note', () => {
    expect(report.written.map((file) => path.basename(file))).toEqual([
      // The hand-written industriemechaniker.md keeps its name; the import takes the Personio id as suffix.
      'industriemechaniker-1200001.md',
      'personalreferent-in-teilzeit.md',
      'werkstudent-produktionsplanung.md',
      'ausbildung-industriekaufmann-frau-2027.md',
    ]);
  });

  it('maps offices, departments and employment types, and fills what the feed lacks from the mapping', () => {
    expect(job(content, 'industriemechaniker-1200001').data).toEqual({
      title: 'Industriemechaniker (m/w/d)',
      description: 'Sie halten unsere Rohrschweißanlagen am Laufen.',
      department: 'produktion',
      locations: ['nordwerk', 'suedwerk'],
      employmentType: 'full-time',
      remote: 'none',
      datePosted: '2026-09-14',
      validThrough: '2027-03-01',
      salary: { min: 42000, max: 52000, unit: 'year' },
      apply: { url: 'https://testwerk.jobs.personio.de/job/1200001' },
      contact: 'jonas-keller',
      personioId: '1200001',
      seniority: 'experienced',
      yearsOfExperience: 2,
      keywords: ['Instandhaltung', 'Hydraulik', 'SPS'],
      occupation: 'Industriemechaniker',
    });
    const hr = job(content, 'personalreferent-in-teilzeit').data;
    expect(hr).toMatchObject({
      department: 'personal',
      locations: ['suedwerk'],
      employmentType: 'part-time',
      contact: 'anna-berger',
    });
    expect(hr['seniority']).toBeUndefined();
    expect(job(content, 'werkstudent-produktionsplanung').data).toMatchObject({
      employmentType: 'working-student',
      remote: 'hybrid',
      keywords: ['Python', 'Excel'],
    });
    expect(job(content, 'ausbildung-industriekaufmann-frau-2027').data).toMatchObject({
      employmentType: 'apprenticeship',
      startDate: '2027-08-01',
    });
  });

  it('writes jobs that pass the job schema and the content check', () => {
    const schema = jobSchema();
    for (const [name] of byPersonioId(content)) {
      expect(schema.safeParse(job(content, name.replace(/\.md$/, '')).data).success, name).toBe(true);
    }
    expect(checkContent(ROOT, content).findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('holds back a job without a salary range and says where to put it', () => {
    expect(report.held).toEqual([
      expect.objectContaining({
        subject: 'Praktikum Qualitätssicherung (m/w/d) (Personio 1200005)',
        code: 'salary-missing',
        detail: '1200005',
        line: 98,
      }),
    ]);
    expect(byPersonioId(content).map(([, id]) => id)).not.toContain('1200005');
  });

  it('strips hostile HTML: no script, handler, style, frame, form, tracking image or unsafe link survives', () => {
    const { body } = job(content, 'industriemechaniker-1200001');
    for (const bad of [
      '<script',
      'alert',
      'onclick',
      'onerror',
      'onload',
      'onmouseover',
      'style',
      'javascript',
      'data:text',
      'iframe',
      'evil.example',
      'tracker.example',
      '<svg',
      '<form',
      'passwort',
      '<meta',
      '<object',
    ]) {
      expect(body.toLowerCase(), bad).not.toContain(bad.toLowerCase());
    }
    expect(body).toContain('Sie halten unsere **Rohrschweißanlagen** am Laufen.');
    expect(body).toContain(
      'Mehr erfahren · Noch mehr · Und mehr · Daten · [Unsere Benefits](https://www.testwerk.example/benefits)',
    );
    // Escaped markup in the feed is text and stays text.
    expect(body).toContain('&lt;script>bleibt Text&lt;/script> und \\{geschweifte\\} Klammern');
    expect(body).toContain('## Ihre Aufgaben\n\n- Wartung und Inspektion der Schweiß- und Biegeanlagen');
    // Plain Markdown with no raw HTML at all: nothing passes through to the page.
    expect(walk(markdownToMdast(body) as MdNode).filter((node) => node.type === 'html')).toEqual([]);
    const removed = report.todo.filter((entry) => entry.subject.includes('1200001')).map((entry) => entry.code);
    expect(removed).toEqual(expect.arrayContaining(['script', 'style', 'iframe', 'form', 'object', 'link', 'image']));
    expect(report.todo.filter((entry) => entry.code === 'link')).toHaveLength(4);
  });

  it('keeps code blocks in descriptions', () => {
    expect(job(content, 'werkstudent-produktionsplanung').body).toContain('```python\nprint("Schichtplan")\n```');
  });

  it('changes nothing when the same feed is imported again', () => {
    const before = new Map(listFiles(content).map((file) => [file, readFileSync(path.join(content, file), 'utf8')]));
    const again = run(content, 'feed-v1.xml');
    expect(again.written).toEqual([]);
    expect(again.removed).toEqual([]);
    for (const [file, text] of before) expect(readFileSync(path.join(content, file), 'utf8'), file).toBe(text);
  });
});

describe('Personio import, second version of the feed', { timeout: 60_000 }, () => {
  let content: string;
  let report: ImportReport;
  let handWritten: Map<string, string>;
  beforeAll(() => {
    content = copyFixture('basic');
    run(content, 'feed-v1.xml');
    const file = path.join(content, 'jobs', 'industriemechaniker-1200001.md');
    // What a person adds by hand survives the next import: a comment and a start date.
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('remote: none', 'remote: none # mit der Werkleitung abgestimmt\nstartDate: 2027-01-01'),
    );
    handWritten = new Map(
      ['industriemechaniker.md', 'abgelaufen.md'].map((name) => [name, readFileSync(path.join(content, 'jobs', name), 'utf8')]),
    );
    report = run(content, 'feed-v2.xml', { today: '2026-11-20' });
  }, 60_000);

  it('updates a changed job in its file instead of adding a second one', () => {
    const ids = byPersonioId(content).map(([, id]) => id);
    expect(ids.filter((id) => id === '1200001')).toHaveLength(1);
    const updated = job(content, 'industriemechaniker-1200001');
    expect(updated.data['title']).toBe('Industriemechaniker (m/w/d) – Instandhaltung');
    expect(updated.body).toContain('Rufbereitschaft nur jedes vierte Wochenende');
    expect(updated.text).toContain('remote: none # mit der Werkleitung abgestimmt');
    expect(updated.data['startDate']).toBe('2027-01-01');
    expect(updated.data['validThrough']).toBe('2027-03-01');
    expect(report.written.map((written) => path.resolve(ROOT, written))).toContain(
      path.join(content, 'jobs', 'industriemechaniker-1200001.md'),
    );
  });

  it('removes the job that left the feed and lists it, and adds the new one', () => {
    expect(existsSync(path.join(content, 'jobs', 'werkstudent-produktionsplanung.md'))).toBe(false);
    expect(report.removed).toEqual([
      expect.stringContaining('werkstudent-produktionsplanung.md (Personio 1200003: Werkstudent (m/w/d) Produktionsplanung)'),
    ]);
    expect(job(content, 'maschinen-und-anlagenfuehrer').data).toMatchObject({
      personioId: '1200006',
      locations: ['suedwerk'],
      validThrough: '2027-03-20',
    });
    expect(
      byPersonioId(content)
        .map(([, id]) => id)
        .sort(),
    ).toEqual(['1200001', '1200002', '1200004', '1200006']);
  });

  it('never touches jobs written by hand', () => {
    for (const [name, text] of handWritten) expect(readFileSync(path.join(content, 'jobs', name), 'utf8')).toBe(text);
  });

  it('renews the end date of a job that is still in the feed after it passed', () => {
    const later = run(content, 'feed-v2.xml', { today: '2027-04-01' });
    expect(job(content, 'personalreferent-in-teilzeit').data['validThrough']).toBe('2027-07-30');
    expect(later.todo).toContainEqual(expect.objectContaining({ code: 'valid-through-renewed', detail: '2027-07-30' }));
  });
});

describe('Personio import, problems', { timeout: 60_000 }, () => {
  it('reports an unknown office and department with the closest known id and writes nothing for that job', () => {
    const content = copyFixture('basic');
    const report = run(content, 'unknown-office.xml');
    expect(report.held).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'office-unknown',
          detail: 'Nordwerk Halle 2',
          suggestion: ', z. B. „Nordwerk Halle 2: nordwerk“',
          line: 3,
        }),
        expect.objectContaining({
          code: 'department-unknown',
          detail: 'Produktions-IT',
          suggestion: ', z. B. „Produktions-IT: produktion“',
        }),
      ]),
    );
    expect(byPersonioId(content).map(([, id]) => id)).toEqual(['1200002']);
    // Missing optional elements (no description, no seniority …) are fine.
    expect(job(content, 'personalreferent-in-teilzeit').data['description']).toBe('Personalreferent (m/w/d) in Teilzeit');
  });

  it('exits 1 for an unknown office and for a malformed feed, naming the line; 0 when everything maps', () => {
    const content = copyFixture('basic');
    const cli = (name: string) =>
      spawnSync(
        process.execPath,
        [
          path.join(ROOT, 'scripts', 'import-personio.ts'),
          feed(name),
          '--mapping',
          feed('mapping.yaml'),
          '--content',
          content,
          '--today',
          TODAY,
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
    const unknown = cli('unknown-office.xml');
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toContain(
      'Standort „Nordwerk Halle 2“ ist nicht zugeordnet → in der Zuordnungsdatei unter offices eintragen, z. B. „Nordwerk Halle 2: nordwerk“',
    );
    const before = listFiles(content);
    const malformed = cli('malformed.xml');
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toMatch(/malformed\.xml:13:3 {2}XML ist fehlerhaft: Expected closing tag 'jobDescriptions'/);
    expect(listFiles(content)).toEqual(before);
    writeFileSync(
      path.join(content, 'ok.xml'),
      readFileSync(feed('feed-v2.xml'), 'utf8').replace(/<position>\s*<id>1200005<\/id>[\s\S]*?<\/position>/, ''),
    );
    const ok = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'scripts', 'import-personio.ts'),
        path.join(content, 'ok.xml'),
        '--mapping',
        feed('mapping.yaml'),
        '--content',
        content,
        '--today',
        TODAY,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
  }, 120_000);

  it('fails on a malformed feed with the line, and on a file that is not a Personio feed', () => {
    const content = copyFixture('basic');
    expect(() => run(content, 'malformed.xml')).toThrow(
      expect.objectContaining({ line: 13, column: 3 }) as unknown as ImportError,
    );
    expect(() =>
      importPersonio({
        root: ROOT,
        contentDir: content,
        feedFile: path.join(ROOT, 'tests', 'fixtures', 'import', 'wordpress', 'export.xml'),
      }),
    ).toThrow(/kein Personio-Feed/);
  });

  it('fails on a mapping file with an unknown section, naming its line', () => {
    const content = copyFixture('basic');
    const mapping = path.join(content, 'mapping.yaml');
    const original = readFileSync(feed('mapping.yaml'), 'utf8');
    writeFileSync(mapping, `${original}standorte:\n  Nordwerk: nordwerk\n`);
    expect(() => run(content, 'feed-v1.xml', { mappingFile: mapping })).toThrow(
      expect.objectContaining({
        message: expect.stringContaining('Unbekannter Abschnitt „standorte“'),
        line: original.split('\n').length,
      }) as unknown as ImportError,
    );
  });

  it('sets each job’s Personio page as its apply URL, beside the default e-mail', () => {
    const content = copyFixture('basic');
    const mapping = path.join(content, 'mapping.yaml');
    const original = readFileSync(feed('mapping.yaml'), 'utf8');
    writeFileSync(
      mapping,
      original.replace('  validThroughDays:', '  apply: { email: bewerbung@testwerk.example }\n  validThroughDays:'),
    );
    run(content, 'feed-v1.xml', { mappingFile: mapping });
    expect(job(content, 'werkstudent-produktionsplanung').data['apply']).toEqual({
      url: 'https://testwerk.jobs.personio.de/job/1200003',
      email: 'bewerbung@testwerk.example',
    });
  });

  it('holds a job back when the mapping names neither the Personio page nor defaults.apply', () => {
    const content = copyFixture('basic');
    const mapping = path.join(content, 'mapping.yaml');
    writeFileSync(mapping, readFileSync(feed('mapping.yaml'), 'utf8').replace(/^personio: .*\n/m, ''));
    const held = run(content, 'feed-v1.xml', { mappingFile: mapping }).held.filter((entry) => entry.code === 'apply-missing');
    expect(held.map((entry) => entry.detail)).toEqual(['1200001', '1200002', '1200003', '1200004', '1200005']);
  });

  it('fails on a Personio address that is not an https career page, naming its line', () => {
    const content = copyFixture('basic');
    const mapping = path.join(content, 'mapping.yaml');
    const original = readFileSync(feed('mapping.yaml'), 'utf8');
    writeFileSync(mapping, original.replace('personio: https://', 'personio: http://'));
    expect(() => run(content, 'feed-v1.xml', { mappingFile: mapping })).toThrow(
      expect.objectContaining({
        message: 'personio: erwartet wird die Adresse der Personio-Karriereseite, z. B. https://firma.jobs.personio.de',
        line: 3,
      }) as unknown as ImportError,
    );
  });
});

describe('Personio employment types', { timeout: 60_000 }, () => {
  const position = (employmentType: string, schedule = '', extra: Partial<Position> = {}) =>
    ({ employmentType, schedule, recruitingCategory: '', name: 'Stelle', ...extra }) as Position;

  it('maps every Personio type and schedule to the job schema', () => {
    expect(employmentOf(position('permanent', 'full-time'))).toEqual({ value: 'full-time' });
    expect(employmentOf(position('permanent', 'part-time'))).toEqual({ value: 'part-time' });
    expect(employmentOf(position('intern', 'full-time'))).toEqual({ value: 'internship' });
    expect(employmentOf(position('working_student', 'part-time'))).toEqual({ value: 'working-student' });
    expect(employmentOf(position('freelance'))).toEqual({ value: 'freelance' });
    expect(employmentOf(position('temporary', 'full-time'))).toEqual({ value: 'temporary' });
    expect(employmentOf(position('trainee', 'full-time', { recruitingCategory: 'Ausbildung' }))).toEqual({
      value: 'apprenticeship',
    });
    expect(employmentOf(position('trainee', 'full-time', { name: 'Duales Studium Maschinenbau' }))).toEqual({
      value: 'apprenticeship',
    });
    expect(employmentOf(position('trainee', 'full-time')).value).toBe('full-time');
    expect(employmentOf(position('trainee', 'full-time')).assumed).toMatch(/Traineeprogramm/);
    expect(employmentOf(position('permanent', 'flexible')).assumed).toMatch(/flexible/);
    expect(employmentOf(position('zeitarbeit')).value).toBeUndefined();
  });

  it('leaves the gender note out of file names', () => {
    expect(jobSlug('Industriemechaniker (m/w/d)')).toBe('industriemechaniker');
    expect(jobSlug('Fachkraft (w/m/d) für Lagerlogistik')).toBe('fachkraft-fuer-lagerlogistik');
    expect(jobSlug('Entwickler*in (all genders)')).toBe('entwickler-in');
  });
});
