import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCards } from '../../src/og/generate.ts';
import { cardPool } from '../../src/og/pool.ts';
import type { CardSpec } from '../../src/og/types.ts';
import { ROOT, tempDir } from '../helpers/site.ts';

/**
 * Batches of cards share one pool (src/og/pool.ts): batches that overlap never render a
 * card twice (in `astro dev`, two pages may ask for one card at once), pages with
 * identical cards share one image, and a site's batch prunes the cache of what it no
 * longer uses.
 */
const brand = { siteName: 'Testwerk', host: 'karriere.testwerk.example', primary: '#1f4e79', accent: '#c8553d' };
const card = (heading: string): CardSpec => ({
  page: `/${heading}/`,
  url: `/og/${heading}.png`,
  alt: heading,
  width: 1200,
  height: 630,
  brand,
  template: 'text',
  text: { label: 'Testwerk', heading, text: 'Eine Seite zum Testen.', note: undefined },
});
const pngs = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.png'))
    .sort();

describe('card pool', { timeout: 60_000 }, () => {
  it('renders a card two overlapping batches ask for once', async () => {
    const cacheDir = tempDir('pool-shared');
    const first = startCards([card('eins'), card('zwei')], { root: ROOT, cacheDir, writeStats: false });
    const second = startCards([card('zwei'), card('drei')], { root: ROOT, cacheDir, writeStats: false });
    const [one, two] = await Promise.all([first.done, second.done]);
    // zwei was queued by the first batch: the second waits for it and counts it as
    // rendered by this process, not as cached, but the pool renders it once.
    expect(one).toMatchObject({ cards: 2, unique: 2, rendered: 2, cached: 0 });
    expect(two).toMatchObject({ cards: 2, unique: 2, rendered: 2, cached: 0 });
    expect(await first.file('/og/zwei.png')).toBe(await second.file('/og/zwei.png'));
    expect(pngs(cacheDir)).toHaveLength(3);
    // Asked twice before it is written, the pool renders a card once: one promise for both.
    const job = { file: path.join(cacheDir, 'vier.png'), spec: card('vier') };
    const pool = cardPool(ROOT);
    const asked = pool.render(job, 1);
    expect(pool.render(job, 1)).toBe(asked);
    await asked;
    expect(pool.rendered.has(job.file)).toBe(true);
  });

  it('shares one image between identical cards, takes the rest from the cache, and prunes what is unused', async () => {
    const cacheDir = tempDir('pool-prune');
    await startCards([card('eins'), card('alt')], { root: ROOT, cacheDir, writeStats: false }).done;
    const stale = path.join(cacheDir, 'stale.png');
    writeFileSync(stale, 'not a card');
    const site = startCards(
      [card('eins'), card('neu'), { ...card('eins'), page: '/eins-kopie/', url: '/og/eins-kopie.png', alt: 'Kopie' }],
      { root: ROOT, cacheDir, prune: true },
    );
    const stats = await site.done;
    // eins-kopie differs from eins only in page, URL and alt, so it shares eins's image;
    // eins was rendered by the earlier batch of this process, neu is new.
    expect(stats).toMatchObject({ cards: 3, unique: 2, rendered: 2, cached: 0 });
    const files = await Promise.all(['/og/eins.png', '/og/neu.png'].map((url) => site.file(url)));
    expect(await site.file('/og/eins-kopie.png')).toBe(files[0]);
    // alt (no longer on the site) and a stray file are gone.
    expect(pngs(cacheDir)).toEqual(files.map((file) => path.basename(file)).sort());
  });
});
