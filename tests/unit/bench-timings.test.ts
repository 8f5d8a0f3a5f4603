import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordSpan, timeSpan } from '../../src/lib/build-timings.ts';
import { formatPhases, readSpans } from '../../tools/bench/timings.ts';
import { astroPhases, reusedPages } from '../../tools/bench/astro-log.ts';
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

describe("Astro's build log", () => {
  // Lines as `astro build` prints them (tools/bench reads the log of each build it runs).
  const log = [
    '15:02:34 [types] Generated 1.20s',
    '15:02:40 [vite] ✓ built in 6.61s',
    ' generating static routes ',
    '15:02:41   ├─ /blog/zehn-jahre-ehrenamt-332/index.html (restored)',
    '15:02:41   ├─ /blog/neue-wege-891/index.html \u001b[32m(cached)\u001b[39m',
    '15:02:41   ├─ /index.html (+12ms) ',
    '15:02:41   ├─ /blog/restored-kitchen/index.html (+40ms) ',
    '15:02:42 ✓ Completed in 1.64s.',
    ' generating optimized images ',
    '15:02:43 ✓ Completed in 2m 3s.',
    '15:02:44 [build] 1344 page(s) built in 12.55s',
  ].join('\n');

  it('reads the phases Astro printed, in ms', () => {
    expect(astroPhases(log)).toEqual({ sync: 1200, bundle: 6610, routes: 1640, images: 123_000, total: 12_550 });
    expect(astroPhases('no phases here')).toEqual({});
  });

  it('counts the pages the incremental build reused, not the rendered ones that merely mention a word', () => {
    expect(reusedPages(log)).toBe(2);
    expect(reusedPages(log.replaceAll(/ \S*\((restored|cached)\)\S*$/gm, ' (+5ms)'))).toBe(0);
  });
});
