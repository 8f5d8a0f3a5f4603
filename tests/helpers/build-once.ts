import { createHash, type Hash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { buildSite, FIXTURE_NOW, ROOT, type BuildResult } from './site.ts';

/**
 * Builds that several test files read but never change, made once per version of their
 * inputs: the build lands in a folder named by a key over everything it depends on, so the
 * build and browser suites of one `npm test` run share it, and a later run rebuilds only
 * after a change. Tests that build on purpose (reproducibility, incremental builds, failing
 * builds) keep calling buildSite themselves.
 */

/** The project files a build depends on besides its content folder and environment. */
export const CODE_INPUTS = ['src', 'public', 'scripts/build.ts', 'scripts/lib', 'astro.config.mjs', 'package-lock.json'];

/** Adds the paths and contents of every file below `absolute` to `hash`, named relative to `label`. */
export function hashTree(hash: Hash, absolute: string, label: string): void {
  if (!existsSync(absolute)) return;
  if (statSync(absolute).isDirectory()) {
    for (const name of readdirSync(absolute).sort()) hashTree(hash, path.join(absolute, name), `${label}/${name}`);
    return;
  }
  hash.update(`${label}\0`).update(readFileSync(absolute)).update('\0');
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * The folder `base/key`, made by `produce(staging)` unless an earlier call already made it.
 * A lock keeps two suites that start at once from producing it twice; `produce` returns
 * false for a result not worth keeping (a failed build: the next call tries again).
 * Other keys' folders unused for `staleMs` are removed.
 */
export function onceByKey(base: string, key: string, staleMs: number, produce: (staging: string) => boolean): string {
  const target = path.join(base, key);
  const done = `${target}.complete`;
  const lock = path.join(base, `${key}.lock`);
  mkdirSync(base, { recursive: true });
  for (let waited = 0; !existsSync(done); waited += 500) {
    try {
      mkdirSync(lock);
    } catch {
      // Another suite makes it; a lock older than ten minutes belongs to a crashed run.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      if (waited > 900_000) throw new Error(`timed out waiting for ${target}`);
      sleep(500);
      continue;
    }
    try {
      if (existsSync(done)) break;
      // Older versions are of no use any more, once no other test run can still be reading them.
      for (const old of readdirSync(base)) {
        const stale = Date.now() - statSync(path.join(base, old)).mtimeMs > staleMs;
        if (!old.startsWith(key) && stale) rmSync(path.join(base, old), { recursive: true, force: true });
      }
      const staging = path.join(base, `${key}.building`);
      rmSync(staging, { recursive: true, force: true });
      if (!produce(staging)) return staging;
      rmSync(target, { recursive: true, force: true });
      renameSync(staging, target);
      writeFileSync(done, `${new Date().toISOString()}\n`);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  // Used now: not stale for the clean-up above, which another test run (another key, e.g.
  // another checkout's demo build in the shared temp folder) may do while this one reads it.
  // The clean-up judges the folder itself, so both the marker and the folder are touched.
  const now = new Date();
  utimesSync(done, now, now);
  utimesSync(target, now, now);
  return target;
}

let codeKey: string | undefined;

/** The key of the project code every build depends on (computed once per test file). */
function codeInputsKey(): string {
  if (!codeKey) {
    const hash = createHash('sha256');
    for (const input of CODE_INPUTS) hashTree(hash, path.join(ROOT, input), input);
    codeKey = hash.digest('hex');
  }
  return codeKey;
}

/**
 * `npm run build` of a content folder at the fixtures' "now", shared by every test file
 * that builds the same content with the same environment: the first call builds, later
 * ones (in this run or a later one, until code or content change) get the same output
 * folder and output. The caller must not change the output folder. A failed build is not
 * kept.
 */
export function sharedBuild(contentDir: string, extraEnv: Record<string, string> = {}): BuildResult {
  const hash = createHash('sha256').update(FIXTURE_NOW).update('\0').update(codeInputsKey()).update('\0');
  hash.update(JSON.stringify(Object.entries(extraEnv).sort())).update('\0');
  hashTree(hash, contentDir, 'content');
  const key = hash.digest('hex').slice(0, 16);
  let failed: BuildResult | undefined;
  const folder = onceByKey(path.join(ROOT, '.cache', 'fixture-builds'), key, 86_400_000, (staging) => {
    const result = buildSite(contentDir, path.join(staging, 'dist'), extraEnv);
    if (result.status !== 0) {
      failed = result;
      return false;
    }
    writeFileSync(path.join(staging, 'result.json'), JSON.stringify({ stdout: result.stdout, stderr: result.stderr }));
    return true;
  });
  if (failed) return failed;
  const { stdout, stderr } = JSON.parse(readFileSync(path.join(folder, 'result.json'), 'utf8')) as Pick<
    BuildResult,
    'stdout' | 'stderr'
  >;
  return { status: 0, stdout, stderr, outDir: path.join(folder, 'dist') };
}

/** sharedBuild for tests that need the build to succeed: throws with its whole output otherwise. */
export function sharedBuildOrThrow(contentDir: string, extraEnv: Record<string, string> = {}): BuildResult {
  const result = sharedBuild(contentDir, extraEnv);
  if (result.status !== 0) throw new Error(`build of ${contentDir} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}
