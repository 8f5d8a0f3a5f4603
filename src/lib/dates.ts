import { readingWords } from './reading.ts';

/**
 * Dates are shown in Europe/Berlin, whatever zone the build machine is in. Date-only
 * content values are stored as UTC midnight, so they are formatted as calendar days.
 */
const ZONE = 'Europe/Berlin';

/** The page's locale for shown dates: `de-DE` (the default) or `en-GB` on English pages. */
const GERMAN = 'de-DE';

/** One formatter per locale and style, made on first use. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, style: 'long' | 'day'): Intl.DateTimeFormat {
  const key = `${locale} ${style}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { day: 'numeric', month: 'long', year: 'numeric' }
        : { day: '2-digit', month: '2-digit', year: 'numeric' };
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: ZONE });
    formatters.set(key, found);
  }
  return found;
}
const isoDayFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: ZONE });
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' });

/**
 * True when the value has no time of day. Date-only values are stored as UTC midnight
 * (that is what Astro's YAML parser produces for `2026-03-02`, and the schema does the
 * same), so a written time that falls exactly on UTC midnight, e.g.
 * `2026-03-02T01:00:00+01:00`, is read as that calendar day. Authors write times in
 * Berlin; for them UTC midnight is 01:00 or 02:00 at night.
 */
export const isDateOnly = (date: Date) =>
  date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0;

/** A calendar-day view of the date: date-only values keep their day in any zone. */
function berlinDay(date: Date): Date {
  return isDateOnly(date) ? new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12)) : date;
}

/** `2. März 2026`; `2 March 2026` with `en-GB`. */
export const formatDate = (date: Date, locale: string = GERMAN): string => formatter(locale, 'long').format(berlinDay(date));

/** `02.03.2026`; `02/03/2026` with `en-GB`. */
export const formatShortDate = (date: Date, locale: string = GERMAN): string => formatter(locale, 'day').format(berlinDay(date));

/** `2026-03-02` in Europe/Berlin, for `<time datetime>` and sitemaps. */
export const isoDay = (date: Date): string => isoDayFormat.format(berlinDay(date));

/** Full ISO 8601 timestamp with Berlin's offset for that instant, e.g. `2026-03-02T00:00:00+01:00`. */
export function isoDateTime(date: Date): string {
  const moment = isDateOnly(date) ? berlinMidnight(date) : date;
  const offsetMinutes = berlinOffsetMinutes(moment);
  const local = new Date(moment.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local.toISOString().slice(0, 19)}${offset}`;
}

/**
 * Offsets already looked up, by instant. A build asks for the same few hundred content
 * dates on every page, and formatToParts costs some microseconds each time; the map
 * holds one number per distinct date of the site.
 */
const offsets = new Map<number, number>();

/** Minutes Berlin is ahead of UTC at that instant (60 or 120). */
export function berlinOffsetMinutes(instant: Date): number {
  const time = instant.getTime();
  const known = offsets.get(time);
  if (known !== undefined) return known;
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  const minutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  offsets.set(time, minutes);
  return minutes;
}

/** The instant a date-only value's day begins in Berlin. */
export function berlinMidnight(day: Date): Date {
  const guess = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  return new Date(guess.getTime() - berlinOffsetMinutes(guess) * 60_000);
}

/** The instant from which a content date counts as reached: a date-only value at Berlin midnight. */
export const effectiveInstant = (date: Date): Date => (isDateOnly(date) ? berlinMidnight(date) : date);

/** Reading time in whole minutes (at least 1) at 200 words a minute. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(readingWords(text) / 200));
}

/** `14.–15. Mai 2026`, or `30. April – 2. Mai 2026` (thin spaces around the dash): a span of days, shortened the German way. */
export const formatDateRange = (from: Date, to: Date, locale: string = GERMAN): string =>
  formatter(locale, 'long').formatRange(berlinDay(from), berlinDay(to));
