import { berlinOffsetMinutes } from '../../../src/lib/dates.ts';

/** Dates for imported content, written in Europe/Berlin with the offset of that day. */

const STAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/;

/** `2023-05-14 10:30:00` read as UTC, or undefined (WordPress writes `0000-00-00 00:00:00` for "never"). */
export function parseUtcStamp(text: string): Date | undefined {
  const match = STAMP.exec(text.trim());
  if (!match || match[1] === '0000') return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== day ? undefined : date;
}

/** `2023-05-14 10:30:00` read as the wall-clock time in Berlin. */
export function parseBerlinStamp(text: string): Date | undefined {
  const wall = parseUtcStamp(text);
  if (!wall) return undefined;
  // The offset depends on the instant; two rounds settle it, also around the clock change.
  const first = new Date(wall.getTime() - berlinOffsetMinutes(wall) * 60_000);
  return new Date(wall.getTime() - berlinOffsetMinutes(first) * 60_000);
}

/** `2023-05-14T10:30:00+02:00`: the instant as Berlin wall-clock time with its offset. */
export function berlinIso(instant: Date): string {
  const offset = berlinOffsetMinutes(instant);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `2023-05-14`: the calendar day in Berlin. */
export const berlinDay = (instant: Date) => berlinIso(instant).slice(0, 10);

/** A WordPress post time: the UTC column when it is set, otherwise the local one (read in Berlin). */
export const wordpressInstant = (local: string, gmt: string): Date | undefined => parseUtcStamp(gmt) ?? parseBerlinStamp(local);

/** Adds whole days to a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
