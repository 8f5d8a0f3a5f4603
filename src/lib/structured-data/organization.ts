/**
 * schema.org `Organization` and `WebSite` for the home page: who publishes the site, with
 * logo, address, contact and profiles elsewhere. Other objects point at them by `@id`.
 * Pure data in, plain objects out; `JsonLd.astro` serialises them safely.
 */

/** The publisher, from site.yaml, with absolute URLs. */
export interface OrganizationInput {
  /** Short name, e.g. `Auental Rohrtechnik`. */
  name: string;
  legalName: string;
  /** The site's base URL. */
  url: string;
  /** Absolute URL of a raster logo. */
  logo: string;
  description: string;
  email: string;
  telephone: string;
  address: { street: string; postalCode: string; city: string; region?: string | undefined; country: string };
  vatId: string;
  /** The company's profiles on other networks. */
  sameAs: readonly string[];
}

/** `https://example.de/#organization`: the id other objects use for the publisher. */
export const organizationId = (baseUrl: string) => new URL('/#organization', baseUrl).href;
/** `https://example.de/#website`. */
export const websiteId = (baseUrl: string) => new URL('/#website', baseUrl).href;

export function organization(input: OrganizationInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': organizationId(input.url),
    name: input.name,
    legalName: input.legalName,
    url: input.url,
    logo: { '@type': 'ImageObject', url: input.logo },
    description: input.description,
    email: input.email,
    telephone: input.telephone,
    vatID: input.vatId,
    address: {
      '@type': 'PostalAddress',
      streetAddress: input.address.street,
      postalCode: input.address.postalCode,
      addressLocality: input.address.city,
      ...(input.address.region ? { addressRegion: input.address.region } : {}),
      addressCountry: input.address.country,
    },
    ...(input.sameAs.length > 0 ? { sameAs: [...input.sameAs] } : {}),
  };
}

export function website(input: { name: string; url: string; description: string; inLanguage: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': websiteId(input.url),
    name: input.name,
    url: input.url,
    description: input.description,
    inLanguage: input.inLanguage,
    publisher: { '@id': organizationId(input.url) },
  };
}
