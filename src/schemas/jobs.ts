import { z } from 'astro/zod';
import { dateField, idField, idList, urlField, messageOf, rule } from './common.ts';

export const EMPLOYMENT_TYPES = [
  'full-time',
  'part-time',
  'apprenticeship',
  'working-student',
  'internship',
  'temporary',
  'freelance',
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export const REMOTE_OPTIONS = ['none', 'hybrid', 'full'] as const;
/** Career levels, with Personio's names. */
export const SENIORITY_LEVELS = ['student', 'entry-level', 'experienced', 'executive'] as const;

/** `content/jobs/<id>.md`: an open position. The body is the description. */
export const jobSchema = () =>
  z
    .strictObject({
      /** Job title with the German gender note, e.g. `Industriemechaniker (m/w/d)`. */
      title: z.string().trim().min(1),
      /** One or two sentences for the job list, feeds and the social card. */
      description: z.string().trim().min(1),
      /** Department id from content/departments.yaml. */
      department: idField(),
      /** Location ids from content/locations.yaml. */
      locations: idList().min(1),
      /** `full-time`, `part-time`, `apprenticeship`, `working-student`, `internship`, `temporary` or `freelance`. */
      employmentType: z.enum(EMPLOYMENT_TYPES),
      /** Remote work: `none`, `hybrid` or `full`. */
      remote: z.enum(REMOTE_OPTIONS).default('none'),
      /** Date the job was published. */
      datePosted: dateField(),
      /** Last day the job is open; after it the job disappears from the site. */
      validThrough: dateField(),
      /** Start date; leave out for "ab sofort". */
      startDate: dateField().optional(),
      /** Salary range (EU pay transparency). */
      salary: z
        .strictObject({
          /** Lower end of the range. */
          min: z.number().positive(),
          /** Upper end of the range. */
          max: z.number().positive(),
          /** ISO currency code. */
          currency: z
            .string()
            .regex(/^[A-Z]{3}$/)
            .default('EUR'),
          /** What the amount is paid per: `year`, `month` or `hour`. */
          unit: z.enum(['year', 'month', 'hour']).default('year'),
        })
        .refine((salary) => salary.min <= salary.max, {
          ...rule('salary-range', 'The upper end is below the lower end'),
          path: ['max'],
        }),
      /**
       * How to apply: `url` (the job in an applicant-tracking system such as Personio, or a page
       * of this site), `email`, or both. The job page says what happens after the click.
       */
      apply: z
        .strictObject({
          /**
           * Where the "Jetzt bewerben" button leads, always `https://`: the job's page in the
           * applicant-tracking system (e.g. `https://firma.jobs.personio.de/job/1234567`) or a
           * page this site builds (the check rejects an address here that no page answers).
           */
          url: urlField()
            .refine((url) => !/^http:/i.test(url), rule('apply-url-https', 'Use an https:// address, not http://'))
            .optional(),
          /** E-mail address for applications; the link opens the mail program with title and reference number as subject. */
          email: z.email().optional(),
          /** What applicants should have ready, e.g. `[Lebenslauf, letzte zwei Schulzeugnisse]` (optional; else the usual documents for the employment type). */
          documents: z.array(z.string().trim().min(1)).min(1).optional(),
        })
        .refine(
          (apply) => apply.url !== undefined || apply.email !== undefined,
          rule('apply-missing', 'Give apply.url or apply.email'),
        ),
      /** Contact person id from content/people. */
      contact: idField(),
      /** Id of the job in Personio, set by the importer; keeps re-imports from duplicating. */
      personioId: z.string().min(1).optional(),
      /** Career level, as Personio names it: `student`, `entry-level`, `experienced` or `executive` (optional). */
      seniority: z.enum(SENIORITY_LEVELS).optional(),
      /** Minimum years of professional experience asked for, e.g. `2` (optional; Personio's `2-5` becomes 2). */
      yearsOfExperience: z.number().int().min(0).max(50).optional(),
      /** Search keywords, e.g. `[Hydraulik, SPS]` (optional). */
      keywords: z.array(z.string().trim().min(1)).optional(),
      /** The occupation in plain words, e.g. `Industriemechaniker` (optional; schema.org `occupationalCategory`). */
      occupation: z.string().trim().min(1).optional(),
      /** `true` keeps the job out of the published site. */
      draft: z.boolean().default(false),
    })
    .superRefine((job, ctx) => {
      if (job.validThrough.getTime() < job.datePosted.getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: ['validThrough'],
          ...messageOf(rule('valid-through-before-posted', 'validThrough is before datePosted')),
        });
      }
    });
