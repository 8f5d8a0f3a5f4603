import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite, installIndex } from '../../src/lib/search-index.ts';

/**
 * The search index of a finished build (src/lib/search-index.ts), built by Pagefind from a
 * small folder of pages: which pages it reads, and when it takes the cached index instead
 * of building one (the key is every indexed page's path and bytes).
 */

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

const tempDir = (name: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), `einblick-search-${name}-`));
  temporary.push(dir);
  return dir;
};

const marked = (title: string, text: string) =>
  `<!doctype html><html lang="de"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;
const plain = (title: string) =>
  `<!doctype html><html lang="de"><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

describe('the search index of a build', () => {
  const out = tempDir('out');
  const cache = tempDir('cache');
  write(out, {
    'blog/schweissen/index.html': marked('Schweißen lernen', 'Die Ausbildung beginnt im August.'),
    'karriere/mechaniker/index.html': marked('Industriemechaniker', 'Sie halten die Anlagen am Laufen.'),
    'blog/index.html': plain('Blog'),
    // Assets and hidden folders hold no pages.
    '_astro/page.html': marked('Kein Beitrag', 'Nicht indexieren.'),
    '.prerender/chunk.html': marked('Kein Beitrag', 'Nicht indexieren.'),
  });
  let first = '';

  it('indexes the pages that mark their body, and no other file', async () => {
    const index = await indexSite(out, cache);
    first = index.folder;
    expect(index.pages).toBe(2);
    expect(path.dirname(index.folder)).toBe(cache);
    expect(readdirSync(cache)).toEqual([path.basename(index.folder)]);
    const site = tempDir('site');
    installIndex(index, site);
    expect(existsSync(path.join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(path.join(site, 'pagefind', 'fragment'))).toHaveLength(2);
  });

  it('takes the cached index while the indexed pages are unchanged, whatever else changes', async () => {
    write(out, { 'blog/index.html': plain('Blog, Seite eins'), 'blog/seite/2/index.html': plain('Blog, Seite zwei') });
    const index = await indexSite(out, cache);
    expect(index.folder).toBe(first);
    expect(index.pages).toBe(2);
  });

  it('builds a new index, and keeps only it, when an indexed page changes or a page is added', async () => {
    write(out, { 'karriere/mechaniker/index.html': marked('Industriemechaniker', 'Sie halten die Pressen am Laufen.') });
    const changed = await indexSite(out, cache);
    expect(changed.folder).not.toBe(first);
    expect(changed.pages).toBe(2);
    expect(readdirSync(cache)).toEqual([path.basename(changed.folder)]);
    write(out, { 'menschen/anna/index.html': marked('Anna Berger', 'Verfahrensmechanikerin.') });
    const added = await indexSite(out, cache);
    expect(added.folder).not.toBe(changed.folder);
    expect(added.pages).toBe(3);
  });

  it('indexes every page when none marks its body', async () => {
    const site = tempDir('unmarked');
    write(site, { 'index.html': plain('Start'), 'blog/index.html': plain('Blog') });
    const index = await indexSite(site, tempDir('unmarked-cache'));
    expect(index.pages).toBe(2);
  });
});
