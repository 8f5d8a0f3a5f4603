import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm ci` refuses a lockfile that lacks an entry for any optional dependency, even one
 * for another platform. A registry without some platforms' binaries (as on the CI
 * machines) makes `npm install` drop those entries silently; this test catches that
 * before CI does. Fix by restoring the entries (version, os, cpu, optional: true).
 */
describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package-lock.json'), 'utf8')) as {
    packages: Record<string, { optionalDependencies?: Record<string, string> }>;
  };

  it('has an entry for every optional dependency, for every platform', () => {
    const missing: string[] = [];
    for (const [location, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = location ? `${location}/node_modules/${name}` : `node_modules/${name}`;
        if (!(nested in lock.packages) && !(`node_modules/${name}` in lock.packages))
          missing.push(`${name} (for ${location || 'root'})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
