/**
 * `npm run bench:layout [-- --dist <folder>] [--runs N] [--pages /,/karriere/]`: how much
 * style and layout work a first load costs, counted in a Chromium trace rather than timed.
 *
 * Durations depend on the machine's load; the number of layout objects Chromium lays out
 * and of elements whose style it computes do not. So this is how to compare two versions of
 * a page's first screen (for example before and after `content-visibility`) on a busy machine.
 *
 * Per page and run, at a phone's viewport (412 × 823 CSS px), once unthrottled and once on a
 * slow connection (150 ms, 1.6 Mbit/s down): the number of `Layout` events of more than 20
 * objects, the objects laid out in all of them (`dirtyObjects`) and the elements whose style
 * was recomputed (`UpdateLayoutTree`'s `elementCount`). Serves the build on loopback with gzip
 * and its `_headers`, like `npm run bench:lighthouse`. Without --dist the demo is built once.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession } from 'playwright-core';
import { demoSite, pagesOfType } from '../tests/helpers/demo.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const USAGE = 'Usage: npm run bench:layout -- [--dist <folder>] [--runs N] [--pages /,/karriere/]';
const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    runs: { type: 'string', default: '3' },
    pages: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`--runs takes a whole number of at least 1.\n${USAGE}\n`);
  process.exit(2);
}
if (!values.dist) process.stderr.write('Building the demo site (once per change of content or code) …\n');
const dist = values.dist ? path.resolve(values.dist) : demoSite();
const firstGerman = (type: string) => pagesOfType(dist, type).find((url) => !url.startsWith('/en/'));
const pages: (string | undefined)[] = values.pages
  ? values.pages.split(',').map((page) => page.trim())
  : ['/', firstGerman('post'), '/karriere/', firstGerman('job')];

/** A layout smaller than this is a hover or caret update, not the page's layout. */
const SMALL_LAYOUT = 20;
const SLOW = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

interface TraceEvent {
  name: string;
  ph: string;
  args?: { beginData?: { dirtyObjects?: number }; elementCount?: number };
}
interface Work {
  layouts: number;
  objects: number;
  styled: number;
}

/** Loads `url` in a fresh context with a trace running and sums the layout and style work in it. */
async function traceLoad(session: CDPSession, load: () => Promise<unknown>): Promise<Work> {
  const events: TraceEvent[] = [];
  // The protocol types a trace event as a string map; its real fields are the ones above.
  session.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await load();
  await session.send('Tracing.end');
  await complete;
  const layouts = events.filter((event) => event.name === 'Layout' && event.ph === 'X');
  const objects = (event: TraceEvent) => event.args?.beginData?.dirtyObjects ?? 0;
  return {
    layouts: layouts.filter((event) => objects(event) > SMALL_LAYOUT).length,
    objects: layouts.reduce((sum, event) => sum + objects(event), 0),
    styled: events
      .filter((event) => event.name === 'UpdateLayoutTree' && event.ph === 'X')
      .reduce((sum, event) => sum + (event.args?.elementCount ?? 0), 0),
  };
}

const server = await serveStatic(dist, { gzip: true, headers: true });
const browser = await launchBrowser();
const rows: string[][] = [];
try {
  for (const url of pages) {
    if (!url) throw new Error(`a page type of the default list is missing in ${dist}`);
    for (const slow of [false, true]) {
      const each: Work[] = [];
      for (let run = 0; run < runs; run += 1) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
        const page = await context.newPage();
        const session = await context.newCDPSession(page);
        if (slow) {
          await session.send('Network.enable');
          await session.send('Network.emulateNetworkConditions', SLOW);
        }
        each.push(
          await traceLoad(session, async () => {
            const response = await page.goto(`${server.origin}${url}`, { waitUntil: 'networkidle' });
            if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
            // Late font swaps and lazy sections settle after the network does.
            await page.waitForTimeout(300);
          }),
        );
        await context.close();
      }
      const range = (pick: (work: Work) => number) => {
        const numbers = each.map(pick).sort((a, b) => a - b);
        return numbers[0] === numbers.at(-1) ? String(numbers[0]) : `${numbers[0]}–${numbers.at(-1)}`;
      };
      rows.push([
        url,
        slow ? 'slow' : 'fast',
        range((work) => work.layouts),
        range((work) => work.objects),
        range((work) => work.styled),
      ]);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const header = ['page', 'network', 'layouts', 'layout objects', 'styled elements'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) =>
  cells
    .map((cell, column) => cell.padEnd(widths[column]!))
    .join('  ')
    .trimEnd();
process.stdout.write(`\nFirst-load layout work, ${runs} run${runs > 1 ? 's' : ''} each (min–max), 412 × 823 px, ${dist}\n\n`);
process.stdout.write(`${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}\n`);
for (const row of rows) process.stdout.write(`${line(row)}\n`);
