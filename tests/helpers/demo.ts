import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite, ROOT } from './site.ts';

/**
 * The demo site (content/) built once per change of its inputs, for the suites that
 * need a whole real site: the browser suite, the page-weight budgets, nginx. The build
 * lands in the system's temp folder under a key made from every input file, so the
 * suites of one `npm test` run share it, and a later run rebuilds only after a change.
 */

/** The demo build's fixed "now": every demo post is published, one job has expired. */
export const DEMO_NOW = '2026-11-20T12:00:00+01:00';

/** What a demo build depends on; anything else (tests, docs) does not change it. */
const INPUTS = ['content', 'src', 'public', 'scripts/build.ts', 'scripts/lib', 'astro.config.mjs', 'package-lock.json'];

/** A key over the paths, sizes and contents of all inputs. */
export function demoKey(): string {
  const hash = createHash('sha256').update(DEMO_NOW);
  const visit = (relative: string) => {
    const absolute = path.join(ROOT, relative);
    if (!existsSync(absolute)) return;
    if (statSync(absolute).isDirectory()) {
      for (const name of readdirSync(absolute).sort()) visit(path.join(relative, name));
      return;
    }
    hash.update(`${relative}\0`).update(readFileSync(absolute)).update('\0');
  };
  for (const input of INPUTS) visit(input);
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * The folder of a finished demo build, building it if this version has not been built
 * yet. A lock keeps two suites that start at once from building it twice.
 */
export function demoSite(): string {
  const base = path.join(os.tmpdir(), 'einblick-demo');
  const key = demoKey();
  const outDir = path.join(base, key);
  const done = `${outDir}.complete`;
  const lock = path.join(base, `${key}.lock`);
  mkdirSync(base, { recursive: true });
  for (let waited = 0; !existsSync(done); waited += 500) {
    try {
      mkdirSync(lock);
    } catch {
      // Another suite builds it; a lock older than ten minutes belongs to a crashed run.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      if (waited > 900_000) throw new Error('timed out waiting for the demo build');
      sleep(500);
      continue;
    }
    try {
      if (existsSync(done)) break;
      // Older versions are of no use any more, once no other test run can still be reading them.
      for (const old of readdirSync(base)) {
        const stale = Date.now() - statSync(path.join(base, old)).mtimeMs > 3_600_000;
        if (!old.startsWith(key) && stale) rmSync(path.join(base, old), { recursive: true, force: true });
      }
      const staging = path.join(base, `${key}.building`);
      rmSync(staging, { recursive: true, force: true });
      const result = buildSite(path.join(ROOT, 'content'), staging, { EINBLICK_NOW: DEMO_NOW });
      if (result.status !== 0) throw new Error(`demo build failed:\n${result.stdout}\n${result.stderr}`);
      rmSync(outDir, { recursive: true, force: true });
      renameSync(staging, outDir);
      writeFileSync(done, `${new Date().toISOString()}\n`);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return outDir;
}

/** The page paths listed in a build's sitemap (`/blog/x/`), in sitemap order. */
export function sitemapPaths(outDir: string): string[] {
  const index = readFileSync(path.join(outDir, 'sitemap-index.xml'), 'utf8');
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.trim());
  return locs(index).flatMap((sitemap) => {
    const file = path.join(outDir, new URL(sitemap).pathname);
    return locs(readFileSync(file, 'utf8')).map((loc) => new URL(loc).pathname);
  });
}

/**
 * The pages of one search type (SEARCH_TYPES in src/lib/search.ts), found by the type
 * marker BaseLayout writes for the search index, as URL paths in sorted order.
 */
export function pagesOfType(outDir: string, type: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .filter((file) => readFileSync(path.join(outDir, file), 'utf8').includes(`data-pagefind-filter="type:${type}"`))
    .map((file) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}
