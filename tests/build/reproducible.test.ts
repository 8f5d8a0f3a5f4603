import { readFileSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild } from '../helpers/build-once.ts';
import { buildSite, copyFixture, listFiles, ROOT, tempDir } from '../helpers/site.ts';

/**
 * Two builds of the same content produce the same bytes. The second build differs in
 * everything that must not matter: another checkout folder (so a cold Astro cache),
 * other file times, another time zone and locale of the build machine. "Now" is fixed
 * by EINBLICK_NOW in both (buildSite sets it). The first is the basic fixture's build that
 * the site and privacy suites read too (tests/helpers/build-once.ts).
 */

let first: string;
let second: string;

beforeAll(() => {
  const contentB = copyFixture('basic');
  // Newer modification times on every file of the second copy.
  const later = new Date('2030-01-01T00:00:00Z');
  for (const file of listFiles(contentB)) utimesSync(path.join(contentB, file), later, later);
  const a = sharedBuild(path.join(ROOT, 'tests/fixtures/basic/content'));
  if (a.status !== 0) throw new Error(`first build failed:\n${a.stdout}\n${a.stderr}`);
  const b = buildSite(contentB, path.join(tempDir('repro-b'), 'dist'), { TZ: 'Pacific/Kiritimati', LANG: 'C', LC_ALL: 'C' });
  if (b.status !== 0) throw new Error(`second build failed:\n${b.stdout}\n${b.stderr}`);
  first = a.outDir;
  second = b.outDir;
});

describe('reproducible builds', () => {
  it('write the same files', () => {
    const files = listFiles(first);
    expect(files.length).toBeGreaterThan(20);
    expect(listFiles(second)).toEqual(files);
  });

  it('write every file byte for byte the same', () => {
    const different = listFiles(first).filter(
      (file) => !readFileSync(path.join(first, file)).equals(readFileSync(path.join(second, file))),
    );
    expect(different).toEqual([]);
  });
});
