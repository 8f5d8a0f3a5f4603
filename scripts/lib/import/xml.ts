import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * XML reading for the importers: the text is validated first, so a malformed export
 * fails with its line and column instead of a half-parsed import.
 */

/** An import that cannot start: malformed XML, the wrong kind of file, a broken mapping. */
export class ImportError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(message: string, file: string, line?: number, column?: number) {
    super(message);
    this.name = 'ImportError';
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** `file:line:column  message`, like the content check. */
  format(): string {
    const where = this.line === undefined ? this.file : `${this.file}:${this.line}:${this.column ?? 1}`;
    return `${where}  ${this.message}`;
  }
}

/**
 * Parses XML after validating it. Element values stay strings (no number guessing:
 * Personio ids and WordPress slugs such as `0815` must survive), attributes are kept
 * under `@name`, and the named elements are always arrays.
 */
export function parseXml(text: string, file: string, arrays: readonly string[]): unknown {
  // fast-xml-parser marks its bundled validator deprecated in favour of a separate
  // package with the same code; the bundled one spares a dependency and gives line and column.
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new ImportError(`XML ist fehlerhaft: ${valid.err.msg}`, file, valid.err.line, valid.err.col);
  }
  const always = new Set(arrays);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => always.has(name),
  });
  return parser.parse(text) as unknown;
}

/** The text of an element: a string, the `#text` of an element with attributes, or ''. */
export function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (node && typeof node === 'object' && '#text' in node) return textOf((node as { '#text': unknown })['#text']);
  return '';
}

/** A value that may be one element or several, as a list. */
export function listOf<T>(node: T | T[] | undefined | null | ''): T[] {
  if (node === undefined || node === null || node === '') return [];
  return Array.isArray(node) ? node : [node];
}

/**
 * The line of each opening `<tag>` (or `<tag …>`) in the text, in document order, so
 * a problem with the n-th element can name its line. CDATA sections are skipped.
 */
export function elementLines(text: string, tag: string): number[] {
  const lines: number[] = [];
  const pattern = new RegExp(`<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s>/])`, 'g');
  let line = 1;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match[0].startsWith('<![CDATA[')) continue;
    for (let index = last; index < match.index; index++) if (text.charCodeAt(index) === 10) line++;
    last = match.index;
    lines.push(line);
  }
  return lines;
}
