import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatFinding, formatReport, type Finding } from '../../src/check/index.ts';
import { closest } from '../../src/check/schema-issues.ts';
import { checkCache } from '../../src/check/cache.ts';

/**
 * The content check on copies of the valid `basic` fixture, each with one change.
 * Every case asserts the file, the exact line, the field, the rule and the German hint.
 */

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/basic/content');
const temporary: string[] = [];

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** Helpers a modification gets: paths are relative to the copied content folder. */
interface Editor {
  dir: string;
  read: (file: string) => string;
  write: (file: string, text: string) => void;
  /** Replaces text that must occur in the file (so a stale fixture fails loudly). */
  replace: (file: string, from: string | RegExp, to: string) => void;
  rename: (from: string, to: string) => void;
}

/** Copies the basic fixture to a temp dir, applies `modify` and runs the check. */
function checkModified(modify: (edit: Editor) => void = () => {}) {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'einblick-check-'));
  temporary.push(parent);
  const dir = path.join(parent, 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  const at = (file: string) => path.join(dir, file);
  const edit: Editor = {
    dir,
    read: (file) => readFileSync(at(file), 'utf8'),
    write: (file, text) => writeFileSync(at(file), text),
    replace: (file, from, to) => {
      const text = readFileSync(at(file), 'utf8');
      const changed = text.replace(from, to);
      if (changed === text) throw new Error(`fixture ${file} does not contain ${String(from)}`);
      writeFileSync(at(file), changed);
    },
    rename: (from, to) => renameSync(at(from), at(to)),
  };
  modify(edit);
  return checkContent(parent, dir);
}

/** Entry files in a content folder: the three YAML files plus every .md and posts' .mdx / index.mdx. */
function countEntryFiles(dir: string): number {
  const list = (sub: string) => readdirSync(path.join(dir, sub), { recursive: true, encoding: 'utf8' });
  const posts = list('posts').filter((file) => /^[^/]+\.mdx$|^[^/]+\/index\.mdx$/.test(file.split(path.sep).join('/')));
  const others = ['people', 'teams', 'videos', 'jobs'].flatMap((sub) => list(sub).filter((file) => /^[^/\\]+\.md$/.test(file)));
  return 3 + posts.length + others.length;
}

const errorsOf = (findings: Finding[]) => findings.filter((finding) => finding.severity === 'error');

/** The one finding with that rule (and field, if given); fails if there is not exactly one. */
function only(findings: Finding[], rule: string, field?: string): Finding {
  const matching = findings.filter((finding) => finding.rule === rule && (field === undefined || finding.field === field));
  expect(matching, `findings: ${JSON.stringify(findings, null, 2)}`).toHaveLength(1);
  return matching[0]!;
}

const POST = 'posts/erster-beitrag.mdx';

describe('checkContent on the valid fixture', () => {
  it('finds no errors, one consent warning and the pending review of the draft', () => {
    const result = checkModified();
    expect(result.errors).toBe(0);
    expect(result.findings.map((finding) => finding.rule).sort()).toEqual(['no-consent', 'review-pending']);
    expect(result.files).toBe(countEntryFiles(FIXTURE));
  });

  it('warns (not errors) when a person without consent is an author', () => {
    const { findings, errors } = checkModified();
    expect(errors).toBe(0);
    const finding = only(findings, 'no-consent');
    expect(finding).toMatchObject({ severity: 'warning', line: 5, field: 'authors[1]' });
    expect(finding.file).toBe('content/posts/mit-bild/index.mdx');
    const message = formatFinding(finding);
    expect(message).toContain('Olaf Ohnezustimmung (ohne-einwilligung) hat keine Einwilligung');
    expect(message).toContain('dem Team zugeschrieben');
  });

  it('warns with the general hint when a person without consent is in a team', () => {
    const { findings } = checkModified((edit) =>
      edit.replace(
        'teams/taskforce.md',
        'members: [anna-berger, jonas-keller]',
        'members: [anna-berger, jonas-keller, ohne-einwilligung]',
      ),
    );
    const finding = only(findings, 'no-consent', 'members[2]');
    expect(finding).toMatchObject({ severity: 'warning', line: 4 });
    expect(formatFinding(finding)).toContain('oder die Person hier entfernen');
  });
});

describe('schema findings', () => {
  it('reports an unknown key titel with a suggestion for title', () => {
    const { findings } = checkModified((edit) => edit.replace(POST, 'title: Vom Azubi', 'titel: Vom Azubi'));
    const finding = only(findings, 'unknown-key');
    expect(finding.file).toBe('content/posts/erster-beitrag.mdx');
    expect(finding).toMatchObject({ severity: 'error', line: 2, column: 1, field: 'titel' });
    expect(formatFinding(finding)).toContain('Unbekanntes Feld „titel“ → meinten Sie „title“?');
    // The missing title is reported as well, at the start of the frontmatter.
    expect(only(findings, 'required', 'title')).toMatchObject({ line: 2 });
  });

  it('reports an unknown nested key with its dotted field and lists the allowed keys', () => {
    const { findings } = checkModified((edit) => edit.replace(POST, 'review: { proofreadBy', 'review: { lektor: x, proofreadBy'));
    const finding = only(findings, 'unknown-key');
    expect(finding).toMatchObject({ line: 10, field: 'review.lektor' });
    expect(formatFinding(finding)).toContain('erlaubt: proofreadBy, privacyClearedOn');
  });

  it('suggests the ISO form of a German date', () => {
    const { findings } = checkModified((edit) => edit.replace(POST, 'date: 2026-03-02', 'date: 01.03.2026'));
    const finding = only(findings, 'date-format');
    expect(finding.file).toBe('content/posts/erster-beitrag.mdx');
    expect(finding).toMatchObject({ line: 4, column: 7, field: 'date' });
    const message = formatFinding(finding);
    expect(message).toContain('„01.03.2026“ ist kein gültiges Datum');
    expect(message).toContain('z. B. 2026-03-01');
  });

  it('pads a short German date in the suggestion', () => {
    const { findings } = checkModified((edit) => edit.replace(POST, 'date: 2026-03-02', 'date: 1.3.2026'));
    expect(formatFinding(only(findings, 'date-format'))).toContain('z. B. 2026-03-01');
  });

  it('rejects the impossible date 2026-02-30 (which Astro’s YAML parser would coerce)', () => {
    const { findings } = checkModified((edit) => edit.replace(POST, 'date: 2026-03-02', 'date: 2026-02-30'));
    const finding = only(findings, 'date-format');
    expect(finding).toMatchObject({ severity: 'error', line: 4, field: 'date' });
    expect(formatFinding(finding)).toContain('diesen Tag gibt es nicht');
  });

  it('rejects an impossible nested date and names its field', () => {
    const { findings } = checkModified((edit) =>
      edit.replace(POST, 'privacyClearedOn: 2026-02-27', 'privacyClearedOn: 2026-02-29'),
    );
    expect(only(findings, 'date-format')).toMatchObject({ line: 10, field: 'review.privacyClearedOn' });
  });

  it('suggests keeping only the id of a YouTube link', () => {
    const { findings } = checkModified((edit) =>
      edit.replace('videos/werksrundgang.md', 'youtube: abcdefghijk', 'youtube: https://www.youtube.com/watch?v=abcdefghijk'),
    );
    const finding = only(findings, 'youtube-id');
    expect(finding.file).toBe('content/videos/werksrundgang.md');
    expect(finding).toMatchObject({ line: 5, field: 'youtube' });
    expect(formatFinding(finding)).toContain('nur die Kennung behalten: youtube: abcdefghijk');
  });

  it('reports a wrong value in a list data file at its line', () => {
    const { findings } = checkModified((edit) => edit.replace('locations.yaml', 'city: Prüfdorf', 'city: Prüfdorf, country: de'));
    const finding = only(findings, 'country-code');
    expect(finding.file).toBe('content/locations.yaml');
    expect(finding).toMatchObject({ line: 6, field: 'address.country' });
    expect(formatFinding(finding)).toContain('zwei Großbuchstaben, z. B. DE');
  });

  it('reports a missing required field at the start of the frontmatter', () => {
    const { findings } = checkModified((edit) => edit.replace('people/jonas-keller.md', 'role: Personalreferent\n', ''));
    const finding = only(findings, 'required');
    expect(finding).toMatchObject({ line: 2, field: 'role' });
    expect(formatFinding(finding)).toContain('„role: …“ ergänzen');
  });
});

describe('images', () => {
  it('reports a missing image file', () => {
    const { findings } = checkModified((edit) =>
      edit.replace('posts/mit-bild/index.mdx', 'src: ./cover.png', 'src: ./titelbild.png'),
    );
    const finding = only(findings, 'image-missing');
    expect(finding.file).toBe('content/posts/mit-bild/index.mdx');
    expect(finding).toMatchObject({ line: 8, field: 'cover.src' });
    expect(formatFinding(finding)).toContain('die Datei neben den Eintrag legen oder den Pfad korrigieren');
  });

  it('reports an image whose case differs from the file on disk', () => {
    const { findings } = checkModified((edit) => edit.rename('posts/mit-bild/cover.png', 'posts/mit-bild/Cover.png'));
    const finding = only(findings, 'image-missing');
    expect(finding).toMatchObject({ line: 8, field: 'cover.src', params: { value: './cover.png', caseTwin: 'Cover.png' } });
    expect(formatFinding(finding)).toContain(
      'auf der Festplatte heißt die Datei „Cover.png“; Groß- und Kleinschreibung angleichen',
    );
  });

  it('reports a person photo and a video poster that are missing', () => {
    const { findings } = checkModified((edit) => {
      edit.rename('people/anna-berger.png', 'people/anna.png');
      edit.replace('videos/werksrundgang.md', './werksrundgang.png', './WERKSRUNDGANG.png');
    });
    const images = findings.filter((finding) => finding.rule === 'image-missing');
    expect(images.map((finding) => [path.basename(finding.file), finding.line, finding.field])).toEqual([
      ['anna-berger.md', 6, 'photo.src'],
      ['werksrundgang.md', 6, 'poster.src'],
    ]);
  });

  it('rejects an image loaded from the web', () => {
    const { findings } = checkModified((edit) =>
      edit.replace('posts/mit-bild/index.mdx', 'src: ./cover.png', 'src: "https://example.com/cover.png"'),
    );
    expect(only(findings, 'image-remote')).toMatchObject({ line: 8, field: 'cover.src' });
  });
});

describe('references', () => {
  it('reports a broken author reference with the field and line', () => {
    const { findings } = checkModified((edit) => edit.replace(POST, 'authors: [anna-berger]', 'authors: [anna-bergr]'));
    const finding = only(findings, 'missing-reference');
    expect(finding.file).toBe('content/posts/erster-beitrag.mdx');
    expect(finding).toMatchObject({ severity: 'error', line: 5, field: 'authors[0]' });
    const message = formatFinding(finding);
    expect(message).toContain('„anna-bergr“ gibt es nicht in people/');
    expect(message).toContain('meinten Sie „anna-berger“?');
  });

  it('lists the known ids when nothing is close', () => {
    const { findings } = checkModified((edit) =>
      edit.replace('jobs/industriemechaniker.md', 'department: produktion', 'department: vertrieb'),
    );
    const finding = only(findings, 'missing-reference');
    expect(finding).toMatchObject({ line: 4, field: 'department' });
    expect(formatFinding(finding)).toContain('eine dieser Kennungen: personal, produktion');
  });

  it('reports the second entry of a list reference with its index', () => {
    const { findings } = checkModified((edit) =>
      edit.replace('jobs/industriemechaniker.md', 'locations: [nordwerk, suedwerk]', 'locations: [nordwerk, westwerk]'),
    );
    expect(only(findings, 'missing-reference')).toMatchObject({ line: 5, field: 'locations[1]' });
  });

  it('names the data file and the id when there is nothing to choose from', () => {
    const { findings } = checkModified((edit) => edit.write('departments.yaml', '[]\n'));
    const finding = findings.find(
      (item) => item.rule === 'missing-reference' && item.file === 'content/posts/erster-beitrag.mdx',
    );
    expect(finding).toMatchObject({ line: 8, field: 'department', params: { value: 'produktion', target: 'departments.yaml' } });
    const message = formatFinding(finding!);
    expect(message).toContain('„produktion“ gibt es nicht in departments.yaml');
    // The fix must not glue the file name and the id together ("departments.yamlproduktion").
    expect(message).not.toContain('departments.yamlproduktion');
    expect(message).toContain('departments.yaml (id: produktion)');
  });

  it('suggests creating the entry file when a folder collection is empty', () => {
    const { findings } = checkModified((edit) => {
      rmSync(path.join(edit.dir, 'teams'), { recursive: true });
    });
    const finding = only(findings, 'missing-reference');
    expect(finding).toMatchObject({ file: 'content/site.yaml', line: 22, field: 'editorial.fallbackTeam' });
    expect(formatFinding(finding)).toContain('den Eintrag teams/taskforce.md anlegen');
  });

  it('reports a fallback team in site.yaml that does not exist', () => {
    const { findings } = checkModified((edit) => edit.replace('site.yaml', 'fallbackTeam: taskforce', 'fallbackTeam: redaktion'));
    const finding = only(findings, 'missing-reference');
    expect(finding.file).toBe('content/site.yaml');
    expect(finding).toMatchObject({ line: 22, field: 'editorial.fallbackTeam' });
  });

  it('reports a team lead who is not a member', () => {
    const { findings } = checkModified((edit) =>
      edit.replace('teams/taskforce.md', 'members: [anna-berger, jonas-keller]', 'members: [anna-berger]'),
    );
    const finding = only(findings, 'lead-not-member');
    expect(finding.file).toBe('content/teams/taskforce.md');
    expect(finding).toMatchObject({ severity: 'error', line: 5, field: 'leads[0]' });
    expect(formatFinding(finding)).toContain('„jonas-keller“ leitet das Team, ist aber nicht Mitglied → in „members:“ aufnehmen');
  });
});

describe('editorial gate (site.yaml: editorial.requireReview)', () => {
  /** A published post of the production department by Jonas (personal), without review. */
  const UNREVIEWED = [
    '---',
    'title: Ohne Freigabe',
    'description: Ein Beitrag ohne redaktionelle Freigabe.',
    'date: 2026-03-10',
    'authors: [jonas-keller]',
    'kind: article',
    'department: produktion',
    '---',
    'Text.',
    '',
  ].join('\n');

  it('reports a missing review: proofreadBy with proofreaders from the department, and privacyClearedOn', () => {
    const { findings } = checkModified((edit) => edit.write('posts/ohne-freigabe.mdx', UNREVIEWED));
    const proofread = only(findings, 'review-missing', 'review.proofreadBy');
    expect(proofread.file).toBe('content/posts/ohne-freigabe.mdx');
    expect(proofread.line).toBe(2);
    // anna-berger is in produktion with consent; ohne-einwilligung has none; jonas-keller is the author.
    expect(proofread.params['proofreaders']).toBe('Anna Berger (anna-berger)');
    expect(formatFinding(proofread)).toContain(
      'Redaktionelle Freigabe fehlt: proofreadBy → Korrektur lesen könnte jemand aus Produktion: Anna Berger (anna-berger)' +
        ' – danach unter review: „proofreadBy: anna-berger“ eintragen',
    );
    expect(formatFinding(proofread, 'en')).toContain(
      'someone from Produktion could proofread: Anna Berger (anna-berger) – then add "proofreadBy: anna-berger" under review:',
    );
    const privacy = only(findings, 'review-missing', 'review.privacyClearedOn');
    expect(privacy.line).toBe(2);
    // The officer from site.yaml is named, so the author knows whom to ask.
    expect(formatFinding(privacy)).toContain(
      'Freigabe beim Datenschutz einholen (Datenschutz Test GmbH, datenschutz@testwerk.example), danach unter review: „privacyClearedOn: JJJJ-MM-TT“ eintragen',
    );
  });

  it('points at the review line when only privacyClearedOn is missing', () => {
    const { findings } = checkModified((edit) =>
      edit.write(
        'posts/ohne-freigabe.mdx',
        UNREVIEWED.replace('department: produktion', 'department: produktion\nreview: { proofreadBy: anna-berger }'),
      ),
    );
    expect(findings.filter((finding) => finding.rule === 'review-missing')).toHaveLength(1);
    expect(only(findings, 'review-missing', 'review.privacyClearedOn')).toMatchObject({ line: 8 });
  });

  it('skips drafts and posts when requireReview is false', () => {
    const draft = checkModified((edit) =>
      edit.write('posts/ohne-freigabe.mdx', UNREVIEWED.replace('kind: article', 'kind: article\ndraft: true')),
    );
    expect(draft.findings.filter((finding) => finding.rule === 'review-missing')).toEqual([]);
    const off = checkModified((edit) => {
      edit.write('posts/ohne-freigabe.mdx', UNREVIEWED);
      edit.replace('site.yaml', 'requireReview: true', 'requireReview: false');
    });
    expect(off.errors).toBe(0);
  });

  it('reports privacy clearance after the publication date', () => {
    const { findings } = checkModified((edit) =>
      edit.replace(POST, 'privacyClearedOn: 2026-02-27', 'privacyClearedOn: 2026-03-05'),
    );
    const finding = only(findings, 'review-late');
    expect(finding.file).toBe('content/posts/erster-beitrag.mdx');
    expect(finding).toMatchObject({ line: 10, field: 'review.privacyClearedOn', params: { value: '2026-03-05' } });
    expect(formatFinding(finding)).toContain('Datenschutzfreigabe (2026-03-05) liegt nach der Veröffentlichung');
  });

  it('accepts privacy clearance on the publication day', () => {
    const { errors } = checkModified((edit) =>
      edit.replace(POST, 'privacyClearedOn: 2026-02-27', 'privacyClearedOn: 2026-03-02'),
    );
    expect(errors).toBe(0);
  });
});

describe('file names and ids', () => {
  it('rejects a file name with uppercase letters and suggests a slug', () => {
    const { findings } = checkModified((edit) => edit.write('posts/Neuer-Beitrag.mdx', edit.read(POST)));
    const finding = only(findings, 'id-format');
    expect(finding.file).toBe('content/posts/Neuer-Beitrag.mdx');
    expect(finding).toMatchObject({
      line: 1,
      column: 1,
      field: '(Dateiname)',
      params: { value: 'Neuer-Beitrag', suggestion: 'neuer-beitrag' },
    });
    expect(formatFinding(finding)).toContain(
      '„Neuer-Beitrag“ ist keine gültige Kennung → Kleinbuchstaben, Ziffern und Bindestriche, z. B. „neuer-beitrag“',
    );
  });

  it('rejects x.mdx next to x/index.mdx as a duplicate entry', () => {
    const { findings } = checkModified((edit) => edit.write('posts/mit-bild.mdx', edit.read(POST)));
    const finding = only(findings, 'duplicate-entry');
    expect(finding.file).toBe('content/posts/mit-bild.mdx');
    // A file-name finding points at the start of the file, like id-format.
    expect(finding).toMatchObject({ line: 1, column: 1, field: '(Dateiname)', params: { value: 'mit-bild' } });
    expect(formatFinding(finding)).toContain(
      'Die Kennung „mit-bild“ gibt es mehrfach (auch in content/posts/mit-bild/index.mdx)',
    );
  });

  it('rejects two entries of a data file with the same id at the second id line', () => {
    const { findings } = checkModified((edit) => edit.replace('departments.yaml', '- id: personal', '- id: produktion'));
    const finding = only(findings, 'duplicate-entry');
    expect(finding.file).toBe('content/departments.yaml');
    expect(finding).toMatchObject({ line: 4, field: 'id' });
  });
});

describe('YAML and files', () => {
  it('reports a YAML syntax error with its line', () => {
    const { findings } = checkModified((edit) =>
      edit.replace(POST, 'title: Vom Azubi zum Schichtleiter', 'title: Vom Azubi: zum Schichtleiter'),
    );
    const finding = only(findings, 'yaml-syntax');
    expect(finding.file).toBe('content/posts/erster-beitrag.mdx');
    expect(finding.line).toBe(2);
    expect(formatFinding(finding)).toContain('Text mit „:“ in Anführungszeichen setzen');
  });

  it('reports a YAML syntax error in a data file with its line', () => {
    const { findings } = checkModified((edit) => edit.replace('departments.yaml', '  name: Personal', ' name: Personal'));
    const syntax = findings.filter((finding) => finding.rule === 'yaml-syntax');
    expect(syntax.length).toBeGreaterThan(0);
    for (const finding of syntax) expect([finding.file, finding.line]).toEqual(['content/departments.yaml', 5]);
  });

  it('does not follow a YAML error in departments.yaml with a missing-reference error for every department', () => {
    // The departments exist; only the file could not be read. Reporting each use of
    // `produktion` as "does not exist" sends the author to the wrong place.
    const { findings } = checkModified((edit) => edit.replace('departments.yaml', '  name: Personal', ' name: Personal'));
    expect(findings.filter((finding) => finding.rule === 'missing-reference')).toEqual([]);
  });

  it('reports a missing frontmatter', () => {
    const { findings } = checkModified((edit) => edit.write('people/jonas-keller.md', 'Jonas betreut die Ausbildung.\n'));
    const finding = only(findings, 'frontmatter-missing');
    expect(finding).toMatchObject({ line: 1, column: 1 });
    expect(finding.file).toBe('content/people/jonas-keller.md');
  });

  it('reports a missing site.yaml', () => {
    const { findings } = checkModified((edit) => rmSync(path.join(edit.dir, 'site.yaml')));
    expect(only(findings, 'file-missing')).toMatchObject({ line: 1, params: { detail: 'site.yaml' } });
  });

  it('reports every error of several files in one pass', () => {
    const { findings, errors, warnings } = checkModified((edit) => {
      edit.replace(POST, 'date: 2026-03-02', 'date: 01.03.2026');
      edit.replace('videos/werksrundgang.md', 'duration: "3:05"', 'duration: 3 min');
      edit.replace('jobs/industriemechaniker.md', 'contact: jonas-keller', 'contact: jonas');
      edit.replace('site.yaml', 'primary: "#1f4e79"', 'primary: "#fff"');
    });
    expect(errors).toBe(4);
    expect(warnings).toBe(2);
    const summary = errorsOf(findings).map((finding) => [finding.file, finding.line, finding.rule]);
    // Sorted by file, then line.
    expect(summary).toEqual([
      ['content/jobs/industriemechaniker.md', 11, 'missing-reference'],
      ['content/posts/erster-beitrag.mdx', 4, 'date-format'],
      ['content/site.yaml', 21, 'hex-colour'],
      ['content/videos/werksrundgang.md', 7, 'duration'],
    ]);
  });
});

describe('formatting', () => {
  it('renders file:line:column, field, problem and fix', () => {
    const { findings } = checkModified((edit) => edit.replace(POST, 'date: 2026-03-02', 'date: 01.03.2026'));
    const finding = only(findings, 'date-format');
    expect(formatFinding(finding, 'de')).toBe(
      `${finding.file}:4:7  date  „01.03.2026“ ist kein gültiges Datum → als JJJJ-MM-TT schreiben, z. B. 2026-03-01`,
    );
  });

  it('renders English with lang en', () => {
    const { findings } = checkModified((edit) => {
      edit.replace(POST, 'date: 2026-03-02', 'date: 01.03.2026');
      edit.replace(POST, 'authors: [anna-berger]', 'authors: [anna-bergr]');
    });
    expect(formatFinding(only(findings, 'date-format'), 'en')).toBe(
      `${only(findings, 'date-format').file}:4:7  date  "01.03.2026" is not a valid date → write YYYY-MM-DD, e.g. 2026-03-01`,
    );
    expect(formatFinding(only(findings, 'missing-reference'), 'en')).toContain(
      '"anna-bergr" does not exist in people/ → did you mean "anna-berger"?',
    );
  });

  it('summarises a report in German and English', () => {
    const { findings, files } = checkModified((edit) => edit.replace(POST, 'date: 2026-03-02', 'date: 01.03.2026'));
    const german = formatReport(findings, files, 'de');
    expect(german.split('\n')[0]).toBe('Fehler:');
    expect(german).toContain('Hinweise:');
    expect(german.split('\n').at(-1)).toBe(`${files} Dateien geprüft: 1 Fehler, 2 Hinweise.`);
    expect(formatReport(findings, files, 'en').split('\n').at(-1)).toBe(`${files} files checked: 1 errors, 2 warnings.`);
  });
});

describe('closest', () => {
  const postKeys = ['title', 'description', 'date', 'updated', 'authors', 'kind', 'tags', 'department', 'cover'];

  it('maps German aliases to the real field names', () => {
    expect(closest('titel', postKeys)).toBe('title');
    expect(closest('autor', postKeys)).toBe('authors');
    expect(closest('Abteilung', postKeys)).toBe('department');
    expect(closest('bild', postKeys)).toBe('cover');
  });

  it('finds names within two edits, case-insensitively', () => {
    expect(closest('descripton', postKeys)).toBe('description');
    expect(closest('Tgas', postKeys)).toBe('tags');
    expect(closest('anna-bergr', ['anna-berger', 'jonas-keller'])).toBe('anna-berger');
  });

  it('prefers the nearest name', () => {
    expect(closest('data', ['date', 'datum'])).toBe('date');
  });

  it('returns undefined when nothing is close or the alias target is not allowed', () => {
    expect(closest('zusammenfassung', postKeys)).toBeUndefined();
    expect(closest('gehalt', postKeys)).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
});

describe('the check cache (npm run build)', () => {
  const setup = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'einblick-check-cache-'));
    const contentDir = path.join(dir, 'content');
    const codeDir = path.join(dir, 'code');
    cpSync(path.join(import.meta.dirname, '..', 'fixtures', 'basic', 'content'), contentDir, { recursive: true });
    cpSync(path.join(import.meta.dirname, '..', '..', 'src', 'check'), codeDir, { recursive: true });
    const options = {
      contentDir,
      codeDirs: [codeDir],
      lockfile: path.join(dir, 'package-lock.json'),
      cacheFile: path.join(dir, 'cache', 'check.json'),
    };
    writeFileSync(options.lockfile, '{}');
    const run = () => {
      const cache = checkCache(options);
      if (cache.result) return { result: cache.result, ran: false };
      const result = checkContent(path.join(import.meta.dirname, '..', '..'), contentDir);
      cache.store(result);
      return { result, ran: true };
    };
    return { dir, contentDir, codeDir, options, run };
  };

  it('reuses the result while content and code are unchanged, and checks again after any change', () => {
    const { dir, contentDir, codeDir, options, run } = setup();
    const first = run();
    expect(first.ran).toBe(true);
    const second = run();
    expect(second.ran).toBe(false);
    expect(second.result).toEqual(first.result);

    // A content edit that breaks a post: checked again, and the error is reported.
    const post = path.join(contentDir, 'posts', 'erster-beitrag.mdx');
    writeFileSync(post, readFileSync(post, 'utf8').replace('title: Vom Azubi', 'titel: Vom Azubi'));
    const third = run();
    expect(third.ran).toBe(true);
    expect(third.result.errors).toBeGreaterThan(0);
    expect(run().ran).toBe(false);

    // A changed rule, a renamed content file, a new lockfile: each invalidates it.
    writeFileSync(path.join(codeDir, 'policy.ts'), `${readFileSync(path.join(codeDir, 'policy.ts'), 'utf8')}\n// changed\n`);
    expect(run().ran).toBe(true);
    renameSync(
      path.join(contentDir, 'jobs', 'industriemechaniker.md'),
      path.join(contentDir, 'jobs', 'industriemechanikerin.md'),
    );
    expect(run().ran).toBe(true);
    writeFileSync(options.lockfile, '{"lockfileVersion":3}');
    expect(run().ran).toBe(true);
    expect(run().ran).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks again when the stored file is damaged', () => {
    const { dir, options, run } = setup();
    expect(run().ran).toBe(true);
    writeFileSync(options.cacheFile, '{"key": ');
    expect(run().ran).toBe(true);
    expect(run().ran).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
