import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCards } from '../../src/og/generate.ts';
import type { CardSpec } from '../../src/og/types.ts';
import { ROOT, tempDir } from '../helpers/site.ts';

/**
 * Batches of cards in one process share one pool (src/og/pool.ts): the build's early,
 * speculative batch (src/og/early-cards.ts) and the pages' batch must never render a card
 * twice, and the pages' batch drops or prunes what the guess got wrong.
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

describe('card pool', () => {
  it('lets the pages use the early cards, renders only what the guess missed, and prunes the rest', async () => {
    const cacheDir = tempDir('pool-shared');
    const early = startCards([card('eins'), card('zwei')], { root: ROOT, cacheDir, speculative: true, writeStats: false });
    await early.done;
    expect(pngs(cacheDir)).toHaveLength(2);

    const site = startCards(
      [card('eins'), card('drei'), { ...card('eins'), page: '/eins-kopie/', url: '/og/eins-kopie.png', alt: 'Kopie' }],
      { root: ROOT, cacheDir, prune: true },
    );
    const stats = await site.done;
    // eins came from the early batch (in this process: counted as rendered by this build,
    // not as cached), drei is new, zwei was a wrong guess; eins-kopie differs from eins
    // only in page, URL and alt, so it shares eins's image.
    expect(stats).toMatchObject({ cards: 3, unique: 2, rendered: 2, cached: 0, early: 1, unused: 1 });
    const files = await Promise.all(['/og/eins.png', '/og/drei.png'].map((url) => site.file(url)));
    expect(pngs(cacheDir)).toEqual(files.map((file) => path.basename(file)).sort());
    expect(await site.file('/og/eins-kopie.png')).toBe(files[0]);
  });

  it('drops queued early cards the pages do not list', async () => {
    const cacheDir = tempDir('pool-cancel');
    const guesses = Array.from({ length: 40 }, (_, index) => card(`vermutung-${index}`));
    const early = startCards(guesses, { root: ROOT, cacheDir, speculative: true, writeStats: false, threads: 1 });
    const earlyOutcome = early.done.then(
      () => 'all rendered',
      (error: unknown) => String(error),
    );
    const site = startCards([card('vermutung-0')], { root: ROOT, cacheDir, prune: true, threads: 1 });
    const stats = await site.done;
    expect(stats).toMatchObject({ cards: 1, unique: 1, rendered: 1, cached: 0, early: 1 });
    // At most the card under way when the pages came was rendered for nothing.
    expect(stats.unused).toBeLessThanOrEqual(1);
    expect(await earlyOutcome).toMatch(/not needed/);
    expect(pngs(cacheDir)).toEqual([path.basename(await site.file('/og/vermutung-0.png'))]);
  });
});
