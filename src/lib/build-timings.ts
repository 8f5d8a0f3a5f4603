import { appendFileSync } from 'node:fs';

/**
 * Where a build spends its time, for `npm run bench` (tools/bench/timings.ts): with
 * `EINBLICK_TIMINGS=<file>` set, scripts/build.ts and the integrations append one JSON line
 * per span of work to that file, `{"span":"cards","start":…,"end":…}` (milliseconds since
 * the epoch, so spans from the build script, Astro's process and its threads line up).
 * Without the variable nothing is written and a span costs one property read.
 */
export interface TimingSpan {
  span: string;
  start: number;
  end: number;
  /** Counts that say how much work the span was (pages, cards, files). */
  detail?: Record<string, number>;
}

/** The current time in epoch milliseconds, with sub-millisecond precision. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

/** Appends one span to the timings file, if the build was asked to keep one. */
export function recordSpan(span: string, start: number, end = epochNow(), detail?: Record<string, number>): void {
  const file = process.env['EINBLICK_TIMINGS'];
  if (!file) return;
  const entry: TimingSpan = { span, start: Math.round(start), end: Math.round(end), ...(detail ? { detail } : {}) };
  appendFileSync(file, `${JSON.stringify(entry)}\n`);
}

/** Starts `begin` and records the span from now until its promise settles (fulfilled or not); returns that promise. */
export function timeSpan<T>(span: string, begin: () => Promise<T>): Promise<T> {
  const start = epochNow();
  const work = begin();
  work.then(
    () => recordSpan(span, start),
    () => recordSpan(span, start),
  );
  return work;
}
