import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { jobSchema } from '../../../../src/schemas/jobs.ts';
import { readKnownContent, relative, splitFrontmatter, writeIfChanged } from '../content.ts';
import { berlinDay } from '../dates.ts';
import { emptyReport, type ImportReport } from '../report.ts';
import { convertPosition, jobSlug } from './convert.ts';
import { parsePersonioFeed } from './feed.ts';
import { readPersonioMapping } from './mapping.ts';
import { ImportError } from '../xml.ts';

/**
 * `npm run import:personio`: a Personio XML feed → `content/jobs/*.md`. A job is
 * matched by its Personio id, so importing again updates the same file (its name never
 * changes, so its address stays); jobs that left the feed are deleted and listed. Jobs
 * written by hand (without `personioId`) are never touched.
 */

export interface PersonioOptions {
  root: string;
  contentDir: string;
  feedFile: string;
  /** Defaults to `<content>/import/personio.yaml`. */
  mappingFile?: string;
  /** Today in Berlin (`YYYY-MM-DD`), for `validThrough`; defaults to the real today. */
  today?: string;
  dryRun?: boolean;
}

/** Fields that come from the feed: on an update they are replaced, and removed when the feed drops them. */
const FEED_FIELDS = [
  'title',
  'department',
  'locations',
  'employmentType',
  'datePosted',
  'personioId',
  'seniority',
  'yearsOfExperience',
  'keywords',
  'occupation',
];

interface ExistingJob {
  file: string;
  yaml: string;
  data: Record<string, unknown>;
}

/** Imported jobs already in the content folder, by Personio id, and every file name in use. */
function existingJobs(jobsDir: string): { byId: Map<string, ExistingJob>; names: Set<string> } {
  const byId = new Map<string, ExistingJob>();
  const names = new Set<string>();
  if (!existsSync(jobsDir)) return { byId, names };
  for (const name of readdirSync(jobsDir).sort()) {
    if (!name.endsWith('.md')) continue;
    names.add(name.slice(0, -3));
    const file = path.join(jobsDir, name);
    const { data, yaml } = splitFrontmatter(readFileSync(file, 'utf8'));
    const id = data?.['personioId'];
    if (data && (typeof id === 'string' || typeof id === 'number')) byId.set(String(id), { file, yaml, data });
  }
  return { byId, names };
}

/** The frontmatter as YAML: an update keeps the existing file's comments, order and extra fields. */
function frontmatter(data: Record<string, unknown>, existing: ExistingJob | undefined): string {
  const document: Document = parseDocument(existing?.yaml ?? '');
  if (!isMap(document.contents)) document.contents = document.createNode({}) as never;
  for (const key of FEED_FIELDS) if (!(key in data)) document.delete(key);
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    const current = document.get(key);
    if (JSON.stringify((current as { toJSON?: () => unknown } | undefined)?.toJSON?.() ?? current) === JSON.stringify(value))
      continue;
    const node = document.createNode(value);
    // Short lists and objects read best on one line: `locations: [iserlohn, hemer]`.
    if (isSeq(node) || (isMap(node) && Object.keys(value as object).length <= 4)) node.flow = true;
    document.set(key, node);
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

export function importPersonio(options: PersonioOptions): ImportReport {
  const report = emptyReport();
  const label = (file: string) => relative(options.root, file);
  if (!existsSync(options.feedFile)) throw new ImportError('Die Feed-Datei gibt es nicht.', label(options.feedFile));
  const positions = parsePersonioFeed(readFileSync(options.feedFile, 'utf8'), label(options.feedFile));
  const mappingFile = options.mappingFile ?? path.join(options.contentDir, 'import', 'personio.yaml');
  const mapping = readPersonioMapping(mappingFile, label(mappingFile));
  if (!existsSync(mappingFile))
    report.notes.push(
      `Keine Zuordnungsdatei ${label(mappingFile)} – Standorte und Abteilungen nur über gleiche Namen zugeordnet.`,
    );
  const known = readKnownContent(options.contentDir);
  const jobsDir = path.join(options.contentDir, 'jobs');
  const { byId, names } = existingJobs(jobsDir);
  const today = options.today ?? berlinDay(new Date());
  const schema = jobSchema();
  const inFeed = new Set(positions.map((position) => position.id));

  for (const position of positions) {
    const existing = byId.get(position.id);
    const job = convertPosition(position, { mapping, known, existing: existing?.data, today });
    if (job.held.length === 0) {
      const result = schema.safeParse(job.data);
      for (const issue of result.success ? [] : result.error.issues) {
        job.held.push({
          subject: `${position.name} (Personio ${position.id})`,
          code: 'schema',
          detail: `${issue.path.join('.')}: ${issue.message}`,
          line: position.line,
        });
      }
    }
    if (job.held.length) {
      report.held.push(...job.held);
      if (existing) report.unchanged.push(label(existing.file));
      continue;
    }
    let file = existing?.file;
    if (!file) {
      const slug = jobSlug(position.name);
      const name = names.has(slug) ? `${slug}-${slugSafe(position.id)}` : slug;
      names.add(name);
      file = path.join(jobsDir, `${name}.md`);
    }
    report.todo.push(...job.todo.map((entry) => ({ ...entry, file: label(file) })));
    const text = `---\n${frontmatter(job.data, existing)}\n---\n${job.body}`;
    if (options.dryRun) report.written.push(label(file));
    else (writeIfChanged(file, text) ? report.written : report.unchanged).push(label(file));
  }

  if (report.held.length)
    report.notes.push(`Zuordnungsdatei: ${label(mappingFile)} (README, Abschnitt „Stellen aus Personio übernehmen“).`);
  for (const [id, existing] of byId) {
    if (inFeed.has(id)) continue;
    if (!options.dryRun) rmSync(existing.file);
    report.removed.push(`${label(existing.file)} (Personio ${id}: ${String(existing.data['title'] ?? '')})`);
  }
  return report;
}

const slugSafe = (id: string) =>
  id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'personio';
