import { websiteId } from './organization.ts';

/**
 * schema.org `WebPage` for every page: its address, title, description and language, part
 * of the site's `WebSite`. It is where every page states its language (`inLanguage`, a BCP 47
 * tag such as `de-DE` or `en-GB`) for crawlers, also pages whose other objects cannot carry
 * one (schema.org allows `inLanguage` on creative works and events, not on `BreadcrumbList`,
 * `Person`, `Organization` or `JobPosting`). A post's `BlogPosting` names the same `@id` as
 * its `mainEntityOfPage`, so the two describe one page; a job page names its posting as `mainEntity`.
 */
export interface WebPageInput {
  /** Absolute URL of the page. */
  url: string;
  name: string;
  description: string;
  /** BCP 47, e.g. `de-DE`. */
  inLanguage: string;
  /** The site's base URL. */
  baseUrl: string;
  /** The `@id` of what the page is about, when that is an object of its own (a job's `JobPosting`). */
  mainEntity?: string | undefined;
}

export function webPage(input: WebPageInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: input.inLanguage,
    isPartOf: { '@id': websiteId(input.baseUrl) },
    ...(input.mainEntity ? { mainEntity: { '@id': input.mainEntity } } : {}),
  };
}
