import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordSpan, timeSpan } from '../../src/lib/build-timings.ts';
import { formatPhases, readSpans } from '../../tools/bench/timings.ts';
import { tempDir } from '../helpers/site.ts';

/**
 * `EINBLICK_TIMINGS`: the build's spans (src/lib/build-timings.ts) as the benchmark reads and
 * prints them (tools/bench/timings.ts).
 */
describe('build timings', () => {
  const saved = process.env['EINBLICK_TIMINGS'];
  afterEach(() => {
    if (saved === undefined) delete process.env['EINBLICK_TIMINGS'];
    else process.env['EINBLICK_TIMINGS'] = saved;
  });

  it('writes nothing without EINBLICK_TIMINGS, one line per span with it', async () => {
    const file = path.join(tempDir('timings'), 'spans.jsonl');
    delete process.env['EINBLICK_TIMINGS'];
    recordSpan('cards', 1000, 2000);
    expect(readSpans(file)).toEqual({});
    process.env['EINBLICK_TIMINGS'] = file;
    recordSpan('cards', 1000, 2500.4, { rendered: 3 });
    await timeSpan('search index', () => new Promise((resolve) => setTimeout(resolve, 30)));
    await expect(timeSpan('link check', () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0] ?? '')).toEqual({ span: 'cards', start: 1000, end: 2500, detail: { rendered: 3 } });
    const spans = readSpans(file);
    expect(spans['cards']).toBe(1500);
    expect(spans['search index']).toBeGreaterThanOrEqual(25);
    // A failed piece of work is timed too.
    expect(spans['link check']).toBeGreaterThanOrEqual(0);
  });

  it('adds up spans of one name', () => {
    const file = path.join(tempDir('timings'), 'spans.jsonl');
    writeFileSync(file, '{"span":"fonts","start":0,"end":300}\n\n{"span":"fonts","start":500,"end":600}\n');
    expect(readSpans(file)).toEqual({ fonts: 400 });
  });

  it("prints Astro's phases for both sites and Einblick's spans in one table, leaving out rows nobody has", () => {
    const table = formatPhases(
      [
        { heading: 'Einblick cold', astro: { sync: 2.08, routes: 16.95 }, spans: { cards: 17.01, fonts: 0.95 }, wallS: 37.9 },
        { heading: 'baseline cold', astro: { sync: 1.82, routes: 4.23 }, spans: {}, wallS: 14.15 },
      ],
      'Phases',
    );
    const row = (label: string) => table.split('\n').find((line) => line.trimStart().startsWith(label)) ?? '';
    expect(row('content sync')).toMatch(/2\.08\s+1\.82$/);
    expect(row('page generation')).toMatch(/16\.95\s+4\.23$/);
    expect(row('cards (beside the pages)')).toMatch(/17\.01\s+–$/);
    expect(row('site fonts')).toMatch(/0\.95\s+–$/);
    expect(row('wall')).toMatch(/37\.90\s+14\.15$/);
    expect(table).not.toContain('link check');
  });
});
