import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isSiteUrl } from '../lib/careers/apply.ts';
import { isOpenJob, isPublished } from '../lib/publishing.ts';
import { paths } from '../lib/urls.ts';
import { hasConsent } from './policy.ts';
import type { CheckedContent } from './references.ts';
import type { Finding } from './types.ts';

/**
 * "Jetzt bewerben" must never lead nowhere. An `apply.url` on the site's own host must be a
 * page this build writes; anything else on that host is a dead end (the schema already
 * rejects `http:`). Pages of other hosts (an applicant-tracking system) are the ATS's business.
 */
export function checkApplyUrls(root: string, content: CheckedContent, now: Date): Finding[] {
  const baseUrl = content.site[0]?.data['baseUrl'];
  if (typeof baseUrl !== 'string' || !URL.canParse(baseUrl)) return [];
  const pages = sitePages(content, now);
  const findings: Finding[] = [];
  for (const job of content.jobs) {
    const url = (job.data['apply'] as { url?: unknown } | undefined)?.url;
    if (!job.valid || typeof url !== 'string' || !isSiteUrl(url, baseUrl)) continue;
    const page = sitePath(url, baseUrl);
    // The job's own page would send the candidate in a circle: it exists, but no one can apply there.
    const self = page === paths.job(job.source.id);
    if (!self && page !== undefined && (pages.has(page) || inPublic(root, page))) continue;
    findings.push({
      severity: 'error',
      file: job.source.file,
      ...job.source.locate(['apply', 'url']),
      field: 'apply.url',
      rule: self ? 'apply-url-self' : 'apply-url-dead',
      params: { value: url, host: new URL(baseUrl).hostname },
    });
  }
  return findings;
}

/** The path of `url` below the site's base, with a trailing slash for pages; undefined outside the base. */
function sitePath(url: string, baseUrl: string): string | undefined {
  const base = new URL(baseUrl).pathname.replace(/\/?$/, '/');
  let pathname: string;
  try {
    pathname = decodeURI(new URL(url).pathname);
  } catch {
    return undefined;
  }
  if (!`${pathname}/`.startsWith(base)) return undefined;
  const local = `/${pathname.slice(base.length)}`.replace(/\/index\.html$/, '/');
  return /\.[a-z0-9]+$/i.test(local) || local.endsWith('/') ? local : `${local}/`;
}

/** A file the build copies from `public/` as it is (e.g. a static form an operator put there). */
function inPublic(root: string, page: string): boolean {
  const file = path.join(root, 'public', ...page.split('/').filter(Boolean));
  if (!file.startsWith(path.join(root, 'public'))) return false;
  if (page.endsWith('/')) return existsSync(path.join(file, 'index.html'));
  return existsSync(file) && statSync(file).isFile();
}

/** The pages a production build at `now` writes from this content (the routes in src/pages/). */
export function sitePages(content: CheckedContent, now: Date): Set<string> {
  const options = { now, preview: false };
  const ids = (entries: CheckedContent[keyof CheckedContent], keep: (data: Record<string, unknown>) => boolean = () => true) =>
    entries.filter((entry) => entry.valid && keep(entry.data)).map((entry) => entry.source.id);
  const dated = (data: Record<string, unknown>, key: string) => data[key] instanceof Date;
  // Posts and videos: the site model's rule (not a draft, dated today or earlier).
  const published = (data: Record<string, unknown>) =>
    dated(data, 'date') && isPublished(data as { draft?: boolean; date: Date }, options);
  return new Set([
    paths.home(),
    paths.blog(),
    paths.topics(),
    paths.people(),
    paths.teams(),
    paths.videos(),
    paths.careers(),
    paths.imprint(),
    paths.privacy(),
    paths.search(),
    paths.channels(),
    ...ids(content.posts, published).map(paths.post),
    ...ids(content.jobs, (data) =>
      dated(data, 'datePosted') && dated(data, 'validThrough')
        ? isOpenJob(data as { draft?: boolean; datePosted: Date; validThrough: Date }, options)
        : false,
    ).map(paths.job),
    ...content.people.filter((person) => hasConsent(person, now)).map((person) => paths.person(person.source.id)),
    ...ids(content.teams).map(paths.team),
    ...ids(content.videos, published).map(paths.video),
    ...ids(content.departments).map(paths.department),
  ]);
}
