import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * File lookups with the exact case. Authors write on macOS and Windows, where `Cover.jpg`
 * and `cover.jpg` are the same file; the Linux build server disagrees. Folder listings
 * are cached for one check run.
 */
export interface FileLookup {
  /** True when the path exists with exactly this case. */
  exists: boolean;
  /** The path as it is spelt on disk when it differs only in case (relative to `base`). */
  caseTwin?: string;
}

const listings = new Map<string, string[] | undefined>();

function list(dir: string): string[] | undefined {
  if (!listings.has(dir)) {
    let names: string[] | undefined;
    try {
      names = readdirSync(dir);
    } catch {
      names = undefined;
    }
    listings.set(dir, names);
  }
  return listings.get(dir);
}

/** Forgets cached folder listings (after `--fix` or in tests that change files). */
export const clearFileCache = () => listings.clear();

/** Looks up `relative` below `base`, segment by segment, so a wrong-case folder is found too. */
export function lookUp(base: string, relative: string): FileLookup {
  const segments = relative.split(/[\\/]+/).filter((part) => part !== '' && part !== '.');
  let dir = base;
  const spelt: string[] = [];
  let caseDiffers = false;
  for (const segment of segments) {
    if (segment === '..') {
      dir = path.dirname(dir);
      spelt.push('..');
      continue;
    }
    const names = list(dir);
    if (!names) return { exists: false };
    if (names.includes(segment)) spelt.push(segment);
    else {
      const twin = names.find((name) => name.toLowerCase() === segment.toLowerCase());
      if (!twin) return { exists: false };
      caseDiffers = true;
      spelt.push(twin);
    }
    dir = path.join(dir, spelt.at(-1)!);
  }
  if (segments.length === 0) return { exists: false };
  return caseDiffers ? { exists: false, caseTwin: spelt.join('/') } : { exists: true };
}
