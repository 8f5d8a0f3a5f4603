import { markdownToMdast, mdxToMdast } from 'satteri';
import type { SourceEntry } from './source.ts';
import type { Finding } from './types.ts';

/**
 * Parses a body with Sätteri, the Markdown/MDX parser Astro 7 compiles content with, so
 * a body that parses here compiles in the build. A syntax error becomes one finding at
 * the author's line, with a hint picked from the text at that spot.
 */

/** The parts of an mdast node the rules read (Sätteri returns plain unist objects). */
export interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { line: number; column: number; offset?: number } };
  value?: unknown;
  url?: string;
  alt?: string | null;
  name?: string | null;
  depth?: number;
  identifier?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
}

/** Shortens text for a message. */
export const shorten = (text: string, max = 40) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Which hint fits an MDX syntax error, judged by the text at the error position. */
function syntaxHint(message: string, rest: string): string {
  if (rest.startsWith('<!--')) return 'comment';
  if (/^<(?:https?:|mailto:|www\.)/i.test(rest)) return 'autolink';
  if (/^<[\d\s=<>.,;:!?-]/.test(rest) || /^<$/.test(rest)) return 'less-than';
  if (/closing tag for `<(?:br|hr|img|input|meta|link|wbr|source|track|area|col|embed|param)>`/.test(message)) return 'void';
  if (/closing tag for `<[^>]*>`/.test(message)) return 'closing';
  if (/expression|brace/i.test(message) || rest.startsWith('{')) return 'brace';
  return 'generic';
}

/**
 * Astro's Markdown defaults (`gfm` and `smartypants` on; astro.config.mjs changes neither):
 * headings get their ids from the text after smart punctuation („--“ becomes „–“).
 */
const PARSE = { features: { gfm: true, smartPunctuation: true } };

/** Parses a body; a syntax error becomes one finding at the author's line. */
export function parseBody(entry: SourceEntry, body: string, mdx: boolean, offset: number): { tree?: MdNode; finding?: Finding } {
  try {
    return { tree: (mdx ? mdxToMdast(body, PARSE) : markdownToMdast(body, PARSE)) as unknown as MdNode };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w:-]+)\))?$/.exec(message);
    const line = Number(match?.[1] ?? 1);
    const column = Number(match?.[2] ?? 1);
    const lineText = body.split('\n')[line - 1] ?? '';
    const rest = lineText.slice(Math.max(0, column - 1));
    const detail = (match?.[3] ?? message).replace(/\s*\(note: .*\)\s*$/, '').replace(/ \(\d+:\d+\)/g, '');
    return {
      finding: {
        severity: 'error',
        file: entry.file,
        line: line + offset,
        column,
        field: '(Text)',
        rule: 'mdx-syntax',
        params: { detail, hint: syntaxHint(detail, rest), excerpt: shorten(rest, 24) },
      },
    };
  }
}
