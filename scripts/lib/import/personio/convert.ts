import { load } from 'cheerio';
import { slugify } from '../../../../src/lib/slug.ts';
import { SENIORITY_LEVELS, type EmploymentType } from '../../../../src/schemas/jobs.ts';
import type { KnownContent } from '../content.ts';
import { addDays, berlinDay } from '../dates.ts';
import { toMarkdown } from '../markdown.ts';
import type { ReportEntry } from '../report.ts';
import { removalEntries } from '../removals.ts';
import { sanitizeHtml } from '../sanitize.ts';
import { closestId, plainText, teaser } from '../text.ts';
import type { PersonioMapping, Remote } from './mapping.ts';
import type { Position } from './feed.ts';

/**
 * One Personio position → the frontmatter and body of `content/jobs/<id>.md`. Fields
 * the feed carries are always taken from it; fields it lacks come, in this order, from
 * the mapping's `jobs: <id>:` entry, from the existing file (what a person wrote there
 * is kept), or from the mapping's defaults. A required field found nowhere holds the job back.
 */

export interface JobContext {
  mapping: PersonioMapping;
  known: KnownContent;
  /** Frontmatter of the job's existing file, if it was imported before. */
  existing: Record<string, unknown> | undefined;
  /** Today in Berlin, `YYYY-MM-DD`. */
  today: string;
}

export interface ConvertedJob {
  /** Frontmatter fields in the order they are written. */
  data: Record<string, unknown>;
  body: string;
  held: ReportEntry[];
  todo: ReportEntry[];
}

/** `Industriemechaniker (m/w/d)` → `industriemechaniker`: the gender note does not belong in the address. */
export const jobSlug = (title: string) =>
  slugify(title.replace(/\((?:[mwdfxi*]\s*\/\s*){1,3}[mwdfxi*]\)|\((?:all genders|alle geschlechter)\)/gi, ''), 'stelle');

/** Personio's experience ranges, as minimum years. */
const EXPERIENCE: Record<string, number> = { 'lt-1': 0, '1-2': 1, '2-5': 2, '5-7': 5, '7-10': 7, '10-15': 10, ht15: 15 };

/** Personio's employment type and schedule → the job schema's employment type. */
export function employmentOf(position: Position): { value?: EmploymentType; assumed?: string } {
  const { employmentType: type, schedule } = position;
  if (type === 'permanent' || type === '') {
    if (schedule === 'part-time') return { value: 'part-time' };
    if (schedule === 'full-time') return { value: 'full-time' };
    if (type === '' && !schedule) return {};
    return { value: 'full-time', assumed: `${type || 'ohne Art'} mit Arbeitszeit „${schedule || 'ohne Angabe'}“ → full-time` };
  }
  if (type === 'intern') return { value: 'internship' };
  if (type === 'working_student') return { value: 'working-student' };
  if (type === 'freelance') return { value: 'freelance' };
  if (type === 'temporary') return { value: 'temporary' };
  if (type === 'trainee') {
    // German Personio accounts use "trainee" for apprenticeships and for graduate programmes alike.
    if (/ausbildung|azubi|auszubildend|duales? studium/i.test(`${position.recruitingCategory} ${position.name}`))
      return { value: 'apprenticeship' };
    return { value: 'full-time', assumed: 'trainee ohne Hinweis auf eine Ausbildung → full-time (Traineeprogramm)' };
  }
  return {};
}

/** Looks a Personio name up in a mapping, then among the known ids and names. */
function lookUp(name: string, mapping: Map<string, string>, known: Map<string, string>): string | undefined {
  const mapped = mapping.get(name);
  if (mapped !== undefined) return mapped;
  const wanted = name.trim().toLowerCase();
  if (known.has(slugify(name))) return slugify(name);
  return [...known].find(([, label]) => label.trim().toLowerCase() === wanted)?.[0];
}

export function convertPosition(position: Position, context: JobContext): ConvertedJob {
  const { mapping, known, existing = {} } = context;
  const override = mapping.jobs.get(position.id) ?? {};
  const subject = `${position.name || '(ohne Titel)'} (Personio ${position.id})`;
  const held: ReportEntry[] = [];
  const todo: ReportEntry[] = [];
  const hold = (code: string, detail: string, suggestion?: string) =>
    held.push({ subject, code, detail, line: position.line, ...(suggestion ? { suggestion } : {}) });
  /** Mapping entry for this job, then the existing file, then a default. */
  const pick = <T>(key: string, fallback?: T): T | undefined => (override[key] ?? existing[key] ?? fallback) as T | undefined;
  const checkId = (id: string | undefined, ids: Map<string, string>) => {
    if (id !== undefined && !ids.has(id)) {
      const near = closestId(id, [...ids.keys()], slugify);
      hold('mapping-unknown-id', id, near ? ` → meinten Sie „${near}“?` : '');
    }
    return id;
  };

  // Locations and remote work, from the offices.
  let remote: Remote | undefined;
  const locations = (override['locations'] as string[] | undefined) ?? [];
  if (!override['locations']) {
    for (const office of [position.office, ...position.additionalOffices].filter(Boolean)) {
      const mapped = mapping.offices.get(office);
      const location = mapped?.location ?? lookUp(office, new Map(), known.locations);
      if (mapped?.remote && (remote === undefined || mapped.remote === 'full')) remote = mapped.remote;
      if (location === undefined) {
        const near = closestId(office, [...known.locations.keys()], slugify);
        hold('office-unknown', office, near ? `, z. B. „${office}: ${near}“` : '');
      } else if (!locations.includes(location)) locations.push(checkId(location, known.locations)!);
    }
    if (!position.office && locations.length === 0) hold('office-missing', position.id);
  }
  const department =
    (override['department'] as string | undefined) ??
    (position.department ? lookUp(position.department, mapping.departments, known.departments) : undefined);
  if (department === undefined) {
    if (position.department) {
      const near = closestId(position.department, [...known.departments.keys()], slugify);
      hold('department-unknown', position.department, near ? `, z. B. „${position.department}: ${near}“` : '');
    } else hold('department-missing', position.id);
  } else checkId(department, known.departments);

  const employment = override['employmentType']
    ? { value: override['employmentType'] as EmploymentType }
    : employmentOf(position);
  if (!employment.value) hold('employment-unknown', position.employmentType || '(leer)');
  if (employment.assumed) todo.push({ subject, code: 'employment-assumed', detail: employment.assumed });

  const created =
    position.createdAt && !Number.isNaN(Date.parse(position.createdAt)) ? berlinDay(new Date(position.createdAt)) : undefined;
  const datePosted = created ?? (existing['datePosted'] as string | undefined) ?? context.today;
  let validThrough = (override['validThrough'] ?? existing['validThrough']) as string | undefined;
  const days = mapping.defaults.validThroughDays;
  // A job still in the feed stays up: when less than half the window is left, the window starts again.
  // The file then changes only every few weeks, and jobs expire by themselves if imports stop.
  if (
    validThrough !== undefined &&
    !override['validThrough'] &&
    days &&
    String(validThrough) < addDays(context.today, Math.ceil(days / 2))
  ) {
    validThrough = addDays(context.today, days);
    todo.push({ subject, code: 'valid-through-renewed', detail: validThrough });
  }
  validThrough ??= days ? addDays(context.today, days) : undefined;
  if (validThrough === undefined) hold('valid-through-missing', position.id);

  const salary = pick<Record<string, unknown>>('salary');
  if (!salary) hold('salary-missing', position.id);
  const contact = pick<string>('contact', (department && mapping.contacts.get(department)) ?? mapping.defaults.contact);
  if (!contact) hold('contact-missing', department ?? position.id);
  else checkId(contact, known.people);
  // The job's own page in Personio is where candidates apply; defaults.apply adds to it or replaces its url.
  const personioPage = mapping.personio ? { url: `${mapping.personio}/job/${encodeURIComponent(position.id)}` } : {};
  const templates = Object.entries(mapping.defaults.apply ?? {}).map(([key, value]) => [
    key,
    value.replaceAll('{id}', encodeURIComponent(position.id)),
  ]);
  const defaultApply = { ...personioPage, ...Object.fromEntries(templates) } as Record<string, string>;
  const apply = pick<Record<string, unknown>>('apply', Object.keys(defaultApply).length ? defaultApply : undefined);
  if (!apply) hold('apply-missing', position.id);
  if (!position.id) hold('id-missing', '');
  if (!position.name) hold('title-missing', '');

  // The description: one section per Personio text block, cleaned of anything that runs or loads.
  const sections = position.descriptions.map(({ name, html }) => {
    const clean = sanitizeHtml(html, { link: (href) => (/^(?:https?:|mailto:|tel:)/i.test(href) ? href : undefined) });
    todo.push(...removalEntries(subject, clean.removals));
    const markdown = toMarkdown(clean.html, 'md').trim();
    const $ = load(clean.html, null, false);
    const firstParagraph = $('p, li')
      .toArray()
      .map((element) => $(element).text().replace(/\s+/g, ' ').trim())
      .find(Boolean);
    return { name: plainText(name), markdown, text: firstParagraph ?? plainText(clean.html) };
  });
  const body = sections
    .filter((section) => section.markdown || section.name)
    .map((section) => (section.name ? `## ${section.name.replace(/^#+\s*/, '')}\n\n${section.markdown}` : section.markdown))
    .join('\n\n');
  const description =
    pick<string>('description') ?? (teaser(sections.find((section) => section.text)?.text ?? '') || plainText(position.name));
  const remoteValue = pick<Remote>('remote', remote);
  const startDate = pick<string>('startDate');
  const draft = pick<boolean>('draft');
  const experience = EXPERIENCE[position.yearsOfExperience];
  const seniority = (SENIORITY_LEVELS as readonly string[]).includes(position.seniority) ? position.seniority : undefined;

  const data: Record<string, unknown> = {
    title: plainText(position.name),
    description,
    department,
    locations,
    employmentType: employment.value,
    ...(remoteValue ? { remote: remoteValue } : {}),
    datePosted,
    validThrough,
    ...(startDate ? { startDate } : {}),
    salary,
    apply,
    contact,
    personioId: position.id,
    ...(seniority ? { seniority } : {}),
    ...(experience !== undefined ? { yearsOfExperience: experience } : {}),
    ...(position.keywords.length ? { keywords: position.keywords } : {}),
    ...(position.occupation ? { occupation: position.occupation } : {}),
    ...(draft !== undefined ? { draft } : {}),
  };
  return { data, body: `${body.trim()}\n`, held, todo };
}
