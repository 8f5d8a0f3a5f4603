import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { paths } from '../../../../src/lib/urls.ts';
import { readKnownContent, relative, writeIfChanged } from '../content.ts';
import { emptyReport, type ImportReport } from '../report.ts';
import { readRedirectRegistry, saveRedirects } from '../redirects.ts';
import { addUnmappedAuthors, readWordpressMapping } from './authors.ts';
import { assignSlugs, existingFile, mapAuthors } from './plan.ts';
import { convertPost, oldPathOf } from './convert.ts';
import { attachmentsOf, MediaLocator } from './media.ts';
import { parseWxr, type WxrItem } from './wxr.ts';
import { plainText } from '../text.ts';
import { ImportError } from '../xml.ts';

/**
 * `npm run import:wordpress`: a WXR export → draft MDX posts in `content/posts/`, their
 * images copied from the uploads folder, and redirects from the old addresses in
 * `content/redirects.yaml`. Existing files are never overwritten without `force`, so
 * importing the same export twice changes nothing.
 */

export interface WordpressOptions {
  /** Project root, for relative paths in the report. */
  root: string;
  contentDir: string;
  exportFile: string;
  /** A copy of `wp-content/uploads`; without it no image can be copied. */
  uploadsDir?: string;
  /** `--author login=id` options. */
  authors?: Record<string, string>;
  /** Defaults to `<content>/import/wordpress.yaml`. */
  mappingFile?: string;
  force?: boolean;
  dryRun?: boolean;
}

/** How the site shows a tag without a label in site.yaml (see src/data/model.ts): words capitalised. */
const defaultTagLabel = (id: string) =>
  id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

const IMPORTED_STATUSES = new Set(['publish', 'future']);

/** Why an item is not imported, or undefined if it is a post to import. */
function skipReason(item: WxrItem): { code: string; detail?: string } | undefined {
  if (item.type === 'page') return { code: 'type-page' };
  if (item.type !== 'post') return undefined;
  if (item.password) return { code: 'password' };
  if (IMPORTED_STATUSES.has(item.status)) return undefined;
  const known = ['draft', 'pending', 'private', 'trash'];
  return known.includes(item.status) ? { code: `status-${item.status}` } : { code: 'status-other', detail: item.status };
}

export function importWordpress(options: WordpressOptions): ImportReport {
  const report = emptyReport();
  if (!existsSync(options.exportFile))
    throw new ImportError('Die Exportdatei gibt es nicht.', relative(options.root, options.exportFile));
  if (options.uploadsDir && !existsSync(options.uploadsDir)) {
    throw new ImportError(
      'Den Upload-Ordner gibt es nicht (eine Kopie von wp-content/uploads).',
      relative(options.root, options.uploadsDir),
    );
  }
  const wxr = parseWxr(readFileSync(options.exportFile, 'utf8'), relative(options.root, options.exportFile));
  const known = readKnownContent(options.contentDir);
  const mappingFile = options.mappingFile ?? path.join(options.contentDir, 'import', 'wordpress.yaml');
  const mapping = readWordpressMapping(mappingFile);
  const postsDir = path.join(options.contentDir, 'posts');

  const posts: WxrItem[] = [];
  let attachmentCount = 0;
  let comments = 0;
  let other = 0;
  for (const item of wxr.items) {
    comments += item.comments;
    const subject = `${plainText(item.title) || '(ohne Titel)'} (WordPress ${item.id})`;
    const skip = skipReason(item);
    if (skip) report.skipped.push({ subject, line: item.line, ...skip });
    else if (item.type === 'post') posts.push(item);
    else if (item.type === 'attachment') attachmentCount++;
    else other++;
  }

  const { authorIds, heldIds, unmapped } = mapAuthors(posts, wxr.authors, options.authors ?? {}, mapping, known.people, report);
  if (unmapped.length && !options.dryRun && addUnmappedAuthors(mappingFile, mapping, unmapped)) {
    report.notes.push(`${relative(options.root, mappingFile)} um ${unmapped.length} offene Autorenzuordnung(en) ergänzt.`);
  }
  const slugs = assignSlugs(posts, wxr.siteUrl, postsDir, readRedirectRegistry(options.contentDir), report);
  const links = new Map<string, string>();
  for (const post of posts) {
    const oldPath = oldPathOf(post.link, wxr.siteUrl);
    if (oldPath) links.set(oldPath, paths.post(slugs.get(post.id)!));
  }

  const attachments = attachmentsOf(wxr.items);
  const locator = new MediaLocator(options.uploadsDir, attachments, wxr.siteUrl);
  const byParent = [...attachments.values()];
  const blocks = new Map(wxr.items.filter((item) => item.type === 'wp_block').map((item) => [item.id, item.content]));
  const departments = new Map([...known.departments.keys()].map((id) => [id, id]));
  for (const [key, id] of mapping.departments) if (id) departments.set(key, id);
  const redirects: Array<{ from: string; to: string }> = [];
  const newTags = new Map<string, string>();

  for (const post of posts) {
    if (heldIds.has(post.id)) continue;
    const slug = slugs.get(post.id)!;
    const existing = existingFile(postsDir, slug);
    const oldPath = oldPathOf(post.link, wxr.siteUrl);
    if (oldPath) redirects.push({ from: oldPath, to: paths.post(slug) });
    if (existing && !options.force) {
      report.unchanged.push(relative(options.root, existing));
      continue;
    }
    const converted = convertPost(post, [authorIds.get(post.creator)!], {
      locator,
      links,
      siteUrl: wxr.siteUrl,
      departments,
      videos: known.videos,
      blocks,
      attachmentsOf: (id) =>
        byParent.filter((attachment) => attachment.parent === id).map(({ id: attachmentId, url }) => ({ id: attachmentId, url })),
    });
    const folder = converted.assets.length > 0;
    const file = folder ? path.join(postsDir, slug, 'index.mdx') : path.join(postsDir, `${slug}.mdx`);
    for (const tag of converted.tags)
      if (tag.name !== defaultTagLabel(tag.id) && !known.tagLabels[tag.id]) newTags.set(tag.id, tag.name);
    report.todo.push(...converted.todo.map((entry) => ({ ...entry, file: relative(options.root, file) })));
    if (options.dryRun) {
      report.written.push(relative(options.root, file));
      continue;
    }
    // With --force a post that gained or lost images moves between `x.mdx` and `x/index.mdx`.
    if (existing && existing !== file) rmSync(existing);
    let changed = writeIfChanged(file, converted.text);
    for (const [source, name] of converted.assets)
      changed = writeIfChanged(path.join(postsDir, slug, name), readFileSync(source)) || changed;
    (changed ? report.written : report.unchanged).push(relative(options.root, file));
  }

  const redirectsFile = relative(options.root, path.join(options.contentDir, 'redirects.yaml'));
  const saved = redirects.length && !options.dryRun ? saveRedirects(options.contentDir, redirects) : false;
  if (saved === 'invalid')
    report.notes.push(
      `${redirectsFile} ist keine lesbare Liste – Weiterleitungen nicht gespeichert; npm run check zeigt die Stelle.`,
    );
  else if (saved) report.notes.push(`${redirectsFile}: Weiterleitungen von den alten Adressen ergänzt.`);
  if (report.written.length) {
    report.notes.push(
      'Importierte Beiträge sind Entwürfe (draft: true). Vor dem Veröffentlichen: lesen, review.proofreadBy und review.privacyClearedOn eintragen, draft: false setzen, npm run check.',
    );
  }
  if (newTags.size) {
    report.notes.push(
      `Schlagwörter, deren Schreibweise die Kennung nicht trägt – für site.yaml → tagLabels:\n${[...newTags].map(([id, name]) => `  ${id}: ${JSON.stringify(name)}`).join('\n')}`,
    );
  }
  report.notes.push(
    `Nicht übernommen: ${attachmentCount} Anhänge (nur ihre Bilder), ${comments} Kommentare (personenbezogene Daten), ${other} sonstige Einträge (Menüs, Blöcke).`,
  );
  return report;
}
