import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteOrThrow as build, copyFixture, listFiles, tempDir, type BuildResult } from '../helpers/site.ts';

/**
 * Astro's incremental build with Einblick's page key (src/data/page-key.ts): an unchanged
 * rebuild copies pages from the last build, and whatever changed — a post, or only "now" —
 * gives exactly the files a cold build of the same content gives, so a reused page is
 * never stale.
 */

/** Every file of a build with the hash of its bytes. */
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex'),
    ]),
  );

/** Pages Astro copied from its cache instead of rendering them. */
const restored = (result: BuildResult) => (result.stdout.match(/\(restored\)/g) ?? []).length;

/** A cold build (own content copy, so its own empty caches) of the same content. */
function coldBuildOf(content: string, env: Record<string, string> = {}): string {
  const copy = path.join(tempDir('incremental-cold'), 'content');
  cpSync(content, copy, { recursive: true });
  return build(copy, path.join(tempDir('incremental-cold'), 'dist'), env).outDir;
}

describe('incremental builds', () => {
  it('reuse every page of unchanged content, and after a change write what a cold build writes', () => {
    const content = copyFixture('basic');
    const outDir = path.join(tempDir('incremental'), 'dist');

    const first = build(content, outDir);
    expect(restored(first)).toBe(0);
    const firstFiles = snapshot(outDir);

    const second = build(content, outDir);
    expect(restored(second)).toBeGreaterThan(20);
    expect(snapshot(outDir)).toEqual(firstFiles);

    // The title shows on the post's own page, the home page, lists, feeds and cards.
    const post = path.join(content, 'posts/erster-beitrag.mdx');
    writeFileSync(
      post,
      readFileSync(post, 'utf8').replace('title: Vom Azubi zum Schichtleiter', 'title: Vom Azubi zur Schichtleiterin'),
    );
    const third = build(content, outDir);
    expect(restored(third)).toBe(0);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('Vom Azubi zur Schichtleiterin');
    expect(snapshot(outDir)).toEqual(snapshot(coldBuildOf(content)));
    // The site the last build replaced stays beside it, whole, as a rollback.
    expect(snapshot(`${outDir}.previous`)).toEqual(firstFiles);
    expect(existsSync(`${outDir}.next`)).toBe(false);
  });

  it('render again when only "now" changed what is visible', () => {
    const content = copyFixture('basic');
    const outDir = path.join(tempDir('incremental-now'), 'dist');
    build(content, outDir);
    // In 2031 the post scheduled for 2030 is out, and jobs have expired.
    const later = { EINBLICK_NOW: '2031-01-01T12:00:00+01:00' };
    const moved = build(content, outDir, later);
    expect(restored(moved)).toBe(0);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('Geplanter Beitrag');
    expect(snapshot(outDir)).toEqual(snapshot(coldBuildOf(content, later)));
  });
});
