import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, parseDocument, Scalar, YAMLMap, type Document } from 'yaml';
import { slugify } from '../../../../src/lib/slug.ts';
import { ImportError } from '../xml.ts';
import { closestId } from '../text.ts';
import type { WxrAuthor } from './wxr.ts';

/**
 * Who wrote what: WordPress logins are mapped to people in `content/people`, through
 * `--author login=id` or the mapping file `content/import/wordpress.yaml`. A display
 * name identical to a person's name also counts (and is reported). Nobody is invented:
 * an author without a mapping holds back their posts.
 */

export interface WordpressMapping {
  /** WordPress login → person id; an empty value means "not decided yet". */
  authors: Map<string, string>;
  /** Category or tag slug → department id. */
  departments: Map<string, string>;
  document: Document;
}

const HEADER = [
  ' Zuordnung für npm run import:wordpress (README, Abschnitt „WordPress übernehmen“).',
  ' authors: WordPress-Anmeldename → Kennung einer Person aus content/people',
  ' departments: Slug einer Kategorie oder eines Schlagworts → Abteilung aus content/departments.yaml',
].join('\n');

function stringMap(document: Document, key: string, file: string): Map<string, string> {
  const node = document.get(key, true);
  const map = new Map<string, string>();
  if (node === undefined || node === null) return map;
  if (!isMap(node)) throw new ImportError(`„${key}“ muss eine Zuordnung sein (name: kennung)`, file, 1, 1);
  for (const pair of node.items) {
    const name = String((pair.key as Scalar | null)?.value ?? '');
    const value = (pair.value as Scalar | null)?.value;
    map.set(name, value === null || value === undefined ? '' : String(value).trim());
  }
  return map;
}

/** Reads the mapping file, or an empty mapping if there is none. */
export function readWordpressMapping(file: string): WordpressMapping {
  const document = parseDocument(existsSync(file) ? readFileSync(file, 'utf8') : '');
  const error = document.errors[0];
  if (error)
    throw new ImportError(
      `YAML ist nicht lesbar: ${error.message.split('\n')[0]}`,
      file,
      error.linePos?.[0].line,
      error.linePos?.[0].col,
    );
  if (!existsSync(file)) document.commentBefore = HEADER;
  return { authors: stringMap(document, 'authors', file), departments: stringMap(document, 'departments', file), document };
}

export type AuthorResolution =
  | { kind: 'mapped'; id: string; byName: boolean }
  | { kind: 'unmapped'; suggestion: string | undefined }
  | { kind: 'unknown-person'; id: string; suggestion: string | undefined };

/** Maps one WordPress author to a person id. */
export function resolveAuthor(
  author: WxrAuthor,
  options: Record<string, string>,
  mapping: WordpressMapping,
  people: Map<string, string>,
): AuthorResolution {
  const ids = [...people.keys()];
  const chosen = options[author.login] ?? mapping.authors.get(author.login);
  if (chosen) {
    return people.has(chosen)
      ? { kind: 'mapped', id: chosen, byName: false }
      : { kind: 'unknown-person', id: chosen, suggestion: closestId(chosen, ids, slugify) };
  }
  const byName = [...people.entries()].find(([, name]) => name.trim().toLowerCase() === author.displayName.trim().toLowerCase());
  if (byName) return { kind: 'mapped', id: byName[0], byName: true };
  return { kind: 'unmapped', suggestion: closestId(author.displayName, ids, slugify) };
}

/** Adds unmapped logins to the mapping file with an empty value and the author's name, so a person can fill them in. */
export function addUnmappedAuthors(file: string, mapping: WordpressMapping, authors: WxrAuthor[]): boolean {
  let changed = false;
  let node = mapping.document.get('authors', true);
  if (!isMap(node)) {
    node = new YAMLMap();
    mapping.document.set('authors', node);
  }
  for (const author of authors) {
    if ((node as YAMLMap).has(author.login)) continue;
    const value = new Scalar('');
    value.comment = ` ${author.displayName} – Kennung aus content/people eintragen`;
    (node as YAMLMap).set(author.login, value);
    changed = true;
  }
  if (changed) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, String(mapping.document));
  }
  return changed;
}
