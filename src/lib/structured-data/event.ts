import type { EventData } from '../events.ts';
import { isoDay } from '../dates.ts';
import { organizationId } from './organization.ts';

/**
 * schema.org `Event` for a post of kind `event` that shows a `<Veranstaltung>`, beside its
 * BlogPosting: name, days, the place as written, the link, offline attendance and the
 * company as organiser (https://developers.google.com/search/docs/appearance/structured-data/event).
 * Pure data in, plain object out; `JsonLd.astro` serialises it safely.
 */
export interface EventInput {
  event: EventData;
  /** Absolute URL of the post: the event's `url` when it has no link of its own. */
  postUrl: string;
  description: string;
  /** Absolute image URLs (the post's social card first). */
  images: string[];
  organizer: { name: string; url: string };
  /** BCP 47 language of the post the event is announced in, e.g. `de-DE`. */
  inLanguage: string;
}

export function eventLd(input: EventInput): Record<string, unknown> {
  const { event } = input;
  const url =
    event.link && /^https?:\/\//.test(event.link) ? event.link : new URL(event.link ?? input.postUrl, input.postUrl).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${input.postUrl}#event`,
    name: event.name,
    description: input.description,
    startDate: isoDay(event.start),
    endDate: isoDay(event.end ?? event.start),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(event.place ? { location: { '@type': 'Place', name: event.place, address: event.place } } : {}),
    url,
    ...(input.images.length > 0 ? { image: input.images } : {}),
    inLanguage: input.inLanguage,
    organizer: {
      '@type': 'Organization',
      '@id': organizationId(input.organizer.url),
      name: input.organizer.name,
      url: input.organizer.url,
    },
  };
}
