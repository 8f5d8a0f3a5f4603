import type { EmploymentType } from '../../schemas/jobs.ts';
import { appliesOnSite } from '../careers/apply.ts';
import { schemaEmploymentType, type RemoteOption } from '../careers/employment.ts';
import { isDateOnly, isoDateTime, isoDay } from '../dates.ts';
import { jobClosesAt } from '../publishing.ts';
import { absoluteUrl, paths } from '../urls.ts';

/**
 * schema.org `JobPosting` for Google's job search: every required and recommended property
 * the content can fill (https://developers.google.com/search/docs/appearance/structured-data/job-posting).
 * Pure data in, plain object out; `JsonLd.astro` serialises it safely.
 */

/** The employer, from site.yaml. */
export interface HiringOrganization {
  /** Legal name, e.g. `Auental Rohrtechnik GmbH`. */
  name: string;
  /** The site's base URL. */
  url: string;
  /** Absolute URL of a raster logo (at least 112 × 112 px). */
  logo: string;
  /** The company's profiles elsewhere (site.yaml channels). */
  sameAs: readonly string[];
}

/** A place of work with its postal address. */
export interface JobPlace {
  name: string;
  address: { street: string; postalCode: string; city: string; region?: string | undefined; country: string };
}

/** What the JobPosting is built from: the job's data and its page. */
export interface JobPostingInput {
  id: string;
  title: string;
  /** The teaser shown above the description (plain text). */
  teaser: string;
  /** The job body rendered to HTML. */
  bodyHtml: string;
  /** Absolute URL of the job page. */
  url: string;
  datePosted: Date;
  validThrough: Date;
  startDate?: Date | undefined;
  employmentType: EmploymentType;
  remote: RemoteOption;
  locations: readonly JobPlace[];
  salary: { min: number; max: number; currency: string; unit: 'year' | 'month' | 'hour' };
  apply: { url?: string | undefined; email?: string | undefined };
  /** The occupation in plain words, in the posting's language (`occupationalCategory`). */
  occupation?: string | undefined;
}

/** The posting's node id: the job page with a fragment, so the page's `WebPage` can name it as its main entity. */
export const jobPostingId = (pageUrl: string): string => `${pageUrl}#stelle`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A content date as Google reads it: a calendar day stays a day, a written time keeps its offset. */
const isoDate = (date: Date) => (isDateOnly(date) ? isoDay(date) : isoDateTime(date));

const unitText = { year: 'YEAR', month: 'MONTH', hour: 'HOUR' } as const;

/** The `JobPosting` object for one open job. */
export function jobPosting(job: JobPostingInput, organization: HiringOrganization): Record<string, unknown> {
  const countries = [...new Set(job.locations.map((place) => place.address.country))];
  const description = `<p>${escapeHtml(job.teaser)}</p>\n${job.bodyHtml}`.trim();
  const salary = job.salary;
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    '@id': jobPostingId(job.url),
    title: job.title,
    description,
    url: job.url,
    ...(job.occupation ? { occupationalCategory: job.occupation } : {}),
    datePosted: isoDate(job.datePosted),
    // Google wants the moment the posting expires; a date-only value is open through that day.
    validThrough: isoDateTime(new Date(jobClosesAt(job.validThrough).getTime() - 1000)),
    ...(job.startDate ? { jobStartDate: isoDate(job.startDate) } : {}),
    employmentType: schemaEmploymentType(job.employmentType),
    hiringOrganization: {
      '@type': 'Organization',
      name: organization.name,
      sameAs: [...organization.sameAs],
      logo: organization.logo,
      url: organization.url,
    },
    jobLocation: job.locations.map((place) => ({
      '@type': 'Place',
      name: place.name,
      address: {
        '@type': 'PostalAddress',
        streetAddress: place.address.street,
        postalCode: place.address.postalCode,
        addressLocality: place.address.city,
        ...(place.address.region ? { addressRegion: place.address.region } : {}),
        addressCountry: place.address.country,
      },
    })),
    ...(job.remote === 'full'
      ? {
          // Google: TELECOMMUTE only for jobs that are 100 % remote; hybrid jobs keep jobLocation alone.
          jobLocationType: 'TELECOMMUTE',
          applicantLocationRequirements: countries.map((country) => ({ '@type': 'Country', name: country })),
        }
      : {}),
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: salary.currency,
      value: {
        '@type': 'QuantitativeValue',
        ...(salary.min === salary.max ? { value: salary.min } : { minValue: salary.min, maxValue: salary.max }),
        unitText: unitText[salary.unit],
      },
    },
    // Google: true only when the whole application happens on this site, not in an ATS or by e-mail.
    directApply: appliesOnSite(job.apply, organization.url),
    identifier: { '@type': 'PropertyValue', name: organization.name, value: job.id },
  };
}

/** The parts of the `Job` view model the posting is built from. */
export type JobLike = Omit<JobPostingInput, 'teaser' | 'bodyHtml' | 'url'> & {
  description: string;
  /** Site-relative path of the job page. */
  url: string;
  /** The entry whose body the page shows: the job's, or its translation's. */
  entry: { rendered?: { html: string } | undefined };
};

/** The parts of site.yaml the employer is described by. */
export interface SiteLike {
  legalName: string;
  baseUrl: string;
  channels: ReadonlyArray<{ url: string }>;
}

/**
 * The structured data of a job page on this site: its `JobPosting` (the employer from
 * site.yaml, the logo from `paths.careersLogo()`) and the page in `locale` (`de-DE`, `en-GB`)
 * that has it as its main entity. A translated job passes its own title, teaser, body and
 * occupation and its own page's address; the facts are the original's.
 */
/**
 * The posting of a job page. Its language is on the page's `WebPage` (BaseLayout, with the
 * posting as `mainEntity`): schema.org's `inLanguage` belongs to creative works, not to
 * `JobPosting`, an `Intangible`, and Google's JobPosting documentation names none.
 */
export function jobPostingForSite(job: JobLike, site: SiteLike): Record<string, unknown> {
  const url = absoluteUrl(job.url, site.baseUrl);
  const posting = jobPosting(
    { ...job, teaser: job.description, bodyHtml: job.entry.rendered?.html ?? '', url },
    {
      name: site.legalName,
      url: absoluteUrl('/', site.baseUrl),
      logo: absoluteUrl(paths.careersLogo(), site.baseUrl),
      sameAs: site.channels.map((channel) => channel.url),
    },
  );
  return posting;
}
