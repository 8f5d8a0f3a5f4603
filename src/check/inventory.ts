import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ENTRY_GLOBS, entryIdFromPath, isEntryPath, isTranslationPath, type EntryFolder } from '../lib/paths.ts';
import { slugify } from '../lib/slug.ts';
import { readContentText } from './encoding.ts';
import { lookUp } from './files.ts';
import { fieldLocator } from './text.ts';
import type { Finding } from './types.ts';

/**
 * Every file in the content folder is an entry, a data file, an asset an entry uses, or a
 * finding: nothing is skipped without a word. The build's loaders take only the files
 * ENTRY_GLOBS names; a post in the wrong folder or a profile saved as `.MD` would simply
 * be missing from the site, so the check names each such file and what to rename it to.
 */

const FOLDERS = Object.keys(ENTRY_GLOBS) as EntryFolder[];

/** Files read by the check (the first three), by the redirects or by an importer. */
const DATA_FILES = [
  'site.yaml',
  'departments.yaml',
  'locations.yaml',
  'redirects.yaml',
  'import/personio.yaml',
  'import/wordpress.yaml',
];
/** Read by src/check/source.ts itself, which reports their encoding. */
const READ_BY_SOURCE = new Set(DATA_FILES.slice(0, 3));

/** Git's placeholders: they keep an empty folder and are meant to be there. */
const KEPT = new Set(['.gitkeep', '.gitignore']);
/**
 * What operating systems and office programs leave behind: Finder's `.DS_Store` and `._`
 * copies, Windows' thumbnail caches and `desktop.ini`, Office's `~$` and LibreOffice's
 * `.~lock.…#` lock files (the document is still open), editors' `…~` backups.
 */
const JUNK = /^(?:\.DS_Store|\._.*|Thumbs\.db|ehthumbs\.db|desktop\.ini|~\$.*|\.~lock\..*#|.*~)$/i;
/** A Markdown file by name, whatever its case, with a `.txt` some editors append. */
const MARKDOWN_LIKE = /^(.+?)\.(?:mdx?|markdown|mdown|mkdn?|mkd)(?:\.txt)?$/i;
/** Text files whose encoding matters. */
const TEXT = /\.(?:mdx?|markdown|mdown|mkdn?|mkd|ya?ml|vtt|txt)$/i;

/** What a file of the content folder is. */
export type FileRole =
  | { role: 'entry'; folder: EntryFolder }
  /** `<id>.en.md` beside its original: read and judged by src/check/translations.ts. */
  | { role: 'translation'; folder: EntryFolder }
  | { role: 'data' }
  | { role: 'kept' }
  | { role: 'junk' }
  /** An entry or data file under a name the build does not load; `target` is the right one. */
  | { role: 'misnamed'; target: string }
  /** Anything else: an asset when an entry names it, otherwise unused. */
  | { role: 'other' };

/**
 * Every file below `contentDir`, relative to it with `/`, sorted. Git's own folder is
 * skipped; linked folders are followed (as the build's glob loader does), except into a
 * folder that contains the link, which would never end.
 */
export function listContentFiles(contentDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string, ancestors: ReadonlySet<string>) => {
    let names;
    let real;
    try {
      real = realpathSync(dir);
      names = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (ancestors.has(real)) return;
    const inside = new Set(ancestors).add(real);
    for (const entry of names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && isFolder(full))) {
        if (entry.name !== '.git') walk(full, `${prefix}${entry.name}/`, inside);
      } else out.push(`${prefix}${entry.name}`);
    }
  };
  walk(contentDir, '', new Set());
  return out;
}

const isFolder = (target: string) => {
  try {
    return statSync(target).isDirectory();
  } catch {
    return false;
  }
};

/** A data file's name written differently: `Site.yaml`, `site.yml`. */
const dataTwin = (relative: string) => {
  const normal = relative.toLowerCase().replace(/\.yml$/, '.yaml');
  return DATA_FILES.find((file) => file === normal);
};

/**
 * Where a misnamed post belongs (`inner` is its path below posts/, in parts): an `index`
 * file stays its folder's index.mdx; the only text in a folder named like a post (not a
 * year) becomes that folder's index.mdx; anything else a post file of its own name.
 */
function postTarget(top: string, inner: string[], stem: string, all: ReadonlySet<string>): string {
  const parent = inner.at(-2);
  const folder = parent === undefined ? '' : slugify(parent, '');
  if (folder && slugify(stem) === 'index') return `posts/${folder}/index.mdx`;
  if (inner.length === 2 && /[a-z]/.test(folder) && !all.has(`${top}/${parent}/index.mdx`)) {
    const texts = [...all].filter((other) => other.startsWith(`${top}/${parent}/`) && other.split('/').length === 3);
    if (texts.filter((other) => MARKDOWN_LIKE.test(other)).length === 1) return `posts/${folder}/index.mdx`;
  }
  return `posts/${slugify(stem)}.mdx`;
}

/** Classifies one file (relative to the content folder) among `all` files of the folder. */
export function classifyFile(relative: string, all: ReadonlySet<string>): FileRole {
  const name = relative.slice(relative.lastIndexOf('/') + 1);
  if (KEPT.has(name)) return { role: 'kept' };
  if (JUNK.test(name)) return { role: 'junk' };
  if (DATA_FILES.includes(relative)) return { role: 'data' };
  const twin = dataTwin(relative);
  if (twin) return { role: 'misnamed', target: twin };
  const [top = '', ...inner] = relative.split('/');
  const folder = FOLDERS.find((each) => each === top.toLowerCase());
  if (!folder || inner.length === 0) return { role: 'other' };
  if (folder === top && isEntryPath(folder, inner.join('/'))) return { role: 'entry', folder };
  if (folder === top && isTranslationPath(folder, inner.join('/'))) return { role: 'translation', folder };
  const markdown = MARKDOWN_LIKE.exec(name);
  if (!markdown) return { role: 'other' };
  const stem = markdown[1]!;
  return { role: 'misnamed', target: folder === 'posts' ? postTarget(top, inner, stem, all) : `${folder}/${slugify(stem)}.md` };
}

/** Every file of the content folder with its role, in the listing's order. */
export type Inventory = ReadonlyArray<readonly [relative: string, role: FileRole]>;

/** Lists and classifies the content folder once per check. */
export function takeInventory(contentDir: string): Inventory {
  const files = listContentFiles(contentDir);
  const all = new Set(files);
  return files.map((relative) => [relative, classifyFile(relative, all)] as const);
}

/**
 * The ids misnamed entry files get once renamed, per folder: references to them are not
 * reported as well, the file's own finding names the cause (like an unreadable entry).
 */
export function pendingIds(inventory: Inventory): Map<EntryFolder, Set<string>> {
  const ids = new Map<EntryFolder, Set<string>>();
  for (const [, role] of inventory) {
    if (role.role !== 'misnamed') continue;
    const [folder, ...rest] = role.target.split('/');
    if (!FOLDERS.includes(folder as EntryFolder)) continue;
    ids.set(folder as EntryFolder, (ids.get(folder as EntryFolder) ?? new Set()).add(entryIdFromPath(rest.join('/'))));
  }
  return ids;
}

/** The relative path of a file an entry uses, as spelt on disk, added to `used` (absolute). */
export function useFile(used: Set<string> | undefined, baseDir: string, relative: string): void {
  if (!used) return;
  const found = lookUp(baseDir, relative);
  if (found.exists) used.add(path.resolve(baseDir, relative));
  else if (found.caseTwin) used.add(path.resolve(baseDir, found.caseTwin));
}

/**
 * Findings for the files themselves: misnamed entries, OS and office junk, files no entry
 * uses, and text files that are not UTF-8 (those src/check/source.ts does not read).
 * `used` holds the absolute paths of every file an entry names.
 */
export function checkFiles(root: string, contentDir: string, roles: Inventory, used: ReadonlySet<string>): Finding[] {
  const all = new Set(roles.map(([relative]) => relative));
  const shown = (relative: string) => path.relative(root, path.join(contentDir, relative)).split(path.sep).join('/');
  // Pictures in the folder of a misnamed post (posts/2025/…) probably belong to it; they are
  // judged once it is renamed. A collection's own folder (people/) holds everyone's files.
  const pending = new Set(
    roles
      .filter(([relative, role]) => role.role === 'misnamed' && relative.split('/').length > 2)
      .map(([relative]) => path.posix.dirname(relative)),
  );
  const findings: Finding[] = [];
  const report = (relative: string, rule: string, severity: Finding['severity'], params: Finding['params']) =>
    findings.push({ severity, file: shown(relative), line: 1, column: 1, field: '(Dateiname)', rule, params });
  for (const [relative, role] of roles) {
    const absolute = path.resolve(contentDir, relative);
    if (role.role === 'misnamed') {
      report(relative, 'file-name', 'error', {
        value: relative,
        target: shown(role.target),
        taken: all.has(role.target) ? 1 : 0,
      });
    } else if (role.role === 'junk') report(relative, 'file-junk', 'warning', { value: relative });
    else if (role.role === 'other' && !used.has(absolute) && !pending.has(path.posix.dirname(relative))) {
      report(relative, 'file-unused', 'warning', { value: relative });
    }
    const readHere =
      role.role !== 'entry' && role.role !== 'translation' && role.role !== 'junk' && !READ_BY_SOURCE.has(relative);
    if (readHere && TEXT.test(relative)) {
      const { text, issue } = readContentText(absolute);
      if (issue) findings.push(encodingFinding(shown(relative), text, issue, /\.(?:ya?ml|mdx?|markdown)$/i.test(relative)));
    }
  }
  return findings;
}

/** The finding for a text file that is not UTF-8, at its first bad byte. */
export function encodingFinding(
  file: string,
  text: string,
  issue: { line: number; column: number; word: string },
  fields: boolean,
): Finding {
  const field = fields ? fieldLocator(text, !/\.ya?ml$/i.test(file))(issue.line) : '(Text)';
  return {
    severity: 'error',
    file,
    line: issue.line,
    column: issue.column,
    field,
    rule: 'not-utf8',
    params: { value: issue.word },
  };
}
