// @ts-check
/**
 * The benchmark's baseline: the least an Astro site needs to turn the same MDX posts
 * into pages (one collection, one template, MDX, nothing else). `npm run bench` builds
 * it with `astro build --root tools/bench/baseline`; it uses the project's node_modules.
 * Set by the benchmark:
 * - `BENCH_CONTENT`: the corpus content folder (its `posts/` is read)
 * - `BENCH_BASELINE_OUT`: output folder
 * - `BENCH_BASELINE_CACHE`: Astro cache folder (data store, image and Vite caches)
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** @param {string} name */
const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; build the baseline through npm run bench`);
  return value;
};

export default defineConfig({
  outDir: required('BENCH_BASELINE_OUT'),
  cacheDir: required('BENCH_BASELINE_CACHE'),
  build: { format: 'directory' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Silenced as in Einblick's config: one bundler note per MDX module would otherwise
        // put a megabyte of log output into every baseline build at 1000 posts.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
