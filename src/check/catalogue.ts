import { MESSAGES, SEVERITY, type Lang } from './messages.ts';

/**
 * The message catalogue as a Markdown table for the authors' guide (docs/authors.md).
 * Generated from MESSAGES so the guide cannot drift from what the check prints:
 * `npm run docs:messages` writes it between the markers, and a unit test compares.
 */

export const SECTION_START = '<!-- meldungen:start -->';
export const SECTION_END = '<!-- meldungen:end -->';

/** What a `{placeholder}` stands for, in words an author knows; printed in italics. */
export const PLACEHOLDER_LABELS: Record<Lang, Record<string, string>> = {
  de: {
    address: 'Adresse',
    anchor: 'Sprungmarke',
    attribute: 'Attribut',
    caseTwin: 'Name auf der Festplatte',
    changed: 'Datum der Änderung',
    component: 'Baustein',
    german: 'deutsche Adresse',
    count: 'Anzahl',
    day: 'Tag',
    depth: 'Ebene',
    description: 'Beschreibung der Angabe',
    detail: 'Einzelheit',
    element: 'Element',
    example: 'Beispiel',
    expected: 'Art des Werts',
    extension: 'Dateiendung',
    field: 'Feld',
    format: 'Bildformat',
    height: 'Höhe',
    host: 'Server',
    id: 'Kennung',
    jpeg: 'Name der JPEG-Datei',
    key: 'Feldname',
    kind: 'Art der Datei',
    length: 'Länge',
    max: 'Höchstzahl',
    minimum: 'Anzahl',
    missing: 'was fehlt',
    // `{more}` only adds "– und 2 weitere in dieser Zeile"; the table leaves it out.
    more: '',
    name: 'Name des Zeichens',
    original: 'Datei des Originals',
    other: 'anderer Eintrag',
    parent: 'umgebender Baustein',
    prop: 'Angabe',
    rename: 'neuer Dateiname',
    reason: 'Grund',
    scheme: 'Adressart',
    since: 'Stand der Übersetzung',
    stated: 'Angabe im Original',
    suggestion: 'Vorschlag passend zur Stelle',
    target: 'Ordner',
    time: 'Uhrzeit',
    title: 'Titel',
    to: 'neue Adresse',
    value: 'Wert',
    values: 'erlaubte Werte',
    widest: 'größte gezeigte Breite',
    width: 'Breite',
    where: 'Seite',
  },
  en: {
    address: 'address',
    anchor: 'anchor',
    attribute: 'attribute',
    caseTwin: 'name on disk',
    component: 'component',
    german: 'German address',
    changed: 'date of the change',
    count: 'count',
    day: 'day',
    depth: 'level',
    description: 'what the prop is for',
    detail: 'detail',
    element: 'element',
    example: 'example',
    expected: 'kind of value',
    extension: 'file ending',
    field: 'field',
    format: 'image format',
    height: 'height',
    host: 'server',
    id: 'id',
    jpeg: 'name of the JPEG file',
    key: 'field name',
    kind: 'kind of file',
    length: 'length',
    max: 'maximum',
    minimum: 'count',
    missing: 'what is missing',
    more: '',
    name: 'name of the character',
    original: 'file of the original',
    other: 'other entry',
    parent: 'enclosing component',
    prop: 'prop',
    rename: 'new file name',
    reason: 'reason',
    scheme: 'kind of address',
    since: 'state of the translation',
    stated: 'what the original says',
    suggestion: 'suggestion for the spot',
    target: 'folder',
    time: 'time',
    title: 'title',
    to: 'new address',
    value: 'value',
    values: 'allowed values',
    widest: 'widest size shown',
    width: 'width',
    where: 'page',
  },
};

const HEADINGS: Record<Lang, [string, string, string, string]> = {
  de: ['Regel', 'Art', 'Was es bedeutet', 'Was zu tun ist'],
  en: ['Rule', 'Kind', 'What it means', 'What to do'],
};

const SEVERITY_WORDS: Record<Lang, Record<'error' | 'warning' | 'draft', string>> = {
  de: { error: 'Fehler', warning: 'Hinweis', draft: 'Hinweis im Entwurf, sonst Fehler' },
  en: { error: 'error', warning: 'warning', draft: 'warning in a draft, else error' },
};

/** The placeholder names a template uses, e.g. `['value', 'suggestion']`. */
export const placeholdersOf = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);

/**
 * Escapes what Markdown would read as markup (`<Video />` as HTML, `![…](…)` as an image,
 * `&lt;` as a `<`, `|` as a cell border, `*` and `_` as emphasis), so a cell shows the text
 * the check prints.
 */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>|&]/g, (char) => `\\${char}`);

/** A template for reading: the text escaped, each `{placeholder}` as its label in italics. */
export function readable(template: string, lang: Lang): string {
  return template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return escapeMarkdown(part);
      const label = PLACEHOLDER_LABELS[lang][name] ?? name;
      return label ? `_${label}_` : '';
    })
    .join('')
    .trim();
}

/** The Markdown table of every rule: name, error or warning, what it means, what to do. */
export function messageTable(lang: Lang): string {
  const [rule, kind, problem, fix] = HEADINGS[lang];
  const rows = Object.entries(MESSAGES).map(([name, texts]) => {
    const severity = SEVERITY[name];
    const cells = [
      `\`${name}\``,
      severity ? SEVERITY_WORDS[lang][severity] : '?',
      readable(texts[lang].problem, lang),
      readable(texts[lang].fix, lang) || '—',
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [`| ${rule} | ${kind} | ${problem} | ${fix} |`, '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The text between the markers, without the blank lines around it; undefined without markers. */
export function sectionOf(doc: string): string | undefined {
  const start = doc.indexOf(SECTION_START);
  const end = doc.indexOf(SECTION_END);
  if (start === -1 || end < start) return undefined;
  return doc.slice(start + SECTION_START.length, end).trim();
}

/** The document with `table` between the markers. Throws when the markers are missing. */
export function withSection(doc: string, table: string): string {
  const start = doc.indexOf(SECTION_START);
  const end = doc.indexOf(SECTION_END);
  if (start === -1 || end < start) throw new Error(`missing ${SECTION_START} … ${SECTION_END}`);
  return `${doc.slice(0, start + SECTION_START.length)}\n\n${table}\n\n${doc.slice(end)}`;
}
