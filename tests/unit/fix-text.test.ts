import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixText, scanText } from '../../src/check/text.ts';

/**
 * `npm run check -- --fix` removes invisible characters but never glues two words: a
 * character that stood where the author saw a gap or a line break becomes a space, one
 * without any width is deleted. Each row is text as it arrives from an office program
 * or a web page, and what --fix makes of it.
 */

const ROWS: Array<[string, string, string]> = [
  // [what it is, before, after]
  ['vertical tab (Word’s manual line break) between two words', 'Schicht\u000bModell', 'Schicht Modell'],
  ['form feed (Word’s page break) between two sentences', 'Ende.\u000cNeuer Absatz', 'Ende. Neuer Absatz'],
  ['line separator between two words', 'Rohr\u2028Technik', 'Rohr Technik'],
  ['paragraph separator between two words', 'Werk\u2029Hemer', 'Werk Hemer'],
  ['C1 control (Windows-1252 dash read as Latin-1) between two words', 'Rohr\u0096Technik', 'Rohr Technik'],
  ['backspace between two words', 'Schicht\u0008leiter', 'Schicht leiter'],
  ['object replacement character where a picture was', 'siehe\ufffcBild', 'siehe Bild'],
  ['a run of controls is one space', 'a\u000b\u000c\u2028b', 'a b'],
  ['a control next to a zero-width space is still one space', 'a\u200b\u000bb', 'a b'],
  ['a control before a space is deleted', 'Wort\u000b weiter', 'Wort weiter'],
  ['a control after a space is deleted', 'Wort \u000bweiter', 'Wort weiter'],
  ['a control at the end of a line is deleted', 'Zeile\u2028\nnächste', 'Zeile\nnächste'],
  ['a control at the start of the text is deleted', '\u0007Anfang', 'Anfang'],
  ['C1 quotes around a word, next to spaces and the ends', '\u0084Zitat\u0093 und', 'Zitat und'],
  ['soft hyphen inside a word (a hyphenation hint)', 'Schicht\u00adleiter', 'Schichtleiter'],
  ['zero-width space inside a word (a break hint from a web page)', 'Rohr\u200bfertigung', 'Rohrfertigung'],
  ['zero-width space inside an address', 'https://example.com/\u200bpfad', 'https://example.com/pfad'],
  ['zero-width space before a space', 'gut.\u200b Danach', 'gut. Danach'],
  ['direction mark between two words (no width, nothing seen)', 'Anna\u200eBerger', 'AnnaBerger'],
  ['byte order mark at the start of a file', '\ufeff---\ntitle: x\n', '---\ntitle: x\n'],
  ['emoji joiner kept', 'Mechanikerin 👩\u200d🔧', 'Mechanikerin 👩\u200d🔧'],
  ['no-break space is visible and stays', 'Nr.\u00a05', 'Nr.\u00a05'],
  ['tab, line feed and carriage return stay', 'a\tb\r\nc', 'a\tb\r\nc'],
];

describe('fixText never glues words together', () => {
  it.each(ROWS)('%s', (_, before, after) => {
    expect(fixText(before)).toBe(after);
    // Whatever the check flagged is gone afterwards.
    expect(scanText(fixText(before))).toEqual([]);
  });

  it('keeps every word of a text with one of each character', () => {
    const before = 'Vom\u000bAzubi\u2028zum\u0085Schicht\u00adleiter: Rohr\u200bfertigung\u000cin\u2029Hemer';
    expect(fixText(before).split(' ')).toEqual(['Vom', 'Azubi', 'zum', 'Schichtleiter:', 'Rohrfertigung', 'in', 'Hemer']);
  });
});

describe('npm run check -- --fix on a file', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'einblick-fix-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes a space where a control character stood between two words, and the check passes', () => {
    const dir = path.join(root, 'content');
    cpSync(path.resolve(import.meta.dirname, '../fixtures/basic/content'), dir, { recursive: true });
    const file = path.join(dir, 'posts/erster-beitrag.mdx');
    const original = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      original
        .replace('title: Vom Azubi zum Schichtleiter', 'title: Vom Azubi zum\u000bSchichtleiter')
        .replace('Mit einem Praktikum in der Rohrfertigung.', 'Mit einem\u2028Praktikum in der Rohr\u200bfertigung.'),
    );
    const run = spawnSync(
      process.execPath,
      [path.resolve(import.meta.dirname, '../../scripts/check.ts'), '--content', dir, '--fix'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, EINBLICK_NOW: '2026-11-01T12:00:00+01:00', NO_COLOR: '1' },
      },
    );
    expect(run.stdout).toContain('Korrigiert: content/posts/erster-beitrag.mdx');
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(original);
  }, 60_000);
});
