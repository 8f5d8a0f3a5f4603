/**
 * The two sites the benchmark builds over the same corpus:
 * - `einblick`: exactly what users run, `node scripts/build.ts` (content check, then
 *   `astro build` into `<out>.next`, swapped into place), with EINBLICK_CONTENT,
 *   EINBLICK_OUT and a fixed EINBLICK_NOW.
 * - `baseline`: tools/bench/baseline, the least Astro site that turns the same MDX posts into
 *   pages, built with `astro build --root <copy>` from the root's node_modules. It is
 *   built from a copy in `.cache/bench/baseline-site`, so that the `.astro/` type files
 *   and `node_modules/.vite` that every Astro build writes into its root stay out of the
 *   repository (where tsc and ESLint would pick them up and clash with the site's own).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { readFileSync, rmSync } from 'node:fs';
import { readBuildEnv } from '../../src/lib/build-env.ts';
import { BENCH_NOW } from './corpus.ts';
import { listFiles, syncFolder } from './files.ts';

export type TargetName = 'einblick' | 'baseline';
export const TARGET_NAMES: readonly TargetName[] = ['einblick', 'baseline'];

export interface Target {
  name: TargetName;
  label: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Where the finished site is (pages are counted here). */
  outDir: string;
  /** Astro's cache folder (data store, optimised images). */
  cacheDir: string;
  /** Astro's `.astro/` folder of the site's root (generated types and content module maps). */
  dotAstroDir: string;
  /** Everything a cold build must not find: the Astro cache and the output. */
  coldPaths: string[];
}

/** The environment without variables that would steer either build elsewhere. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of Object.keys(env)) {
    if (name.startsWith('EINBLICK_') || name.startsWith('BENCH_')) delete env[name];
  }
  return env;
}

export function einblickTarget(root: string, contentDir: string, benchDir: string, posts: number): Target {
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(),
    EINBLICK_CONTENT: contentDir,
    EINBLICK_OUT: path.join(benchDir, 'out', `einblick-${posts}`),
    EINBLICK_NOW: BENCH_NOW,
  };
  const buildEnv = readBuildEnv(root, env);
  return {
    name: 'einblick',
    label: 'Einblick',
    command: process.execPath,
    args: [path.join(root, 'scripts/build.ts')],
    env,
    outDir: buildEnv.outDir,
    cacheDir: buildEnv.cacheDir,
    dotAstroDir: path.join(root, '.astro'),
    coldPaths: [buildEnv.cacheDir, buildEnv.outDir, `${buildEnv.outDir}.next`, `${buildEnv.outDir}.previous`],
  };
}

/** Folders Astro and Vite write into a site's root; never part of the template. */
const GENERATED = new Set(['.astro', 'node_modules', 'dist']);

/** Copies the template tools/bench/baseline to `<benchDir>/baseline-site` (changed files only) and returns that folder. */
export async function prepareBaselineSite(root: string, benchDir: string): Promise<string> {
  const template = path.join(root, 'tools/bench/baseline');
  const site = path.join(benchDir, 'baseline-site');
  const files = listFiles(template, GENERATED);
  if (!files.includes('astro.config.mjs')) throw new Error(`${template}/astro.config.mjs is missing`);
  await syncFolder(site, files, (relative) => readFileSync(path.join(template, relative)), GENERATED);
  return site;
}

export function baselineTarget(root: string, site: string, contentDir: string, benchDir: string, posts: number): Target {
  const astro = createRequire(path.join(root, 'package.json'))
    .resolve('astro/package.json')
    .replace(/package\.json$/, 'bin/astro.mjs');
  const outDir = path.join(benchDir, 'out', `baseline-${posts}`);
  const cacheDir = path.join(benchDir, 'cache', `baseline-${posts}`);
  return {
    name: 'baseline',
    label: 'baseline',
    command: process.execPath,
    args: [astro, 'build', '--root', site],
    env: { ...baseEnv(), BENCH_CONTENT: contentDir, BENCH_BASELINE_OUT: outDir, BENCH_BASELINE_CACHE: cacheDir },
    outDir,
    cacheDir,
    dotAstroDir: path.join(site, '.astro'),
    coldPaths: [cacheDir, outDir],
  };
}

export function makeCold(target: Target): void {
  for (const folder of target.coldPaths) rmSync(folder, { recursive: true, force: true });
}
