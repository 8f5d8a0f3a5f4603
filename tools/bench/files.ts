/** Folder syncing for the benchmark: write only the files whose bytes changed, so modification times stay put. */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Files under `dir`, as forward-slash paths relative to it; folders named in `skip` are left out. */
export function listFiles(dir: string, skip: ReadonlySet<string> = new Set(), base = dir): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = path.join(dir, name);
    if (!statSync(full).isDirectory()) return [path.relative(base, full).split(path.sep).join('/')];
    return skip.has(name) ? [] : listFiles(full, skip, base);
  });
}

function removeEmptyDirs(dir: string, skip: ReadonlySet<string>): void {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory() && !skip.has(name)) {
      removeEmptyDirs(full, skip);
      if (readdirSync(full).length === 0) rmdirSync(full);
    }
  }
}

export interface SyncResult {
  /** Files written or deleted. */
  changed: number;
  bytes: number;
  /** sha256 over every file's path and the sha256 of its bytes, in path order. */
  digest: string;
}

/**
 * Makes `dir` hold exactly `files` (relative path → bytes, produced on demand in path
 * order): changed files are rewritten, missing ones written, others deleted. Folders
 * named in `keep` (e.g. `.astro`) are neither read nor touched.
 */
export async function syncFolder(
  dir: string,
  paths: readonly string[],
  produce: (relative: string) => Buffer | Promise<Buffer>,
  keep: ReadonlySet<string> = new Set(),
): Promise<SyncResult> {
  mkdirSync(dir, { recursive: true });
  const existing = new Set(listFiles(dir, keep));
  const digest = createHash('sha256');
  let changed = 0;
  let bytes = 0;
  for (const relative of [...paths].sort()) {
    const data = await produce(relative);
    const target = path.join(dir, relative);
    const same = existing.delete(relative) && readFileSync(target).equals(data);
    if (!same) {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, data);
      changed++;
    }
    bytes += data.length;
    digest.update(`${relative}\0${createHash('sha256').update(data).digest('hex')}\n`);
  }
  for (const stale of existing) {
    rmSync(path.join(dir, stale), { force: true });
    changed++;
  }
  removeEmptyDirs(dir, keep);
  return { changed, bytes, digest: digest.digest('hex') };
}
