import type { AstroIntegration } from 'astro';
import { epochNow, recordSpan } from '../lib/build-timings.ts';

/**
 * The boundaries of Astro's build, for `EINBLICK_TIMINGS` (src/lib/build-timings.ts).
 * Astro runs each hook integration by integration, in the order of the config, so one of
 * these first and one last in the list see when a stage's hooks begin and end:
 *
 * - `start-up`: from the process's start until the first integration is set up (Node and
 *   Astro load, the config is read);
 * - `config`: the integrations' set-up (site fonts, the content check's wait);
 * - `setup+sync`: from the last config hook to `astro:build:start` (Vite's set-up, content sync);
 * - `bundle+generate`: `astro:build:start` to `astro:build:generated` (bundling, pages, images);
 * - `after-generate`: until the first `astro:build:done` hook (Astro's own work);
 * - `done-hooks`: every integration's `astro:build:done` (sitemap, cards linked, headers,
 *   link check, the wait for the search index).
 */
export function buildTimings(): { first: AstroIntegration; last: AstroIntegration } {
  const seen: Record<string, number> = {};
  const span = (name: string, from: string, to = epochNow()) => {
    const start = seen[from];
    if (start !== undefined) recordSpan(name, start, to);
  };
  const first: AstroIntegration = {
    name: 'einblick:build-timings',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        seen['setup'] = epochNow();
        recordSpan('start-up', performance.timeOrigin, seen['setup']);
      },
      'astro:build:start': () => {
        seen['build:start'] = epochNow();
        span('setup+sync', 'config:done', seen['build:start']);
      },
      'astro:build:generated': () => {
        seen['generated'] = epochNow();
        span('bundle+generate', 'build:start', seen['generated']);
      },
      'astro:build:done': () => {
        seen['done'] = epochNow();
        span('after-generate', 'generated', seen['done']);
      },
    },
  };
  const last: AstroIntegration = {
    name: 'einblick:build-timings-end',
    hooks: {
      'astro:config:done': () => {
        seen['config:done'] = epochNow();
        span('config', 'setup', seen['config:done']);
      },
      'astro:build:done': () => span('done-hooks', 'done'),
    },
  };
  return { first, last };
}
