import { defineConfig } from 'vitest/config';

/**
 * One runner, three suites: `unit` (pure modules and the content check), `build`
 * (builds fixture sites and parses their output) and `browser` (Debian's Chromium
 * through playwright-core, against built fixtures served on loopback). `npm test` runs them all.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts', 'scripts/**/*.test.ts', 'tools/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // Builds are heavy; on 2 cores one file at a time is fastest.
          fileParallelism: false,
          // Projects otherwise run side by side, and two Astro builds in one project root
          // overwrite each other's .astro/.prerender chunks: build, then browser.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
