import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One Astro build at a time per project folder. Astro writes generated modules to the
 * project's `.astro/` folder whatever the content folder is, so two builds of different
 * content (a test fixture and the demo, or the benchmark) would overwrite each other's.
 * The lock is a directory (mkdir is atomic) holding the owner's pid; a lock whose owner
 * is gone is taken over.
 */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export async function acquireBuildLock(root: string, timeoutMs = 20 * 60_000): Promise<() => void> {
  const lock = path.join(root, '.astro', 'einblick-build.lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      const release = () => rmSync(lock, { recursive: true, force: true });
      process.once('exit', release);
      return release;
    } catch {
      let owner = Number.NaN;
      try {
        owner = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        // The owner is between mkdir and writing its pid; wait.
      }
      if (Number.isInteger(owner) && !alive(owner)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > timeoutMs) throw new Error(`Another build has held ${lock} for too long.`);
      if (!told) {
        process.stderr.write(`Waiting for another build in this folder to finish (${lock}) …\n`);
        told = true;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
