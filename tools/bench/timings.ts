/**
 * Where each build's time goes, as one table: Astro's own phase timings from its log
 * (astro-log.ts; both sites) beside the spans Einblick's build script and integrations
 * write to `EINBLICK_TIMINGS` (src/lib/build-timings.ts; Einblick only).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { TimingSpan } from '../../src/lib/build-timings.ts';
import type { AstroPhases } from './astro-log.ts';

/** Milliseconds per span name (spans of one name add up). */
export type SpanTimes = Record<string, number>;

/** Reads a timings file; a missing file (a build that wrote none) gives no spans. */
export function readSpans(file: string): SpanTimes {
  if (!existsSync(file)) return {};
  const times: SpanTimes = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const span = JSON.parse(line) as TimingSpan;
    times[span.span] = (times[span.span] ?? 0) + (span.end - span.start);
  }
  return times;
}

/** One row of the phase table: where its number comes from, and whether it runs beside the main line. */
interface PhaseRow {
  label: string;
  astro?: keyof AstroPhases;
  span?: string;
}

/**
 * The rows, in build order. Indented rows run inside or beside the row above them, so
 * they do not add up to the wall time.
 */
export const PHASE_ROWS: readonly PhaseRow[] = [
  { label: 'start-up (Node, Astro, config file)', span: 'start-up' },
  { label: 'config hooks (fonts, content check)', span: 'config' },
  { label: '  site fonts subset', span: 'fonts' },
  { label: '  content check (own thread)', span: 'content check' },
  { label: 'Vite set-up + content sync', span: 'setup+sync' },
  { label: '  content sync (Astro [types])', astro: 'sync' },
  { label: 'bundling + pages + images', span: 'bundle+generate' },
  { label: '  bundling (vite)', astro: 'bundle' },
  { label: '  page generation (Astro routes)', astro: 'routes' },
  { label: '    card list', span: 'card list' },
  { label: '    pages rendered (first to last)', span: 'page rendering' },
  { label: '    cards (beside the pages)', span: 'cards' },
  { label: '  images (astro:assets)', astro: 'images' },
  { label: '    search index (pagefind, beside)', span: 'search index' },
  { label: 'astro:build:done hooks', span: 'done-hooks' },
  { label: '  unreferenced images', span: 'unreferenced images' },
  { label: '  link check', span: 'link check' },
  { label: '  wait for the search index', span: 'search wait' },
  { label: 'Astro total (its log)', astro: 'total' },
  { label: 'astro build process (spawn to exit)', span: 'astro build' },
  { label: 'swap into place', span: 'swap' },
];

export interface PhaseColumn {
  heading: string;
  /** Medians in seconds, by Astro phase and by span name. */
  astro: Partial<Record<keyof AstroPhases, number>>;
  spans: Record<string, number>;
  wallS: number;
}

/** The phase table: one row per phase, one column per target and mode (medians, seconds). */
export function formatPhases(columns: readonly PhaseColumn[], heading: string): string {
  const value = (row: PhaseRow, column: PhaseColumn): number | undefined =>
    row.astro ? column.astro[row.astro] : row.span ? column.spans[row.span] : undefined;
  const rows = [...PHASE_ROWS, { label: 'wall (whole command)' }]
    .map((row) => [
      row.label,
      ...columns.map((column) => {
        const seconds = row.label.startsWith('wall') ? column.wallS : value(row, column);
        return seconds === undefined ? '–' : seconds.toFixed(2);
      }),
    ])
    .filter((cells) => cells.slice(1).some((cell) => cell !== '–'));
  const header = ['phase, median s', ...columns.map((column) => column.heading)];
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => (row[index] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0))).join('  ');
  return `${[heading, '', line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')}\n`;
}
