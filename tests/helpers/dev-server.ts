import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { acquireBuildLock } from '../../scripts/lib/lock.ts';
import { freePort } from './nginx.ts';
import { FIXTURE_NOW, ROOT } from './site.ts';

/** A running `astro dev` and everything it printed so far. */
export interface DevServer {
  origin: string;
  /** stdout and stderr, as they arrived. */
  output: () => string;
  /** Resolves once the output matches, or rejects with the output after `timeout` ms. */
  waitFor: (pattern: RegExp, timeout?: number) => Promise<RegExpMatchArray>;
  stop: () => Promise<void>;
}

/** This process's environment without what vitest sets for itself (NODE_ENV=test, MODE, BASE_URL …). */
function devEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NODE_ENV', 'MODE', 'BASE_URL', 'DEV', 'PROD', 'SSR', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

/**
 * Starts `astro dev` on a content folder and waits until it answers `/`. It holds the
 * build lock while it runs: the dev server writes the project's .astro/ like a build does.
 */
export async function startDevServer(contentDir: string): Promise<DevServer> {
  const release = await acquireBuildLock(ROOT);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const server: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      env: {
        ...devEnv(),
        EINBLICK_CONTENT: contentDir,
        EINBLICK_NOW: FIXTURE_NOW,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    release();
  };
  const deadline = Date.now() + 120_000;
  let last: unknown;
  for (;;) {
    if (server.exitCode !== null) {
      await stop();
      throw new Error(`astro dev stopped:\n${output}`);
    }
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(30_000) });
      if (response.ok) break;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error; // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`astro dev did not answer within 2 minutes (${String(last)}):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const waitFor = async (pattern: RegExp, timeout = 30_000) => {
    const end = Date.now() + timeout;
    for (;;) {
      const match = output.match(pattern);
      if (match) return match;
      if (Date.now() > end) throw new Error(`astro dev never printed ${String(pattern)}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  return { origin, output: () => output, waitFor, stop };
}
