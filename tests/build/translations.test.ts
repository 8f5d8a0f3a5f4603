import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { MARKER, translationsFixture } from '../helpers/translations-fixture.ts';
import { buildSite, listFiles, tempDir, type BuildResult } from '../helpers/site.ts';

/**
 * Issue 20, part 2: translations are content the build loads (their own collections, ids
 * `en/<id>`), but until English pages exist they are data only. The basic fixture with
 * English translations of a post, a job, a person, a team, a video and a department
 * builds, and no German page, feed, sitemap, card or search index carries their text.
 */

let result: BuildResult;
beforeAll(() => {
  result = buildSite(translationsFixture(), path.join(tempDir('english'), 'dist'));
  if (result.status !== 0) throw new Error(`translations fixture build failed:\n${result.stdout}\n${result.stderr}`);
}, 300_000);

describe('a site with translations', () => {
  it('builds without a warning about them, and no page for a translation as a German entry', () => {
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).not.toMatch(/No files found|\.en\.mdx?\b/);
    const files = listFiles(result.outDir);
    expect(files).toContain('blog/erster-beitrag/index.html');
    expect(files.filter((file) => /\.en(?:[./]|$)|\ben\//.test(file))).toEqual([]);
  });

  it('no German page, feed, sitemap or search file contains translated text', () => {
    const files = listFiles(result.outDir);
    const texts = files.filter((file) => /\.(?:html|xml|json|txt|js|webmanifest)$/.test(file));
    expect(texts.length).toBeGreaterThan(10);
    const leaking = files.filter((file) => {
      const bytes = readFileSync(path.join(result.outDir, file));
      if (file.endsWith('.gz')) return gunzipSync(bytes).toString('utf8').includes(MARKER);
      return bytes.toString('utf8').includes(MARKER) || bytes.toString('latin1').includes(MARKER);
    });
    expect(leaking).toEqual([]);
    // The German texts are there, in the German feed too.
    const feed = readFileSync(
      path.join(
        result.outDir,
        texts.find((file) => /feed|rss/.test(file) && file.endsWith('.xml'))!,
      ),
      'utf8',
    );
    expect(feed).toContain('Vom Azubi zum Schichtleiter');
  });
});
