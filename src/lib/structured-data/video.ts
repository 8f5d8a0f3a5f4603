import { isoDateTime } from '../dates.ts';
import { isoDuration } from '../video.ts';

/** What a watch page knows about its video, with every URL already absolute. */
export interface VideoObjectInput {
  name: string;
  description: string;
  /** The watch page. */
  pageUrl: string;
  /** Poster renditions stored on the site (absolute URLs). */
  thumbnailUrls: string[];
  uploadDate: Date;
  durationSeconds: number;
  /** The YouTube player (youtube-nocookie), for YouTube videos. */
  embedUrl?: string | undefined;
  /** The video file itself, for videos hosted on the site. */
  contentUrl?: string | undefined;
  /** The transcript as plain text. */
  transcript?: string | undefined;
  /** People who appear in the video (only those with consent). */
  people?: Array<{ name: string; url: string }>;
  publisher: { name: string; url: string };
  /** BCP 47 language of the watch page, e.g. `en-GB`; German (`de-DE`) when not given. */
  inLanguage?: string | undefined;
}

/**
 * schema.org `VideoObject` for a watch page, with the fields search engines require
 * (name, description, thumbnailUrl, uploadDate) and recommend (duration as ISO 8601,
 * embedUrl or contentUrl). Serialise it with `serializeJsonLd` (via `JsonLd.astro`).
 */
export function videoObject(input: VideoObjectInput): Record<string, unknown> {
  const thumbnails = input.thumbnailUrls.filter((url) => /^https?:\/\//.test(url));
  if (thumbnails.length === 0) throw new Error(`VideoObject "${input.name}" needs at least one absolute thumbnail URL`);
  return {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: input.name,
    description: input.description,
    url: input.pageUrl,
    thumbnailUrl: thumbnails,
    uploadDate: isoDateTime(input.uploadDate),
    duration: isoDuration(input.durationSeconds),
    ...(input.embedUrl ? { embedUrl: input.embedUrl } : {}),
    ...(input.contentUrl ? { contentUrl: input.contentUrl } : {}),
    inLanguage: input.inLanguage ?? 'de-DE',
    ...(input.transcript ? { transcript: input.transcript } : {}),
    ...(input.people && input.people.length > 0
      ? { actor: input.people.map((person) => ({ '@type': 'Person', name: person.name, url: person.url })) }
      : {}),
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
  };
}
