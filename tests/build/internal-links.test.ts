import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoSite } from '../helpers/demo.ts';
import { listFiles, ROOT } from '../helpers/site.ts';

/**
 * Every link and form target of every demo page that stays on the site reaches a file
 * of the build, and its fragment an `id` on the target page. The build's own link check
 * (src/integrations/link-check.ts) judges the links authors write; this covers the links
 * the templates write, in every language: a page that links an English address nobody
 * builds fails here with the page and the address.
 */

/** The file a site path is served from: `/a/` → `a/index.html`, `/a.xml` → `a.xml`. */
function fileOf(outDir: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}.html`, `${decoded}/index.html`];
  return candidates.map((candidate) => path.join(outDir, candidate)).find((file) => existsSync(file));
}

let outDir = '';
/** The demo's own host (content/site.yaml `baseUrl`): absolute links to it are internal too. */
let siteHost = '';
let broken: string[] = [];
let checked = 0;
let englishChecked = 0;

beforeAll(() => {
  outDir = demoSite();
  const baseUrl = /^baseUrl:\s*(\S+)/m.exec(readFileSync(path.join(ROOT, 'content', 'site.yaml'), 'utf8'))?.[1];
  siteHost = new URL(baseUrl!).host;
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      const $ = load(readFileSync(file, 'utf8'));
      found = new Set(
        $('[id]')
          .map((_, element) => $(element).attr('id')!)
          .get(),
      );
      ids.set(file, found);
    }
    return found;
  };
  broken = [];
  for (const page of listFiles(outDir).filter((file) => file.endsWith('.html'))) {
    const pagePath = `/${page}`.replace(/index\.html$/, '');
    const $ = load(readFileSync(path.join(outDir, page), 'utf8'));
    for (const element of $('a[href], form[action], link[rel="alternate"][href]').toArray()) {
      const raw = $(element).attr('href') ?? $(element).attr('action')!;
      const url = new URL(raw, `https://${siteHost}${pagePath}`);
      if (!['http:', 'https:'].includes(url.protocol) || url.host !== siteHost) continue;
      checked += 1;
      if (pagePath.startsWith('/en/')) englishChecked += 1;
      const target = fileOf(outDir, url.pathname);
      if (!target) {
        broken.push(`${pagePath} → ${url.pathname} (no such file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        broken.push(`${pagePath} → ${url.pathname}${url.hash} (no element with this id)`);
      }
    }
  }
});

describe('links between the demo’s pages', () => {
  it('reach a built file and an existing anchor, on German and English pages', () => {
    expect(checked).toBeGreaterThan(1000);
    expect(englishChecked).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });
});
