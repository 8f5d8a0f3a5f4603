import { z } from 'astro/zod';

/**
 * Shared field schemas. Every custom message starts with a rule code in brackets,
 * `[date-format] …`: the content check translates it (German by default, English with
 * `--lang en`); Astro's own error output stays readable with the English text.
 */

/** Error option for a zod check: `[code] English text`. */
export const rule = (code: string, english: string) => ({ error: `[${code}] ${english}` });

/** The same as a `message` property, for `ctx.addIssue`. */
export const messageOf = (option: { error: string }) => ({ message: option.error });

/** The rule code of a message written by `rule()`, if any. */
export const ruleOf = (message: string): string | undefined => /^\[([\w-]+)\]/.exec(message)?.[1];

/**
 * The `image()` helper Astro passes to schema factories; the content check passes a
 * stub that keeps the path as a string. Generic so Astro's image type flows through.
 */
export type ImageHelper<I extends z.ZodType = z.ZodType> = () => I;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id or slug: lowercase letters, digits and single hyphens, e.g. `anna-berger`. */
export const idField = () =>
  z.string().regex(ID_PATTERN, rule('id-format', 'Use lowercase letters, digits and single hyphens, e.g. anna-berger'));

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True when year, month and day name a day that exists (no 2024-02-30). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/**
 * Parses `YYYY-MM-DD` (midnight in Europe/Berlin is not assumed: a date-only value is a
 * calendar day and is stored as UTC midnight) or an ISO date-time with offset.
 * Returns `undefined` for anything else, including impossible days.
 */
export function parseContentDate(text: string): Date | undefined {
  const dateOnly = DATE_ONLY.exec(text);
  const dateTime = dateOnly ? undefined : DATE_TIME.exec(text);
  const parts = dateOnly ?? dateTime;
  if (!parts) return undefined;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (!isCalendarDate(year, month, day)) return undefined;
  if (dateTime && (Number(dateTime[4]) > 23 || Number(dateTime[5]) > 59 || Number(dateTime[6] ?? 0) > 59)) {
    return undefined;
  }
  const parsed = dateOnly ? new Date(Date.UTC(year, month - 1, day)) : new Date(text);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/**
 * A date: `2026-03-02`, or a full time with offset such as `2026-03-02T09:30:00+01:00`.
 * German (`02.03.2026`) and impossible (`2026-02-30`) dates are rejected, never coerced.
 * Astro's YAML parser already turns unquoted dates into `Date` objects; those pass here
 * and the content check, which reads the raw text, rejects impossible ones.
 */
export const dateField = () =>
  z.union([z.date(), z.string()]).transform((value, ctx) => {
    if (value instanceof Date) {
      if (!Number.isNaN(value.getTime())) return value;
    } else {
      const parsed = parseContentDate(value.trim());
      if (parsed) return parsed;
    }
    ctx.addIssue({
      code: 'custom',
      ...messageOf(rule('date-format', 'Expected a date like 2026-03-02 or 2026-03-02T09:30:00+01:00')),
    });
    return z.NEVER;
  });

/** An absolute http(s) URL. */
export const urlField = () => z.url({ protocol: /^https?$/, ...rule('url', 'Expected an absolute https:// address') });

/** An image with its alternative text; both are required. */
export const imageWithAlt = <I extends z.ZodType>(image: ImageHelper<I>) =>
  z.strictObject({
    /** Path relative to this file, e.g. `./cover.jpg`. Stored in the repository, never a web address. */
    src: image(),
    /** What the image shows, for people who cannot see it. Required; write a full sentence. */
    alt: z.string().trim().min(1, rule('alt-required', 'Alternative text is required')),
  });

/** A postal address, as printed in the Impressum and in structured data. */
export const addressField = () =>
  z.strictObject({
    /** Street and house number, e.g. `Hafenstraße 12`. */
    street: z.string().min(1),
    /** Five-digit German postal code (or the foreign equivalent). */
    postalCode: z.string().min(3),
    /** City, e.g. `Bielefeld`. */
    city: z.string().min(1),
    /** Federal state or region, e.g. `Nordrhein-Westfalen` (optional). */
    region: z.string().min(1).optional(),
    /** ISO 3166-1 alpha-2 country code, e.g. `DE`. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, rule('country-code', 'Expected a two-letter country code such as DE'))
      .default('DE'),
  });

/** A list of ids without duplicates. */
export const idList = () =>
  z.array(idField()).refine((ids) => new Set(ids).size === ids.length, rule('duplicate-id', 'The list names the same id twice'));
