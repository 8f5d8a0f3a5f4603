import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * Content files must be UTF-8. An office editor on Windows saves Windows-1252 instead:
 * Astro then reads „Müller“ as „M�ller“ (a person page) or fails with an unrelated error
 * (a post). The check reads every text file as bytes, decodes them strictly, and where
 * that fails reports the first bad byte and goes on with the text as Windows-1252 (what
 * such a file almost always is), so the other rules still see the author's words.
 */

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const WINDOWS_1252 = new TextDecoder('windows-1252');

/** Where a file stops being UTF-8, as the author's editor shows it (opened as Windows-1252). */
export interface EncodingIssue {
  /** 1-based line and column of the first byte that is not UTF-8. */
  line: number;
  column: number;
  /** The word around that byte, read as Windows-1252, e.g. `Müller`. */
  word: string;
}

export interface ContentText {
  /** The text: UTF-8 as stored, or, when the bytes are not UTF-8, read as Windows-1252. */
  text: string;
  /** Set when the bytes are not UTF-8. */
  issue?: EncodingIssue;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    // Unicode's table of well-formed sequences: the allowed range of the second byte
    // depends on the first (no overlong forms, no surrogates, nothing above U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += length;
  }
  return -1;
}

/** Decodes a content file's bytes; never throws. */
export function decodeContent(bytes: Uint8Array): ContentText {
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    const text = WINDOWS_1252.decode(bytes);
    const offset = Math.max(0, firstInvalidByte(bytes));
    // Windows-1252 has one character per byte, so byte offsets are text offsets.
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const line = text.slice(0, lineStart).split('\n').length;
    const lineEnd = text.indexOf('\n', offset);
    const lineText = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
    const at = offset - lineStart;
    // The bad character itself (perhaps a „ or –) and the letters around it.
    const before = /[^\s"'„“”«»()[\]{}<>:,;]*$/.exec(lineText.slice(0, at))?.[0] ?? '';
    const after = /^[^\s"'„“”«»()[\]{}<>:,;]*/.exec(lineText.slice(at + 1))?.[0] ?? '';
    const word = `${before}${lineText.slice(at, at + 1)}${after}`.trim();
    return {
      text,
      issue: { line, column: at + 1, word: word.length > 40 ? `${word.slice(0, 39)}…` : word },
    };
  }
}

/** Reads a content text file as bytes and decodes it (see decodeContent). */
export const readContentText = (absolutePath: string): ContentText => decodeContent(readFileSync(absolutePath));

/**
 * Re-saves a file that is not UTF-8 as UTF-8, reading it as Windows-1252; returns true
 * when it did. A file that is already UTF-8 is never touched. Atomic, like fixFile.
 */
export function fixEncoding(absolutePath: string): boolean {
  const bytes = readFileSync(absolutePath);
  const { text, issue } = decodeContent(bytes);
  if (!issue) return false;
  const temporary = `${absolutePath}.einblick-fix`;
  writeFileSync(temporary, text);
  renameSync(temporary, absolutePath);
  return true;
}
