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
/**
 * The languages a translation can be written in, as the two letters before the file's
 * extension: `vom-azubi.en.mdx` is the English version of `vom-azubi.mdx`. German, the
 * site's default language, is the original and has no suffix.
 */
export const TRANSLATION_LANGS = ['en'] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

/** One value per entry folder. */
function byFolder<T>(make: (folder: EntryFolder) => T): Record<EntryFolder, T> {
  return { posts: make('posts'), people: make('people'), teams: make('teams'), videos: make('videos'), jobs: make('jobs') };
}

/** The file names of one folder's entries, as globs; `lang` gives the translations' names. */
const namesOf = (folder: EntryFolder, lang = ''): string[] => {
  const suffix = lang ? `.${lang}` : '';
  return folder === 'posts' ? [`*${suffix}.mdx`, `*/index${suffix}.mdx`] : [`*${suffix}.md`];
};

/**
 * Which files of a folder are entries, as the glob patterns the build's loaders use
 * (src/content.config.ts) and the check lists (src/check/source.ts): one source of truth,
 * so the check never passes a file the build skips, or the reverse. A translation
 * (`*.en.mdx`) is not an entry of its own: the `!` patterns leave it to TRANSLATION_GLOBS.
 */
export const ENTRY_GLOBS: Readonly<Record<EntryFolder, readonly string[]>> = byFolder((folder) => [
  ...namesOf(folder),
  ...TRANSLATION_LANGS.flatMap((lang) => namesOf(folder, lang).map((glob) => `!${glob}`)),
]);

/** Which files of a folder are translations of its entries (`<id>.en.md`, `<slug>/index.en.mdx`). */
export const TRANSLATION_GLOBS: Readonly<Record<EntryFolder, readonly string[]>> = byFolder((folder) =>
  TRANSLATION_LANGS.flatMap((lang) => namesOf(folder, lang)),
);

/**
 * A translation's original and language: `foo.en.mdx` and `foo/index.en.mdx` → `foo`, `en`.
 * Its id in a translation collection is `en/foo`.
 */
export function translationFromPath(relativePath: string): { id: string; lang: TranslationLang } | undefined {
  const posix = relativePath.replaceAll('\\', '/');
  const match = /^(.*?)(?:\/index)?\.([a-z]{2})\.mdx?$/.exec(posix);
  const lang = TRANSLATION_LANGS.find((each) => each === match?.[2]);
  return match && lang ? { id: match[1]!, lang } : undefined;
}

/** The id a translation gets in its collection (`en/foo`): unique per language. */
export const translationId = (lang: string, id: string) => `${lang}/${id}`;

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

/** A folder's globs as patterns: a path matches one of `include` and none of `exclude` (`!…`). */
const patternsOf = (globs: Readonly<Record<EntryFolder, readonly string[]>>) =>
  Object.fromEntries(
    Object.entries(globs).map(([folder, list]) => [
      folder,
      {
        include: list.filter((glob) => !glob.startsWith('!')).map(globToRegExp),
        exclude: list.filter((glob) => glob.startsWith('!')).map((glob) => globToRegExp(glob.slice(1))),
      },
    ]),
  ) as Record<EntryFolder, { include: RegExp[]; exclude: RegExp[] }>;

const matches = (patterns: { include: RegExp[]; exclude: RegExp[] }, relativePath: string) =>
  patterns.include.some((pattern) => pattern.test(relativePath)) &&
  !patterns.exclude.some((pattern) => pattern.test(relativePath));

const ENTRY_PATTERNS = patternsOf(ENTRY_GLOBS);
const TRANSLATION_PATTERNS = patternsOf(TRANSLATION_GLOBS);

/** Whether `relativePath` (below the collection's folder, with `/`) is a file the build loads as an entry. */
export const isEntryPath = (folder: EntryFolder, relativePath: string): boolean => matches(ENTRY_PATTERNS[folder], relativePath);

/** Whether `relativePath` (below the collection's folder) is a translation the build loads. */
export const isTranslationPath = (folder: EntryFolder, relativePath: string): boolean =>
  matches(TRANSLATION_PATTERNS[folder], relativePath);
