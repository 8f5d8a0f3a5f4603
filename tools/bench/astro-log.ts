/**
 * Phase timings from an `astro build` log, for telling where a slow build spends its
 * time. Astro prints them itself; these are its numbers, not ours.
 */

export interface AstroPhases {
  /** `[types] Generated …`: content sync (loaders, data store) and type generation. */
  sync?: number;
  /** First `[vite] ✓ built in …`: bundling the pages and content modules. */
  bundle?: number;
  /** `generating static routes` … `Completed in`: rendering the pages (getStaticPaths included). */
  routes?: number;
  /** `generating optimized images` … `Completed in`. */
  images?: number;
  /** `N page(s) built in …`: Astro's whole build. */
  total?: number;
}

/** Astro's duration formats: `512ms`, `3.41s`, `2m 32s`, `4m`. */
const DURATION = String.raw`(\d+m(?: [\d.]+s)?|[\d.]+m?s)\b`;

export function durationMs(text: string): number {
  const minutes = /^(\d+)m(?!s)/.exec(text);
  const rest = minutes ? text.slice(minutes[0].length).trim() : text;
  const seconds = /^([\d.]+)(ms|s)$/.exec(rest);
  const ms = (minutes ? Number(minutes[1]) * 60_000 : 0) + (seconds ? Number(seconds[1]) * (seconds[2] === 'ms' ? 1 : 1000) : 0);
  return Math.round(ms);
}

/** Reads Astro's phase durations (ms) from its log; phases it did not print are left out. */
export function astroPhases(log: string): AstroPhases {
  // eslint-disable-next-line no-control-regex
  const text = log.replace(/\u001b\[[0-9;]*m/g, '');
  const phases: AstroPhases = {};
  const find = (prefix: string) => {
    const match = new RegExp(`${prefix}${DURATION}`).exec(text);
    return match ? durationMs(match[1] as string) : undefined;
  };
  const assign = (key: keyof AstroPhases, value: number | undefined) => {
    if (value !== undefined) phases[key] = value;
  };
  assign('sync', find(String.raw`\[types\] Generated `));
  assign('bundle', find(String.raw`\[vite\] ✓ built in `));
  assign('routes', find(String.raw`generating static routes[\s\S]*?✓ Completed in `));
  assign('images', find(String.raw`generating optimized images[\s\S]*?✓ Completed in `));
  assign('total', find(String.raw`page\(s\) built in `));
  return phases;
}

/**
 * Pages Astro's incremental build copied from its cache instead of rendering (`(restored)` or
 * `(cached)` after the page's line). A warm build of unchanged content and code restores
 * nearly every page; none means the page key changed between the builds.
 */
export function reusedPages(log: string): number {
  // eslint-disable-next-line no-control-regex
  return log.replace(/\u001b\[[0-9;]*m/g, '').match(/ \((?:restored|cached)\)$/gm)?.length ?? 0;
}
