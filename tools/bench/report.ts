/** Medians, ratios and the printed table of `npm run bench`. */
import type { AstroPhases } from './astro-log.ts';
import type { CardRun } from './cards.ts';
import type { SpanTimes } from './timings.ts';
import type { TargetName } from './targets.ts';

export type Mode = 'cold' | 'warm';

export interface RunResult {
  target: TargetName;
  mode: Mode;
  round: number;
  exitCode: number;
  wallMs: number;
  /** CPU seconds of the whole build (user + system, GNU time), if known. */
  cpuS?: number | undefined;
  pages: number;
  msPerPage: number;
  /** Wall time per published post (the pages both sites have in common). */
  msPerPost: number;
  peakRssMb: number;
  peakRssSource: string;
  treePeakRssMb: number;
  /** Seconds after the start when the largest process was at its largest (sampled). */
  peakAtS: number;
  maxProcesses: number;
  /** Times the build was re-run because a concurrent build of other content broke it (see bench.ts). */
  retries: number;
  /** Phase durations Astro printed in its log (ms). */
  astroPhasesMs: AstroPhases;
  /** Pages copied from Astro's incremental-build cache instead of rendered (tools/bench/astro-log.ts). */
  reusedPages: number;
  /** Einblick only: the spans its build wrote to EINBLICK_TIMINGS (ms per span name; tools/bench/timings.ts). */
  spansMs?: SpanTimes;
  /** Einblick only: what the build did with the social cards (from its log). */
  cards?: CardRun | undefined;
  /** The machine's 1-minute load average when the build ended (other work on the machine skews timings). */
  load1: number;
  log: string;
}

export interface Summary {
  runs: number;
  wallS: number;
  /** Median CPU seconds (NaN when GNU time was not there). */
  cpuS: number;
  msPerPage: number;
  msPerPost: number;
  peakRssMb: number;
  treePeakRssMb: number;
  pages: number;
  /** Medians of Astro's own phase timings, in seconds. */
  astroPhasesS: Partial<Record<keyof AstroPhases, number>>;
  /** Medians of the build's own spans (Einblick), in seconds. */
  spansS: Record<string, number>;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function summarise(runs: readonly RunResult[]): Summary {
  const phases: Partial<Record<keyof AstroPhases, number>> = {};
  for (const key of ['sync', 'bundle', 'routes', 'images', 'total'] as const) {
    const values = runs.map((run) => run.astroPhasesMs[key]).filter((value): value is number => value !== undefined);
    if (values.length > 0) phases[key] = round(median(values) / 1000, 2);
  }
  const spans: Record<string, number> = {};
  for (const name of new Set(runs.flatMap((run) => Object.keys(run.spansMs ?? {})))) {
    const values = runs.map((run) => run.spansMs?.[name]).filter((value): value is number => value !== undefined);
    spans[name] = round(median(values) / 1000, 2);
  }
  return {
    runs: runs.length,
    wallS: round(median(runs.map((run) => run.wallMs)) / 1000, 2),
    cpuS: round(median(runs.map((run) => run.cpuS).filter((value): value is number => value !== undefined)), 1),
    msPerPage: round(median(runs.map((run) => run.msPerPage)), 1),
    msPerPost: round(median(runs.map((run) => run.msPerPost)), 1),
    peakRssMb: round(median(runs.map((run) => run.peakRssMb)), 0),
    treePeakRssMb: round(median(runs.map((run) => run.treePeakRssMb)), 0),
    pages: median(runs.map((run) => run.pages)),
    astroPhasesS: phases,
    spansS: spans,
  };
}

export interface Ratio {
  wall: number;
  cpu: number;
  msPerPage: number;
  msPerPost: number;
  peakRss: number;
}

export function ratio(einblick: Summary, baseline: Summary): Ratio {
  return {
    wall: round(einblick.wallS / baseline.wallS, 2),
    cpu: round(einblick.cpuS / baseline.cpuS, 2),
    msPerPage: round(einblick.msPerPage / baseline.msPerPage, 2),
    msPerPost: round(einblick.msPerPost / baseline.msPerPost, 2),
    peakRss: round(einblick.peakRssMb / baseline.peakRssMb, 2),
  };
}

/** The table printed at the end, one row per target and mode, then the ratios. */
export function formatTable(
  rows: Array<{ label: string; summary: Summary }>,
  ratios: Partial<Record<Mode, Ratio>>,
  heading: string,
): string {
  const header = ['', 'median wall s', 'CPU s', 'ms/page', 'ms/post', 'peak RSS MB', 'tree RSS MB', 'pages'];
  const body = rows.map(({ label, summary }) => [
    label,
    summary.wallS.toFixed(2),
    Number.isNaN(summary.cpuS) ? '–' : summary.cpuS.toFixed(1),
    summary.msPerPage.toFixed(1),
    summary.msPerPost.toFixed(1),
    summary.peakRssMb.toFixed(0),
    summary.treePeakRssMb.toFixed(0),
    String(summary.pages),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  const out = [heading, '', line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)];
  const ratioLines = (Object.entries(ratios) as Array<[Mode, Ratio]>).map(
    ([mode, r]) =>
      `  ${mode}: wall ${r.wall.toFixed(2)}×, CPU ${Number.isNaN(r.cpu) ? '–' : `${r.cpu.toFixed(2)}×`}, ms/page ${r.msPerPage.toFixed(2)}×, ms/post ${r.msPerPost.toFixed(2)}×, peak RSS ${r.peakRss.toFixed(2)}×`,
  );
  if (ratioLines.length > 0) out.push('', 'Einblick / baseline:', ...ratioLines);
  return `${out.join('\n')}\n`;
}
