import path from 'node:path';
import { readSourceContent, type CollectionName, type SourceEntry } from './source.ts';
import { checkImagePath, validateEntry } from './schema-issues.ts';
import { checkGuids, checkIds, checkReferences, type Checked, type CheckedContent } from './references.ts';
import { checkConsent, checkEditorialGate } from './policy.ts';
import { checkBody, type BodyContext } from './body.ts';
import { checkVideoFiles } from './video-files.ts';
import { checkLengths, checkPlaceholders, refineTagFindings } from './fields.ts';
import { checkText, fieldLocator } from './text.ts';
import { clearFileCache } from './files.ts';
import { checkFiles, encodingFinding, pendingIds, takeInventory } from './inventory.ts';
import { clearImageCache } from './images.ts';
import { KIT_COMPONENTS, type KitComponent } from '../schemas/kit.ts';
import { isOpenJob } from '../lib/publishing.ts';
import { hasConsent } from './policy.ts';
import { checkRedirects } from './redirects.ts';
import { checkLinks, type LinkSource } from './links.ts';
import { newOutline } from './outline.ts';
import { publishedContent } from './published.ts';
import { checkApplyUrls } from './apply.ts';
import { sitePages } from '../lib/routes.ts';
import type { Finding } from './types.ts';
import { checkTranslations } from './translations.ts';
import { valueAt } from '../lib/data-path.ts';
import { effectiveInstant } from '../lib/dates.ts';

export type { Finding } from './types.ts';
export { formatFinding, formatGithub, formatReport, formatSummary } from './format.ts';

export interface CheckResult {
  findings: Finding[];
  errors: number;
  warnings: number;
  files: number;
}

/** Image fields per collection, as data paths. */
const IMAGE_FIELDS: Partial<Record<CollectionName, string[][]>> = {
  posts: [['cover', 'src']],
  people: [['photo', 'src']],
  teams: [['cover', 'src']],
  videos: [['poster', 'src']],
};

/**
 * Validates all content under `contentDir` in one pass and returns every finding,
 * sorted by file and line. Never throws for bad content.
 */
export interface CheckOptions {
  /**
   * The build's "now": whether a job a post teases is open, whether a person's consent
   * already applies. EINBLICK_NOW or the clock by default.
   */
  now?: Date;
  /** The MDX kit (tests pass their own). */
  kit?: Readonly<Record<string, KitComponent>>;
}

export function checkContent(root: string, contentDir: string, options: CheckOptions = {}): CheckResult {
  const now = options.now ?? checkNow();
  clearFileCache();
  clearImageCache();
  const inventory = takeInventory(contentDir);
  const source = readSourceContent(
    root,
    contentDir,
    inventory.map(([relative]) => relative),
  );
  for (const [folder, ids] of pendingIds(inventory)) {
    const known = source.unreadable[folder];
    if (known !== 'all') source.unreadable[folder] = new Set([...(known ?? []), ...ids]);
  }
  // Absolute paths of the files entries use; every other file is reported by checkFiles.
  const used = new Set<string>();
  const findings: Finding[] = source.problems.map((problem) => ({
    severity: 'error',
    file: problem.file,
    line: problem.line,
    column: problem.column,
    field: '',
    rule: problem.rule,
    params: { detail: problem.detail },
  }));
  for (const issue of source.encoding) findings.push(encodingFinding(issue.file, issue.text, issue, true));
  for (const { file, text, frontmatter } of source.texts)
    findings.push(...checkText(file, text, fieldLocator(text, frontmatter)));
  const checked = Object.fromEntries(Object.keys(source.entries).map((name) => [name, []])) as unknown as CheckedContent;
  const schemaFindings: Finding[] = [];
  for (const [collection, entries] of Object.entries(source.entries) as Array<[CollectionName, SourceEntry[]]>) {
    for (const entry of entries) {
      const result = validateEntry(entry);
      schemaFindings.push(...result.findings);
      findings.push(...checkVideoFiles(entry, used));
      for (const field of IMAGE_FIELDS[collection] ?? []) {
        const src = valueAt(entry.data, field);
        if (typeof src === 'string' && src.length > 0) {
          findings.push(...checkImagePath(entry, field, src, used));
        }
      }
      // Entries with schema errors still count for references, so one typo is reported once.
      const data = (result.parsed ?? entry.data) as Record<string, unknown>;
      checked[collection].push({
        source: entry,
        data: typeof data === 'object' && data ? data : {},
        valid: result.parsed !== undefined,
      });
    }
  }
  // Bodies after every entry is validated: a `<Stelle id>` needs the job's parsed dates.
  const bodyContext: BodyContext = {
    root,
    kit: options.kit ?? KIT_COMPONENTS,
    used,
    videoIds: new Set(source.entries.videos.map((video) => video.id)),
    videoByYoutube: new Map(
      source.entries.videos.flatMap((video) => {
        const youtube = (video.data as { youtube?: unknown } | undefined)?.youtube;
        return typeof youtube === 'string' ? [[youtube.trim(), video.id] as [string, string]] : [];
      }),
    ),
    people: new Map(
      checked.people.map((person) => [
        person.source.id,
        { name: String(person.data['name'] ?? person.source.id), consent: hasConsent(person, now) },
      ]),
    ),
    jobs: new Map(
      checked.jobs.map((job) => [
        job.source.id,
        { title: String(job.data['title'] ?? job.source.id), open: jobIsOpen(job, now) },
      ]),
    ),
  };
  const translations = checkTranslations(source.translations, checked);
  findings.push(...translations.findings);
  const linkSources: LinkSource[] = [];
  // A translated body uses the same kit, pictures and people as its original; its links are
  // judged from its own page (`/en/blog/x/`), with the original's date.
  for (const translation of translations.translations) {
    const outline = newOutline();
    findings.push(...checkBody(translation.source, bodyContext, outline));
    const date = translation.original
      ? checked[translation.source.collection].find((entry) => entry.source === translation.original)?.data['date']
      : undefined;
    linkSources.push({
      entry: translation.source,
      outline,
      draft: translation.data?.['draft'] === true,
      ...(date instanceof Date ? { date: effectiveInstant(date) } : {}),
    });
  }
  for (const entries of Object.values(checked)) {
    for (const { source: entry, data } of entries) {
      const outline = newOutline();
      findings.push(...checkBody(entry, bodyContext, outline));
      const date = data['date'];
      linkSources.push({
        entry,
        outline,
        draft: data['draft'] === true,
        ...(date instanceof Date ? { date: effectiveInstant(date) } : {}),
      });
    }
  }
  const baseUrl = checked.site[0]?.data['baseUrl'];
  const site = publishedContent(checked, now, translations.translations);
  findings.push(
    ...checkLinks(linkSources, {
      root,
      contentDir,
      ...site,
      origin: typeof baseUrl === 'string' && URL.canParse(baseUrl) ? new URL(baseUrl).origin : undefined,
    }),
  );
  findings.push(
    ...refineTagFindings(schemaFindings, checked),
    ...checkLengths(checked),
    ...checkPlaceholders(checked),
    ...checkIds(source.entries),
    ...checkReferences(checked, source.unreadable),
    ...checkConsent(checked, now),
    ...checkEditorialGate(checked, now),
    ...checkGuids(checked.posts),
    ...checkRedirects(root, contentDir, checked),
    // After every rule that names files, so `used` is complete.
    ...checkFiles(root, contentDir, inventory, used),
    ...checkApplyUrls(root, checked, sitePages(site.published)),
  );
  findings.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
  );
  const files = new Set([...Object.values(source.entries).flat(), ...source.translations].map((entry) => entry.file)).size;
  return {
    findings,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    files,
  };
}

/** The build's "now" as the check sees it: EINBLICK_NOW, or the clock. */
export function checkNow(): Date {
  const fixed = process.env['EINBLICK_NOW'];
  return fixed ? new Date(fixed) : new Date();
}

/** Whether a build at `now` shows the job (a valid entry that is open and not a draft). */
function jobIsOpen(job: Checked, now: Date): boolean {
  const { datePosted, validThrough, draft } = job.data;
  if (!job.valid || !(datePosted instanceof Date) || !(validThrough instanceof Date)) return false;
  return isOpenJob({ datePosted, validThrough, draft: draft === true }, { now, preview: false });
}

/** Convenience for tests: the project-relative content folder. */
export const defaultContentDir = (root: string) => path.join(root, 'content');
