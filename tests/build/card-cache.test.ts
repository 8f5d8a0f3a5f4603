import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
 * links every one into the output.
 */
const stats = (contentDir: string): CardStats =>
  JSON.parse(
    readFileSync(
      path.join(readBuildEnv(ROOT, { EINBLICK_CONTENT: contentDir }).cacheDir, 'einblick-cards', 'stats.json'),
      'utf8',
    ),
  ) as CardStats;

describe('social card cache', () => {
  it('renders all cards once, none on an unchanged rebuild, one after one post changed', () => {
    const content = copyFixture('basic');
    const outDir = path.join(tempDir('cards'), 'dist');
    const build = (env: Record<string, string> = {}) => buildSiteOrThrow(content, outDir, env);

    const cold = build({ EINBLICK_CARD_THREADS: '2' });
    const first = stats(content);
    expect(first.rendered).toBe(first.unique);
    expect(first.rendered).toBeGreaterThan(20);
    expect(first.threads).toBe(2);
    expect(cold.stdout).toContain(`social cards: ${first.rendered} rendered, 0 from cache`);
    expect(cold.stdout).toContain(`${first.cards} social cards written to og/`);
    // The list the integration renders the cards from is not part of the site.
    expect(existsSync(path.join(outDir, 'og', 'cards.json'))).toBe(false);

    const warm = build();
    expect(stats(content)).toMatchObject({ rendered: 0, cached: first.unique, cards: first.cards });
    expect(warm.stdout).toContain(`social cards: 0 rendered, ${first.unique} from cache`);

    const post = path.join(content, 'posts/erster-beitrag.mdx');
    writeFileSync(
      post,
      readFileSync(post, 'utf8').replace('title: Vom Azubi zum Schichtleiter', 'title: Vom Azubi zur Schichtleiterin'),
    );
    build();
    expect(stats(content)).toMatchObject({ rendered: 1, cached: first.unique - 1 });
  });
});
