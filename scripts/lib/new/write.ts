import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Planned } from './render.ts';

/**
 * Writes a planned entry without ever overwriting: an entry with the same id, in any
 * spelling (`x.mdx`, `x/index.mdx`, `X.mdx`), counts as taken.
 */

/** Existing files that would collide with the planned entry, relative to the content folder. */
export function collisions(contentDir: string, planned: Planned): string[] {
  const folder = path.posix.dirname(planned.file).split('/')[0] ?? '';
  const dir = path.join(contentDir, folder);
  if (!existsSync(dir)) return [];
  const id = planned.id.toLowerCase();
  const taken: string[] = [];
  for (const name of readdirSync(dir)) {
    const stem = name.replace(/\.mdx?$/, '').toLowerCase();
    if (stem !== id) continue;
    const isEntry =
      /\.mdx?$/.test(name) || existsSync(path.join(dir, name, 'index.mdx')) || existsSync(path.join(dir, name, 'index.md'));
    if (isEntry) taken.push(`${folder}/${name}`);
  }
  for (const copy of planned.copies) if (existsSync(path.join(contentDir, copy.to))) taken.push(copy.to);
  return taken.sort();
}

/** Writes the entry and copies its images; refuses (and leaves nothing behind) if any target exists. */
export function writePlanned(contentDir: string, planned: Planned): void {
  const target = path.join(contentDir, planned.file);
  mkdirSync(path.dirname(target), { recursive: true });
  // `wx` fails if the file appeared since the collision check: never overwrite.
  writeFileSync(target, planned.text, { flag: 'wx' });
  try {
    for (const copy of planned.copies) {
      copyFileSync(copy.from, path.join(contentDir, copy.to), constants.COPYFILE_EXCL);
    }
  } catch (error) {
    rmSync(target);
    throw error;
  }
}
