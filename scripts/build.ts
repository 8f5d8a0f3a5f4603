/**
 * `npm run build`: checks the content (while Astro already starts), builds the site
 * beside the last good one and swaps it in only when the build succeeded, so a failed
 * build never leaves a half-written `dist/`. The site it replaced stays in
 * `dist.previous/` (a rollback: rename it back) until the next build removes it.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { acquireBuildLock } from './lib/lock.ts';
import { readBuildEnv } from '../src/lib/build-env.ts';

const { values } = parseArgs({ options: { lang: { type: 'string', default: 'de' } } });
const lang = values.lang === 'en' ? 'en' : 'de';
const root = process.cwd();
const env = readBuildEnv(root);

const releaseLock = await acquireBuildLock(root);
const staging = `${env.outDir}.next`;
const previous = `${env.outDir}.previous`;
rmSync(staging, { recursive: true, force: true });
const astro = createRequire(import.meta.url)
  .resolve('astro/package.json')
  .replace(/package\.json$/, 'bin/astro.mjs');

/**
 * Astro starts at once and the content check runs beside it, on the other core: the check
 * takes seconds on a large site and Astro would otherwise wait for it. Astro's output is
 * held back until the check has passed, so an author with a broken file reads the check's
 * messages only; on errors Astro is stopped and nothing was written outside the staging
 * folder.
 */
// The site before the last one goes while Astro starts (thousands of files: the time it
// takes on a slow disk stays out of the build's critical path).
const removingPrevious = rm(previous, { recursive: true, force: true });
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2).filter((arg) => !arg.startsWith('--lang'))], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: {
    ...process.env,
    EINBLICK_OUT: staging,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(process.stdout.isTTY && process.env['NO_COLOR'] === undefined ? { FORCE_COLOR: '1' } : {}),
  },
});
// Whatever ends this process (an error in the check included) ends the build it started.
process.once('exit', () => {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
});
const held: Array<[NodeJS.WriteStream, Buffer]> = [];
let holding = true;
const forward = (target: NodeJS.WriteStream) => (chunk: Buffer) => {
  if (holding) held.push([target, chunk]);
  else target.write(chunk);
};
child.stdout.on('data', forward(process.stdout));
child.stderr.on('data', forward(process.stderr));
const exited = new Promise<number>((resolve) => {
  child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  child.on('error', () => resolve(1));
});

// Loaded only now, so that Astro does not wait for the check's modules to start; and run
// at a lower priority, so that Astro's start-up (one busy thread) is not slowed by it. The
// check still ends long before Astro (it needs some 2.5 s of one core for 1000 posts,
// Astro leaves a core partly idle while it bundles).
try {
  os.setPriority(10);
} catch {
  // Not allowed here (some containers): the check runs at normal priority.
}
// Unchanged content and code: the last result, without loading the check at all.
const { checkCache } = await import('../src/check/cache.ts');
const cache = checkCache({
  contentDir: env.contentDir,
  codeDirs: [path.join(root, 'src')],
  lockfile: path.join(root, 'package-lock.json'),
  cacheFile: path.join(env.cacheDir, 'einblick-check.json'),
});
let check = cache.result;
if (!check) {
  const { checkContent } = await import('../src/check/index.ts');
  check = checkContent(root, env.contentDir);
  cache.store(check);
}
const { formatReport } = await import('../src/check/format.ts');
if (check.errors > 0) {
  child.kill('SIGTERM');
  await exited;
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write(`${formatReport(check.findings, check.files, lang)}\n`);
  process.stderr.write(
    lang === 'de' ? 'Build abgebrochen: bitte die Fehler oben beheben.\n' : 'Build stopped: fix the errors above.\n',
  );
  process.exit(1);
}
if (check.warnings > 0) process.stdout.write(`${formatReport(check.findings, check.files, lang)}\n`);
holding = false;
for (const [target, chunk] of held.splice(0)) target.write(chunk);

const status = await exited;
if (status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write(
    lang === 'de'
      ? `Build fehlgeschlagen; ${path.relative(root, env.outDir)}/ bleibt unverändert.\n`
      : `Build failed; ${path.relative(root, env.outDir)}/ is unchanged.\n`,
  );
  process.exit(status);
}
await removingPrevious;
if (existsSync(env.outDir)) renameSync(env.outDir, previous);
renameSync(staging, env.outDir);
releaseLock();
