import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuildEnv } from '../../src/lib/build-env.ts';
import type { CardStats } from '../../src/og/generate.ts';
import { buildSiteOrThrow, copyFixture, ROOT, tempDir } from '../helpers/site.ts';

/**
 * The card cache, proven by the counts the generator reports (stats.json beside the
 * cached cards, and the build log): a cold build renders every card on two worker
 * threads, an unchanged rebuild renders none, and a changed title renders exactly one.
 * The `einblick:card-files` integration renders them, from the card list route, and
 * links every one into the output. The rebuild goes to a fresh output folder, as a CI
 * deploy with its cache folder restored does.
 */
const stats = (env: Record<string, string>): CardStats =>
  JSON.parse(readFileSync(path.join(readBuildEnv(ROOT, env).cacheDir, 'einblick-cards', 'stats.json'), 'utf8')) as CardStats;

describe('social card cache', () => {
  // The caches sit where EINBLICK_CACHE says, as in the shipped CI setups (docs/operations.md).
  it('renders all cards once, none on an unchanged rebuild, one after one post changed', () => {
    const content = copyFixture('basic');
    const folder = tempDir('cards');
    const env = { EINBLICK_CONTENT: content, EINBLICK_CACHE: path.join(folder, 'cache') };
    let outDir = path.join(folder, 'dist');
    const build = (extra: Record<string, string> = {}) =>
      buildSiteOrThrow(content, outDir, { EINBLICK_CACHE: env.EINBLICK_CACHE, ...extra });

    const cold = build({ EINBLICK_CARD_THREADS: '2' });
    const first = stats(env);
    expect(first.rendered).toBe(first.unique);
    expect(first.rendered).toBeGreaterThan(20);
    expect(first.threads).toBe(2);
    expect(cold.stdout).toContain(`social cards: ${first.rendered} rendered, 0 from cache`);
    expect(cold.stdout).toContain(`${first.cards} social cards written to og/`);
    // The list the integration renders the cards from is not part of the site.
    expect(existsSync(path.join(outDir, 'og', 'cards.json'))).toBe(false);

    // A CI deploy: a fresh checkout whose only leftover is the restored cache folder,
    // with a rendition of a picture that is gone from the content.
    outDir = path.join(folder, 'deploy');
    const pictureCache = path.join(readBuildEnv(ROOT, env).cacheDir, 'assets');
    const renditions = readdirSync(pictureCache);
    expect(renditions.length).toBeGreaterThan(0);
    writeFileSync(path.join(pictureCache, 'geloescht.Ab12_Cd34.avif'), 'stale');
    const warm = build();
    expect(stats(env)).toMatchObject({ rendered: 0, cached: first.unique, cards: first.cards });
    expect(warm.stdout).toContain(`social cards: 0 rendered, ${first.unique} from cache`);
    expect(warm.stdout).toContain(`${first.cards} social cards written to og/`);
    // Astro's picture renditions come from the same folder.
    expect(warm.stdout).toContain('(reused cache entry)');
    expect(warm.stdout).not.toMatch(/\(before: \d+kB, after: \d+kB\)/);
    // The cache keeps what this build used and nothing else, so it does not grow from deploy to deploy.
    expect(readdirSync(pictureCache).sort()).toEqual(renditions.sort());
    expect(warm.stdout).toContain('removed 1 cached picture rendition(s) this build did not use');
    // Nothing went to the default place in node_modules.
    expect(existsSync(readBuildEnv(ROOT, { EINBLICK_CONTENT: content }).cacheDir)).toBe(false);

    const post = path.join(content, 'posts/erster-beitrag.mdx');
    writeFileSync(
      post,
      readFileSync(post, 'utf8').replace('title: Vom Azubi zum Schichtleiter', 'title: Vom Azubi zur Schichtleiterin'),
    );
    build();
    expect(stats(env)).toMatchObject({ rendered: 1, cached: first.unique - 1 });
  });
});
