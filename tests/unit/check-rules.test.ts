import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatFinding, type Finding } from '../../src/check/index.ts';
import { fixText, scanText } from '../../src/check/text.ts';
import { classifyUrl, youtubeIdOf } from '../../src/check/elements.ts';

/**
 * The body, text and publishing rules of the content check. Each case writes one
 * broken file into a copy of the valid `basic` fixture and asserts the file, the line,
 * the field, the rule and what the author is told to write instead.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/basic/content');
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

interface Setup {
  dir: string;
  root: string;
  write: (file: string, text: string) => void;
  read: (file: string) => string;
}

/** Copies the fixture, applies `modify`, runs the check with the temp folder as project root. */
function check(modify: (setup: Setup) => void) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'einblick-rules-'));
  temporary.push(root);
  const dir = path.join(root, 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  const setup: Setup = {
    dir,
    root,
    write: (file, text) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    },
    read: (file) => readFileSync(path.join(dir, file), 'utf8'),
  };
  modify(setup);
  return { ...checkContent(root, dir), setup };
}

/** A valid, reviewed post whose body starts on line 9. */
const post = (body: string, extra: string[] = []) =>
  [
    '---',
    'title: Testbeitrag',
    'description: Ein Beitrag für die Prüfung.',
    'date: 2026-03-02',
    'authors: [anna-berger]',
    'kind: article',
    ...extra,
    'review: { proofreadBy: jonas-keller, privacyClearedOn: 2026-02-27 }',
    '---',
    body,
    '',
  ].join('\n');
const BODY_LINE = 9;
const TEST_POST = 'content/posts/test.mdx';

/** Checks a post with this body; returns the findings about the test post only. */
function checkBody(body: string, extra: string[] = [], file = 'posts/test.mdx', modify: (setup: Setup) => void = () => {}) {
  const result = check((setup) => {
    setup.write(file, post(body, extra));
    modify(setup);
  });
  return result.findings.filter((finding) => finding.file === `content/${file}`);
}

function only(findings: Finding[], rule: string): Finding {
  const matching = findings.filter((finding) => finding.rule === rule);
  expect(matching, JSON.stringify(findings, null, 2)).toHaveLength(1);
  return matching[0]!;
}

describe('MDX that does not compile', () => {
  it('reports a bare < at its line and column with the &lt; hint', () => {
    const finding = only(checkBody('Erster Absatz.\n\nMehr als <5 Jahre Erfahrung.'), 'mdx-syntax');
    expect(finding).toMatchObject({ file: TEST_POST, severity: 'error', line: BODY_LINE + 2, column: 10, field: '(Text)' });
    expect(formatFinding(finding)).toContain('→ ein „<“ im Text als &lt; schreiben („&lt;5 Jahre“)');
    expect(formatFinding(finding, 'en')).toContain('→ write a "<" in text as &lt;');
  });

  it('explains HTML comments, autolinks and unclosed void elements', () => {
    const comment = only(checkBody('Text\n\n<!-- Notiz -->'), 'mdx-syntax');
    expect(comment.line).toBe(BODY_LINE + 2);
    expect(formatFinding(comment)).toContain('Kommentare als {/* … */} schreiben');
    const autolink = only(checkBody('Siehe <https://example.com> dort.'), 'mdx-syntax');
    expect(formatFinding(autolink)).toContain('Adressen ohne spitze Klammern schreiben');
    const br = only(checkBody('Zeile<br>Zeile'), 'mdx-syntax');
    expect(formatFinding(br)).toContain('selbstschließend schreiben, z. B. <br />');
  });

  it('reports an unclosed brace with the escape hint', () => {
    const finding = only(checkBody('Eine Klammer { ohne Ende'), 'mdx-syntax');
    expect(finding.line).toBe(BODY_LINE);
    expect(formatFinding(finding)).toContain('als \\{ schreiben');
  });

  it('reports a bare {Name} that would fail at build time, with how to write it', () => {
    const finding = only(checkBody('## Hallo\n\nLiebe {Name}, willkommen.'), 'mdx-expression');
    expect(finding).toMatchObject({
      file: TEST_POST,
      line: BODY_LINE + 2,
      column: 7,
      field: '(Text)',
      params: { value: 'Name' },
    });
    expect(formatFinding(finding)).toContain(
      '„{Name}“ steht in geschweiften Klammern und würde als Code ausgeführt → ist es Text, die Klammer mit \\ schützen: \\{Name}',
    );
  });

  it('accepts comments, string literals and escaped braces', () => {
    expect(
      checkBody('Text {/* Notiz */} und {"<"} und {"https://x.de"} und {\' \'} und \\{Name\\}.\n\n{/*\n  mehrzeilig\n*/}'),
    ).toEqual([]);
  });

  it('rejects import lines: posts load no code', () => {
    const finding = only(checkBody("import Karte from '../../src/karte.astro'\n\nText"), 'mdx-esm');
    expect(finding.line).toBe(BODY_LINE);
    expect(formatFinding(finding)).toContain(
      'die Zeile löschen; erlaubte Komponenten wie <Video id="…" /> stehen ohne import bereit',
    );
  });
});

describe('MDX components', () => {
  const withVideo = (setup: Setup) => {
    mkdirSync(path.join(setup.root, 'src/components/mdx'), { recursive: true });
    writeFileSync(path.join(setup.root, 'src/components/mdx/Video.astro'), '---\n---\n');
  };

  it('rejects an unknown component and suggests the nearest allowed one', () => {
    const findings = checkBody('Text\n\n<Vidoe id="abcdefghijk" />', [], 'posts/test.mdx', withVideo);
    const finding = only(findings, 'mdx-component');
    expect(finding).toMatchObject({ line: BODY_LINE + 2, params: { value: 'Vidoe', near: 'Video' } });
    expect(formatFinding(finding)).toBe(
      `${TEST_POST}:${BODY_LINE + 2}:1  (Text)  Die Komponente <Vidoe> gibt es nicht → meinten Sie <Video />?`,
    );
  });

  it('lists the allowed components when nothing is close', () => {
    const finding = only(checkBody('<Karte />', [], 'posts/test.mdx', withVideo), 'mdx-component');
    // The whole kit, sorted: <Video /> among the others (src/schemas/kit.ts).
    expect(formatFinding(finding)).toMatch(/erlaubt sind: (<[A-Z]\w* \/>, )*<Video \/>(, <[A-Z]\w* \/>)*$/);
  });

  it('accepts <Video> with the id of a video entry', () => {
    expect(checkBody('<Video id="werksrundgang" />', [], 'posts/test.mdx', withVideo)).toEqual([]);
  });

  it('turns a YouTube link in <Video id> into the entry that has it, or says how to add one', () => {
    const known = only(
      checkBody('<Video id="https://www.youtube.com/watch?v=abcdefghijk" />', [], 'posts/test.mdx', withVideo),
      'video-youtube',
    );
    expect(known).toMatchObject({
      line: BODY_LINE,
      field: '<Video id>',
      params: { youtube: 'abcdefghijk', existing: 'werksrundgang' },
    });
    expect(formatFinding(known)).toContain('→ dieses Video gibt es schon: <Video id="werksrundgang" />');
    const unknown = only(
      checkBody('<Video id="https://youtu.be/zyxwvutsrqp" />', [], 'posts/test.mdx', withVideo),
      'video-youtube',
    );
    expect(formatFinding(unknown)).toContain('das Video erst anlegen (npm run new -- video --youtube zyxwvutsrqp …)');
  });

  it('reports a <Video id> that names no video, with the nearest one', () => {
    const finding = only(checkBody('<Video id="werksrundgnag" />', [], 'posts/test.mdx', withVideo), 'missing-reference');
    expect(finding).toMatchObject({ line: BODY_LINE, field: '<Video id>' });
    expect(formatFinding(finding)).toContain('„werksrundgnag“ gibt es nicht in videos/ → meinten Sie „werksrundgang“?');
  });
});

describe('images in the text', () => {
  const FOLDER = 'posts/mit-bild/index.mdx';
  const inFolder = (body: string) => checkBody(body, [], FOLDER);

  it('accepts an existing image with alt text', () => {
    expect(inFolder('![Besucher in der Halle](./cover.png)')).toEqual([]);
  });

  it('reports a missing image at its line', () => {
    const finding = only(inFolder('Text\n\n![Ein Bild](./fehlt.png)'), 'image-missing');
    expect(finding).toMatchObject({ file: 'content/posts/mit-bild/index.mdx', line: BODY_LINE + 2, field: '(Text)' });
    expect(formatFinding(finding)).toContain('Bild „./fehlt.png“ nicht gefunden → die Datei neben den Eintrag legen');
  });

  it('reports an image whose case differs from the file on disk', () => {
    const finding = only(inFolder('![Ein Bild](./Cover.PNG)'), 'image-missing');
    expect(finding.params['caseTwin']).toBe('cover.png');
    expect(formatFinding(finding)).toContain('auf der Festplatte heißt die Datei „cover.png“');
  });

  it('reports an image without alt text, also as a reference', () => {
    const findings = inFolder('![](./cover.png)\n\n![][bild]\n\n[bild]: ./cover.png');
    const alts = findings.filter((finding) => finding.rule === 'image-alt');
    expect(alts.map((finding) => finding.line)).toEqual([BODY_LINE, BODY_LINE + 2]);
    expect(formatFinding(alts[0]!)).toContain(
      'Das Bild „./cover.png“ hat keinen Alternativtext → in die eckigen Klammern schreiben, was das Bild zeigt',
    );
  });

  it('rejects a remote image and a data: image', () => {
    const findings = checkBody('![Logo](https://cdn.example.com/logo.png)\n\n![Pixel](data:image/png;base64,AAAA)');
    expect(only(findings, 'image-remote')).toMatchObject({ line: BODY_LINE });
    expect(only(findings, 'unsafe-link')).toMatchObject({ line: BODY_LINE + 2, params: { scheme: 'data' } });
  });
});

describe('nothing loads from another host or runs code', () => {
  it('turns a YouTube iframe into the Video component', () => {
    const finding = only(checkBody('<iframe src="https://www.youtube-nocookie.com/embed/abcdefghijk"></iframe>'), 'html-embed');
    expect(finding).toMatchObject({ line: BODY_LINE, field: '(Text)', params: { host: 'www.youtube-nocookie.com' } });
    // The fixture's video werksrundgang has this YouTube id.
    expect(formatFinding(finding)).toContain(
      '<iframe> lädt Inhalte von www.youtube-nocookie.com, bevor jemand zugestimmt hat → als Video mit Zwei-Klick-Einwilligung einbinden: <Video id="werksrundgang" />',
    );
    const other = only(checkBody('<iframe src="https://www.youtube.com/embed/zyxwvutsrqp"></iframe>'), 'html-embed');
    expect(formatFinding(other)).toContain(
      'das Video anlegen (npm run new -- video --youtube zyxwvutsrqp …), dann <Video id="kennung" />',
    );
  });

  it('suggests a link for any other iframe', () => {
    const finding = only(checkBody('<iframe src="https://maps.example.com/karte"></iframe>'), 'html-embed');
    expect(formatFinding(finding)).toContain('→ stattdessen verlinken: [Worum es geht](https://…)');
  });

  it('rejects <script> and <style>', () => {
    const findings = checkBody('<script>{"alert(1)"}</script>\n\n<style>{"p { color: red }"}</style>');
    const code = findings.filter((finding) => finding.rule === 'html-code');
    expect(code.map((finding) => [finding.line, finding.params['element']])).toEqual([
      [BODY_LINE, 'script'],
      [BODY_LINE + 2, 'style'],
    ]);
    expect(formatFinding(code[0]!)).toContain('entfernen; Aussehen und Funktionen kommen zentral von der Website');
  });

  it('rejects style= and on…= attributes', () => {
    const findings = checkBody('<p style="color: red" onClick="steal()">rot</p>');
    expect(only(findings, 'html-style')).toMatchObject({ line: BODY_LINE, params: { element: 'p' } });
    const event = only(findings, 'html-event');
    expect(formatFinding(event)).toContain('onClick= an <p> führt Code aus → das Attribut entfernen');
  });

  it('rejects javascript: and data: links, also hidden by whitespace', () => {
    const findings = checkBody(
      '[Klick](javascript:alert(1))\n\n<a href="java\tscript:x()">a</a>\n\n<a href="data:text/html,hi">b</a>',
    );
    const unsafe = findings.filter((finding) => finding.rule === 'unsafe-link');
    expect(unsafe.map((finding) => [finding.line, finding.params['scheme']])).toEqual([
      [BODY_LINE, 'javascript'],
      [BODY_LINE + 2, 'java\tscript'],
      [BODY_LINE + 4, 'data'],
    ]);
  });

  it('rejects raw <img>, <video> and forms with the component to use', () => {
    const findings = checkBody(
      '<img src="./bild.png" alt="x" />\n\n<video src="https://cdn.example.com/film.mp4" />\n\n<form action="https://x.example">a</form>',
    );
    const media = findings.filter((finding) => finding.rule === 'html-media');
    expect(formatFinding(media[0]!)).toContain('als Markdown-Bild schreiben: ![Was das Bild zeigt](./bild.jpg)');
    expect(formatFinding(media[1]!)).toContain('mit <Video id="…" /> einbinden');
    expect(only(findings, 'html-form').line).toBe(BODY_LINE + 4);
    // A forbidden element's own URL is not reported a second time.
    expect(findings.filter((finding) => finding.rule === 'remote-resource')).toEqual([]);
  });

  it('rejects a remote resource on an otherwise allowed element', () => {
    const finding = only(checkBody('<div background="https://tracker.example/p.gif">x</div>'), 'remote-resource');
    expect(formatFinding(finding)).toContain('<div background=…> lädt von tracker.example, bevor jemand zugestimmt hat');
  });

  it('checks raw HTML in Markdown files at its line, and warns about HTML comments', () => {
    const result = check((setup) => {
      setup.write(
        'jobs/industriemechaniker.md',
        `${setup.read('jobs/industriemechaniker.md')}\n<!-- intern -->\n\nText <iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe>\n`,
      );
    });
    const findings = result.findings.filter((finding) => finding.file === 'content/jobs/industriemechaniker.md');
    const lines = readFileSync(path.join(result.setup.dir, 'jobs/industriemechaniker.md'), 'utf8').split('\n');
    const commentLine = lines.findIndex((line) => line.includes('<!--')) + 1;
    expect(only(findings, 'html-comment')).toMatchObject({ severity: 'warning', line: commentLine, column: 1 });
    expect(only(findings, 'html-embed')).toMatchObject({ line: commentLine + 2, column: 6, params: { id: 'abcdefghijk' } });
    expect(formatFinding(only(findings, 'html-comment'))).toContain('als YAML-Kommentar (# …) in den Kopf der Datei');
  });
});

describe('headings', () => {
  it('warns about a # heading in the text: the title is the only h1', () => {
    const finding = only(checkBody('# Noch ein Titel\n\nText'), 'heading-h1');
    expect(finding).toMatchObject({ severity: 'warning', line: BODY_LINE, field: '(Text)' });
    expect(formatFinding(finding)).toContain('→ Zwischenüberschriften mit ## beginnen');
  });

  it('warns about skipped heading levels, also for JSX headings', () => {
    const findings = checkBody('## Zwei\n\n#### Vier\n\n## Zwei\n\n<h4>Vier</h4>');
    const skips = findings.filter((finding) => finding.rule === 'heading-skip');
    expect(skips.map((finding) => finding.line)).toEqual([BODY_LINE + 2, BODY_LINE + 6]);
    expect(formatFinding(skips[0]!)).toContain('Überschrift der Ebene 4 überspringt eine Ebene → Ebene 3 verwenden (###)');
    expect(skips.every((finding) => finding.severity === 'warning')).toBe(true);
  });

  it('warns when the text starts below level 2', () => {
    expect(only(checkBody('### Drei'), 'heading-skip').params).toMatchObject({ depth: 3, expected: 2 });
  });
});

describe('invisible characters and decomposed umlauts', () => {
  it('flags a soft hyphen in the title at its exact column', () => {
    const result = check((setup) =>
      setup.write('posts/test.mdx', post('Text').replace('title: Testbeitrag', 'title: Test\u00adbeitrag')),
    );
    const finding = only(result.findings, 'invisible-character');
    expect(finding).toMatchObject({ file: TEST_POST, line: 2, column: 12, field: 'title', params: { value: 'U+00AD' } });
    expect(formatFinding(finding)).toBe(
      `${TEST_POST}:2:12  title  Unsichtbares Zeichen U+00AD (weiches Trennzeichen) → npm run check -- --fix entfernt es (zwischen zwei Wörtern wird ein Steuerzeichen zum Leerzeichen)`,
    );
    expect(formatFinding(finding, 'en')).toContain('Invisible character U+00AD (soft hyphen)');
  });

  it('flags zero-width spaces in the text and counts more on the same line', () => {
    const finding = only(checkBody('Ein\u200bWort und\u200bnoch eins'), 'invisible-character');
    expect(finding).toMatchObject({ line: BODY_LINE, column: 4, field: '(Text)', params: { more: 1 } });
    expect(formatFinding(finding)).toContain('(Zeichen ohne Breite) – und 1 weitere in dieser Zeile');
  });

  it('flags a byte order mark and control characters, but not the joiner inside an emoji', () => {
    expect(scanText('\ufeff---\n')).toMatchObject([{ kind: 'invisible', line: 1, column: 1, value: 'U+FEFF' }]);
    expect(scanText('a\u0007b')).toMatchObject([{ value: 'U+0007' }]);
    expect(scanText('Bidi \u202etxet')).toMatchObject([{ value: 'U+202E' }]);
    expect(scanText('Team 👩\u200d🔧 Technik\tTab\r\n')).toEqual([]);
  });

  it('flags a decomposed umlaut in a data file with its field', () => {
    const result = check((setup) =>
      setup.write('departments.yaml', setup.read('departments.yaml').replace('Produktion', 'Produktion Pru\u0308fung')),
    );
    const finding = only(result.findings, 'decomposed-text');
    expect(finding).toMatchObject({
      file: 'content/departments.yaml',
      line: 2,
      column: 22,
      field: 'name',
      params: { value: 'ü' },
    });
    expect(formatFinding(finding)).toContain('„ü“ ist aus Buchstabe und Akzentzeichen zusammengesetzt');
  });

  it('fixText removes invisible characters and composes umlauts, keeping emoji and line endings', () => {
    expect(fixText('\ufeffGro\u00adße Pru\u0308fung\u200b 👩\u200d🔧\r\n')).toBe('Große Prüfung 👩\u200d🔧\r\n');
  });

  it('npm run check -- --fix repairs the files and then passes', () => {
    const result = check((setup) =>
      setup.write(
        'posts/test.mdx',
        post('Die Pru\u0308fung lief gut.\u200b').replace('title: Testbeitrag', 'title: Test\u00adbeitrag'),
      ),
    );
    expect(result.errors).toBe(3);
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts/check.ts'), '--content', result.setup.dir, '--fix', '--json'],
      {
        cwd: result.setup.root,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { errors: number; fixed: string[] };
    expect(json).toMatchObject({ errors: 0, fixed: [TEST_POST] });
    const fixed = result.setup.read('posts/test.mdx');
    expect(fixed).toContain('title: Testbeitrag\n');
    expect(fixed).toContain('Die Prüfung lief gut.\n');
  }, 60_000);
});

describe('tags, lengths and placeholders', () => {
  it('reports a tag that differs only in case from one in use', () => {
    const finding = only(checkBody('Text', ['tags: [Ausbildung]']), 'tag-case');
    expect(finding).toMatchObject({ line: 7, field: 'tags[0]', params: { value: 'Ausbildung', other: 'ausbildung' } });
    expect(formatFinding(finding)).toContain(
      'Schlagwort „Ausbildung“ unterscheidet sich von „ausbildung“ (3 Beiträge) nur in der Schreibweise → „ausbildung“ schreiben',
    );
  });

  it('suggests the slug for a new tag written with capitals or umlauts', () => {
    const finding = only(checkBody('Text', ['tags: [Qualität]']), 'id-format');
    expect(formatFinding(finding)).toContain('z. B. „qualitaet“');
  });

  it('warns from 71 title characters and 161 description characters on', () => {
    const result = check((setup) =>
      setup.write(
        'posts/test.mdx',
        post('Text')
          .replace('title: Testbeitrag', `title: ${'T'.repeat(71)}`)
          .replace(/description: .*/, `description: ${'d'.repeat(161)}`),
      ),
    );
    const title = only(result.findings, 'title-long');
    expect(title).toMatchObject({
      severity: 'warning',
      file: TEST_POST,
      line: 2,
      field: 'title',
      params: { length: 71, max: 70 },
    });
    expect(formatFinding(title)).toContain('Der Titel hat 71 Zeichen; Karten und Suchergebnisse zeigen etwa 70');
    const description = only(result.findings, 'description-long');
    expect(description).toMatchObject({ line: 3, field: 'description', params: { length: 161, max: 160 } });
    expect(formatFinding(description, 'en')).toContain('social previews show about 160');
    const exact = check((setup) =>
      setup.write(
        'posts/test.mdx',
        post('Text')
          .replace('title: Testbeitrag', `title: ${'Ä'.repeat(70)}`)
          .replace(/description: .*/, `description: ${'d'.repeat(160)}`),
      ),
    );
    expect(exact.findings.filter((finding) => /-long$/.test(finding.rule))).toEqual([]);
  });

  it('reports a TODO placeholder: a warning in a draft, an error once published', () => {
    const todo = (extra: string[]) =>
      check((setup) =>
        setup.write('posts/test.mdx', post('Text', extra).replace(/description: .*/, 'description: "TODO: später"')),
      ).findings.filter((finding) => finding.file === TEST_POST && finding.rule === 'placeholder');
    const published = todo([]);
    expect(published).toMatchObject([{ severity: 'error', line: 3, field: 'description', params: { value: 'TODO: später' } }]);
    expect(formatFinding(published[0]!)).toContain('Platzhalter „TODO: später“ ist noch nicht ersetzt');
    expect(todo(['draft: true'])).toMatchObject([{ severity: 'warning' }]);
  });
});

describe('the editorial gate', () => {
  const unreviewed = (extra: string[]) =>
    [
      '---',
      'title: Entwurf',
      'description: Noch nicht fertig.',
      'date: 2026-03-02',
      'authors: [jonas-keller]',
      'kind: article',
      ...extra,
      '---',
      'Text',
      '',
    ].join('\n');

  it('shows a draft what is still missing before it can be published, with proofreaders of its department', () => {
    const result = check((setup) => setup.write('posts/test.mdx', unreviewed(['department: produktion', 'draft: true'])));
    const finding = only(
      result.findings.filter((item) => item.file === TEST_POST),
      'review-pending',
    );
    expect(finding).toMatchObject({ severity: 'warning', line: 8, field: 'draft' });
    expect(formatFinding(finding)).toBe(
      `${TEST_POST}:8:8  draft  Entwurf: vor dem Veröffentlichen fehlt noch review.proofreadBy, review.privacyClearedOn → ` +
        'Korrektur lesen könnte jemand aus Produktion: Anna Berger (anna-berger); ' +
        'Freigabe beim Datenschutz (Datenschutz Test GmbH, datenschutz@testwerk.example); dann „draft: false“ setzen',
    );
    expect(result.errors).toBe(0);
  });

  it('names people of other departments when the own department has nobody but the authors', () => {
    const result = check((setup) =>
      setup.write('posts/test.mdx', unreviewed(['department: personal']).replace('[jonas-keller]', '[jonas-keller]')),
    );
    const finding = result.findings.find((item) => item.file === TEST_POST && item.field === 'review.proofreadBy')!;
    expect(finding.rule).toBe('review-missing');
    expect(formatFinding(finding)).toContain(
      'in Personal gibt es außer den Autoren niemanden mit Einwilligung; aus anderen Abteilungen: Anna Berger (anna-berger)',
    );
  });

  it('rejects an author proofreading their own post', () => {
    const result = check((setup) =>
      setup.write('posts/test.mdx', post('Text').replace('proofreadBy: jonas-keller', 'proofreadBy: anna-berger')),
    );
    const finding = only(result.findings, 'review-self');
    expect(finding).toMatchObject({ file: TEST_POST, line: 7, field: 'review.proofreadBy' });
    expect(formatFinding(finding)).toContain('„anna-berger“ hat den Beitrag mitgeschrieben und kann ihn nicht Korrektur lesen');
  });
});

describe('the consent register', () => {
  it('lists a full-name mention of a person without consent in a title and in the text', () => {
    const result = check((setup) =>
      setup.write(
        'posts/test.mdx',
        post('## Besuch\n\nHeute war Olaf Ohnezustimmung zu Gast.').replace(
          'title: Testbeitrag',
          'title: Zu Gast bei Olaf Ohnezustimmung',
        ),
      ),
    );
    const mentions = result.findings.filter((finding) => finding.rule === 'no-consent-mention');
    expect(mentions.map((finding) => [finding.file, finding.line, finding.column, finding.field])).toEqual([
      [TEST_POST, 2, 8, 'title'],
      [TEST_POST, BODY_LINE + 2, 11, '(Text)'],
    ]);
    expect(formatFinding(mentions[1]!)).toContain(
      'Olaf Ohnezustimmung (ohne-einwilligung) hat keine Einwilligung, wird hier aber mit Namen genannt',
    );
  });

  it('lists every place that names a person whose consent was withdrawn', () => {
    const result = check((setup) =>
      setup.write('people/anna-berger.md', setup.read('people/anna-berger.md').replace(/consent: .*\n/, '')),
    );
    const places = result.findings
      .filter((finding) => finding.rule === 'no-consent' && String(finding.params['value']).includes('anna-berger'))
      .map((finding) => `${finding.file}:${finding.line} ${finding.field}`);
    expect(places).toEqual([
      'content/posts/erster-beitrag.mdx:5 authors[0]',
      'content/posts/noch-ein-entwurf.mdx:5 authors[0]',
      'content/posts/zukunft.mdx:5 authors[0]',
      'content/teams/taskforce.md:4 members[0]',
      'content/videos/werksrundgang.md:9 people[0]',
    ]);
  });
});

describe('URL helpers', () => {
  it('classifies URLs by what they load', () => {
    expect(classifyUrl('https://example.com/x.png')).toBe('remote');
    expect(classifyUrl('//example.com/x.png')).toBe('remote');
    expect(classifyUrl(' JavaScript:alert(1)')).toBe('unsafe');
    expect(classifyUrl('data:image/png;base64,AA')).toBe('unsafe');
    expect(classifyUrl('mailto:a@b.de')).toBe('other');
    expect(classifyUrl('./bild.jpg')).toBe('local');
  });

  it('finds the id in every form of YouTube link', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=abcdefghijk',
      'https://www.youtube.com/watch?feature=share&v=abcdefghijk',
      'https://youtu.be/abcdefghijk?t=3',
      'https://www.youtube-nocookie.com/embed/abcdefghijk',
      'https://youtube.com/shorts/abcdefghijk',
    ]) {
      expect(youtubeIdOf(url), url).toBe('abcdefghijk');
    }
    expect(youtubeIdOf('https://vimeo.com/123')).toBeUndefined();
  });
});
