import type { Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Feeds every file below `dir` into `hash`, in a stable order: its path relative to `dir`
 * (forward slashes, after `prefix`), then its bytes. A missing folder adds nothing.
 */
export function hashTree(hash: Hash, dir: string, prefix = ''): void {
  if (!existsSync(dir)) return;
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    hash
      .update(`${prefix}${path.relative(dir, file).split(path.sep).join('/')}\0`)
      .update(readFileSync(file))
      .update('\0');
  }
}
