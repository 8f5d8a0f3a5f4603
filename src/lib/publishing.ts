import { berlinMidnight, effectiveInstant, isDateOnly } from './dates.ts';

/**
 * The single source of truth for what is published. Drafts and future-dated entries
 * show in `npm run dev` (preview) and never in a production build.
 */
export interface PublishOptions {
  now: Date;
  /** True in `astro dev`: show drafts and scheduled entries, marked as such. */
  preview: boolean;
}

export function isPublished(entry: { draft?: boolean; date: Date }, options: PublishOptions): boolean {
  if (options.preview) return true;
  return !entry.draft && effectiveInstant(entry.date).getTime() <= options.now.getTime();
}

/**
 * Whether a person may be shown in a build at `now`: a consent date that is not in the
 * future. A consent dated later does not count yet (also not in preview: it is a legal
 * matter, not an editorial one). The site model and the content check both use this.
 */
export const consentGiven = (consent: unknown, now: Date): boolean =>
  consent instanceof Date && !Number.isNaN(consent.getTime()) && consent.getTime() <= now.getTime();

/**
 * The instant a job closes. A date-only `validThrough` is open through that whole day: until
 * the next day's Berlin midnight (not +24 h: days around a clock change have 23 or 25 hours).
 * A written time is the deadline.
 */
export const jobClosesAt = (validThrough: Date): Date =>
  isDateOnly(validThrough) ? berlinMidnight(new Date(validThrough.getTime() + 24 * 3600_000)) : validThrough;

/** A job is open from `datePosted` until the end of its `validThrough` day in Berlin. */
export function isOpenJob(job: { draft?: boolean; datePosted: Date; validThrough: Date }, options: PublishOptions): boolean {
  if (job.draft && !options.preview) return false;
  const end = jobClosesAt(job.validThrough);
  return (
    options.now.getTime() < end.getTime() &&
    (options.preview || effectiveInstant(job.datePosted).getTime() <= options.now.getTime())
  );
}

/** Newest first, then by id so the order is stable. */
export function byDateDesc<T extends { id: string; date: Date }>(a: T, b: T): number {
  return b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id);
}
