/**
 * Process locks for the build and the benchmark: a file holding the owner's pid.
 *
 * - One Astro build at a time per project folder: Astro writes generated modules to the
 *   project's `.astro/` whatever the content folder is, so two builds of different content
 *   (a test fixture and the demo, or the benchmark) would overwrite each other's.
 * - One benchmark at a time: two runs would build into the same cache and output folders
 *   (and delete them for each other's cold builds), and compete for the CPU they measure.
 *
 * The file is written under a temporary name and hard-linked into place, so a lock never
 * exists without its pid. A lock whose owner is gone is taken over; two processes taking
 * over the same stale lock at the same instant can both win (the window is a few
 * microseconds, after a crash).
 */
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Sends signal 0 to a pid: throws like `process.kill` when it cannot. Injected by tests. */
export type Probe = (pid: number) => void;

const signalZero: Probe = (pid) => {
  process.kill(pid, 0);
};

/**
 * Whether the process `pid` exists. Signal 0 only asks: ESRCH means there is no such
 * process; EPERM means there is one but it belongs to another user (a build run by
 * another account, or as root) — it is running, so its lock is held. Any other error is
 * not evidence of a dead owner either.
 */
export function isRunning(pid: number, probe: Probe = signalZero): boolean {
  try {
    probe(pid);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

export interface LockOptions {
  /** Liveness probe for the holder's pid (tests inject one). */
  probe?: Probe;
  /** The pid written into the lock (tests use others). */
  pid?: number;
}

export type LockAttempt = { acquired: true; release: () => void } | { acquired: false; holder: number };

/** Locks this process holds, so a lock file naming our own pid is told apart from one left by a dead process that had it. */
const held = new Set<string>();

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** The pid in a lock file; undefined when the file is gone, NaN when it holds no pid. */
function readHolder(file: string): number | undefined {
  try {
    return Number(readFileSync(file, 'utf8').trim());
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Takes the lock `file` if it is free or stale, without waiting. Returns how to release
 * it (also done when the process exits), or the pid of the running process that holds it.
 */
export function tryLock(file: string, options: LockOptions = {}): LockAttempt {
  const pid = options.pid ?? process.pid;
  const probe = options.probe ?? signalZero;
  const lock = path.resolve(file);
  mkdirSync(path.dirname(lock), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    const temp = `${lock}.${pid}.${process.hrtime.bigint()}`;
    writeFileSync(temp, `${pid}\n`);
    try {
      linkSync(temp, lock);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
      const holder = readHolder(lock);
      if (holder === undefined) continue; // Released in between: try again.
      const ours = holder === pid && held.has(lock);
      const live = Number.isInteger(holder) && holder > 0 && holder !== pid && isRunning(holder, probe);
      if (ours || live) return { acquired: false, holder };
      // Stale: its owner is gone (or a dead process had our pid before us); take it over.
      rmSync(lock, { force: true });
      continue;
    } finally {
      rmSync(temp, { force: true });
    }
    held.add(lock);
    const release = () => {
      process.off('exit', release);
      if (!held.delete(lock)) return;
      try {
        if (readHolder(lock) === pid) rmSync(lock, { force: true });
      } catch {
        // Unreadable: leave it; the next owner sees whether we are gone.
      }
    };
    process.on('exit', release);
    return { acquired: true, release };
  }
  throw new Error(`Could not take the lock ${lock}: it keeps changing hands.`);
}

export interface WaitOptions extends LockOptions {
  /** Give up after this long (default 20 minutes). */
  timeoutMs?: number;
  /** How often to look again (default 250 ms). */
  pollMs?: number;
  /** Called once, when the lock is held by another process and waiting starts. */
  onWait?: (holder: number) => void;
}

/** Takes the lock `file`, waiting while another running process holds it; resolves to its release. */
export async function waitForLock(file: string, options: WaitOptions = {}): Promise<() => void> {
  const { timeoutMs = 20 * 60_000, pollMs = 250, onWait } = options;
  const started = Date.now();
  let told = false;
  for (;;) {
    const attempt = tryLock(file, options);
    if (attempt.acquired) return attempt.release;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`Process ${attempt.holder} has held ${file} for too long.`);
    }
    if (!told) onWait?.(attempt.holder);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** One Astro build (or dev server) at a time in the project folder `root`; resolves to the release. */
export function acquireBuildLock(root: string, timeoutMs?: number): Promise<() => void> {
  const file = path.join(root, '.astro', 'build.lock');
  return waitForLock(file, {
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    onWait: (holder) => process.stderr.write(`Waiting for another build in this folder (pid ${holder}) to finish (${file}) …\n`),
  });
}
