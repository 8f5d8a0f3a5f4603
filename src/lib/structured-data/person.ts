import { organizationId } from './organization.ts';

/** schema.org `Person` for a profile page (only people with consent have one). */
export interface PersonInput {
  name: string;
  jobTitle: string;
  /** Absolute URL of the profile. */
  url: string;
  /** Absolute URL of the portrait, if there is one. */
  image?: string | undefined;
  department?: string | undefined;
  workLocation?: string | undefined;
  /** The person's own profiles elsewhere. */
  sameAs: readonly string[];
  /** The site's base URL (the employer is the site's Organization). */
  baseUrl: string;
  employer: string;
}

export function person(input: PersonInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': `${input.url}#person`,
    name: input.name,
    jobTitle: input.jobTitle,
    url: input.url,
    mainEntityOfPage: input.url,
    ...(input.image ? { image: input.image } : {}),
    worksFor: { '@type': 'Organization', '@id': organizationId(input.baseUrl), name: input.employer },
    ...(input.department ? { affiliation: { '@type': 'Organization', name: input.department } } : {}),
    ...(input.workLocation ? { workLocation: { '@type': 'Place', name: input.workLocation } } : {}),
    ...(input.sameAs.length > 0 ? { sameAs: [...input.sameAs] } : {}),
  };
}
