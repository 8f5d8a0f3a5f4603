import { isoDateTime } from '../dates.ts';
import { organizationId } from './organization.ts';

/**
 * schema.org `BlogPosting` for a post, with what Google's article guidelines ask for:
 * headline, images, dates with time zone, authors as Person (or the credited team as
 * Organization) with their profile URLs, and the publisher with its logo.
 */
export interface BlogPostingInput {
  headline: string;
  description: string;
  /** Absolute URL of the post. */
  url: string;
  /** Absolute image URLs: the social card first, the cover if there is one. */
  images: string[];
  datePublished: Date;
  dateModified?: Date | undefined;
  authors: Array<{ name: string; url: string; kind: 'person' | 'team' }>;
  publisher: { name: string; url: string; logo: string };
  keywords: string[];
  section?: string | undefined;
  inLanguage: string;
  wordCount?: number | undefined;
}

/** Google shows at most 110 characters of a headline; longer ones are cut at a word with an ellipsis. */
export function clipHeadline(text: string, max = 110): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, '')}…`;
}

export function blogPosting(input: BlogPostingInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    '@id': `${input.url}#posting`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: clipHeadline(input.headline),
    ...(input.headline.length > 110 ? { alternativeHeadline: input.headline } : {}),
    description: input.description,
    image: input.images,
    datePublished: isoDateTime(input.datePublished),
    dateModified: isoDateTime(input.dateModified ?? input.datePublished),
    author: input.authors.map((author) => ({
      '@type': author.kind === 'person' ? 'Person' : 'Organization',
      name: author.name,
      url: author.url,
    })),
    publisher: {
      '@type': 'Organization',
      '@id': organizationId(input.publisher.url),
      name: input.publisher.name,
      url: input.publisher.url,
      logo: { '@type': 'ImageObject', url: input.publisher.logo },
    },
    ...(input.keywords.length > 0 ? { keywords: input.keywords.join(', ') } : {}),
    ...(input.section ? { articleSection: input.section } : {}),
    ...(input.wordCount ? { wordCount: input.wordCount } : {}),
    inLanguage: input.inLanguage,
  };
}
