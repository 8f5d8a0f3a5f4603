import { fill, type Lang } from './messages.ts';

/**
 * The parsers the check uses speak English: Sätteri (MDX), the `yaml` package and zod.
 * Their message is embedded in a finding as `detail`. For German output the common ones
 * are said again in plain German, with the original in brackets so that a developer can
 * still search for it; an unknown one keeps the original behind a German sentence that
 * says who reported it. English output keeps the original alone.
 *
 * Each pattern was collected by feeding a typical author mistake to the real parser
 * (tests/unit/parser-messages.test.ts does it again for every pattern). Named groups
 * fill `{name}` placeholders of the German text.
 */

/** Which parser wrote a message. */
export type Parser = 'mdx' | 'yaml' | 'schema';

interface Translation {
  /** Matches the whole message (after mdx-parse.ts removed positions and notes). */
  pattern: RegExp;
  de: string;
}

/** Markdown containers Sätteri names in "before the end of `…`". */
const CONTAINERS: Record<string, string> = {
  paragraph: 'der Absatz',
  listItem: 'der Listenpunkt',
  blockQuote: 'das Zitat',
  heading: 'die Überschrift',
  tableCell: 'die Tabellenzelle',
  link: 'der Link',
  emphasis: 'die Hervorhebung',
  strong: 'der fette Text',
};

export const PARSER_MESSAGES: Record<Parser, Translation[]> = {
  mdx: [
    {
      // `<Frage>` … never closed inside a paragraph, list item or quote
      pattern: /^Expected a closing tag for `<(?<tag>[^`]*)>` before the end of `(?<container>\w+)`$/,
      de: 'Das Element <{tag}> wird nicht geschlossen, bevor {container} endet',
    },
    { pattern: /^Expected a closing tag for `<(?<tag>[^`]*)>`$/, de: 'Das Element <{tag}> wird nicht geschlossen' },
    {
      pattern: /^Unexpected closing tag `<\/(?<closing>[^`]*)>`, expected corresponding closing tag for `<(?<open>[^`]*)>`$/,
      de: '</{closing}> passt nicht zum offenen Element <{open}>; erwartet wird zuerst </{open}>',
    },
    {
      pattern: /^Unexpected closing tag `<\/(?<closing>[^`]*)>`, expected an open tag first$/,
      de: '</{closing}> schließt ein Element, das vorher nicht geöffnet wurde',
    },
    {
      // `<Frage>` on its own line, `</Frage>` at the end of a text line (or the other way round)
      pattern:
        /^Expected the closing tag `<\/(?<tag>[^`]*)>` either after the end of `\w+` or another opening tag after the start of `\w+` \(`<[^`]*>` opened at (?<line>\d+):\d+\)$/,
      de: '<{tag}> und </{tag}> stehen nicht auf derselben Ebene: <{tag}> wurde in Zeile {line} allein auf einer Zeile geöffnet, </{tag}> steht mitten im Text',
    },
    {
      pattern: /^Unexpected end of file in expression, expected a corresponding closing brace for `\{`$/,
      de: 'Die geschweifte Klammer „{“ wird bis zum Ende der Datei nicht geschlossen',
    },
    {
      // `<5 Jahre`, `<https://…>`, a tag with a broken attribute (`src="a.jpg alt="x"`)
      pattern: /^Unexpected character after `<`, expected a valid JSX tag$/,
      de: 'Nach „<“ beginnt kein gültiges Element (ein „<“ im Text, eine Adresse in spitzen Klammern oder ein fehlendes Anführungszeichen in einer Angabe)',
    },
    {
      // `<!-- … -->`, `<![CDATA[…]]>`
      pattern: /^Unexpected character `(?<char>.)` \(U\+[0-9A-F]+\) before name, expected a character that can start a name.*$/,
      de: 'Nach „<“ steht „{char}“; ein Element muss mit einem Buchstaben beginnen',
    },
    {
      pattern: /^Could not parse expression with oxc: .*$/,
      de: 'Was in geschweiften Klammern steht, ist kein gültiger Ausdruck',
    },
  ],
  yaml: [
    {
      // `title: Wichtig: heute`
      pattern: /^Nested mappings are not allowed in compact mappings$/,
      de: 'Nach „Feld: Wert“ folgt in derselben Zeile noch ein Doppelpunkt mit Leerzeichen',
    },
    {
      // `title:Hallo` (no space), `title` (no colon), a line indented by mistake
      pattern: /^Implicit keys need to be on a single line$/,
      de: 'Eine Zeile gehört zu keinem Feld: fehlt der Doppelpunkt oder das Leerzeichen danach („title: Text“), oder ist eine Zeile falsch eingerückt?',
    },
    {
      pattern: /^Implicit map keys need to be followed by map values$/,
      de: 'Nach einem Feldnamen fehlt der Doppelpunkt',
    },
    {
      pattern: /^All mapping items must start at the same column$/,
      de: 'Die Felder einer Gruppe stehen nicht genau untereinander',
    },
    {
      pattern: /^A block sequence may not be used as an implicit map key$/,
      de: 'Ein Listenpunkt („- …“) ist anders eingerückt als die übrigen',
    },
    {
      // `tags: - ausbildung`
      pattern: /^Unexpected block-seq-ind on same line with key$/,
      de: 'Ein Listenpunkt („- …“) steht in derselben Zeile wie sein Feld; ihn darunter in eine eigene Zeile schreiben',
    },
    { pattern: /^Tabs are not allowed as indentation$/, de: 'Eingerückt ist mit Tabulator; YAML erlaubt nur Leerzeichen' },
    { pattern: /^Missing closing (?<quote>["'])quote$/, de: 'Das Anführungszeichen {quote} wird nicht geschlossen' },
    { pattern: /^Map keys must be unique$/, de: 'Dieses Feld steht zweimal in derselben Gruppe' },
    {
      pattern: /^Flow sequence in block collection must be sufficiently indented and end with a \]$/,
      de: 'Die Liste in eckigen Klammern wird nicht mit „]“ geschlossen',
    },
    {
      pattern: /^Flow map in block collection must be sufficiently indented and end with a \}$/,
      de: 'Die Gruppe in geschweiften Klammern wird nicht mit „}“ geschlossen',
    },
    {
      // `title: "Neu" im Team`, `title: *Neu* im Team`
      pattern: /^Unexpected scalar at node end$/,
      de: 'Nach dem Wert steht noch Text (etwa nach einem schließenden Anführungszeichen)',
    },
    {
      pattern: /^Plain value cannot start with reserved character (?<char>.)$/,
      de: 'Ein Wert ohne Anführungszeichen darf nicht mit „{char}“ beginnen',
    },
    {
      // `title: *Neu*`: YAML reads a leading * as a reference to an anchor
      pattern: /^Unresolved alias \(the anchor must be set before the alias\): (?<name>.*)$/,
      de: 'Ein Wert beginnt mit „*“ („*{name}“); YAML liest das als Verweis, nicht als Text – den Text in Anführungszeichen setzen',
    },
    {
      pattern: /^Anchor cannot be an empty string$/,
      de: 'Ein Wert beginnt mit „&“; YAML liest das als Anker, nicht als Text',
    },
    {
      pattern: /^Source contains multiple documents.*$/,
      de: 'Die Datei enthält eine Zeile „---“ zu viel und damit zwei YAML-Dokumente',
    },
  ],
  schema: [
    { pattern: /^Invalid key in record$/, de: 'Ein Name in dieser Gruppe ist ungültig' },
    { pattern: /^Invalid input$/, de: 'Der Wert ist ungültig' },
    { pattern: /^Invalid number: must be a multiple of (?<step>.+)$/, de: 'Die Zahl muss ein Vielfaches von {step} sein' },
  ],
};

/** What a German reader is told before a message no pattern knows. */
const REPORTED_BY: Record<Parser, string> = {
  mdx: 'Der MDX-Leser meldet:',
  yaml: 'Der YAML-Leser meldet:',
  schema: 'Die Prüfung meldet:',
};

/**
 * A parser's message in the author's language: in German the translation with the
 * original in brackets, or the original behind a German sentence; in English as it is.
 */
export function parserMessage(parser: Parser, detail: string, lang: Lang): string {
  if (lang === 'en' || !detail) return detail;
  for (const { pattern, de } of PARSER_MESSAGES[parser]) {
    const match = pattern.exec(detail);
    if (!match) continue;
    const groups = { ...match.groups };
    if (groups['container']) groups['container'] = CONTAINERS[groups['container']] ?? `„${groups['container']}“`;
    return `${fill(de, groups)} (Original: ${detail})`;
  }
  return `${REPORTED_BY[parser]} ${detail}`;
}

/** The parser whose message a rule embeds as `detail`, if any. */
export const PARSER_OF_RULE: Readonly<Record<string, Parser>> = {
  'mdx-syntax': 'mdx',
  'yaml-syntax': 'yaml',
  invalid: 'schema',
};
