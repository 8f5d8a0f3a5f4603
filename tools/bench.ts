/**
 * `npm run bench`: how fast and how hungry Einblick's build is, against a minimal Astro
 * site over the same content. A benchmark, never a test: it fails only when a build fails.
 *
 * 1. Writes a deterministic synthetic corpus (N German-like MDX posts and everything they
 *    reference) to `.cache/bench/corpus-<N>/content`.
 * 2. Builds Einblick (`node scripts/build.ts`, as users do) and the baseline
 *    (tools/bench/baseline) over it: per round, a cold build (Astro cache and output deleted)
 *    then a warm build (cache kept), `--runs` rounds.
 * 3. Prints medians (wall time, ms per page, peak memory, pages) and the Einblick/baseline
 *    ratios, and writes every run to `.cache/bench/results.json`.
 *
 * Options: `--posts N` (1000), `--runs N` (3), `--only einblick|baseline`.
 * Progress goes to stderr, the table to stdout; build logs to `.cache/bench/logs/`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { tryLock } from '../scripts/lib/lock.ts';
import { astroPhases, reusedPages } from './bench/astro-log.ts';
import { cardRunFromLog, formatCards, measureCardCpu } from './bench/cards.ts';
import { BENCH_NOW, writeCorpus } from './bench/corpus.ts';
import { measure, SAMPLE_MS, stopRunning } from './bench/measure.ts';
import { formatPhases, readSpans } from './bench/timings.ts';
import { formatTable, ratio, summarise, type Mode, type Ratio, type RunResult, type Summary } from './bench/report.ts';
import {
  baselineTarget,
  einblickTarget,
  makeCold,
  prepareBaselineSite,
  TARGET_NAMES,
  type Target,
  type TargetName,
} from './bench/targets.ts';

const USAGE = 'Usage: npm run bench -- [--posts N] [--runs N] [--only einblick|baseline] [--modes cold,warm]';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    modes: { type: 'string', default: 'cold,warm' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const posts = Number(values.posts);
const runs = Number(values.runs);
if (!Number.isInteger(posts) || posts < 1 || !Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`--posts and --runs take a whole number of at least 1.\n${USAGE}\n`);
  process.exit(2);
}
const modes = values.modes.split(',').map((mode) => mode.trim());
if (modes.length === 0 || modes.some((mode) => mode !== 'cold' && mode !== 'warm')) {
  process.stderr.write(`--modes takes cold, warm or cold,warm, not ${values.modes}.\n${USAGE}\n`);
  process.exit(2);
}
const wanted = (['cold', 'warm'] as const).filter((mode) => modes.includes(mode));
if (values.only !== undefined && !TARGET_NAMES.includes(values.only as TargetName)) {
  process.stderr.write(`--only takes einblick or baseline, not ${values.only}.\n${USAGE}\n`);
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, '..');
const benchDir = path.join(root, '.cache/bench');
const logDir = path.join(benchDir, 'logs');
mkdirSync(logDir, { recursive: true });
const say = (text: string) => process.stderr.write(`[bench] ${text}\n`);
const lock = tryLock(path.join(benchDir, 'bench.lock'));
if (!lock.acquired) {
  say(
    `another benchmark (pid ${lock.holder}) is running; it shares this one's caches and output folders. Wait for it to finish.`,
  );
  process.exit(2);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopRunning();
    say(`stopped by ${signal}; no results written`);
    process.exit(130);
  });
}
const relative = (file: string) => path.relative(root, file) || '.';

function countHtml(dir: string): number {
  let count = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (entry.isDirectory()) count += countHtml(path.join(dir, entry.name));
    else if (entry.name.endsWith('.html')) count++;
  }
  return count;
}

// 1. The corpus.
say(`writing the corpus: ${posts} posts …`);
const corpusStarted = Date.now();
const corpus = await writeCorpus(posts, path.join(benchDir, `corpus-${posts}`));
say(
  `corpus ${relative(corpus.contentDir)}: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB, ` +
    `${corpus.publishedPosts} published posts, digest ${corpus.digest.slice(0, 16)}, ` +
    `${corpus.changed === 0 ? 'unchanged' : `${corpus.changed} files written`} (${Date.now() - corpusStarted} ms)`,
);

// 2. The builds.
const baselineSite = await prepareBaselineSite(root, benchDir);
const targets: Target[] = [
  einblickTarget(root, corpus.contentDir, benchDir, posts),
  baselineTarget(root, baselineSite, corpus.contentDir, benchDir, posts),
].filter((target) => values.only === undefined || target.name === values.only);
const loadBefore = os.loadavg();
const results: RunResult[] = [];

const MAX_RETRIES = 2;

/**
 * True when a failed build looks like the shared-`.astro/` race: Astro renders content
 * through `<root>/.astro/content-modules.mjs`, which every build rewrites for its own
 * content folder, so a concurrent build of other content (tests, someone's npm run build)
 * leaves this build without its posts ("UnknownContentCollectionError … while rendering").
 */
function overwrittenByOtherBuild(target: Target, log: string): boolean {
  if (!log.includes('UnknownContentCollectionError')) return false;
  try {
    const modules = readFileSync(path.join(target.dotAstroDir, 'content-modules.mjs'), 'utf8');
    return !modules.includes(`${path.basename(path.dirname(corpus.contentDir))}/content/`);
  } catch {
    return true;
  }
}

async function run(target: Target, mode: Mode, round: number): Promise<RunResult> {
  const log = path.join(logDir, `${target.name}-${posts}-${mode}-${round}.log`);
  // Einblick's build writes where its time goes (src/lib/build-timings.ts).
  const timings = target.name === 'einblick' ? log.replace(/\.log$/, '.timings.jsonl') : undefined;
  const env = timings ? { ...target.env, EINBLICK_TIMINGS: timings } : target.env;
  let measured;
  let logText;
  let retries = 0;
  for (;;) {
    if (mode === 'cold') makeCold(target);
    if (timings) rmSync(timings, { force: true });
    say(`${target.label} ${mode} ${round}/${runs} …`);
    measured = await measure(target.command, target.args, { cwd: root, env, logFile: log });
    logText = readFileSync(log, 'utf8');
    if (measured.exitCode === 0 || retries >= MAX_RETRIES || !overwrittenByOtherBuild(target, logText)) break;
    retries++;
    say(
      `${target.label} ${mode} build failed because another build (of other content) rewrote ${relative(target.dotAstroDir)}/content-modules.mjs ` +
        `while it ran: Astro keeps that file per project root, not per content folder. Retrying (${retries}/${MAX_RETRIES}).`,
    );
  }
  if (measured.exitCode !== 0) {
    const tail = logText.trimEnd().split('\n').slice(-40).join('\n');
    process.stderr.write(`${tail}\n`);
    say(`${target.label} ${mode} build failed (exit ${measured.exitCode}); full log: ${relative(log)}`);
    if (target.name === 'einblick') {
      say(
        `to see whether the corpus is at fault: EINBLICK_CONTENT=${relative(corpus.contentDir)} node_modules/.bin/node scripts/check.ts`,
      );
    }
    process.exit(1);
  }
  const pages = countHtml(target.outDir);
  const result: RunResult = {
    target: target.name,
    mode,
    round,
    exitCode: measured.exitCode,
    wallMs: Math.round(measured.wallMs),
    cpuS: measured.cpuS,
    pages,
    msPerPage: pages > 0 ? measured.wallMs / pages : Number.NaN,
    msPerPost: measured.wallMs / corpus.publishedPosts,
    peakRssMb: measured.peakRssKb / 1024,
    peakRssSource: measured.peakRssSource,
    treePeakRssMb: measured.treePeakKb / 1024,
    peakAtS: Number((measured.peakAtMs / 1000).toFixed(1)),
    maxProcesses: measured.maxProcesses,
    retries,
    astroPhasesMs: astroPhases(logText),
    reusedPages: reusedPages(logText),
    ...(timings ? { spansMs: readSpans(timings) } : {}),
    ...(target.name === 'einblick' ? { cards: cardRunFromLog(logText) } : {}),
    load1: Number((os.loadavg()[0] ?? 0).toFixed(2)),
    log: relative(log),
  };
  say(
    `${target.label} ${mode} ${round}/${runs}: ${(result.wallMs / 1000).toFixed(2)} s (CPU ${result.cpuS?.toFixed(1) ?? '–'} s), ${pages} pages, ` +
      `${result.msPerPage.toFixed(1)} ms/page, peak RSS ${result.peakRssMb.toFixed(0)} MB at ${result.peakAtS} s (tree ${result.treePeakRssMb.toFixed(0)} MB), load ${result.load1}` +
      (result.cards ? `, cards ${result.cards.rendered} rendered / ${result.cards.cached} cached` : '') +
      (target.name === 'einblick' ? `, ${result.reusedPages} pages reused` : ''),
  );
  if (target.name === 'einblick' && mode === 'warm' && result.reusedPages === 0) {
    say(
      'this warm build reused no page: the page key changed since the cold build (a file below src/, package.json, ' +
        'package-lock.json or astro.config.mjs was edited while the benchmark ran), so it rendered every page again ' +
        'and measures nearly a cold build.',
    );
  }
  return result;
}

// Rounds interleave the sites, so a slow spell on the machine hits both alike.
for (let round = 1; round <= runs; round++) {
  for (const target of targets) {
    // A warm build only after a cold one, in the same round (a warm build alone rebuilds the last run's caches).
    for (const mode of wanted) results.push(await run(target, mode, round));
  }
}

// 3. The report.
const summary: Partial<Record<TargetName, Record<Mode, Summary>>> = {};
for (const target of targets) {
  const of = (mode: Mode) => summarise(results.filter((result) => result.target === target.name && result.mode === mode));
  summary[target.name] = { cold: of('cold'), warm: of('warm') };
}
const ratios: Partial<Record<Mode, Ratio>> = {};
if (summary.einblick && summary.baseline) {
  for (const mode of wanted) ratios[mode] = ratio(summary.einblick[mode], summary.baseline[mode]);
}
const rows = targets.flatMap((target) =>
  wanted.map((mode) => ({
    label: `${target.label} ${mode}`,
    summary: (summary[target.name] as Record<Mode, Summary>)[mode],
  })),
);
const heading =
  `Build benchmark: ${posts} posts (${corpus.publishedPosts} published), ${runs} run${runs === 1 ? '' : 's'} per row, medians. ` +
  `Peak RSS: largest single process of the build; tree RSS: sampled sum over all its processes.`;
process.stdout.write(formatTable(rows, ratios, heading));
process.stdout.write(
  `\n${formatPhases(
    rows.map(({ label, summary: row }) => ({ heading: label, astro: row.astroPhasesS, spans: row.spansS, wallS: row.wallS })),
    "Where the time goes: Astro's phases from its log (both sites), Einblick's own spans from EINBLICK_TIMINGS. " +
      'Indented rows run inside or beside the row above.',
  )}`,
);
if (summary.einblick) {
  say('social cards: measuring CPU per card (tools/card-cpu.ts) …');
  const einblickRuns = (mode: Mode) => results.filter((result) => result.target === 'einblick' && result.mode === mode);
  process.stdout.write(
    `\n${formatCards({
      posts,
      cpuMsPerCard: measureCardCpu(root),
      cold: einblickRuns('cold').map((result) => result.cards),
      warm: einblickRuns('warm').map((result) => result.cards),
      coldWallS: summary.einblick.cold.wallS,
      warmWallS: summary.einblick.warm.wallS,
      baselineWarmWallS: summary.baseline?.warm.wallS,
    })}`,
  );
}

const cpus = os.cpus();
const packageVersion = (name: string) => {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string })
      .version;
  } catch {
    return undefined;
  }
};
/** The commit measured, and how many files differed from it when the benchmark ended. */
const gitState = () => {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
  return {
    commit: git('rev-parse', 'HEAD') || null,
    uncommittedFiles: git('status', '--porcelain').split('\n').filter(Boolean).length,
  };
};
const report = {
  generatedAt: new Date().toISOString(),
  options: { posts, runs, only: values.only ?? null },
  source: gitState(),
  machine: {
    node: process.version,
    astro: packageVersion('astro'),
    mdx: packageVersion('@astrojs/mdx'),
    platform: `${os.platform()} ${os.release()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model,
    memoryMb: Math.round(os.totalmem() / 1024 / 1024),
    loadAverageBefore: loadBefore.map((value) => Number(value.toFixed(2))),
    loadAverageAfter: os.loadavg().map((value) => Number(value.toFixed(2))),
  },
  corpus: { ...corpus, contentDir: relative(corpus.contentDir), now: BENCH_NOW },
  measures: {
    wall: 'Wall-clock time of the whole build command, from spawn to exit (Einblick: node scripts/build.ts, content check included).',
    cpu: 'GNU time -v user + system seconds of the build command and every descendant it waited for (threads included): the work done, less sensitive to other load than wall time.',
    msPerPage: 'Wall time divided by the number of .html files in the output.',
    msPerPost: 'Wall time divided by the number of published posts (the pages both sites share).',
    peakRss:
      results[0]?.peakRssSource === 'gnu-time'
        ? 'GNU time -v "Maximum resident set size": the kernel high-water mark of the largest single process in the build tree (ru_maxrss propagates from waited-for descendants); exact.'
        : `Largest VmHWM of any process of the build tree, polled from /proc every ${SAMPLE_MS} ms.`,
    treePeakRss: `Largest sum of VmRSS over all processes of the build tree, polled from /proc every ${SAMPLE_MS} ms (approximate).`,
    peakAt: `Seconds after the start when the largest single process had its largest VmRSS, polled every ${SAMPLE_MS} ms: which phase (spansMs) the peak memory belongs to.`,
    cold: "Astro's cacheDir and the output folder deleted before the build (Vite's dependency cache in node_modules/.vite is kept, for both sites).",
    warm: 'The next build right after a cold one, cache and output kept.',
  },
  targets: Object.fromEntries(
    targets.map((target) => [
      target.name,
      {
        command: [relative(target.command), ...target.args.map(relative)].join(' '),
        outDir: relative(target.outDir),
        cacheDir: relative(target.cacheDir),
      },
    ]),
  ),
  summary,
  ratios,
  runs: results.map((result) => ({
    ...result,
    msPerPage: Number(result.msPerPage.toFixed(2)),
    msPerPost: Number(result.msPerPost.toFixed(2)),
    peakRssMb: Number(result.peakRssMb.toFixed(1)),
    treePeakRssMb: Number(result.treePeakRssMb.toFixed(1)),
  })),
};
const resultsFile = path.join(benchDir, 'results.json');
writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
say(`results written to ${relative(resultsFile)}`);
