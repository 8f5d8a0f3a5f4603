/**
 * `npm test`: the static checks (ESLint, Prettier, astro check — each must be clean,
 * zero warnings) and then every vitest suite. Ends with one line
 * `tests: N passed, N failed` (each static check counts as one test).
 * Arguments after `--` go to vitest, e.g. `npm test -- --project unit`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env['FORCE_COLOR'] ?? '1' };
const vitestArgs = process.argv.slice(2);
const onlyVitest = vitestArgs.length > 0;

let passed = 0;
let failed = 0;

function step(label: string, command: string, args: string[]): void {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status === 0) passed += 1;
  else {
    failed += 1;
    process.stdout.write(`✗ ${label} failed\n`);
  }
}

/**
 * The browser suites drive Debian's Chromium and serve through Debian's nginx (with a
 * throwaway certificate from openssl). On a fresh Debian machine (as root, like CI) they
 * are installed here, so `npm test` works right after `npm ci`; elsewhere the missing
 * package is named and counted as a failure. This is the only place that installs them:
 * `.ci/run` just runs `npm ci` and `npm test`. The paths are the ones the suites use
 * (tests/helpers/browser.ts, nginx.ts).
 */
function ensureSystemPackages(): void {
  const missing = [
    ['chromium', process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'],
    ['nginx', process.env['NGINX_PATH'] ?? '/usr/sbin/nginx'],
    ['openssl', '/usr/bin/openssl'],
  ].filter(([, file]) => !existsSync(file!));
  if (missing.length === 0) return;
  const names = missing.map(([name]) => name!);
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    process.stdout.write(`\n▶ installing Debian packages for the browser suites: ${names.join(', ')}\n`);
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv });
    spawnSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: 'inherit', env: aptEnv });
  }
  const still = missing.filter(([, file]) => !existsSync(file!)).map(([name]) => name!);
  if (still.length > 0) {
    failed += 1;
    process.stdout.write(
      `✗ missing for the browser suites: ${still.join(', ')} — install with: sudo apt-get install -y ${still.join(' ')}\n`,
    );
  }
}

if (!onlyVitest) ensureSystemPackages();
if (!onlyVitest) {
  step('eslint (zero warnings)', bin('eslint'), ['--max-warnings=0', '.']);
  step('prettier --check', bin('prettier'), ['--check', '--log-level=warn', '.']);
  step('astro check', process.execPath, [bin('astro'), 'check', '--minimumSeverity', 'warning']);
}

/**
 * Runs vitest once and adds its counts. Without arguments the projects run one after
 * another (unit, build, browser): build and browser suites build fixture sites, and on
 * two cores one build at a time is both fastest and free of contention.
 */
function vitestRun(label: string, args: string[]): void {
  const report = path.join(root, '.cache', `vitest-report-${label}.json`);
  mkdirSync(path.dirname(report), { recursive: true });
  rmSync(report, { force: true });
  process.stdout.write(`\n▶ vitest ${label}\n`);
  const vitest = spawnSync(
    process.execPath,
    [bin('vitest'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args],
    { stdio: 'inherit', env },
  );
  try {
    const results = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += results.numPassedTests;
    failed += results.numFailedTests;
    // A suite that fails to load has no failed test but a non-zero exit: count it.
    if (vitest.status !== 0 && results.numFailedTests === 0) failed += 1;
  } catch {
    failed += 1;
  }
}

if (onlyVitest) vitestRun('selection', vitestArgs);
else for (const project of ['unit', 'build', 'browser']) vitestRun(project, ['--project', project]);
process.stdout.write(`\ntests: ${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
