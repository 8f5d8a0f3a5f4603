import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathLanguage } from '../i18n/routes.ts';
import { isSiteUrl } from '../lib/careers/apply.ts';
import { paths } from '../lib/urls.ts';
import type { CheckedContent } from './references.ts';
import type { Finding } from './types.ts';

/**
 * "Jetzt bewerben" must never lead nowhere. An `apply.url` on the site's own host must be a
 * page this build writes (`pages`: src/lib/routes.ts `sitePages` of what the build publishes,
 * the same list the link rules judge by, English pages included) or a file in `public/`;
 * anything else on that host is a dead end (the schema already rejects `http:`). Pages of
 * other hosts (an applicant-tracking system) are the ATS's business.
 */
export function checkApplyUrls(root: string, content: CheckedContent, pages: ReadonlySet<string>): Finding[] {
  const baseUrl = content.site[0]?.data['baseUrl'];
  if (typeof baseUrl !== 'string' || !URL.canParse(baseUrl)) return [];
  const findings: Finding[] = [];
  for (const job of content.jobs) {
    const url = (job.data['apply'] as { url?: unknown } | undefined)?.url;
    if (!job.valid || typeof url !== 'string' || !isSiteUrl(url, baseUrl)) continue;
    const page = sitePath(url, baseUrl);
    // The job's own page, in any language, would send the candidate in a circle: it exists,
    // but no one can apply there.
    const self = page !== undefined && pathLanguage(page).base === paths.job(job.source.id);
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
