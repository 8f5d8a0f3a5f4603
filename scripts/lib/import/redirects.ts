import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { normalizeRedirectPath, parseRedirects, withSlash } from '../../../src/lib/redirects.ts';
import { writeIfChanged } from './content.ts';

/**
 * The importer's side of `content/redirects.yaml`: it doubles as the record of which
 * old address became which post, so a second import reuses the same slugs. Entries
 * written by hand are kept, with their comments.
 */

const HEADER = [
  ' Weiterleitungen von alten Adressen (z. B. des früheren WordPress-Blogs) auf Seiten dieser Website.',
  ' Geschrieben von npm run import:wordpress, von Hand ergänzbar: from ist der alte Pfad, to die neue Adresse.',
  ' Der Build erzeugt daraus Weiterleitungsseiten und die Datei _redirects (Netlify, Cloudflare Pages).',
].join('\n');

const fileOf = (contentDir: string) => path.join(contentDir, 'redirects.yaml');

/** Old path (decoded, with trailing slash) → target, from the redirects file. */
export function readRedirectRegistry(contentDir: string): Map<string, string> {
  const file = fileOf(contentDir);
  if (!existsSync(file)) return new Map();
  const document = parseDocument(readFileSync(file, 'utf8'));
  if (document.errors.length) return new Map();
  return new Map(parseRedirects(document.toJS() as unknown).redirects.map(({ from, to }) => [withSlash(from), to]));
}

/**
 * Adds redirects for old paths the file does not have yet; existing entries and
 * comments are kept. Returns whether the file changed, or `invalid` for a file that is
 * not a YAML list: that one is left alone (the content check reports where it breaks).
 */
export function saveRedirects(contentDir: string, redirects: ReadonlyArray<{ from: string; to: string }>): boolean | 'invalid' {
  const file = fileOf(contentDir);
  const document = parseDocument(existsSync(file) ? readFileSync(file, 'utf8') : '');
  if (document.errors.length || (document.contents !== null && !isSeq(document.contents))) return 'invalid';
  if (!isSeq(document.contents)) {
    document.contents = document.createNode([]) as never;
    document.commentBefore = HEADER;
  }
  const list = document.contents as unknown as YAMLSeq;
  const keyOf = (value: unknown) => withSlash(normalizeRedirectPath(String(value)) ?? String(value));
  const known = new Set(
    list.items.flatMap((item) => {
      const from = (item as { get?: (key: string) => unknown }).get?.('from');
      return typeof from === 'string' ? [keyOf(from)] : [];
    }),
  );
  // Existing entries stay as they are, also when someone changed their target by hand.
  for (const redirect of redirects) {
    if (known.has(keyOf(redirect.from))) continue;
    known.add(keyOf(redirect.from));
    list.add(document.createNode({ from: redirect.from, to: redirect.to }));
  }
  return writeIfChanged(file, String(document));
}
