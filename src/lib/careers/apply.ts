import type { EmploymentType } from '../../schemas/jobs.ts';

/**
 * Where "Jetzt bewerben" leads. A job's `apply` names a URL, an e-mail address or both; each
 * becomes one route, the URL first. The job page, the careers feed and the JobPosting's
 * `directApply` all read the routes from here, so they never disagree.
 */
export type ApplyRoute =
  /** A page this site builds: the application happens here. */
  | { kind: 'site'; href: string; host: string }
  /** An applicant-tracking system or any other host. */
  | { kind: 'external'; href: string; host: string }
  /** The mail program, with the subject filled in. */
  | { kind: 'email'; href: string; address: string; subject: string };

/** The `apply` block of a job, as the schema returns it. */
export interface ApplyData {
  url?: string | undefined;
  email?: string | undefined;
  documents?: readonly string[] | undefined;
}

/** True when `url` is on the site's own host (the one in site.yaml `baseUrl`); a sibling subdomain is another host. */
export function isSiteUrl(url: string, baseUrl: string): boolean {
  return new URL(url).host === new URL(baseUrl).host;
}

/**
 * A `mailto:` link whose subject survives every mail program: RFC 6068 percent-encoding
 * (a space is `%20`, never `+`; `&`, `?`, `#` and umlauts are encoded).
 */
export function mailtoHref(address: string, subject: string): string {
  const [local = '', domain = ''] = address.split(/@(?=[^@]*$)/);
  return `mailto:${encodeURIComponent(local)}@${domain}?subject=${encodeURIComponent(subject)}`;
}

/** The routes of a job's `apply`, the URL first; `subject` is the e-mail's subject line. */
export function applyRoutes(apply: ApplyData, subject: string, baseUrl: string): ApplyRoute[] {
  const routes: ApplyRoute[] = [];
  if (apply.url !== undefined) {
    const host = new URL(apply.url).hostname;
    routes.push({ kind: isSiteUrl(apply.url, baseUrl) ? 'site' : 'external', href: apply.url, host });
  }
  if (apply.email !== undefined)
    routes.push({ kind: 'email', href: mailtoHref(apply.email, subject), address: apply.email, subject });
  return routes;
}

/** schema.org `directApply`: true only when the application happens on a page of this site. */
export const appliesOnSite = (apply: ApplyData, baseUrl: string): boolean =>
  apply.url !== undefined && isSiteUrl(apply.url, baseUrl);

/** Employment types whose usual documents differ from a regular job's (dictionary `job.documents.<type>`). */
const OWN_DOCUMENTS = ['apprenticeship', 'internship', 'working-student'] as const;
export type DocumentsKey = `job.documents.${(typeof OWN_DOCUMENTS)[number] | 'default'}`;

/** The dictionary key of the documents usually asked for with an employment type. */
export function defaultDocumentsKey(type: EmploymentType): DocumentsKey {
  return (OWN_DOCUMENTS as readonly string[]).includes(type)
    ? (`job.documents.${type}` as DocumentsKey)
    : 'job.documents.default';
}
