import { checkTag, headingDepth, type Report } from './elements.ts';

/**
 * Raw HTML in a Markdown body (people, teams, videos, jobs) reaches the page as written.
 * A small tag scanner is enough here: the rules look at tag names and attributes only.
 */

const TAG = /<!--[\s\S]*?(?:-->|$)|<([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)\/?>/g;
const ATTRIBUTE = /([^\s"'=<>/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Reads `name="value"` pairs; a bare attribute has the empty string as its value. */
export function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    attributes.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** Checks every tag in an HTML node that starts at `start` (the author's line and column). */
export function checkHtmlTags(
  html: string,
  start: { line: number; column: number },
  report: Report,
  heading: (depth: number, at: { line: number; column: number }) => void,
  /** Sees every element with its attributes (the link rules collect `href` and `id`). */
  element?: (name: string, attributes: ReadonlyMap<string, string>, at: { line: number; column: number }) => void,
): void {
  for (const match of html.matchAll(TAG)) {
    const before = html.slice(0, match.index);
    const newlines = before.split('\n').length - 1;
    const at = {
      line: start.line + newlines,
      column: newlines === 0 ? start.column + match.index : match.index - before.lastIndexOf('\n'),
    };
    if (match[0].startsWith('<!--')) {
      report('html-comment', at, {}, 'warning');
      continue;
    }
    const name = match[1]!.toLowerCase();
    const attributes = parseAttributes(match[2] ?? '');
    const depth = headingDepth(name);
    if (depth) heading(depth, at);
    element?.(name, attributes, at);
    checkTag(name, attributes, at, report);
  }
}
