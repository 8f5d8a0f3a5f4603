import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import type { ViteDevServer } from 'vite';
import { formatFinding, formatReport } from '../check/format.ts';
import type { Lang } from '../check/messages.ts';
import type { CheckRun } from '../check/run.ts';
import type { CheckResult, Finding } from '../check/index.ts';
import { readBuildEnv } from '../lib/build-env.ts';
import { timeSpan } from '../lib/build-timings.ts';

/**
 * The content rules inside Astro: `astro build`, `npm run build` and `astro dev` enforce
 * the same check (src/check/) with the same German messages, whoever starts them.
 *
 * - Build: the check starts on its own thread when Astro reads the config and is awaited
 *   before Astro loads the content, so an author reads the check's message (file, line,
 *   field, fix) and not the schema error Astro would throw for the same mistake. On any
 *   error the build stops before a single file is written to the output folder.
 * - Dev: the whole content is checked at start, and again after every change in the
 *   content folder; the terminal shows the findings of the changed files and anything
 *   the change broke elsewhere (a post that names a deleted person), and the browser's
 *   error overlay shows the first error of the changed file.
 *
 * `EINBLICK_LANG=en` switches the messages to English (`npm run build -- --lang en`).
 */
export function contentCheck(): AstroIntegration {
  let run: CheckRun | undefined;
  let pending: Promise<Outcome> | undefined;
  let dev = false;
  const lang: Lang = process.env['EINBLICK_LANG'] === 'en' ? 'en' : 'de';
  return {
    name: 'einblick:content-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        const root = fileURLToPath(config.root);
        const env = readBuildEnv(root);
        const checkRun: CheckRun = { root, contentDir: env.contentDir, cacheDir: env.cacheDir };
        run = checkRun;
        dev = command === 'dev';
        if (command === 'build') pending = timeSpan('content check', () => checkOnThread(checkRun));
      },
      'astro:config:done': async ({ logger }) => {
        if (!pending) return;
        const outcome = await pending;
        pending = undefined;
        if ('crash' in outcome) throw quiet(crashMessage(lang), outcome.crash);
        const { result } = outcome;
        if (result.errors > 0) {
          process.stderr.write(`\n${formatReport(result.findings, result.files, lang)}\n\n`);
          throw quiet(
            lang === 'de'
              ? `Build abgebrochen: ${result.errors} Fehler im Inhalt (Liste oben). Die Ausgabe bleibt unverändert.`
              : `Build stopped: ${result.errors} content errors (listed above). The output is unchanged.`,
          );
        }
        if (result.warnings > 0) process.stdout.write(`\n${formatReport(result.findings, result.files, lang)}\n\n`);
        logger.info(summary(result, lang));
      },
      'astro:server:setup': ({ server, logger }) => {
        // Astro also starts a Vite server inside a build when NODE_ENV is `test` (as under
        // vitest); watching there would check and print the report a second time.
        if (run && dev) watchContent(run, server, logger, lang);
      },
    },
  };
}

type Outcome = { result: CheckResult & { cached: boolean } } | { crash: string };

/** Runs the check on a worker thread; the thread ends with its one message. */
function checkOnThread(run: CheckRun): Promise<Outcome> {
  return new Promise((resolve) => {
    const worker = new Worker(path.join(run.root, 'src', 'check', 'worker.ts'), { workerData: run });
    let settled = false;
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    worker.once('message', (message: Outcome) => settle(message));
    worker.once('error', (error) => settle({ crash: error.stack ?? error.message }));
    worker.once('exit', (code) => settle({ crash: `the content check's thread ended with code ${code}` }));
  });
}

/**
 * An error Astro prints as one message, without a stack trace: the author needs the
 * report above it, not where in Einblick it was noticed. A crash of the check itself
 * keeps its stack in `hint` for whoever maintains the site.
 */
export function quiet(message: string, detail?: string): AstroError {
  const error = new AstroError(message, detail);
  error.name = 'Einblick';
  error.stack = '';
  return error;
}

const crashMessage = (lang: Lang) =>
  lang === 'de'
    ? 'Die Inhaltsprüfung ist selbst abgestürzt (kein Fehler im Inhalt). Bitte an die Entwickler melden.'
    : 'The content check itself crashed (not a content error). Please tell the developers.';

const summary = (result: CheckResult & { cached: boolean }, lang: Lang) =>
  lang === 'de'
    ? `Inhalt geprüft: ${result.files} Dateien, ${result.errors} Fehler, ${result.warnings} Hinweise${result.cached ? ' (unverändert seit der letzten Prüfung)' : ''}`
    : `content checked: ${result.files} files, ${result.errors} errors, ${result.warnings} warnings${result.cached ? ' (unchanged since the last check)' : ''}`;

const key = (finding: Finding) => `${finding.file}\0${finding.line}\0${finding.column}\0${finding.field}\0${finding.rule}`;

/**
 * `astro dev`: checks the content at start and after every change in the content folder.
 * Changes that arrive together (an editor saving several files, a `git checkout`) are
 * checked once; a change during a check is checked right after it.
 */
function watchContent(run: CheckRun, server: ViteDevServer, logger: AstroIntegrationLogger, lang: Lang): void {
  let previous = new Set<string>();
  let changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let first = true;

  const report = async () => {
    if (running) return;
    running = true;
    const files = changed;
    changed = new Set();
    const outcome = await checkOnThread(run);
    running = false;
    if ('crash' in outcome) {
      logger.error(`${crashMessage(lang)}\n${outcome.crash}`);
    } else {
      show(outcome.result, files);
    }
    if (changed.size > 0) void report();
  };

  const show = (result: CheckResult, files: Set<string>) => {
    const current = new Set(result.findings.map(key));
    if (first) {
      first = false;
      if (result.findings.length > 0) logger.warn(`\n${formatReport(result.findings, result.files, lang)}`);
      else logger.info(summary({ ...result, cached: false }, lang));
      previous = current;
      return;
    }
    // The changed files' findings, and whatever the change broke in other files.
    const shown = result.findings.filter((finding) => files.has(finding.file) || !previous.has(key(finding)));
    previous = current;
    const names = [...files].sort().join(', ');
    if (shown.length === 0) {
      logger.info(lang === 'de' ? `${names}: keine Fehler.` : `${names}: no problems.`);
      return;
    }
    const lines = shown.map((finding) => `  ${formatFinding(finding, lang)}`).join('\n');
    const errors = shown.filter((finding) => finding.severity === 'error');
    (errors.length > 0 ? logger.error : logger.warn).call(
      logger,
      `${lang === 'de' ? 'Inhaltsprüfung' : 'Content check'} (${names}):\n${lines}`,
    );
    const firstError = errors[0];
    if (firstError) overlay(server, run.root, firstError, lang);
  };

  const onChange = (file: string) => {
    if (!file.startsWith(run.contentDir + path.sep)) return;
    // As the check names files: relative to the project root (`../…` for content outside it).
    changed.add(path.relative(run.root, file).split(path.sep).join('/'));
    clearTimeout(timer);
    timer = setTimeout(() => void report(), 150);
  };

  server.watcher.add(run.contentDir);
  server.watcher.on('add', onChange);
  server.watcher.on('change', onChange);
  server.watcher.on('unlink', onChange);
  void report();
}

/** Shows a finding in the browser's error overlay, where Astro draws Vite's error payloads. */
function overlay(server: ViteDevServer, root: string, finding: Finding, lang: Lang): void {
  const file = path.join(root, finding.file);
  const err = {
    // Astro's overlay shows `title` as its heading (its own default is English).
    title: lang === 'de' ? 'Die Inhaltsprüfung hat einen Fehler gefunden' : 'The content check found an error',
    message: formatFinding(finding, lang),
    stack: '',
    id: file,
    plugin: 'einblick:content-check',
    loc: { file, line: finding.line, column: finding.column },
  };
  server.environments.client.hot.send({ type: 'error', err });
}
