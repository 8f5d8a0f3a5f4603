import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { fixText } from '../../src/check/text.ts';
import { heicSample, jpegSample } from '../helpers/image-samples.ts';
import { buildSite, buildSiteAsync, copyFixture, FIXTURE_NOW, ROOT, runNodeAsync } from '../helpers/site.ts';

/**
 * The "check first" promise of issue 22, as a property over a table of author mistakes:
 *
 * - whatever `npm run check` rejects, `npm run build` rejects too: non-zero exit, the very
 *   same German lines (file:line:column, field, message), no stack trace, and the last
 *   good site untouched;
 * - whatever the check passes, the build passes, and each entry is published (its page
 *   exists), or — where the check warned that it will not be shown — is not.
 *
 * Each case edits a copy of tests/fixtures/basic. A rejected build stops in the content
 * check before Astro renders anything, so each rejected case is its own build (a few
 * seconds). A passing build renders the whole site, so all passing cases go into ONE site:
 * a passing case must therefore add its own files (a new post, a new person) and leave
 * the fixture's files alone, so that cases do not change each other's outcome.
 *
 * Adding a case: put a row into the array of its issue-22 class in CHECK_FIRST_CASES
 * (or add the class). Rows of classes 1–4 (unseen files, encodings, images, links) go
 * into their own arrays.
 */

/** A change to the copied content folder; paths are relative to `content/`. */
type Edit =
  | { file: string; replace: [from: string, to: string] }
  | { file: string; write: string | Uint8Array }
  | { file: string; rename: string };

interface CaseBase {
  /** What the author did. */
  name: string;
  edits: Edit[];
}

/** The check reports an error: the build must stop with the same lines. */
interface RejectedCase extends CaseBase {
  check: 'rejects';
  /** A line the check prints for it (and so the build). */
  message: RegExp;
}

/** The check passes (warnings allowed): the build must pass and publish as the check said. */
interface PassingCase extends CaseBase {
  check: 'passes';
  /** Pages that must exist, e.g. `/blog/mit-uhrzeit/`. */
  pages: string[];
  /** Pages that must not exist: an entry the check warned will not be shown. */
  absent?: string[];
  /** Text the first page must show. */
  shows?: string;
}

type CheckFirstCase = RejectedCase | PassingCase;

/** A published, reviewed post by Jonas Keller; `fields` are extra or replacing frontmatter lines. */
function post(title: string, body: string, fields: Record<string, string> = {}): string {
  const frontmatter: Record<string, string> = {
    title,
    description: 'Ein Beitrag für die Prüfung der Prüfung.',
    date: '2026-04-01',
    authors: '[jonas-keller]',
    kind: 'article',
    review: '{ proofreadBy: anna-berger, privacyClearedOn: 2026-03-30 }',
    ...fields,
  };
  const lines = Object.entries(frontmatter).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}

const GUID = 'guid: 3f2a9c1e-7b4d-4e8a-9c5b-1d2e3f4a5b6c';
const JPEG = await jpegSample(640, 360);

/** A consented person in the fixture's production department. */
const person = (name: string) =>
  `---\nname: ${name}\nrole: Verfahrensmechanikerin\ndepartment: produktion\nconsent: 2026-01-15\n---\nSie arbeitet in der Frühschicht.\n`;

/** Every case, by the class of issue 22 it belongs to. */
const CHECK_FIRST_CASES: Record<string, CheckFirstCase[]> = {
  '1 files the check never sees': [
    {
      name: 'a post in a year folder',
      check: 'rejects',
      edits: [{ file: 'posts/dritter-beitrag.mdx', rename: 'posts/2025/dritter-beitrag.mdx' }],
      message:
        /posts\/2025\/dritter-beitrag\.mdx:1:1 {2}\(Dateiname\) {2}Diese Datei wird nicht verwendet, weil Name, Endung oder Ordner nicht passen → umbenennen in \S+\/posts\/dritter-beitrag\.mdx/,
    },
    {
      name: 'a post saved as .MDX',
      check: 'rejects',
      edits: [{ file: 'posts/dritter-beitrag.mdx', rename: 'posts/dritter-beitrag.MDX' }],
      message: /posts\/dritter-beitrag\.MDX:1:1 {2}\(Dateiname\) {2}Diese Datei wird nicht verwendet/,
    },
    {
      name: 'a post in its own folder as index.mdx',
      check: 'passes',
      edits: [{ file: 'posts/im-ordner/index.mdx', write: post('Im eigenen Ordner', 'Text im Ordner.') }],
      pages: ['/blog/im-ordner/'],
      shows: 'Text im Ordner.',
    },
  ],
  '2 text that is not UTF-8': [
    {
      name: 'a profile saved as Windows-1252',
      check: 'rejects',
      edits: [{ file: 'people/greta-mueller.md', write: Buffer.from(person('Greta Müller'), 'latin1') }],
      message: /people\/greta-mueller\.md:2:\d+ {2}name {2}Die Datei ist nicht als UTF-8 gespeichert \(zuerst bei „Müller“\)/,
    },
    {
      name: 'the same profile saved as UTF-8',
      check: 'passes',
      edits: [{ file: 'people/greta-mueller-utf8.md', write: person('Greta Müller') }],
      pages: ['/menschen/greta-mueller-utf8/'],
      shows: 'Greta Müller',
    },
  ],
  '3 images the build cannot decode': [
    {
      name: 'a HEIC photo named .jpg',
      check: 'rejects',
      edits: [
        { file: 'posts/mit-heic/index.mdx', write: post('Mit HEIC', '![Die Halle am Morgen](./foto.jpg)') },
        { file: 'posts/mit-heic/foto.jpg', write: heicSample() },
      ],
      message: /posts\/mit-heic\/index\.mdx:\d+:\d+ {2}\(Text\) {2}„\.\/foto\.jpg“ ist ein HEIC-Foto/,
    },
    {
      name: 'an empty picture',
      check: 'rejects',
      edits: [
        { file: 'posts/mit-leerem-bild/index.mdx', write: post('Mit leerem Bild', '![Die Halle am Morgen](./foto.jpg)') },
        { file: 'posts/mit-leerem-bild/foto.jpg', write: new Uint8Array() },
      ],
      message: /posts\/mit-leerem-bild\/index\.mdx:\d+:\d+ {2}\(Text\) {2}Die Bilddatei „\.\/foto\.jpg“ ist leer \(0 Byte\)/,
    },
    {
      name: 'a real JPEG',
      check: 'passes',
      edits: [
        { file: 'posts/mit-foto/index.mdx', write: post('Mit Foto', '![Die Halle am Morgen](./foto.jpg)') },
        { file: 'posts/mit-foto/foto.jpg', write: JPEG },
      ],
      pages: ['/blog/mit-foto/'],
    },
  ],
  '4 links that point nowhere': [
    {
      name: 'a mistyped section',
      check: 'rejects',
      edits: [{ file: 'posts/vertippt.mdx', write: post('Vertippt', 'Zu den [Stellen](/karierre/).') }],
      message: /posts\/vertippt\.mdx:\d+:\d+ {2}\(Text\) {2}Der Link „\/karierre\/“ führt ins Leere/,
    },
    {
      name: 'an anchor no heading has',
      check: 'rejects',
      edits: [{ file: 'posts/sprungmarke.mdx', write: post('Sprungmarke', '## Der Anfang\n\nZurück zum [Anfang](#anfang).') }],
      message: /posts\/sprungmarke\.mdx:\d+:\d+ {2}\(Text\) {2}Die Sprungmarke „#anfang“ gibt es auf dieser Seite nicht/,
    },
    {
      name: 'links to a section, a post and a heading that exist',
      check: 'passes',
      edits: [
        {
          file: 'posts/gute-links.mdx',
          write: post(
            'Gute Links',
            '## Größe und Gewicht\n\nZu den [Stellen](/karriere/), zum [Beitrag](/blog/erster-beitrag/) und [nach oben](#größe-und-gewicht).',
          ),
        },
      ],
      pages: ['/blog/gute-links/'],
    },
  ],
  '5 duplicate feed ids': [
    {
      name: 'a post copied with its guid',
      check: 'rejects',
      edits: [
        { file: 'posts/erster-beitrag.mdx', replace: ['kind: interview\n', `kind: interview\n${GUID}\n`] },
        { file: 'posts/dritter-beitrag.mdx', replace: ['kind: column\n', `kind: column\n${GUID}\n`] },
      ],
      message: /posts\/dritter-beitrag\.mdx:8:7 {2}guid {2}Diese Feed-Kennung \(guid\) hat schon \S+\/posts\/erster-beitrag\.mdx/,
    },
    {
      name: 'a new post with a guid of its own',
      check: 'passes',
      edits: [
        {
          file: 'posts/mit-guid.mdx',
          write: post('Mit eigener Feed-Kennung', 'Text.', { guid: '9b1d2c3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e' }),
        },
      ],
      pages: ['/blog/mit-guid/'],
    },
  ],
  '6 consent dated in the future': [
    {
      name: 'a person whose consent starts after the build date',
      check: 'passes',
      edits: [
        {
          file: 'people/lena-neu.md',
          write: '---\nname: Lena Neu\nrole: Auszubildende\ndepartment: produktion\nconsent: 2026-12-01\n---\nLena lernt.\n',
        },
      ],
      pages: ['/menschen/jonas-keller/'],
      absent: ['/menschen/lena-neu/'],
    },
  ],
  '7 dates and times': [
    {
      name: 'a time without its offset',
      check: 'rejects',
      edits: [{ file: 'posts/erster-beitrag.mdx', replace: ['date: 2026-03-02', 'date: 2026-03-02T10:00'] }],
      message: /posts\/erster-beitrag\.mdx:4:7 {2}date {2}Bei „2026-03-02T10:00“ fehlt die Zeitzone → nur den Tag schreiben/,
    },
    {
      name: 'a missing date',
      check: 'rejects',
      edits: [{ file: 'posts/erster-beitrag.mdx', replace: ['date: 2026-03-02\n', ''] }],
      message: /posts\/erster-beitrag\.mdx:2:1 {2}date {2}Pflichtfeld „date“ fehlt → die Zeile „date: 2026-03-02“ ergänzen/,
    },
    {
      name: 'a time with its offset',
      check: 'passes',
      edits: [{ file: 'posts/mit-uhrzeit.mdx', write: post('Mit Uhrzeit', 'Text.', { date: '2026-04-01T10:00:00+02:00' }) }],
      pages: ['/blog/mit-uhrzeit/'],
    },
  ],
  '8 messages in the author’s language': [
    {
      name: 'a component left open',
      check: 'rejects',
      edits: [
        { file: 'posts/erster-beitrag.mdx', replace: ['**Wie hat alles angefangen?**', '<Frage>Wie hat alles angefangen?'] },
      ],
      message:
        /posts\/erster-beitrag\.mdx:14:1 {2}\(Text\) {2}MDX lässt sich nicht übersetzen: Das Element <Frage> wird nicht geschlossen, bevor der Absatz endet \(Original: Expected a closing tag/,
    },
    {
      name: 'a closing tag that does not match',
      check: 'rejects',
      edits: [{ file: 'posts/dritter-beitrag.mdx', replace: ['1. Ankommen', '<Galerie>\n\n1. Ankommen\n\n</Gallerie>'] }],
      message:
        /posts\/dritter-beitrag\.mdx:\d+:1 {2}\(Text\) {2}MDX lässt sich nicht übersetzen: <\/Gallerie> passt nicht zum offenen Element <Galerie>/,
    },
    {
      name: 'a colon in an unquoted title',
      check: 'rejects',
      edits: [{ file: 'posts/erster-beitrag.mdx', replace: ['title: Vom Azubi zum', 'title: Vom Azubi: zum'] }],
      message:
        /posts\/erster-beitrag\.mdx:2:\d+ {2}— {2}YAML ist nicht lesbar: Nach „Feld: Wert“ folgt in derselben Zeile noch ein Doppelpunkt/,
    },
    {
      name: 'an unclosed quote',
      check: 'rejects',
      edits: [{ file: 'posts/erster-beitrag.mdx', replace: ['title: Vom Azubi', 'title: "Vom Azubi'] }],
      message: /posts\/erster-beitrag\.mdx:\d+:\d+ {2}— {2}YAML ist nicht lesbar: Das Anführungszeichen " wird nicht geschlossen/,
    },
    {
      name: 'a title in asterisks (it used to crash the check)',
      check: 'rejects',
      edits: [{ file: 'posts/erster-beitrag.mdx', replace: ['title: Vom Azubi zum Schichtleiter', 'title: *Neu*'] }],
      message: /posts\/erster-beitrag\.mdx:2:8 {2}— {2}YAML ist nicht lesbar: Ein Wert beginnt mit „\*“ \(„\*Neu\*“\)/,
    },
    {
      name: 'a control character between two words',
      check: 'rejects',
      edits: [{ file: 'posts/erster-beitrag.mdx', replace: ['einem Praktikum', 'einem\u000bPraktikum'] }],
      message: /posts\/erster-beitrag\.mdx:\d+:\d+ {2}\(Text\) {2}Unsichtbares Zeichen U\+000B \(Steuerzeichen\)/,
    },
    {
      name: 'a colon in a quoted title',
      check: 'passes',
      edits: [{ file: 'posts/doppelpunkt.mdx', write: post('"Wichtig: heute"', 'Text.') }],
      pages: ['/blog/doppelpunkt/'],
      shows: 'Wichtig: heute',
    },
    {
      name: 'a < and a { written as the check says',
      check: 'passes',
      edits: [
        { file: 'posts/sonderzeichen.mdx', write: post('Sonderzeichen', 'Mehr als &lt;5 Jahre, eine Klammer \\{ im Text.') },
      ],
      pages: ['/blog/sonderzeichen/'],
      shows: 'Mehr als <5 Jahre, eine Klammer { im Text.',
    },
    {
      name: 'text repaired by --fix',
      check: 'passes',
      edits: [
        {
          file: 'posts/repariert.mdx',
          write: fixText(post('Repariert', 'Vom Azubi zum\u000bSchicht\u00adleiter in der Rohr\u200bfertigung.')),
        },
      ],
      pages: ['/blog/repariert/'],
      shows: 'Vom Azubi zum Schichtleiter in der Rohrfertigung.',
    },
  ],
};

const CASES = Object.entries(CHECK_FIRST_CASES).flatMap(([group, cases]) =>
  cases.map((item) => ({ ...item, name: `${group}: ${item.name}` })),
);
const REJECTED = CASES.filter((item): item is RejectedCase => item.check === 'rejects');
const PASSING = CASES.filter((item): item is PassingCase => item.check === 'passes');

function apply(contentDir: string, edits: Edit[]): void {
  for (const edit of edits) {
    const target = path.join(contentDir, edit.file);
    if ('replace' in edit) {
      const text = readFileSync(target, 'utf8');
      const [from, to] = edit.replace;
      if (!text.includes(from)) throw new Error(`${edit.file} does not contain ${JSON.stringify(from)}`);
      writeFileSync(target, text.replace(from, to));
    } else if ('write' in edit) {
      if (existsSync(target)) throw new Error(`${edit.file} exists; a case adds its own files`);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, edit.write);
    } else {
      mkdirSync(path.dirname(path.join(contentDir, edit.rename)), { recursive: true });
      renameSync(target, path.join(contentDir, edit.rename));
    }
  }
}

/** The environment of `npm run check` at the fixtures' "now". */
const checkEnv = { ...process.env, EINBLICK_NOW: FIXTURE_NOW, NO_COLOR: '1', FORCE_COLOR: '0' };

/** `npm run check` as authors run it, at the fixtures' "now". */
function runCheck(contentDir: string) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check.ts'), '--content', contentDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: checkEnv,
  });
  return { status: result.status ?? -1, output: `${result.stdout}\n${result.stderr}` };
}

/** runCheck without blocking the test file (for the rejected cases, which run two at a time). */
async function runCheckAsync(contentDir: string) {
  const result = await runNodeAsync([path.join(ROOT, 'scripts', 'check.ts'), '--content', contentDir], checkEnv);
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Runs `task`s at most `limit` at a time. Rejected builds take turns in Astro (the build
 * lock), so two at a time is enough: one's check, Node start and assertions run while the
 * other builds.
 */
function pool(limit: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

/** The finding lines of a report (`  file:line:column  field  message`), wherever they were printed. */
const findingLines = (output: string) => output.split('\n').filter((line) => /^ {2}(?!at )\S+:\d+:\d+ {2}/.test(line));

/** How long each rejected build took, for the report at the end. */
const timings: string[] = [];

describe.concurrent('whatever the check rejects, the build rejects with the same lines', () => {
  const twoAtATime = pool(2);
  it.for(REJECTED)('$name', (item, { expect }) =>
    twoAtATime(async () => {
      const content = copyFixture('basic');
      apply(content, item.edits);
      const check = await runCheckAsync(content);
      expect(check.status, check.output).toBe(1);
      const lines = findingLines(check.output);
      expect(lines.join('\n')).toMatch(item.message);

      const outDir = path.join(path.dirname(content), 'dist');
      mkdirSync(outDir, { recursive: true });
      writeFileSync(path.join(outDir, 'index.html'), 'last good build');
      const started = performance.now();
      const build = await buildSiteAsync(content, outDir);
      timings.push(`${((performance.now() - started) / 1000).toFixed(1)} s  ${item.name}`);
      const output = `${build.stdout}\n${build.stderr}`;
      expect(build.status, output).not.toBe(0);
      expect(findingLines(output)).toEqual(lines);
      expect(output).not.toMatch(/\n\s+at /);
      expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('last good build');
      if (timings.length === REJECTED.length) console.info(`rejected builds:\n${timings.join('\n')}`);
    }),
  );
});

describe('whatever the check passes, the build publishes', () => {
  it.each(PASSING)('the check passes on its own: $name', (item) => {
    const content = copyFixture('basic');
    apply(content, item.edits);
    const { findings } = checkContent(ROOT, content, { now: new Date(FIXTURE_NOW) });
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('one site with every passing case passes check and build, and each entry is published as the check said', () => {
    const content = copyFixture('basic');
    for (const item of PASSING) apply(content, item.edits);
    const check = runCheck(content);
    expect(check.status, check.output).toBe(0);

    const outDir = path.join(path.dirname(content), 'dist');
    const started = performance.now();
    const build = buildSite(content, outDir);
    console.info(`passing build: ${((performance.now() - started) / 1000).toFixed(1)} s for ${PASSING.length} cases`);
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status, output).toBe(0);
    // The warnings the build prints are the check's.
    expect(findingLines(output).join('\n')).toEqual(findingLines(check.output).join('\n'));
    expect(output).not.toMatch(/\n\s+at /);
    const page = (url: string) => path.join(outDir, url, 'index.html');
    for (const item of PASSING) {
      for (const url of item.pages) expect(existsSync(page(url)), `${item.name}: ${url}`).toBe(true);
      for (const url of item.absent ?? []) expect(existsSync(page(url)), `${item.name}: ${url}`).toBe(false);
      if (item.shows) {
        const html = readFileSync(page(item.pages[0]!), 'utf8')
          .replace(/&lt;/g, '<')
          .replace(/&#123;|&#x7b;/gi, '{');
        expect(html, item.name).toContain(item.shows);
      }
    }
  }, 300_000);
});
