/**
 * `npm run build`: checks the content, then builds the site beside the last good one
 * and swaps it in only when the build succeeded, so a failed build never leaves a
 * half-written `dist/`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatReport } from './lib/check/index.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { acquireBuildLock } from './lib/build-lock.ts';
import { readBuildEnv } from '../src/lib/build-env.ts';

const { values } = parseArgs({ options: { lang: { type: 'string', default: 'de' } } });
const lang = values.lang === 'en' ? 'en' : 'de';
const root = process.cwd();
const env = readBuildEnv(root);

const check = checkContent(root, env.contentDir);
if (check.errors > 0) {
  process.stderr.write(`${formatReport(check.findings, check.files, lang)}\n`);
  process.stderr.write(
    lang === 'de' ? 'Build abgebrochen: bitte die Fehler oben beheben.\n' : 'Build stopped: fix the errors above.\n',
  );
  process.exit(1);
}
if (check.warnings > 0) process.stdout.write(`${formatReport(check.findings, check.files, lang)}\n`);

const releaseLock = await acquireBuildLock(root);
const staging = `${env.outDir}.next`;
const previous = `${env.outDir}.previous`;
rmSync(staging, { recursive: true, force: true });
const astro = createRequire(import.meta.url)
  .resolve('astro/package.json')
  .replace(/package\.json$/, 'bin/astro.mjs');
const result = spawnSync(
  process.execPath,
  [astro, 'build', ...process.argv.slice(2).filter((arg) => !arg.startsWith('--lang'))],
  {
    stdio: 'inherit',
    env: { ...process.env, EINBLICK_OUT: staging, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);
if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write(
    lang === 'de'
      ? `Build fehlgeschlagen; ${path.relative(root, env.outDir)}/ bleibt unverändert.\n`
      : `Build failed; ${path.relative(root, env.outDir)}/ is unchanged.\n`,
  );
  process.exit(result.status ?? 1);
}
// The search index is part of the site: if Pagefind fails, the build fails and dist/ stays as it was.
try {
  const search = await buildSearchIndex(staging);
  process.stdout.write(lang === 'de' ? `Suchindex: ${search.pages} Seiten\n` : `Search index: ${search.pages} pages\n`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write(
    `${error instanceof Error ? error.message : String(error)}\n` +
      (lang === 'de'
        ? `Suchindex fehlgeschlagen; ${path.relative(root, env.outDir)}/ bleibt unverändert.\n`
        : `Search index failed; ${path.relative(root, env.outDir)}/ is unchanged.\n`),
  );
  process.exit(1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(env.outDir)) renameSync(env.outDir, previous);
renameSync(staging, env.outDir);
rmSync(previous, { recursive: true, force: true });
releaseLock();
