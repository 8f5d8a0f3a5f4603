import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { entryIdFromPath } from '../lib/paths.ts';
import { parseRedirects, withSlash } from '../lib/redirects.ts';
import { ENTRY_PAGES, entryOfPath, type PageCollection } from '../lib/routes.ts';
import { closest } from './schema-issues.ts';
import { entryFiles } from './source.ts';
import type { Finding } from './types.ts';

/**
 * The build's half of the link rules: what the content check cannot know from content
 * (filter selections, generated pages, the anchors of list pages) is checked in the
 * finished output. Every internal `href` in the content area (`<div class="prose">`) of
 * post, job, person, team and video pages must name a file of the output or a redirect,
 * and its `#anchor` an `id` of that page. One pass over the pages, a Set of output paths.
 */

export interface BuiltLinks {
  findings: Finding[];
  links: number;
  pages: number;
}

/** The origin relative links are resolved against (any host: only the path is compared). */
const ORIGIN = 'https://einblick.invalid';

export function checkBuiltLinks(root: string, contentDir: string, outDir: string): BuiltLinks {
  const files = new Set(
    readdirSync(outDir, { recursive: true, encoding: 'utf8' }).map((file) =>
      `/${file.split(path.sep).join('/')}`.normalize('NFC'),
    ),
  );
  const redirects = readRedirects(contentDir);
  const sources = sourceFiles(contentDir);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      found = new Set(
        [...readFileSync(path.join(outDir, file), 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => decodeHtml(m[1]!)),
      );
      ids.set(file, found);
    }
    return found;
  };
  const findings: Finding[] = [];
  let links = 0;
  let pages = 0;
  for (const file of files) {
    if (!file.endsWith('/index.html')) continue;
    const page = file.slice(0, -'index.html'.length);
    const entry = entryOfPath(page);
    const source = entry && sources.get(`${entry.collection}/${entry.id}`);
    if (!entry || !source) continue;
    pages++;
    const html = readFileSync(path.join(outDir, file), 'utf8');
    for (const href of contentHrefs(html)) {
      const target = resolve(href, page);
      if (!target) continue;
      links++;
      const report = (rule: string, params: Finding['params']) =>
        findings.push({
          severity: 'error',
          file: path.relative(root, source).split(path.sep).join('/'),
          ...locate(source, href, target.pathname),
          field: '(Text)',
          rule,
          params: { value: href, ...params },
        });
      const found = outputFile(files, target.pathname);
      if (!found) {
        if (redirects.has(withSlash(target.pathname)) || judgedByCheck(target.pathname, sources)) continue;
        report('link-broken', { address: target.pathname });
      } else if (target.fragment && found.endsWith('.html') && target.fragment.toLowerCase() !== 'top') {
        const anchors = idsOf(found);
        if (!anchors.has(target.fragment)) {
          report('link-anchor', {
            anchor: target.fragment,
            page: target.pathname === page ? '' : target.pathname,
            near: closest(target.fragment, [...anchors]),
          });
        }
      }
    }
  }
  return { findings, links, pages };
}

/** The `href`s inside the page's first `<div class="prose">`, the rendered body of the entry. */
export function contentHrefs(html: string): string[] {
  const start = /<div\b[^>]*\bclass="prose\b[^"]*"[^>]*>/.exec(html);
  if (!start) return [];
  const tags = /<(\/?)div\b[^>]*>/g;
  tags.lastIndex = start.index + start[0].length;
  let depth = 1;
  let end = html.length;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      end = match.index;
      break;
    }
  }
  const area = html.slice(start.index, end);
  return [...area.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((match) => decodeHtml(match[1]!));
}

/** A site-internal link's decoded path and anchor; undefined for other hosts and schemes. */
function resolve(href: string, page: string): { pathname: string; fragment: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  try {
    const url = new URL(href, `${ORIGIN}${page}`);
    return { pathname: decode(url.pathname), fragment: decode(url.hash.slice(1)) };
  } catch {
    return undefined;
  }
}

const decode = (text: string) => {
  try {
    return decodeURIComponent(text).normalize('NFC');
  } catch {
    return text;
  }
};

/** The output file an address serves: the file itself, or the folder's index.html. */
function outputFile(files: ReadonlySet<string>, pathname: string): string | undefined {
  if (pathname.endsWith('/')) return files.has(`${pathname}index.html`) ? `${pathname}index.html` : undefined;
  if (files.has(pathname)) return pathname;
  return files.has(`${pathname}/index.html`) ? `${pathname}/index.html` : undefined;
}

/**
 * An entry's page that exists in content but not in this build (a closed job): the content
 * check has judged it already, as an error that stopped the build or as a warning.
 */
const judgedByCheck = (pathname: string, sources: ReadonlyMap<string, string>) => {
  const entry = entryOfPath(withSlash(pathname));
  return entry !== undefined && sources.has(`${entry.collection}/${entry.id}`);
};

/** Every entry file of the collections with pages, by `collection/id`. */
function sourceFiles(contentDir: string): Map<string, string> {
  const sources = new Map<string, string>();
  for (const collection of Object.keys(ENTRY_PAGES) as PageCollection[]) {
    for (const relative of entryFiles(contentDir, collection)) {
      sources.set(`${collection}/${entryIdFromPath(relative)}`, path.join(contentDir, collection, relative));
    }
  }
  return sources;
}

function readRedirects(contentDir: string): Set<string> {
  const file = path.join(contentDir, 'redirects.yaml');
  if (!existsSync(file)) return new Set();
  try {
    return new Set(parseRedirects(parse(readFileSync(file, 'utf8')) as unknown).redirects.map(({ from }) => withSlash(from)));
  } catch {
    return new Set();
  }
}

/** Where the author wrote the link: the first place the source names it, else the file's start. */
function locate(file: string, href: string, pathname: string): { line: number; column: number } {
  const text = readFileSync(file, 'utf8');
  for (const needle of [href, decode(href), href.replace(/#.*$/, ''), pathname]) {
    const index = needle ? text.indexOf(needle) : -1;
    if (index < 0) continue;
    const before = text.slice(0, index);
    const line = before.split('\n').length;
    return { line, column: index - before.lastIndexOf('\n') };
  }
  return { line: 1, column: 1 };
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };

/** Attribute text as written by Astro: named and numeric character references decoded. */
function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
