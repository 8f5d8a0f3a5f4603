import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '../../../../src/lib/slug.ts';
import type { ImportReport } from '../report.ts';
import { plainText } from '../text.ts';
import { resolveAuthor, type WordpressMapping } from './authors.ts';
import { isImportOf, oldPathOf } from './convert.ts';
import type { WxrAuthor, WxrItem } from './wxr.ts';

/**
 * Decisions made before any post is converted: who wrote each post (and which posts
 * must wait for an author mapping), and which file each post gets.
 */

const subjectOf = (post: WxrItem) => `${plainText(post.title)} (WordPress ${post.id})`;

/** The post's file if it exists: `<slug>.mdx` or `<slug>/index.mdx`. */
export function existingFile(postsDir: string, slug: string): string | undefined {
  return [path.join(postsDir, `${slug}.mdx`), path.join(postsDir, slug, 'index.mdx')].find((file) => existsSync(file));
}

/**
 * Maps every post's author to a person. Posts whose author has no mapping, or a
 * mapping to nobody, are held back (reported); nobody is made up.
 */
export function mapAuthors(
  posts: readonly WxrItem[],
  authors: ReadonlyMap<string, WxrAuthor>,
  options: Record<string, string>,
  mapping: WordpressMapping,
  people: Map<string, string>,
  report: ImportReport,
): { authorIds: Map<string, string>; heldIds: Set<string>; unmapped: WxrAuthor[] } {
  const authorIds = new Map<string, string>();
  const heldIds = new Set<string>();
  const unmapped: WxrAuthor[] = [];
  for (const login of new Set(posts.map((post) => post.creator))) {
    const author = authors.get(login) ?? { login, displayName: login };
    const resolution = resolveAuthor(author, options, mapping, people);
    if (resolution.kind === 'mapped') {
      authorIds.set(login, resolution.id);
      if (resolution.byName) {
        report.todo.push({ subject: author.displayName, code: 'author-by-name', detail: login, suggestion: resolution.id });
      }
      continue;
    }
    if (resolution.kind === 'unmapped') unmapped.push(author);
    const named = slugify(author.displayName);
    for (const post of posts.filter((candidate) => candidate.creator === login)) {
      heldIds.add(post.id);
      report.held.push(
        resolution.kind === 'unmapped'
          ? {
              subject: subjectOf(post),
              code: 'author-unmapped',
              detail: `${author.displayName} (${login})`,
              suggestion: `${login}=${people.has(named) ? named : '<kennung>'}`,
              line: post.line,
            }
          : {
              subject: subjectOf(post),
              code: 'author-unknown-person',
              detail: `${login}: ${resolution.id}`,
              suggestion: resolution.suggestion ? ` → meinten Sie „${resolution.suggestion}“?` : '',
              line: post.line,
            },
      );
    }
  }
  return { authorIds, heldIds, unmapped };
}

/**
 * A slug per post, in export order, so they never depend on what else is held back.
 * A post keeps the slug the redirects file recorded for its old address; a new one gets
 * the WordPress slug, percent-decoded and transliterated, numbered if the file is taken.
 */
export function assignSlugs(
  posts: readonly WxrItem[],
  siteUrl: string,
  postsDir: string,
  registry: ReadonlyMap<string, string>,
  report: ImportReport,
): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const post of posts) {
    const oldPath = oldPathOf(post.link, siteUrl);
    const registered = oldPath ? /^\/blog\/([a-z0-9-]+)\/$/.exec(registry.get(oldPath) ?? '')?.[1] : undefined;
    let decoded = post.postName;
    try {
      decoded = decodeURIComponent(post.postName);
    } catch {
      // A broken escape stays as it is; slugify makes it safe.
    }
    // A file under that slug that this importer did not write for this post is never touched.
    const foreign = (slug: string) => {
      const file = existingFile(postsDir, slug);
      return file !== undefined && !isImportOf(readFileSync(file, 'utf8'), post.id);
    };
    const base =
      registered && !foreign(registered) ? registered : slugify(decoded || plainText(post.title), `beitrag-${post.id}`);
    let slug = base;
    for (let counter = 2; taken.has(slug) || foreign(slug); counter++) slug = `${base}-${counter}`;
    if (slug !== base) report.todo.push({ subject: subjectOf(post), code: 'slug-taken', detail: base, suggestion: slug });
    taken.add(slug);
    slugs.set(post.id, slug);
  }
  return slugs;
}
