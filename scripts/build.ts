/**
 * `npm run build`: builds the site beside the last good one and swaps it in only when the
 * build succeeded, so a failed build never leaves a half-written `dist/`. The site it
 * replaced stays in `dist.previous/` (a rollback: rename it back) until the next build
 * removes it. The content check runs inside Astro (src/integrations/content-check.ts),
 * exactly as in a plain `astro build`. `--lang en` prints its messages in English.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { astroBuildEnv } from './lib/astro-env.ts';
import { acquireBuildLock } from './lib/lock.ts';
import { readBuildEnv } from '../src/lib/build-env.ts';
import { epochNow, recordSpan } from '../src/lib/build-timings.ts';

// `--lang en` (or `--lang=en`) is ours; every other argument goes to `astro build`.
const args = process.argv.slice(2);
const langAt = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
const langValue = langAt < 0 ? 'de' : args[langAt]!.includes('=') ? args[langAt]!.split('=')[1] : args[langAt + 1];
const lang = langValue === 'en' ? 'en' : 'de';
const passOn =
  langAt < 0 ? args : args.filter((_, index) => index !== langAt && (index !== langAt + 1 || args[langAt]!.includes('=')));
const root = process.cwd();
const env = readBuildEnv(root);

const releaseLock = await acquireBuildLock(root);
const staging = `${env.outDir}.next`;
const previous = `${env.outDir}.previous`;
rmSync(staging, { recursive: true, force: true });
const astro = createRequire(import.meta.url)
  .resolve('astro/package.json')
  .replace(/package\.json$/, 'bin/astro.mjs');

// The site before the last one goes while Astro starts (thousands of files: the time it
// takes on a slow disk stays out of the build's critical path).
const removingPrevious = rm(previous, { recursive: true, force: true });
const astroStarted = epochNow();
const child = spawn(process.execPath, [astro, 'build', ...passOn], {
  stdio: 'inherit',
  env: astroBuildEnv(process.env, staging, lang),
});
// Whatever ends this process ends the build it started.
process.once('exit', () => {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
});
const status = await new Promise<number>((resolve) => {
  child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  child.on('error', () => resolve(1));
});
recordSpan('astro build', astroStarted);
if (status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write(
    lang === 'de'
      ? `Build fehlgeschlagen; ${path.relative(root, env.outDir)}/ bleibt unverändert.\n`
      : `Build failed; ${path.relative(root, env.outDir)}/ is unchanged.\n`,
  );
  process.exit(status);
}
const swapping = epochNow();
await removingPrevious;
if (existsSync(env.outDir)) renameSync(env.outDir, previous);
renameSync(staging, env.outDir);
recordSpan('swap', swapping);
releaseLock();
