/**
 * `npm run bench:lighthouse [-- --dist <folder>] [--runs N]`: Lighthouse (mobile preset,
 * simulated slow 4G and a slow CPU) on Debian's Chromium against the demo build served
 * on loopback with gzip and the build's `_headers` — home, a post, the career page and a
 * job. Prints the four category scores per page (the median of N runs, and with several
 * runs every run's score in brackets, since a target such as "100 in each run" is about
 * the worst run, not the median) and what kept a category below 100 in any run. A benchmark, not a test: scores depend on the machine's load.
 * Without --dist, the demo is built once into the system's temp folder (fixed "now").
 *
 * It also prints the host's `benchmarkIndex`, Lighthouse's own measure of the CPU it runs on:
 * the preset's 4× CPU slowdown assumes a desktop of more than 1000, and on a slower host it
 * overstates Total Blocking Time (the Lighthouse CLI warns so; its throttling guide says how
 * to calibrate).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { demoSite, pagesOfType } from '../tests/helpers/demo.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values } = parseArgs({ options: { dist: { type: 'string' }, runs: { type: 'string', default: '1' } } });
const runs = Math.max(1, Number.parseInt(values.runs ?? '1', 10) || 1);
if (!values.dist) process.stderr.write('Building the demo site (once per change of content or code) …\n');
const dist = values.dist ? path.resolve(values.dist) : demoSite();
/** The first German page of a type: candidates arrive on the German site first. */
const firstGerman = (type: string) => pagesOfType(dist, type).find((url) => !url.startsWith('/en/'));
const pages: [string, string | undefined][] = [
  ['Startseite', '/'],
  ['Beitrag', firstGerman('post')],
  ['Karriere', '/karriere/'],
  ['Stelle', firstGerman('job')],
];

const server = await serveStatic(dist, { gzip: true, headers: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROME_PATH'] ?? CHROMIUM,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? 0;
const rows: string[][] = [];
const notes: string[] = [];
const benchmarkIndexes: number[] = [];
/** The Lighthouse CLI warns of a slow host at a benchmarkIndex of 1000 or less. */
const SLOW_HOST_INDEX = 1000;
try {
  for (const [label, url] of pages) {
    if (!url) throw new Error(`no ${label} in ${dist}`);
    const scores = new Map<string, number[]>(CATEGORIES.map((category) => [category, []]));
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(`${server.origin}${url}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits, environment } = result.lhr;
      benchmarkIndexes.push(Math.round(environment.benchmarkIndex));
      for (const category of CATEGORIES) {
        scores.get(category)!.push(Math.round((categories[category]?.score ?? 0) * 100));
        for (const ref of categories[category]?.auditRefs ?? []) {
          const audit = audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            const where = runs > 1 ? ` in run ${run + 1}` : '';
            notes.push(`${label} · ${category}${where}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
          }
        }
      }
    }
    rows.push([
      label,
      url,
      ...CATEGORIES.map((category) => {
        const each = scores.get(category)!;
        return runs > 1 ? `${median(each)} [${each.join(' ')}]` : String(median(each));
      }),
    ]);
  }
} finally {
  await chrome.kill();
  await server.close();
}

const header = ['Seite', 'URL', 'Performance', 'Accessibility', 'Best Practices', 'SEO'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
process.stdout.write(`\nLighthouse ${runs > 1 ? `(median of ${runs} runs [each run]) ` : ''}mobile, ${dist}\n\n`);
process.stdout.write(`${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}\n`);
for (const row of rows) process.stdout.write(`${line(row)}\n`);
if (notes.length > 0) process.stdout.write(`\nBelow 100 because of:\n${notes.map((note) => `  - ${note}`).join('\n')}\n`);
const hostIndex = median(benchmarkIndexes);
process.stdout.write(
  `\nHost CPU (Lighthouse benchmarkIndex): median ${hostIndex}, ${Math.min(...benchmarkIndexes)}–${Math.max(...benchmarkIndexes)} over the runs.\n`,
);
if (hostIndex <= SLOW_HOST_INDEX) {
  process.stdout.write(
    `This host is slower than the preset's 4× CPU slowdown assumes (more than ${SLOW_HOST_INDEX}): Total Blocking Time is overstated here.\n`,
  );
}
