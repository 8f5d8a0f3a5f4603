import { describe, expect, it } from 'vitest';
import { publishBuildCardsTo, setBuildCards, takeBuildCards } from '../../src/og/build-cards.ts';
import type { CardBatch } from '../../src/og/generate.ts';

/** A batch that records where it was published and resolves (or fails) when told. */
function fakeBatch(fail?: Error) {
  const targets: string[] = [];
  const batch: CardBatch = {
    file: async () => '',
    done: Promise.resolve({ cards: 2, unique: 2, rendered: 0, cached: 2, early: 0, unused: 0, threads: 0, wallMs: 0 }),
    publish: async (outDir) => {
      targets.push(outDir);
      if (fail) throw fail;
      return 2;
    },
  };
  return { batch, targets };
}

describe('card hand-over from the pages to the card-files integration', () => {
  it('publishes into the output folder as soon as the batch exists, once', async () => {
    const { batch, targets } = fakeBatch();
    publishBuildCardsTo('/site/dist.next');
    expect(targets).toEqual([]);
    setBuildCards(batch);
    expect(targets).toEqual(['/site/dist.next']);
    await expect(takeBuildCards('/site/dist.next')).resolves.toBe(2);
    expect(targets).toEqual(['/site/dist.next']);
    // Taken once: a second build in the same process starts clean.
    expect(takeBuildCards('/site/dist.next')).toBeUndefined();
  });

  it('publishes a batch made before the folder was named, when it is named', async () => {
    const { batch, targets } = fakeBatch();
    setBuildCards(batch);
    expect(targets).toEqual([]);
    publishBuildCardsTo('/out');
    expect(targets).toEqual(['/out']);
    await expect(takeBuildCards('/out')).resolves.toBe(2);
  });

  it('publishes at the end when the folder was never named, or was another', async () => {
    const first = fakeBatch();
    setBuildCards(first.batch);
    await expect(takeBuildCards('/late')).resolves.toBe(2);
    expect(first.targets).toEqual(['/late']);

    const second = fakeBatch();
    publishBuildCardsTo('/early');
    setBuildCards(second.batch);
    await expect(takeBuildCards('/other')).resolves.toBe(2);
    expect(second.targets).toEqual(['/early', '/other']);
  });

  it("hands a failed card's error to the integration, which fails the build with it", async () => {
    const { batch } = fakeBatch(new Error('/og/blog/x.png: satori failed'));
    publishBuildCardsTo('/out');
    setBuildCards(batch);
    await expect(takeBuildCards('/out')).rejects.toThrow('/og/blog/x.png: satori failed');
  });

  it('has nothing to publish when no batch ran', () => {
    publishBuildCardsTo('/out');
    expect(takeBuildCards('/out')).toBeUndefined();
  });
});
