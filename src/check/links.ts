import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  ENTRY_PAGES,
  entryOfPath,
  isGeneratedPath,
  sitePages,
  type PageCollection,
  type PublishedContent,
} from '../lib/routes.ts';
import { isoDay } from '../lib/dates.ts';
import { isLang } from '../i18n/index.ts';
import { localizedPath, pathLanguage } from '../i18n/routes.ts';
import { parseRedirects, withSlash } from '../lib/redirects.ts';
import { classifyUrl } from './elements.ts';
import { lookUp } from './files.ts';
import { shorten } from './mdx-parse.ts';
import { templateAnchors, type LinkUse, type Outline } from './outline.ts';
import { closest } from './schema-issues.ts';
import type { SourceEntry } from './source.ts';
import type { Finding } from './types.ts';

/**
 * Links that point nowhere: every internal link of a body (site paths, relative paths,
 * `#anchors`, and absolute addresses on the site's own host) against the pages this
 * content makes (src/lib/routes.ts, from the same `paths` the pages use), the redirects,
 * `public/`, and the anchors of the target's headings. What only the build can know
 * (filter selections, a video's files, Astro's assets, the anchors of list pages) is
 * left to the build's link check (src/integrations/link-check.ts).
 *
 * A translation's body is on its own page (`/en/blog/x/`), and the pages of a further
 * language are the English versions that exist: a link to the English address of a page
 * that exists only in German (`/en/blog/y/` while y has no translation) names the German page.
 */

/** An entry that exists in content but has no page in a build at "now", and why. */
export interface Unpublished {
  reason: 'draft' | 'scheduled' | 'consent' | 'closed';
  title: string;
  /** When a scheduled post or video appears. */
  date?: Date;
}

export interface LinkContext {
  root: string;
  contentDir: string;
  published: PublishedContent;
  /** Entries without a page in this build, by their page's address. */
  unpublished: ReadonlyMap<string, Unpublished>;
  /** The site's own origin (`site.yaml` baseUrl), so absolute links to it are checked too. */
  origin: string | undefined;
}

/** A body that was walked: its entry, its outline, whether it is a draft and when it appears. */
export interface LinkSource {
  entry: SourceEntry;
  outline: Outline;
  draft: boolean;
  date?: Date;
}

const ORIGIN = 'https://einblick.invalid';

export function checkLinks(sources: readonly LinkSource[], context: LinkContext): Finding[] {
  const pages = sitePages(context.published);
  const known = [...pages].sort();
  const redirects = readRedirects(context.contentDir);
  const template = templateAnchors();
  const outlines = new Map<string, Outline>();
  for (const source of sources) {
    const page = pageOf(source.entry);
    if (page) outlines.set(page, source.outline);
  }
  const findings: Finding[] = [];
  for (const source of sources) {
    const page = pageOf(source.entry) ?? '/';
    // Drafts, closed jobs and people without consent have no page in this build: what would
    // be an error is a warning until they appear. A scheduled post is ready, so it stays an error.
    const reason = context.unpublished.get(page)?.reason;
    const quiet = source.draft || reason === 'closed' || reason === 'consent';
    for (const link of source.outline.links) {
      const report = (rule: string, params: Finding['params'], severity: Finding['severity'] = 'error') =>
        findings.push({
          severity: quiet ? 'warning' : severity,
          file: source.entry.file,
          line: link.line,
          column: link.column,
          field: link.field,
          rule,
          params: { value: shorten(link.url.trim(), 60), ...params },
        });
      const target = resolve(link, page, context.origin);
      if (!target) continue;
      const { pathname, fragment, relative } = target;
      if (pages.has(pathname) || pathname === page) {
        const anchors = outlines.get(pathname);
        if (fragment && anchors && !hasAnchor(anchors, fragment, template)) {
          const ids = [...anchors.anchors];
          report('link-anchor', {
            anchor: fragment,
            page: pathname === page ? '' : pathname,
            near: closest(fragment, ids),
            known: ids
              .slice(0, 6)
              .map((id) => `#${id}`)
              .join(', '),
          });
        }
        continue;
      }
      const redirect = redirects.get(pathname);
      if (redirect) {
        report('link-redirect', { to: redirect }, 'warning');
        continue;
      }
      const hidden = context.unpublished.get(pathname);
      if (hidden) {
        if (hidden.reason === 'closed')
          report('link-job-closed', { title: hidden.title, id: entryOfPath(pathname)?.id }, 'warning');
        // A scheduled post may link the next one of a series, if that one is out first.
        else if (!(hidden.date && source.date && hidden.date.getTime() <= source.date.getTime())) {
          report('link-unpublished', { title: hidden.title, reason: hidden.reason, date: hidden.date && isoDay(hidden.date) });
        }
        continue;
      }
      if (isGeneratedPath(pathname, context.published.videos) || inPublic(context.root, pathname)) continue;
      const german = germanOnly(pathname, pages);
      if (german) {
        const entry = entryOfPath(german);
        report('link-untranslated', {
          german,
          lang: pathLanguage(pathname).lang,
          // The collections' folders have their names: `npm run new -- translation posts/x`.
          entry: entry ? `${entry.collection}/${entry.id}` : undefined,
        });
        continue;
      }
      const near = nearestPage(pathname, known, pages);
      if (relative) report('link-relative', { address: pathname, near: near ?? relativeGuess(link.url, pages) });
      else report('link-missing', { near, example: sectionOf(pathname, pages) });
    }
  }
  return findings;
}

/** The page an entry's body appears on, if it has one; a translation's is in its language. */
function pageOf(entry: SourceEntry): string | undefined {
  if (!(entry.collection in ENTRY_PAGES)) return undefined;
  const page = ENTRY_PAGES[entry.collection as PageCollection](entry.id);
  const lang = 'lang' in entry ? entry.lang : undefined;
  return isLang(lang) ? localizedPath(page, lang) : page;
}

/** The German page of an address in a further language that exists only in German. */
function germanOnly(pathname: string, pages: ReadonlySet<string>): string | undefined {
  const { base } = pathLanguage(pathname);
  return base !== pathname && pages.has(base) ? base : undefined;
}

/** A link's page address (decoded, with a trailing slash where pages have one) and anchor; undefined for other sites. */
function resolve(
  link: LinkUse,
  page: string,
  origin: string | undefined,
): { pathname: string; fragment: string; relative: boolean } | undefined {
  const url = link.url.trim();
  const kind = classifyUrl(url);
  let parsed: URL;
  try {
    if (kind === 'remote') {
      parsed = new URL(url, ORIGIN);
      if (!origin || parsed.origin !== origin) return undefined;
    } else if (kind === 'local') parsed = new URL(url, `${ORIGIN}${page}`);
    else return undefined;
  } catch {
    return undefined;
  }
  const relative = kind === 'local' && !url.startsWith('/') && !url.startsWith('#') && !url.startsWith('?');
  return { pathname: withSlash(decode(parsed.pathname)), fragment: decode(parsed.hash.slice(1)), relative };
}

const decode = (text: string) => {
  try {
    return decodeURIComponent(text).normalize('NFC');
  } catch {
    return text;
  }
};

/** `#top` and an empty `#` scroll to the top of any page. */
function hasAnchor(outline: Outline, fragment: string, template: ReturnType<typeof templateAnchors>): boolean {
  if (fragment === '' || fragment.toLowerCase() === 'top' || outline.anchors.has(fragment)) return true;
  return template.ids.has(fragment) || template.prefixes.some((prefix) => fragment.startsWith(prefix));
}

/** The old paths of content/redirects.yaml and where each now leads. */
function readRedirects(contentDir: string): Map<string, string> {
  const file = path.join(contentDir, 'redirects.yaml');
  if (!existsSync(file)) return new Map();
  try {
    const { redirects } = parseRedirects(parse(readFileSync(file, 'utf8')) as unknown);
    return new Map(redirects.map(({ from, to }) => [withSlash(from), to]));
  } catch {
    // checkRedirects reports a file that cannot be read.
    return new Map();
  }
}

const inPublic = (root: string, pathname: string) => pathname !== '/' && lookUp(path.join(root, 'public'), pathname).exists;

/** The page whose address is closest to a mistyped one: within two edits, or a quarter of its length. */
function nearestPage(pathname: string, known: readonly string[], pages: ReadonlySet<string>): string | undefined {
  const near = closest(pathname, known);
  if (near) return near;
  // A mistyped section: `/karierre/foo/` → the section `/karriere/`.
  const section = /^\/[^/]+\//.exec(pathname)?.[0];
  return section && section !== pathname && !pages.has(section) ? closest(section, known) : undefined;
}

/** A relative link written like a post's name (`../anderer-beitrag/`): the page it probably meant. */
function relativeGuess(url: string, pages: ReadonlySet<string>): string | undefined {
  const name = url
    .replace(/[?#].*$/, '')
    .replace(/^(?:\.\.?\/)+/, '')
    .replace(/\/$/, '')
    .replace(/\.(?:html?|mdx?)$/, '');
  if (!name || name.includes('/')) return undefined;
  return [...pages].find((page) => entryOfPath(page)?.id === name);
}

/** A page to offer as an example: the link's section if it exists, else the home page. */
function sectionOf(pathname: string, pages: ReadonlySet<string>): string {
  const section = /^\/[^/]+\//.exec(pathname)?.[0];
  return section && pages.has(section) ? section : '/';
}
