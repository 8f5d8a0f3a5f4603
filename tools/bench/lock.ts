/**
 * One benchmark at a time: two runs would build into the same cache and output folders
 * (and delete them for each other's cold builds), and compete for the CPU they measure.
 */
import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the lock file for this process (released when it exits). Returns the pid of the
 * benchmark that holds it instead, if one is running; a lock left by a dead one is taken over.
 */
export function acquireLock(file: string): number | undefined {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      process.on('exit', () => {
        try {
          if (Number(readFileSync(file, 'utf8')) === process.pid) rmSync(file, { force: true });
        } catch {
          // Already gone.
        }
      });
      return undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = Number.NaN;
      try {
        holder = Number(readFileSync(file, 'utf8'));
      } catch {
        // Removed in between: try again.
      }
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) return holder;
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take the benchmark lock ${file}`);
}
