/**
 * Where content files live and what ids they get. Pure functions, shared by the
 * content config, the content check and the scaffold.
 */

/** `foo.mdx` → `foo`; `foo/index.mdx` → `foo`; `anna-berger.md` → `anna-berger`. */
export function entryIdFromPath(relativePath: string): string {
  const posix = relativePath.replaceAll('\\', '/');
  return posix.replace(/\/index\.mdx?$/, '').replace(/\.mdx?$/, '');
}

/** The folders under content/ whose files are entries, one file (or post folder) each. */
export type EntryFolder = 'posts' | 'people' | 'teams' | 'videos' | 'jobs';

/**
 * Which files of a folder are entries, as the glob patterns the build's loaders use
 * (src/content.config.ts) and the check lists (src/check/source.ts): one source of truth,
 * so the check never passes a file the build skips, or the reverse.
 */
export const ENTRY_GLOBS: Readonly<Record<EntryFolder, readonly string[]>> = {
  posts: ['*.mdx', '*/index.mdx'],
  people: ['*.md'],
  teams: ['*.md'],
  videos: ['*.md'],
  jobs: ['*.md'],
};

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/**
 * One glob of ENTRY_GLOBS as a regular expression, with the glob loader's semantics
 * (tinyglobby's defaults): `*` stays within one folder, case matters, and a name
 * starting with a dot is hidden, i.e. never matched by `*`.
 */
const globToRegExp = (glob: string) =>
  new RegExp(
    `^${glob
      .split('/')
      .map((segment) => `${segment.startsWith('*') ? '(?!\\.)' : ''}${segment.split('*').map(escapeRegExp).join('[^/]*')}`)
      .join('/')}$`,
  );

const ENTRY_PATTERNS = Object.fromEntries(
  Object.entries(ENTRY_GLOBS).map(([folder, globs]) => [folder, globs.map(globToRegExp)]),
) as Record<EntryFolder, RegExp[]>;

/** Whether `relativePath` (below the collection's folder, with `/`) is a file the build loads as an entry. */
export const isEntryPath = (folder: EntryFolder, relativePath: string): boolean =>
  ENTRY_PATTERNS[folder].some((pattern) => pattern.test(relativePath));
