/**
 * Social cards in the benchmark: what each Einblick build did with them, read from the
 * line the card generator logs (`[einblick:card-files] social cards: 25 rendered, 0 from cache (27
 * pages) on 2 threads in 1800 ms`); the CPU time per card, measured by tools/card-cpu.ts
 * on one thread (in a build, cards render beside the pages, so the process's CPU time is
 * not theirs alone); and the targets at 1000 posts: a cold build with every card in
 * at most 31 s, a warm build (cards cached) no slower than the bare baseline of the same
 * run, at most 20 ms of CPU per card.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface CardRun {
  rendered: number;
  cached: number;
  /** Pages with a card. */
  pages: number;
  threads: number;
  /** From the start of card rendering until the last card was written. */
  wallMs: number | undefined;
}

const LINE = /social cards: (\d+) rendered, (\d+) from cache \((\d+) pages\)(?: on (\d+) threads? in (\d+) ms)?/;

export function cardRunFromLog(log: string): CardRun | undefined {
  const match = LINE.exec(log);
  if (!match) return undefined;
  return {
    rendered: Number(match[1]),
    cached: Number(match[2]),
    pages: Number(match[3]),
    threads: Number(match[4] ?? 0),
    wallMs: match[5] === undefined ? undefined : Number(match[5]),
  };
}

/** CPU ms per card from `tools/card-cpu.ts --json` (one thread, warmed up), or undefined if it failed. */
export function measureCardCpu(root: string, cards = 200): number | undefined {
  const result = spawnSync(process.execPath, [path.join(root, 'tools/card-cpu.ts'), '--json', '--cards', String(cards)], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) return undefined;
  return (JSON.parse(result.stdout) as { cpuMsPerCard: number }).cpuMsPerCard;
}

export const CARD_TARGETS = { posts: 1000, coldS: 31, cpuMsPerCard: 20 } as const;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0
    ? undefined
    : sorted.length % 2
      ? sorted[middle]
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** The lines printed under the benchmark table. */
export function formatCards(input: {
  posts: number;
  /** From measureCardCpu. */
  cpuMsPerCard: number | undefined;
  cold: Array<CardRun | undefined>;
  warm: Array<CardRun | undefined>;
  coldWallS: number | undefined;
  warmWallS: number | undefined;
  baselineWarmWallS: number | undefined;
}): string {
  const known = (runs: Array<CardRun | undefined>) => runs.filter((run): run is CardRun => run !== undefined);
  const cold = known(input.cold);
  const warm = known(input.warm);
  if (cold.length === 0 && warm.length === 0) return 'Social cards: no card line in the Einblick build logs.\n';
  const value = (runs: CardRun[], pick: (run: CardRun) => number | undefined) =>
    median(runs.map(pick).filter((entry): entry is number => entry !== undefined));
  const cpu = input.cpuMsPerCard;
  const lines = [
    'Social cards (Einblick, medians):',
    `  cold: ${value(cold, (run) => run.rendered) ?? '–'} rendered on ${value(cold, (run) => run.threads) ?? '–'} threads in ${
      value(cold, (run) => run.wallMs) ?? '–'
    } ms (beside the page rendering)`,
    `  warm: ${value(warm, (run) => run.rendered) ?? '–'} rendered, ${value(warm, (run) => run.cached) ?? '–'} from cache`,
    `  CPU per card: ${cpu?.toFixed(1) ?? '–'} ms (tools/card-cpu.ts, one thread)`,
  ];
  if (input.posts === CARD_TARGETS.posts) {
    const mark = (ok: boolean | undefined) => (ok === undefined ? '?' : ok ? 'met' : 'MISSED');
    const { coldWallS, warmWallS, baselineWarmWallS } = input;
    lines.push(
      `Targets at ${CARD_TARGETS.posts} posts:`,
      `  cold build with every card ≤ ${CARD_TARGETS.coldS} s: ${coldWallS?.toFixed(1) ?? '–'} s, ${mark(
        coldWallS === undefined ? undefined : coldWallS <= CARD_TARGETS.coldS,
      )}`,
      `  warm build ≤ baseline warm (${baselineWarmWallS?.toFixed(1) ?? '–'} s): ${warmWallS?.toFixed(1) ?? '–'} s, ${mark(
        warmWallS === undefined || baselineWarmWallS === undefined ? undefined : warmWallS <= baselineWarmWallS,
      )}`,
      `  CPU per card ≤ ${CARD_TARGETS.cpuMsPerCard} ms: ${cpu?.toFixed(1) ?? '–'} ms, ${mark(
        cpu === undefined ? undefined : cpu <= CARD_TARGETS.cpuMsPerCard,
      )}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
