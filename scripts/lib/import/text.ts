import { load } from 'cheerio';

/** Small text helpers shared by both importers. */

/**
 * Plain text of an HTML snippet: tags dropped, entities decoded (`&#8222;` → „,
 * `&amp;amp;` as WordPress sometimes double-encodes → &), whitespace collapsed.
 */
export function plainText(html: string): string {
  let text = load(`<div>${html}</div>`, null, false).root().text();
  // A second pass decodes what was encoded twice; plain text without `&` is unchanged.
  if (/&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(text))
    text = load(`<div>${text.replace(/</g, '&lt;')}</div>`, null, false)
      .root()
      .text();
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts a teaser at a word boundary to at most `max` characters, ending in „…“. */
export function teaser(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** Edit distance between two strings (for "did you mean" suggestions). */
export function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The closest known id to a value (compared as slugs), if any is reasonably close. */
export function closestId(value: string, ids: readonly string[], slug: (text: string) => string): string | undefined {
  const wanted = slug(value);
  let best: { id: string; score: number } | undefined;
  for (const id of ids) {
    // A known id contained in the value ("Nordwerk Halle 2" → nordwerk) is a strong hint.
    const score = wanted.includes(id) || id.includes(wanted) ? 0 : distance(wanted, id) / Math.max(wanted.length, id.length);
    if (!best || score < best.score) best = { id, score };
  }
  return best && best.score <= 0.6 ? best.id : undefined;
}

/** A YAML scalar for a string: JSON's double-quoted form is valid YAML 1.2. */
export const yamlString = (value: string) => JSON.stringify(value);
