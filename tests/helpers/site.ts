import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

/** Project root (tests run from it). */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** A fixed "now" for fixture builds: 1 November 2026, noon in Berlin. */
export const FIXTURE_NOW = '2026-11-01T12:00:00+01:00';

export interface BuildResult {
  status: number;
  stdout: string;
  stderr: string;
  outDir: string;
}

/** The environment of a fixture build: its content and output folders, the fixtures' "now", no colour. */
function buildEnv(contentDir: string, outDir: string, extraEnv: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    EINBLICK_CONTENT: contentDir,
    EINBLICK_OUT: outDir,
    EINBLICK_NOW: FIXTURE_NOW,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...extraEnv,
  };
}

/**
 * With EINBLICK_BUILD_LOG set to a file, each build appends a line to it: seconds, exit
 * status, output and content folder (to see where a test run's time goes).
 */
function logBuild(started: number, status: number | null, contentDir: string, outDir: string): void {
  const log = process.env['EINBLICK_BUILD_LOG'];
  if (!log) return;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  appendFileSync(log, `${seconds} ${status} ${path.relative(ROOT, outDir)} ${path.relative(ROOT, contentDir)}\n`);
}

/** Runs a build script on the project's Node for a content folder, at the fixtures' "now". */
function runBuild(script: string[], contentDir: string, outDir: string, extraEnv: Record<string, string>): BuildResult {
  const started = performance.now();
  const result = spawnSync(process.execPath, script, {
    cwd: ROOT,
    encoding: 'utf8',
    env: buildEnv(contentDir, outDir, extraEnv),
  });
  logBuild(started, result.status, contentDir, outDir);
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, outDir };
}

/** Runs `npm run build` exactly as users do (scripts/build.ts on the project's Node) for a content folder. */
export function buildSite(contentDir: string, outDir: string, extraEnv: Record<string, string> = {}): BuildResult {
  return runBuild([path.join(ROOT, 'scripts', 'build.ts')], contentDir, outDir, extraEnv);
}

/** What a finished child process printed, and how it ended. */
export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a script on the project's Node without blocking the test file; resolves when it has ended. */
export function runNodeAsync(args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
  });
}

/**
 * buildSite without blocking the test file, for tests that run several independent builds
 * at once (each with its own output folder from tempDir). The builds still take turns in
 * Astro (scripts/build.ts holds the project's build lock), but one's Node start, the next
 * case's preparation and the tests' own checks run beside another's build.
 */
export async function buildSiteAsync(
  contentDir: string,
  outDir: string,
  extraEnv: Record<string, string> = {},
): Promise<BuildResult> {
  const started = performance.now();
  const result = await runNodeAsync([path.join(ROOT, 'scripts', 'build.ts')], buildEnv(contentDir, outDir, extraEnv));
  logBuild(started, result.status, contentDir, outDir);
  return { ...result, outDir };
}

/**
 * Runs a plain `astro build` (no wrapper, writing straight into `outDir`), as a static host
 * or a colleague would. The caller holds the build lock.
 */
export function astroBuild(contentDir: string, outDir: string, extraEnv: Record<string, string> = {}): BuildResult {
  return runBuild([path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], contentDir, outDir, extraEnv);
}

/** buildSite for tests that need the build to succeed: throws with its whole output otherwise. */
export function buildSiteOrThrow(contentDir: string, outDir: string, extraEnv: Record<string, string> = {}): BuildResult {
  const result = buildSite(contentDir, outDir, extraEnv);
  if (result.status !== 0) throw new Error(`build of ${contentDir} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/**
 * A fresh temporary folder inside the project (`.cache/tmp/`, git-ignored). Astro puts a
 * build's server chunks next to its output only when the output is inside the working
 * directory; outside it, every build shares `.astro/.prerender/` and parallel builds collide.
 */
export function tempDir(prefix: string): string {
  const parent = path.join(ROOT, '.cache', 'tmp');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, `${prefix}-`));
}

/** Copies a fixture's content folder to a temp folder, for tests that break it. */
export function copyFixture(name: string): string {
  const target = path.join(tempDir(name), 'content');
  cpSync(path.join(ROOT, 'tests', 'fixtures', name, 'content'), target, { recursive: true });
  return target;
}

/** Every file below a folder, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** The HTML pages of a build, as URL paths (`/blog/x/`), with their parsed documents. */
export function readPages(outDir: string): Map<string, CheerioAPI> {
  const pages = new Map<string, CheerioAPI>();
  for (const file of listFiles(outDir).filter((name) => name.endsWith('.html'))) {
    const url = `/${file}`.replace(/index\.html$/, '').replace(/\.html$/, '');
    pages.set(url, load(readFileSync(path.join(outDir, file), 'utf8')));
  }
  return pages;
}
