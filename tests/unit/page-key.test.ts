import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_FILES, siteKey } from '../../src/data/page-key.ts';
import { ROOT, tempDir } from '../helpers/site.ts';

/**
 * The page key (src/data/page-key.ts) lists no files by hand: a change to any file of the
 * code must render the pages again. Proven on a copy of the real project's src/, with
 * files picked at random (the seed is printed when a check fails).
 */
const visible = { posts: ['a'], year: 2026, preview: false };

function project(): { root: string; content: string; files: string[] } {
  const root = tempDir('page-key');
  cpSync(path.join(ROOT, 'src'), path.join(root, 'src'), { recursive: true });
  for (const file of PROJECT_FILES) cpSync(path.join(ROOT, file), path.join(root, file));
  const content = path.join(root, 'content');
  cpSync(path.join(ROOT, 'tests/fixtures/basic/content'), content, { recursive: true });
  const files = readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  return { root, content, files };
}

describe('page key', () => {
  const { root, content, files } = project();
  const key = () => siteKey(root, content, visible);
  const seed = Date.now();
  let state = seed;
  /** A small LCG: the picks differ from run to run, and the seed names them. */
  const pick = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return files[state % files.length]!;
  };

  it('is the same for the same tree', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(key()).toBe(key());
  });

  it(`changes when any file below src/ changes, is added, renamed or removed (seed ${seed})`, () => {
    for (let round = 0; round < 8; round++) {
      const file = pick();
      const where = `${path.relative(root, file)} (seed ${seed})`;
      const before = key();
      const original = readFileSync(file);
      // One byte more: the smallest edit there is.
      writeFileSync(file, Buffer.concat([original, Buffer.from(' ')]));
      expect(key(), `edited ${where}`).not.toBe(before);
      writeFileSync(file, original);
      expect(key(), `restored ${where}`).toBe(before);

      renameSync(file, `${file}.moved`);
      expect(key(), `renamed ${where}`).not.toBe(before);
      renameSync(`${file}.moved`, file);

      rmSync(file);
      expect(key(), `removed ${where}`).not.toBe(before);
      writeFileSync(file, original);
      expect(key()).toBe(before);
    }
    const added = path.join(path.dirname(pick()), 'added-later.ts');
    const before = key();
    writeFileSync(added, 'export const later = 1;\n');
    expect(key(), `added ${added}`).not.toBe(before);
    rmSync(added);
    expect(key()).toBe(before);
  });

  it('changes with the lockfile, the Astro config, the content and the build state', () => {
    const before = key();
    for (const file of PROJECT_FILES) {
      const at = path.join(root, file);
      const original = readFileSync(at);
      writeFileSync(at, Buffer.concat([original, Buffer.from('\n')]));
      expect(key(), file).not.toBe(before);
      writeFileSync(at, original);
    }
    const site = path.join(content, 'site.yaml');
    const original = readFileSync(site);
    writeFileSync(site, Buffer.concat([original, Buffer.from('\n')]));
    expect(key(), 'site.yaml').not.toBe(before);
    writeFileSync(site, original);
    expect(key()).toBe(before);
    expect(siteKey(root, content, { ...visible, year: 2027 })).not.toBe(before);
    expect(siteKey(root, content, { ...visible, preview: true })).not.toBe(before);
    expect(siteKey(root, content, { ...visible, posts: [] })).not.toBe(before);
  });
});
