import { defineConfig } from 'vitest/config';

/**
 * One runner, three suites: `unit` (pure modules and the content check), `build`
 * (builds fixture sites and parses their output) and `browser` (Chromium, added by
 * the browser-suite issue). `npm test` runs them all.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts', 'scripts/**/*.test.ts'],
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
        },
      },
    ],
  },
});
