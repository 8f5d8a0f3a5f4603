/**
 * Words a reader reads in an MDX body, for the reading time and `wordCount`: the text,
 * including what the MDX kit's components wrap, and the kit's visible text props (a
 * step's `titel`, a picture's `unterschrift`, a quote's `quelle`, an event's `name` and
 * `ort`). Import and export lines, tags and expressions are left out.
 */
const READABLE_PROPS = /\b(?:titel|unterschrift|quelle|name|ort)\s*=\s*(["'])(.*?)\1/g;

export function readingWords(body: string): number {
  return body
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<[^>]+>/g, (tag) => ` ${[...tag.matchAll(READABLE_PROPS)].map((match) => match[2]).join(' ')} `)
    .replace(/\{[^}]*\}/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
