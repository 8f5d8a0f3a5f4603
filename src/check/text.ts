import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Finding } from './types.ts';

/**
 * Text pasted from office software carries characters nobody sees: soft hyphens,
 * zero-width spaces, byte order marks, direction marks, control characters, and
 * umlauts decomposed into a letter plus a combining mark (`u` + `¨`). They break
 * search, slugs, tags and comparisons, and some of them reorder text. The check
 * flags each at its line and column; `npm run check -- --fix` removes the invisible
 * ones (a control character between two words becomes a space) and composes the rest
 * (Unicode NFC).
 */

/**
 * Invisible or control characters: C0 controls except tab, line feed and carriage
 * return; DEL and C1 controls; soft hyphen; Arabic letter mark; Mongolian vowel
 * separator; zero-width space, non-joiner and joiner; LRM/RLM; bidi embeddings,
 * overrides and isolates; line and paragraph separators; word joiner and invisible
 * operators; BOM / zero-width no-break space; interlinear annotation and object
 * replacement characters.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is this rule's purpose
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffc]/gu;
/** The same set without the global flag, for a stateless first test. */
const HAS_INVISIBLE = new RegExp(INVISIBLE.source, 'u');
/** The zero-width joiner is part of emoji such as 👩‍🔧; it is only flagged outside them. */
const EMOJI_NEIGHBOUR = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f]/u;

/** One problem character, or one run of decomposed text, with its position. */
export interface TextIssue {
  kind: 'invisible' | 'decomposed';
  /** 1-based line and column (columns count UTF-16 code units, as editors do). */
  line: number;
  column: number;
  /** `U+00AD` for an invisible character; the composed text for a decomposed run. */
  value: string;
  /** How many more of the same kind follow on that line. */
  more: number;
}

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function isKeptJoiner(text: string, index: number): boolean {
  return text[index] === '\u200d' && EMOJI_NEIGHBOUR.test(text.slice(Math.max(0, index - 2), index));
}

/** Finds invisible characters and decomposed text; at most one issue per kind and line. */
export function scanText(text: string): TextIssue[] {
  const hasInvisible = HAS_INVISIBLE.test(text);
  const isComposed = text === text.normalize('NFC');
  if (!hasInvisible && isComposed) return [];
  const issues: TextIssue[] = [];
  text.split('\n').forEach((line, index) => {
    const number = index + 1;
    if (hasInvisible) {
      const hits = [...line.matchAll(INVISIBLE)].filter((match) => !isKeptJoiner(line, match.index));
      // A byte order mark at the very start of a file is written by some editors; it is
      // harmless for the parsers but still removed by --fix, so it is reported too.
      const first = hits[0];
      if (first) {
        issues.push({
          kind: 'invisible',
          line: number,
          column: first.index + 1,
          value: codePoint(first[0]),
          more: hits.length - 1,
        });
      }
    }
    if (!isComposed && line !== line.normalize('NFC')) {
      const runs = [...line.matchAll(/\P{M}\p{M}+/gu)].filter((match) => match[0] !== match[0].normalize('NFC'));
      const first = runs[0];
      if (first) {
        issues.push({
          kind: 'decomposed',
          line: number,
          column: first.index + 1,
          value: first[0].normalize('NFC'),
          more: runs.length - 1,
        });
      }
    }
  });
  return issues;
}

/** A run of invisible characters, for `fixText`. */
const INVISIBLE_RUN = new RegExp(`${INVISIBLE.source}+`, 'gu');

/**
 * Invisible characters that stand where the author saw a gap or a line break: C0 and C1
 * controls (Word's manual line break is a vertical tab, its page break a form feed; text
 * decoded from Windows-1252 as Latin-1 has C1 controls where dashes and quotes were),
 * the line and paragraph separators, and the object replacement character (an object
 * that was embedded in the copied text). The rest of INVISIBLE has no width at all: soft
 * hyphens, zero-width spaces and joiners, direction marks, the BOM.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this rule's purpose
const SEPARATOR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufffc]/u;

/**
 * The text with invisible characters removed (emoji joiners kept) and composed to NFC,
 * without ever gluing two words together:
 *
 * - a run that contains a separator and stands between two visible characters becomes
 *   one space: `Schicht\u000bModell` → `Schicht Modell`, `Ende.\u2028Neu` → `Ende. Neu`;
 * - next to a space, a line break or the start or end of the text it is deleted, since
 *   the gap is there already: `Wort \u000bweiter` → `Wort weiter`;
 * - zero-width characters are deleted everywhere. The author saw no gap there, so the
 *   text reads as it did in the editor: a soft hyphen or a zero-width space inside a word
 *   is a hyphenation hint from a word processor or a web page (`Schicht\u00adleiter`,
 *   `Rohr\u200bfertigung` → `Schichtleiter`, `Rohrfertigung`), and in an address it
 *   breaks the link (`https://example.com/\u200bpfad`).
 */
export function fixText(text: string): string {
  const cleaned = text.replace(INVISIBLE_RUN, (run: string, offset: number, whole: string) => {
    if (run === '\u200d' && isKeptJoiner(whole, offset)) return run;
    if (!SEPARATOR.test(run)) return '';
    const before = whole[offset - 1];
    const after = whole[offset + run.length];
    return before !== undefined && after !== undefined && /\S/u.test(before) && /\S/u.test(after) ? ' ' : '';
  });
  return cleaned.normalize('NFC');
}

/** Findings for one file's text. `fieldAt` names the field a line belongs to. */
export function checkText(file: string, text: string, fieldAt: (line: number) => string): Finding[] {
  return scanText(text).map((issue) => ({
    severity: 'error',
    file,
    line: issue.line,
    column: issue.column,
    field: fieldAt(issue.line),
    rule: issue.kind === 'invisible' ? 'invisible-character' : 'decomposed-text',
    params: { value: issue.value, more: issue.more },
  }));
}

/**
 * The field a line of a content file belongs to: the nearest YAML key at or above it in
 * a data file or frontmatter, `(Text)` in a body.
 */
export function fieldLocator(text: string, frontmatter: boolean): (line: number) => string {
  const lines = text.split('\n');
  let bodyStart = Number.POSITIVE_INFINITY;
  if (frontmatter && /^\ufeff?---[ \t]*\r?$/.test(lines[0] ?? '')) {
    const end = lines.findIndex((line, index) => index > 0 && /^---[ \t]*\r?$/.test(line));
    bodyStart = end === -1 ? Number.POSITIVE_INFINITY : end + 2;
  }
  return (line: number) => {
    if (frontmatter && line >= bodyStart) return '(Text)';
    for (let index = line - 1; index >= 0; index--) {
      const key = /^\ufeff?\s*(?:-\s+)?([^\s#:'"{[-][^:]*?):(?:\s|$)/.exec(lines[index] ?? '')?.[1];
      if (key) return key.replace(INVISIBLE, '');
    }
    return '(Text)';
  };
}

/** Rewrites a file with `fixText` if that changes it; returns true when it did. Atomic. */
export function fixFile(absolutePath: string): boolean {
  const text = readFileSync(absolutePath, 'utf8');
  const fixed = fixText(text);
  if (fixed === text) return false;
  const temporary = `${absolutePath}.einblick-fix`;
  writeFileSync(temporary, fixed);
  renameSync(temporary, absolutePath);
  return true;
}
