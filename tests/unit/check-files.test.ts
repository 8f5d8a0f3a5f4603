import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatFinding, type Finding } from '../../src/check/index.ts';
import { decodeContent, firstInvalidByte, fixEncoding } from '../../src/check/encoding.ts';
import { classifyFile, listContentFiles } from '../../src/check/inventory.ts';
import { entryFiles } from '../../src/check/source.ts';
import { ENTRY_GLOBS, isEntryPath, isTranslationPath, TRANSLATION_GLOBS, type EntryFolder } from '../../src/lib/paths.ts';

/**
 * Issue 22, classes 1 and 2: every file in the content folder is an entry, a file an entry
 * uses, or a finding; and text that is not UTF-8 is an error at its first bad byte. Each
 * case adds or changes files in a copy of the `basic` fixture and asserts the exact line
 * the author reads.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/basic/content');
const NOW = new Date('2026-11-01T12:00:00+01:00');
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

const tempFolder = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'einblick-files-'));
  temporary.push(dir);
  return dir;
};

/** A copy of the fixture; returns the project root (the copy is `<root>/content`). */
function fixture(): { root: string; dir: string } {
  const root = tempFolder();
  const dir = path.join(root, 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  return { root, dir };
}

/** Writes a file below the content folder, creating its folders. */
function put(dir: string, file: string, content: string | Uint8Array) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), content);
}

/** Moves a fixture file (e.g. a post) to another name. */
const move = (dir: string, from: string, to: string) => {
  mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
  renameSync(path.join(dir, from), path.join(dir, to));
};

function check(setup: (dir: string) => void) {
  const { root, dir } = fixture();
  setup(dir);
  return checkContent(root, dir, { now: NOW });
}

const RULES = new Set(['file-name', 'file-unused', 'file-junk', 'not-utf8']);
/** The findings of this task's rules, as the author reads them. */
const lines = (findings: Finding[]) => findings.filter((finding) => RULES.has(finding.rule)).map((f) => formatFinding(f));

const RENAME = 'Diese Datei wird nicht verwendet, weil Name, Endung oder Ordner nicht passen →';
const UNUSED =
  'Diese Datei nennt kein Eintrag; sie wird nicht veröffentlicht → im Eintrag angeben, wo sie erscheinen soll (z. B. ![Was das Bild zeigt](./bild.jpg)), oder die Datei löschen';
const JUNK =
  'Hilfsdatei des Betriebssystems oder eines Office-Programms → die Datei löschen, sie gehört nicht ins Repository (eine Sperrdatei ~$… verschwindet, wenn das Dokument geschlossen ist)';
const UTF8 = (word: string) =>
  `Die Datei ist nicht als UTF-8 gespeichert (zuerst bei „${word}“); Umlaute und Sonderzeichen kämen falsch an → als UTF-8 speichern (im Editor „Speichern unter“ → Codierung „UTF-8“) oder npm run check -- --fix ausführen`;

/** Windows-1252 bytes of a text; the tests only use characters of its Latin-1 part. */
const cp1252 = (text: string) => Buffer.from(text, 'latin1');

describe('the fixture', () => {
  it('has no file findings: every file is an entry or used by one', () => {
    expect(lines(check(() => {}).findings)).toEqual([]);
  });
});

describe('a misnamed entry file is an error that says what to rename it to', () => {
  const cases: Array<[string, string, string]> = [
    ['a post in a year folder', 'posts/2025/mein-beitrag.mdx', 'content/posts/mein-beitrag.mdx'],
    ['a post in upper case', 'posts/Mein Beitrag.MDX', 'content/posts/mein-beitrag.mdx'],
    ['a post as .md', 'posts/mein-beitrag.md', 'content/posts/mein-beitrag.mdx'],
    ['a post as .markdown', 'posts/mein-beitrag.markdown', 'content/posts/mein-beitrag.mdx'],
    ['a post saved with .txt appended', 'posts/mein-beitrag.mdx.txt', 'content/posts/mein-beitrag.mdx'],
    ['a hidden post', 'posts/.mein-beitrag.mdx', 'content/posts/mein-beitrag.mdx'],
    ['a folder post not named index', 'posts/mein-beitrag/beitrag.mdx', 'content/posts/mein-beitrag/index.mdx'],
    ['a folder post as index.md', 'posts/mein-beitrag/index.md', 'content/posts/mein-beitrag/index.mdx'],
    ['a second post in a post folder', 'posts/mit-bild/zweiter-teil.mdx', 'content/posts/zweiter-teil.mdx'],
    ['a post folder inside a year folder', 'posts/2025/mein-beitrag/index.mdx', 'content/posts/mein-beitrag/index.mdx'],
    ['a folder post with the wrong case', 'posts/mein-beitrag/Index.MDX', 'content/posts/mein-beitrag/index.mdx'],
    ['a post in a wrongly cased folder', 'Posts/mein-beitrag.mdx', 'content/posts/mein-beitrag.mdx'],
    ['a profile as .Md', 'people/lisa-berg.Md', 'content/people/lisa-berg.md'],
    ['a profile as .mdx', 'people/lisa-berg.mdx', 'content/people/lisa-berg.md'],
    ['a profile in a subfolder', 'people/archiv/lisa-berg.md', 'content/people/lisa-berg.md'],
    ['a job as .markdown', 'jobs/neue-stelle.markdown', 'content/jobs/neue-stelle.md'],
    ['a video as .MD', 'videos/rundgang.MD', 'content/videos/rundgang.md'],
    ['a team as .md.txt', 'teams/werkfeuerwehr.md.txt', 'content/teams/werkfeuerwehr.md'],
  ];
  it.each(cases)('%s: %s', (_, file, target) => {
    const text = readFileSync(path.join(FIXTURE, 'posts/erster-beitrag.mdx'), 'utf8');
    const { findings } = check((dir) => put(dir, file, text));
    expect(lines(findings)).toEqual([`content/${file}:1:1  (Dateiname)  ${RENAME} umbenennen in ${target}`]);
    expect(findings.find((finding) => finding.rule === 'file-name')?.severity).toBe('error');
  });

  it.each(cases)('renamed as told, %s is an entry the build loads', (_, file, target) => {
    const role = classifyFile(target.replace(/^content\//, ''), new Set());
    expect(role.role).toBe('entry');
    expect(classifyFile(file, new Set([file])).role).toBe('misnamed');
  });

  it('moving a real post into a year folder takes it out of the check and says so', () => {
    const result = check((dir) => move(dir, 'posts/erster-beitrag.mdx', 'posts/2026/erster-beitrag.mdx'));
    expect(lines(result.findings)).toEqual([
      `content/posts/2026/erster-beitrag.mdx:1:1  (Dateiname)  ${RENAME} umbenennen in content/posts/erster-beitrag.mdx`,
    ]);
    expect(result.errors).toBeGreaterThan(0);
  });

  it('references to a misnamed profile wait for the rename: one finding, not one per reference', () => {
    const { findings } = check((dir) => move(dir, 'people/jonas-keller.md', 'people/Jonas-Keller.MD'));
    expect(findings.filter((finding) => finding.severity === 'error').map((f) => formatFinding(f))).toEqual([
      `content/people/Jonas-Keller.MD:1:1  (Dateiname)  ${RENAME} umbenennen in content/people/jonas-keller.md`,
    ]);
  });

  it('in English too', () => {
    const { findings } = check((dir) => put(dir, 'posts/2025/mein-beitrag.mdx', '---\n---\n'));
    expect(findings.filter((finding) => RULES.has(finding.rule)).map((f) => formatFinding(f, 'en'))).toEqual([
      'content/posts/2025/mein-beitrag.mdx:1:1  (Dateiname)  This file is not used because its name, extension or folder does not fit → rename it to content/posts/mein-beitrag.mdx',
    ]);
  });

  it('names the file that is in the way when the right name is taken', () => {
    const { findings } = check((dir) => put(dir, 'posts/erster-beitrag.md', 'Notizen'));
    expect(lines(findings)).toEqual([
      'content/posts/erster-beitrag.md:1:1  (Dateiname)  Diese Datei wird nicht verwendet, weil Name, Endung oder Ordner nicht passen → content/posts/erster-beitrag.mdx gibt es schon: den Inhalt dorthin übernehmen und diese Datei löschen',
    ]);
  });

  it('a data file with .yml or another case, beside a missing one', () => {
    const { findings } = check((dir) => move(dir, 'departments.yaml', 'Departments.yml'));
    expect(lines(findings)).toEqual([
      `content/Departments.yml:1:1  (Dateiname)  ${RENAME} umbenennen in content/departments.yaml`,
    ]);
    expect(findings.some((finding) => finding.rule === 'file-missing' && finding.params['detail'] === 'departments.yaml')).toBe(
      true,
    );
  });
});

describe('a file no entry uses is a warning naming it', () => {
  it('a picture beside a post that the post does not show', () => {
    const { findings, errors } = check((dir) => put(dir, 'posts/mit-bild/halle.png', 'png'));
    expect(lines(findings)).toEqual([`content/posts/mit-bild/halle.png:1:1  (Dateiname)  ${UNUSED}`]);
    expect(findings.find((finding) => finding.rule === 'file-unused')?.severity).toBe('warning');
    expect(errors).toBe(0);
  });

  it('a photo, a captions file and a stray document in the other folders, and files outside any folder', () => {
    const { findings } = check((dir) => {
      put(dir, 'people/lisa-berg.jpg', 'jpg');
      put(dir, 'videos/werksrundgang.vtt', 'WEBVTT\n');
      put(dir, 'jobs/stellenbeschreibung.docx', 'docx');
      put(dir, 'bilder/logo.svg', '<svg/>');
      put(dir, 'notizen.txt', 'Notizen');
    });
    expect(lines(findings)).toEqual([
      `content/bilder/logo.svg:1:1  (Dateiname)  ${UNUSED}`,
      `content/jobs/stellenbeschreibung.docx:1:1  (Dateiname)  ${UNUSED}`,
      `content/notizen.txt:1:1  (Dateiname)  ${UNUSED}`,
      `content/people/lisa-berg.jpg:1:1  (Dateiname)  ${UNUSED}`,
      `content/videos/werksrundgang.vtt:1:1  (Dateiname)  ${UNUSED}`,
    ]);
  });

  it('is silent once an entry names the file: Markdown image, <Bild src>, <Galerie>, captions, photo', () => {
    const post = (body: string) => (text: string) => `${text}\n${body}\n`;
    const { findings } = check((dir) => {
      put(dir, 'posts/mit-bild/halle.png', 'png');
      put(dir, 'posts/mit-bild/galerie-1.png', 'png');
      put(dir, 'posts/mit-bild/referenz.png', 'png');
      put(dir, 'posts/mit-bild/bilder/bild.png', 'png');
      const file = path.join(dir, 'posts/mit-bild/index.mdx');
      writeFileSync(
        file,
        post(
          [
            '![Die Halle](./halle.png)',
            '',
            '![Ein Bild][ref]',
            '',
            '[ref]: ./referenz.png',
            '',
            '<Bild src="./bilder/bild.png" alt="Ein Bild" />',
            '',
            '<Galerie>',
            '  <Bild src="./galerie-1.png" alt="Eins" />',
            '</Galerie>',
          ].join('\n'),
        )(readFileSync(file, 'utf8')),
      );
      put(dir, 'videos/werksrundgang.vtt', 'WEBVTT\n');
      const video = path.join(dir, 'videos/werksrundgang.md');
      writeFileSync(video, readFileSync(video, 'utf8').replace('duration:', 'captions: ./werksrundgang.vtt\nduration:'));
    });
    expect(lines(findings)).toEqual([]);
  });

  it('a file named with the wrong case is reported as that, not as unused too', () => {
    const { findings } = check((dir) => move(dir, 'posts/mit-bild/cover.png', 'posts/mit-bild/Cover.png'));
    expect(lines(findings)).toEqual([]);
    expect(findings.map((finding) => finding.rule)).toContain('image-missing');
  });

  it('pictures beside a misnamed post wait until it is renamed', () => {
    const { findings } = check((dir) => {
      move(dir, 'posts/mit-bild/index.mdx', 'posts/mit-bild/beitrag.mdx');
      put(dir, 'posts/mit-bild/halle.png', 'png');
    });
    expect(lines(findings)).toEqual([
      `content/posts/mit-bild/beitrag.mdx:1:1  (Dateiname)  ${RENAME} umbenennen in content/posts/mit-bild/index.mdx`,
    ]);
  });
});

describe('files of the operating system and office programs', () => {
  it('are a warning each; .gitkeep and .gitignore are allowed, git’s own folder is skipped', () => {
    const { findings, errors } = check((dir) => {
      put(dir, '.DS_Store', 'x');
      put(dir, 'posts/mit-bild/Thumbs.db', 'x');
      put(dir, 'people/desktop.ini', 'x');
      put(dir, 'posts/~$in-beitrag.docx', 'x');
      put(dir, 'posts/.~lock.erster-beitrag.mdx#', 'x');
      put(dir, 'posts/._erster-beitrag.mdx', 'x');
      put(dir, 'teams/taskforce.md~', 'x');
      put(dir, 'jobs/.gitkeep', '');
      put(dir, '.gitignore', '*.tmp\n');
      put(dir, '.git/HEAD', 'ref: refs/heads/main\n');
    });
    expect(lines(findings)).toEqual([
      `content/.DS_Store:1:1  (Dateiname)  ${JUNK}`,
      `content/people/desktop.ini:1:1  (Dateiname)  ${JUNK}`,
      `content/posts/._erster-beitrag.mdx:1:1  (Dateiname)  ${JUNK}`,
      `content/posts/.~lock.erster-beitrag.mdx#:1:1  (Dateiname)  ${JUNK}`,
      `content/posts/~$in-beitrag.docx:1:1  (Dateiname)  ${JUNK}`,
      `content/posts/mit-bild/Thumbs.db:1:1  (Dateiname)  ${JUNK}`,
      `content/teams/taskforce.md~:1:1  (Dateiname)  ${JUNK}`,
    ]);
    expect(errors).toBe(0);
  });
});

describe('text that is not UTF-8', () => {
  it('a profile saved as Windows-1252: the first bad byte, the word as the author wrote it', () => {
    const { findings } = check((dir) => {
      const file = path.join(dir, 'people/jonas-keller.md');
      writeFileSync(file, cp1252(readFileSync(file, 'utf8').replace('Personalreferent', 'Personalreferent für Ausbildung')));
    });
    expect(lines(findings)).toEqual([`content/people/jonas-keller.md:3:25  role  ${UTF8('für')}`]);
    expect(findings.find((finding) => finding.rule === 'not-utf8')?.severity).toBe('error');
  });

  it('a post: the rest of the check still runs on the text, read as Windows-1252', () => {
    const { findings } = check((dir) => {
      const file = path.join(dir, 'posts/erster-beitrag.mdx');
      writeFileSync(file, cp1252(readFileSync(file, 'utf8').replace('title: Vom Azubi', 'titel: Vom Azubi')));
    });
    expect(
      findings.filter((finding) => finding.file === 'content/posts/erster-beitrag.mdx').map((f) => formatFinding(f)),
    ).toEqual([
      'content/posts/erster-beitrag.mdx:2:1  titel  Unbekanntes Feld „titel“ → meinten Sie „title“?',
      'content/posts/erster-beitrag.mdx:2:1  title  Pflichtfeld „title“ fehlt → die Zeile „title: …“ ergänzen',
      `content/posts/erster-beitrag.mdx:3:22  description  ${UTF8('erzählt')}`,
    ]);
  });

  it('YAML data, an importer’s mapping and a captions file', () => {
    const { findings } = check((dir) => {
      const site = path.join(dir, 'site.yaml');
      writeFileSync(site, cp1252(readFileSync(site, 'utf8')));
      put(dir, 'import/personio.yaml', cp1252('offices:\n  Lüdenscheid: iserlohn\n'));
      put(dir, 'videos/werksrundgang.vtt', cp1252('WEBVTT\n\n00:00.000 --> 00:02.000\nGrüß Gott\n'));
      const video = path.join(dir, 'videos/werksrundgang.md');
      writeFileSync(video, readFileSync(video, 'utf8').replace('duration:', 'captions: ./werksrundgang.vtt\nduration:'));
    });
    expect(lines(findings)).toEqual([
      `content/import/personio.yaml:2:4  Lüdenscheid  ${UTF8('Lüdenscheid')}`,
      `content/site.yaml:3:28  tagline  ${UTF8('für')}`,
      `content/videos/werksrundgang.vtt:4:3  (Text)  ${UTF8('Grüß')}`,
    ]);
  });

  it('finds the same first bad byte as a strict decoder, in random bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    let seed = 22;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 3000; round++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
        random() < 0.5 ? Math.floor(random() * 0x80) : 0x80 + Math.floor(random() * 0x80),
      );
      const index = firstInvalidByte(bytes);
      const valid = (part: Uint8Array) => {
        try {
          strict.decode(part);
          return true;
        } catch {
          return false;
        }
      };
      expect(index === -1, Buffer.from(bytes).toString('hex')).toBe(valid(bytes));
      if (index !== -1) expect(valid(bytes.subarray(0, index)), Buffer.from(bytes).toString('hex')).toBe(true);
    }
  });

  it('passes UTF-8 with a byte order mark, emoji and a real replacement character', () => {
    expect(decodeContent(Buffer.from('\uFEFFSchön 👩‍🔧 \uFFFD', 'utf8')).issue).toBeUndefined();
  });
});

describe('npm run check -- --fix re-saves a file as UTF-8', () => {
  it('rewrites Windows-1252 bytes as UTF-8 and leaves UTF-8 files alone', () => {
    const dir = tempFolder();
    const bad = path.join(dir, 'person.md');
    writeFileSync(bad, Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x80, 0x0a]));
    expect(fixEncoding(bad)).toBe(true);
    expect([...readFileSync(bad)]).toEqual([0x4d, 0xc3, 0xbc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0xe2, 0x82, 0xac, 0x0a]);
    expect(fixEncoding(bad)).toBe(false);
    const good = path.join(dir, 'good.md');
    writeFileSync(good, 'Müller \uFFFD\n');
    const before = readFileSync(good);
    expect(fixEncoding(good)).toBe(false);
    expect(readFileSync(good)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['good.md', 'person.md']);
  });

  it('through the command: fixed, reported, and the check passes afterwards', () => {
    const { root, dir } = fixture();
    const file = path.join(dir, 'people/jonas-keller.md');
    // Windows-1252 throughout; its byte 0xAD is a soft hyphen, which the text fix removes.
    const original = readFileSync(file, 'utf8')
      .replace('Personalreferent', 'Personalreferent für Ausbildung')
      .replace('Ausbildung.', 'Aus\u00ADbildung.');
    writeFileSync(file, cp1252(original));
    const run = (...args: string[]) =>
      spawnSync(path.join(ROOT, 'node_modules/.bin/node'), [path.join(ROOT, 'scripts/check.ts'), '--content', dir, ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, EINBLICK_NOW: NOW.toISOString() },
      });
    const before = run();
    expect(before.status).toBe(1);
    expect(before.stderr).toContain(`content/people/jonas-keller.md:3:25  role  ${UTF8('für')}`);
    expect(before.stderr).toContain(
      'content/people/jonas-keller.md:7:22  (Text)  Unsichtbares Zeichen U+00AD (weiches Trennzeichen) → npm run check -- --fix entfernt es (zwischen zwei Wörtern wird ein Steuerzeichen zum Leerzeichen)',
    );
    const fixed = run('--fix');
    expect(fixed.stdout).toContain('Korrigiert: content/people/jonas-keller.md');
    expect(fixed.status).toBe(0);
    // Re-saved as UTF-8, and the soft hyphen the byte 0xAD stood for removed by the text fix.
    expect(readFileSync(file, 'utf8')).toBe(original.replace('\u00AD', ''));
    expect(run().status).toBe(0);
  }, 60_000);
});

describe('one source of truth for entry files', () => {
  const NAMES = [
    'a.mdx',
    'a.md',
    'A.MDX',
    'a.Md',
    '.a.mdx',
    '.a.md',
    'a.mdx.txt',
    'a.markdown',
    'dir/index.mdx',
    'dir/index.md',
    'dir/Index.mdx',
    'dir/post.mdx',
    'dir/post.md',
    '.hidden/index.mdx',
    'a/b/index.mdx',
    'a/b/c.mdx',
    'a/b/c.md',
    '_a.mdx',
    '_a.md',
    'a b.mdx',
    'a[1].md',
    'post.en.mdx',
    'post.en.md',
    'dir/index.en.mdx',
    'post.fr.mdx',
  ];

  it.each(Object.keys(ENTRY_GLOBS) as EntryFolder[])(
    '%s: the check takes exactly the files the build’s glob loader takes',
    async (folder) => {
      const dir = tempFolder();
      for (const name of NAMES) put(dir, name, '---\n---\n');
      // The options Astro's glob() loader passes to tinyglobby.
      const loaded = await glob([...ENTRY_GLOBS[folder]], { cwd: dir, expandDirectories: false });
      expect(NAMES.filter((name) => isEntryPath(folder, name)).sort()).toEqual(loaded.sort());
      // Translations are loaded by their own collections, never as entries.
      const translations = await glob([...TRANSLATION_GLOBS[folder]], { cwd: dir, expandDirectories: false });
      expect(NAMES.filter((name) => isTranslationPath(folder, name)).sort()).toEqual(translations.sort());
      expect(translations.filter((name) => loaded.includes(name))).toEqual([]);
      expect(translations.length).toBeGreaterThan(0);
      for (const name of NAMES) unlinkSync(path.join(dir, name));
    },
  );

  it('a linked post folder is followed like the build does; a link to its own folder is not', async () => {
    const dir = tempFolder();
    put(dir, 'elsewhere/index.mdx', '---\n---\n');
    mkdirSync(path.join(dir, 'posts'));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'posts/verlinkt'));
    symlinkSync(path.join(dir, 'posts'), path.join(dir, 'posts/schleife'));
    expect(listContentFiles(dir)).toEqual(['elsewhere/index.mdx', 'posts/verlinkt/index.mdx']);
    const loaded = await glob([...ENTRY_GLOBS.posts], { cwd: path.join(dir, 'posts'), expandDirectories: false });
    expect(entryFiles(dir, 'posts')).toEqual(loaded.sort());
  });

  it('content.config.ts takes its patterns from ENTRY_GLOBS, and has no pattern of its own', () => {
    const config = readFileSync(path.join(ROOT, 'src/content.config.ts'), 'utf8');
    expect(config).toContain('pattern: [...ENTRY_GLOBS[folder]]');
    expect(config).not.toMatch(/['"`]\*[^'"`]*\.mdx?['"`]/);
  });
});
