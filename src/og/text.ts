import { createRequire } from 'node:module';
import type { FontMetrics } from './metrics.ts';

/**
 * Card text is laid out here, not by satori: German hyphenation (patterns from the
 * `hyphen` package, 1996 rules), clipping after the last line with an ellipsis, and only
 * characters the fonts have. Satori then draws each line as given, so a title can never
 * overflow the card and a compound word breaks as `Qualitäts-|sicherung`, not mid-syllable.
 */

const SOFT_HYPHEN = '\u00ad';
const ELLIPSIS = '…';

type Hyphenate = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;
const { hyphenateSync } = createRequire(import.meta.url)('hyphen/de-1996') as { hyphenateSync: Hyphenate };

/** Widths of text in one font size and weight, with the subsets tried in order. */
export interface Measure {
  width(text: string): number;
  has(codePoint: number): boolean;
}

export function measurer(fonts: FontMetrics[], fontSize: number): Measure {
  const cache = new Map<number, number>();
  const advance = (code: number): number => {
    let width = cache.get(code);
    if (width === undefined) {
      const font = fonts.find((candidate) => candidate.advances.has(code));
      width = font ? ((font.advances.get(code) ?? 0) / font.unitsPerEm) * fontSize : 0;
      cache.set(code, width);
    }
    return width;
  };
  return {
    width: (text) => {
      let total = 0;
      for (const char of text) total += advance(char.codePointAt(0) ?? 0);
      return total;
    },
    has: (code) => fonts.some((font) => font.advances.has(code)),
  };
}

// Line and paragraph separators, tabs and newlines become spaces; other controls, format
// characters (zero-width spaces, bidi marks) and the soft hyphen go.
const SPACES = /[\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/**
 * Author text made safe to draw: NFC, whitespace collapsed, control and invisible
 * characters removed, and every character the fonts lack dropped, so the card never shows
 * a blank box. Emoji go that way, with their joiners, skin tones and variation selectors
 * (the fonts have none of them). `has` says whether the fonts have a code point.
 */
export function cleanCardText(raw: string, has: (codePoint: number) => boolean): string {
  const text = raw.normalize('NFC').replace(SPACES, ' ').replace(INVISIBLE, '');
  let kept = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === ' ' || has(code)) kept += char;
  }
  return kept.replace(/ {2,}/g, ' ').trim();
}

interface Piece {
  text: string;
  /** Breaking after this piece needs a visible hyphen (it ended at a soft hyphen). */
  hyphen: boolean;
}

/** A word split at its allowed breaks: hyphenation points and existing hyphens or slashes. */
function pieces(word: string): Piece[] {
  const result: Piece[] = [];
  for (const part of hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 6 }).split(SOFT_HYPHEN)) {
    const hard = part.split(/(?<=[-‐/–])(?=.)/u);
    hard.forEach((text, index) => result.push({ text, hyphen: index === hard.length - 1 && !/[-‐/–]$/u.test(text) }));
  }
  const last = result.at(-1);
  if (last) last.hyphen = false;
  return result;
}

const join = (list: Piece[]) => list.map((piece) => piece.text).join('');

export interface LayoutOptions {
  maxWidth: number;
  maxLines: number;
}

/**
 * Breaks text into at most `maxLines` lines no wider than `maxWidth`, hyphenating long
 * words, and ends the last line with an ellipsis when text was left over.
 */
export function layoutLines(text: string, measure: Measure, { maxWidth, maxLines }: LayoutOptions): string[] {
  const fits = (line: string) => measure.width(line) <= maxWidth;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ').filter(Boolean)) {
    if (lines.length > maxLines) break;
    const joined = current ? `${current} ${word}` : word;
    if (fits(joined)) {
      current = joined;
      continue;
    }
    let rest = pieces(word);
    // A word that fits on a line of its own moves there, unless that leaves this line
    // mostly empty; then it is hyphenated to fill it.
    const sparse = measure.width(current) < maxWidth * 0.6;
    while (rest.length > 0) {
      if (!current && fits(join(rest))) {
        current = join(rest);
        break;
      }
      const tryHere = !current || sparse || !fits(join(rest));
      const prefix = current ? `${current} ` : '';
      let split = 0;
      if (tryHere) {
        for (let count = rest.length - 1; count >= 1; count--) {
          const head = rest.slice(0, count);
          if (fits(`${prefix}${join(head)}${head.at(-1)?.hyphen ? '-' : ''}`)) {
            split = count;
            break;
          }
        }
      }
      if (split > 0) {
        const head = rest.slice(0, split);
        lines.push(`${prefix}${join(head)}${head.at(-1)?.hyphen ? '-' : ''}`);
        current = '';
        rest = rest.slice(split);
      } else if (current) {
        lines.push(current);
        current = '';
      } else {
        // Not even one syllable fits (a very long name): break between characters.
        const chars = [...join(rest)];
        let count = Math.max(1, chars.length - 1);
        while (count > 1 && !fits(chars.slice(0, count).join(''))) count--;
        lines.push(chars.slice(0, count).join(''));
        rest = [{ text: chars.slice(count).join(''), hyphen: false }];
      }
      if (lines.length > maxLines) break;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), withEllipsis(lines[maxLines - 1] ?? '', measure, maxWidth)];
}

/** The line shortened until it and an ellipsis fit, preferably at a word boundary. */
function withEllipsis(line: string, measure: Measure, maxWidth: number): string {
  const chars = [...line.replace(/-$/, '')];
  while (chars.length > 0 && measure.width(`${chars.join('')}${ELLIPSIS}`) > maxWidth) chars.pop();
  let text = chars.join('');
  const cutInWord = text.length < line.length && /\S$/.test(text) && /^\S/.test(line.slice(text.length));
  const space = text.lastIndexOf(' ');
  if (cutInWord && space > text.length / 2) text = text.slice(0, space);
  return `${text.replace(/[\s,;:–—-]+$/u, '')}${ELLIPSIS}`;
}
