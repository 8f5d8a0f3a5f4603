import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatFinding, type Finding } from '../../src/check/index.ts';
import { parseBody } from '../../src/check/mdx-parse.ts';
import { PARSER_MESSAGES, parserMessage, type Parser } from '../../src/check/parser-messages.ts';
import { parseYamlText, type SourceEntry, type SourceProblem } from '../../src/check/source.ts';

/**
 * The parsers' English messages in the author's language. Every message here comes from
 * the real parser fed a typical author mistake, never from a copied string, so a parser
 * update that rewords a message fails this test instead of silently falling back.
 */

/** The `detail` the check stores for an MDX body, exactly as mdx-parse.ts produces it. */
function mdxDetail(body: string): string {
  const entry = { file: 'content/posts/test.mdx' } as SourceEntry;
  const detail = parseBody(entry, body, true, 0).finding?.params['detail'];
  if (typeof detail !== 'string') throw new Error(`Sätteri accepted ${JSON.stringify(body)}`);
  return detail;
}

/** The first YAML problem for a text, exactly as source.ts records it. */
function yamlDetail(text: string): string {
  const problems: SourceProblem[] = [];
  parseYamlText(text, 'content/site.yaml', 0, problems);
  const detail = problems[0]?.detail;
  if (detail === undefined) throw new Error(`yaml accepted ${JSON.stringify(text)}`);
  return detail;
}

/** The message of the first issue zod reports for a value. */
function zodDetail(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`zod accepted ${JSON.stringify(value)}`);
  return result.error.issues[0]!.message;
}

interface Case {
  parser: Parser;
  mistake: string;
  detail: () => string;
  german: string;
}

/** One typical author mistake per pattern (some patterns have several). */
const CASES: Case[] = [
  {
    parser: 'mdx',
    mistake: 'a component left open at the end of its paragraph',
    detail: () => mdxDetail('Hallo <Frage> Text\n'),
    german: 'Das Element <Frage> wird nicht geschlossen, bevor der Absatz endet',
  },
  {
    parser: 'mdx',
    mistake: 'a component left open inside a list item',
    detail: () => mdxDetail('- <Frage>\n- b\n'),
    german: 'Das Element <Frage> wird nicht geschlossen, bevor der Listenpunkt endet',
  },
  {
    parser: 'mdx',
    mistake: 'a void HTML element without slash',
    detail: () => mdxDetail('Zeile<br>\nnoch\n'),
    german: 'Das Element <br> wird nicht geschlossen, bevor der Absatz endet',
  },
  {
    parser: 'mdx',
    mistake: 'a block component never closed',
    detail: () => mdxDetail('Hallo\n\n<Frage>\nText\n'),
    german: 'Das Element <Frage> wird nicht geschlossen',
  },
  {
    parser: 'mdx',
    mistake: 'a mismatched closing tag',
    detail: () => mdxDetail('<Galerie>\n<Bild src="a" />\n</Galerie2>\n'),
    german: '</Galerie2> passt nicht zum offenen Element <Galerie>; erwartet wird zuerst </Galerie>',
  },
  {
    parser: 'mdx',
    mistake: 'a closing tag without an opening one',
    detail: () => mdxDetail('Text\n\n</Frage>\n'),
    german: '</Frage> schließt ein Element, das vorher nicht geöffnet wurde',
  },
  {
    parser: 'mdx',
    mistake: 'opening tag on its own line, closing tag at the end of a text line',
    detail: () => mdxDetail('<Frage>\n- a </Frage>\n'),
    german:
      '<Frage> und </Frage> stehen nicht auf derselben Ebene: <Frage> wurde in Zeile 1 allein auf einer Zeile geöffnet, </Frage> steht mitten im Text',
  },
  {
    parser: 'mdx',
    mistake: 'an unclosed expression brace',
    detail: () => mdxDetail('Eine Klammer { ohne Ende\n'),
    german: 'Die geschweifte Klammer „{“ wird bis zum Ende der Datei nicht geschlossen',
  },
  {
    parser: 'mdx',
    mistake: 'a stray < before a number',
    detail: () => mdxDetail('Mehr als <5 Jahre Erfahrung.\n'),
    german:
      'Nach „<“ beginnt kein gültiges Element (ein „<“ im Text, eine Adresse in spitzen Klammern oder ein fehlendes Anführungszeichen in einer Angabe)',
  },
  {
    parser: 'mdx',
    mistake: 'a missing closing quote in an attribute',
    detail: () => mdxDetail('<Bild src="./a.jpg alt="x" />\n'),
    german:
      'Nach „<“ beginnt kein gültiges Element (ein „<“ im Text, eine Adresse in spitzen Klammern oder ein fehlendes Anführungszeichen in einer Angabe)',
  },
  {
    parser: 'mdx',
    mistake: 'an HTML comment',
    detail: () => mdxDetail('Text\n\n<!-- Notiz -->\n'),
    german: 'Nach „<“ steht „!“; ein Element muss mit einem Buchstaben beginnen',
  },
  {
    parser: 'mdx',
    mistake: 'JSON-like text in braces',
    detail: () => mdxDetail('{ "a": 1 }\n'),
    german: 'Was in geschweiften Klammern steht, ist kein gültiger Ausdruck',
  },
  {
    parser: 'yaml',
    mistake: 'a colon with a space inside a plain value',
    detail: () => yamlDetail('title: Wichtig: heute\n'),
    german: 'Nach „Feld: Wert“ folgt in derselben Zeile noch ein Doppelpunkt mit Leerzeichen',
  },
  {
    parser: 'yaml',
    mistake: 'no space after the colon',
    detail: () => yamlDetail('title:Hallo\ndate: 2026-03-02\n'),
    german:
      'Eine Zeile gehört zu keinem Feld: fehlt der Doppelpunkt oder das Leerzeichen danach („title: Text“), oder ist eine Zeile falsch eingerückt?',
  },
  {
    parser: 'yaml',
    mistake: 'a block text without indentation',
    detail: () => yamlDetail('text: |\nfoo\n'),
    german: 'Nach einem Feldnamen fehlt der Doppelpunkt',
  },
  {
    parser: 'yaml',
    mistake: 'a field indented one space less than its neighbours',
    detail: () => yamlDetail('review:\n  proofreadBy: a\n privacyClearedOn: 2026-02-27\n'),
    german: 'Die Felder einer Gruppe stehen nicht genau untereinander',
  },
  {
    parser: 'yaml',
    mistake: 'a list item indented less than the one above',
    detail: () => yamlDetail('tags:\n  - a\n - b\n'),
    german: 'Ein Listenpunkt („- …“) ist anders eingerückt als die übrigen',
  },
  {
    parser: 'yaml',
    mistake: 'a list item between the fields of a map',
    detail: () => yamlDetail('title: a\n- b\n'),
    german:
      'Eine Zeile gehört zu keinem Feld: fehlt der Doppelpunkt oder das Leerzeichen danach („title: Text“), oder ist eine Zeile falsch eingerückt?',
  },
  {
    parser: 'yaml',
    mistake: 'a list item on the line of its key',
    detail: () => yamlDetail('tags: - ausbildung\n'),
    german: 'Ein Listenpunkt („- …“) steht in derselben Zeile wie sein Feld; ihn darunter in eine eigene Zeile schreiben',
  },
  {
    parser: 'yaml',
    mistake: 'a tab as indentation',
    detail: () => yamlDetail('review:\n\tproofreadBy: a\n'),
    german: 'Eingerückt ist mit Tabulator; YAML erlaubt nur Leerzeichen',
  },
  {
    parser: 'yaml',
    mistake: 'an unclosed double quote',
    detail: () => yamlDetail('title: "Hallo\ndate: 1\n'),
    german: 'Das Anführungszeichen " wird nicht geschlossen',
  },
  {
    parser: 'yaml',
    mistake: 'an unclosed single quote',
    detail: () => yamlDetail("title: 'Hallo\ndate: 1\n"),
    german: "Das Anführungszeichen ' wird nicht geschlossen",
  },
  {
    parser: 'yaml',
    mistake: 'a duplicate key',
    detail: () => yamlDetail('title: a\ntitle: b\n'),
    german: 'Dieses Feld steht zweimal in derselben Gruppe',
  },
  {
    parser: 'yaml',
    mistake: 'an unclosed flow list',
    detail: () => yamlDetail('authors: [anna-berger\ndate: 2026-03-02\n'),
    german: 'Die Liste in eckigen Klammern wird nicht mit „]“ geschlossen',
  },
  {
    parser: 'yaml',
    mistake: 'an unclosed flow map',
    detail: () => yamlDetail('review: { proofreadBy: a\ndate: 2026-03-02\n'),
    german: 'Die Gruppe in geschweiften Klammern wird nicht mit „}“ geschlossen',
  },
  {
    parser: 'yaml',
    mistake: 'text after a quoted value',
    detail: () => yamlDetail('title: "Neu" im Team\n'),
    german: 'Nach dem Wert steht noch Text (etwa nach einem schließenden Anführungszeichen)',
  },
  {
    parser: 'yaml',
    mistake: 'a value starting with @',
    detail: () => yamlDetail('title: @Auental auf LinkedIn\n'),
    german: 'Ein Wert ohne Anführungszeichen darf nicht mit „@“ beginnen',
  },
  {
    parser: 'yaml',
    mistake: 'Markdown emphasis at the start of a value',
    detail: () => yamlDetail('title: *Neu*\n'),
    german:
      'Ein Wert beginnt mit „*“ („*Neu*“); YAML liest das als Verweis, nicht als Text – den Text in Anführungszeichen setzen',
  },
  {
    parser: 'yaml',
    mistake: 'a value starting with &',
    detail: () => yamlDetail('title: & Co.\n'),
    german: 'Ein Wert beginnt mit „&“; YAML liest das als Anker, nicht als Text',
  },
  {
    parser: 'yaml',
    mistake: 'a second --- in a data file',
    detail: () => yamlDetail('name: Testwerk\n---\ntagline: x\n'),
    german: 'Die Datei enthält eine Zeile „---“ zu viel und damit zwei YAML-Dokumente',
  },
  {
    parser: 'schema',
    mistake: 'a bad name in a group of names',
    detail: () => zodDetail(z.record(z.string().regex(/^[a-z]+$/), z.string()), { 'Foo Bar': 'x' }),
    german: 'Ein Name in dieser Gruppe ist ungültig',
  },
  {
    parser: 'schema',
    mistake: 'a value a refinement rejects without its own message',
    detail: () =>
      zodDetail(
        z.string().refine((value) => value !== 'x'),
        'x',
      ),
    german: 'Der Wert ist ungültig',
  },
  {
    parser: 'schema',
    mistake: 'a number off its step',
    detail: () => zodDetail(z.number().multipleOf(5), 7),
    german: 'Die Zahl muss ein Vielfaches von 5 sein',
  },
];

describe('parser messages in the author’s language', () => {
  it.each(CASES)('$parser: $mistake', ({ parser, detail, german }) => {
    const original = detail();
    expect(parserMessage(parser, original, 'de')).toBe(`${german} (Original: ${original})`);
    expect(parserMessage(parser, original, 'en')).toBe(original);
  });

  it('has a real mistake for every pattern', () => {
    const details = CASES.map((item) => ({ parser: item.parser, detail: item.detail() }));
    for (const [parser, translations] of Object.entries(PARSER_MESSAGES)) {
      for (const { pattern } of translations) {
        const hit = details.some((item) => item.parser === parser && pattern.test(item.detail));
        expect(hit, `${parser}: ${String(pattern)}`).toBe(true);
      }
    }
  });

  it('keeps an unknown message, behind a German sentence naming the parser', () => {
    // A `%` at the start of a data file is a YAML directive; no pattern knows its message.
    const original = yamlDetail('%YAML\nname: Testwerk\n');
    expect(original).toMatch(/directive/);
    expect(parserMessage('yaml', original, 'de')).toBe(`Der YAML-Leser meldet: ${original}`);
    expect(parserMessage('yaml', original, 'en')).toBe(original);
    expect(parserMessage('mdx', 'Something new', 'de')).toBe('Der MDX-Leser meldet: Something new');
    expect(parserMessage('schema', 'Something new', 'de')).toBe('Die Prüfung meldet: Something new');
  });
});

describe('the check’s lines with a parser message', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'einblick-parser-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const dir = path.join(root, 'content');
  cpSync(path.resolve(import.meta.dirname, '../fixtures/basic/content'), dir, { recursive: true });
  const edit = (file: string, from: string, to: string) => {
    const target = path.join(dir, file);
    const text = readFileSync(target, 'utf8');
    expect(text).toContain(from);
    writeFileSync(target, text.replace(from, to));
  };
  edit('posts/erster-beitrag.mdx', '**Wie hat alles angefangen?**', '<Frage>Wie hat alles angefangen?');
  edit('posts/dritter-beitrag.mdx', 'title: ', 'title: *Neu* ');
  edit('people/jonas-keller.md', 'role: ', 'role: *');
  edit('site.yaml', 'postsPerPage: 2', 'postsPerPage: 2\ntagLabels: { Foo Bar: Etwas }');
  const { findings } = checkContent(root, dir, { now: new Date('2026-11-01T12:00:00+01:00') });
  const line = (file: string, lang: 'de' | 'en' = 'de') =>
    findings.filter((finding: Finding) => finding.file === `content/${file}`).map((finding) => formatFinding(finding, lang));

  it('says an MDX syntax error in German, the original in brackets, and in English without translation', () => {
    expect(line('posts/erster-beitrag.mdx')).toEqual([
      'content/posts/erster-beitrag.mdx:14:1  (Text)  MDX lässt sich nicht übersetzen: Das Element <Frage> wird nicht geschlossen, bevor der Absatz endet (Original: Expected a closing tag for `<Frage>` before the end of `paragraph`) → das Element schließen (<Video id="…" />) oder ein „<“ im Text als &lt; schreiben',
    ]);
    expect(line('posts/erster-beitrag.mdx', 'en')).toEqual([
      'content/posts/erster-beitrag.mdx:14:1  (Text)  MDX does not compile: Expected a closing tag for `<Frage>` before the end of `paragraph` → close the element (<Video id="…" />) or write a "<" in text as &lt;',
    ]);
  });

  it('reports a value starting with * at its line instead of crashing the check', () => {
    expect(line('posts/dritter-beitrag.mdx')).toEqual([
      'content/posts/dritter-beitrag.mdx:2:14  —  YAML ist nicht lesbar: Nach dem Wert steht noch Text (etwa nach einem schließenden Anführungszeichen) (Original: Unexpected scalar at node end) → Einrückung und Doppelpunkte prüfen; Text mit „:“ in Anführungszeichen setzen',
    ]);
    const [jonas] = line('people/jonas-keller.md');
    expect(jonas).toMatch(/^content\/people\/jonas-keller\.md:3:7 {2}— {2}YAML ist nicht lesbar: Ein Wert beginnt mit „\*“/);
    expect(jonas).toContain('(Original: Unresolved alias (the anchor must be set before the alias): ');
  });

  it('names the rule a bad name in a group breaks, instead of zod’s "Invalid key in record"', () => {
    expect(line('site.yaml')).toEqual([
      'content/site.yaml:24:14  tagLabels.Foo Bar  „Foo Bar“ ist keine gültige Kennung → Kleinbuchstaben, Ziffern und Bindestriche, z. B. „anna-berger“',
    ]);
  });
});
