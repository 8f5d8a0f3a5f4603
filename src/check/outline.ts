import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import type { MdNode } from './mdx-parse.ts';

/**
 * What a body contributes to the site's link graph: the links it holds and the anchors
 * (`id`s) its headings and elements get. body.ts fills one outline per entry while it
 * walks the tree; links.ts judges the links once every outline is known.
 */

/** One link as the author wrote it, with where it stands. */
export interface LinkUse {
  url: string;
  line: number;
  column: number;
  /** `(Text)`, or the kit prop (`<Veranstaltung link>`). */
  field: string;
}

export interface Outline {
  links: LinkUse[];
  anchors: Set<string>;
  /** Astro's heading ids: one slugger per document, so a second „x“ becomes `x-1`. */
  slugger: GithubSlugger;
}

export const newOutline = (): Outline => ({ links: [], anchors: new Set(), slugger: new GithubSlugger() });

/**
 * The text Astro slugs for a Markdown heading: the text of its hast element (text, inline
 * code, emphasis, link text), as @astrojs/markdown-satteri's heading-ids plugin reads it
 * with `github-slugger` (the same package, so the same ids and the same `-1` suffixes).
 */
export function headingText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference') return '';
  return (node.children ?? []).map(headingText).join('');
}

/** A Markdown heading: its id, as the page will have it. */
export function addHeading(outline: Outline, node: MdNode): void {
  outline.anchors.add(outline.slugger.slug(headingText(node)));
}

/** An element the author wrote (JSX in MDX, raw HTML in Markdown): its `id`, and its link. */
export function addElement(
  outline: Outline,
  name: string,
  attributes: ReadonlyMap<string, string | undefined>,
  at: { line: number; column: number },
): void {
  const id = attributes.get('id')?.trim();
  if (id) outline.anchors.add(id);
  const anchorName = name.toLowerCase() === 'a' ? attributes.get('name')?.trim() : undefined;
  if (anchorName) outline.anchors.add(anchorName);
  const href = name.toLowerCase() === 'a' ? attributes.get('href') : undefined;
  if (href !== undefined) outline.links.push({ url: href, ...at, field: '(Text)' });
}

const SOURCE = fileURLToPath(new URL('..', import.meta.url));
// On HTML elements only (lower case): `<Video id="…">` names a video, it makes no anchor.
const LITERAL_ID = /<[a-z][a-z0-9-]*\s[^<>]*?\bid="([^"{}]+)"/g;
const PREFIX_ID = /<[a-z][a-z0-9-]*\s[^<>]*?\bid=\{`([^`$]*)\$\{/g;

/**
 * The anchors the page templates write around the content (`#bewerben` on a job page,
 * `#post-authors` on a post), read from the templates themselves: literal `id="…"` and
 * the fixed start of ``id={`author-${…}`}``. A link to one of them is not the author's
 * mistake; the build's link check sees whether the page really has it.
 */
export function templateAnchors(): { ids: Set<string>; prefixes: string[] } {
  const ids = new Set<string>();
  const prefixes = new Set<string>();
  const visit = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, item.name);
      if (item.isDirectory()) visit(full);
      else if (item.name.endsWith('.astro')) {
        const text = readFileSync(full, 'utf8');
        for (const match of text.matchAll(LITERAL_ID)) ids.add(match[1]!);
        for (const match of text.matchAll(PREFIX_ID)) if (match[1]) prefixes.add(match[1]);
      }
    }
  };
  for (const dir of ['pages', 'components', 'layouts']) visit(path.join(SOURCE, dir));
  return { ids, prefixes: [...prefixes].sort() };
}
