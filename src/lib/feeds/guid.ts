import { createHash } from 'node:crypto';
import { isoDay } from '../dates.ts';

/**
 * Feed ids that survive edits. A reader or auto-poster treats a changed id as a new entry
 * and posts it again, so the id must not depend on anything an author edits.
 *
 * - A post with a `guid` (written by `npm run new`): `urn:uuid:<guid>` when it is a UUID,
 *   else `tag:<host>,<first day>:post/<guid>`. Title, slug and date can then all change.
 * - A post without one: `tag:<host>,<first day>:/blog/<id>/` (RFC 4151 tag URI from the
 *   site's host, the day the post first appeared and its file id). It survives title and
 *   text edits, not renaming the file: add a `guid` before renaming.
 * - Videos and jobs have no guid field: `tag:<host>,<day>:/videos/<id>/` and
 *   `tag:<host>,<datePosted>:/karriere/<id>/` (or the Personio id, when imported).
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const tag = (baseUrl: string, day: Date, specific: string) => `tag:${new URL(baseUrl).hostname},${isoDay(day)}:${specific}`;

export function postGuid(post: { id: string; date: Date; guid?: string | undefined }, baseUrl: string): string {
  if (post.guid) return UUID.test(post.guid) ? `urn:uuid:${post.guid}` : tag(baseUrl, post.date, `post/${post.guid}`);
  return tag(baseUrl, post.date, `/blog/${post.id}/`);
}

/**
 * Fails when two entries share a feed id: a post copied with its `guid` line would make
 * readers drop one of them, or show the copy as the original. Names both files.
 */
export function assertUniqueGuids(entries: ReadonlyArray<{ guid: string; file: string }>): void {
  const seen = new Map<string, string>();
  for (const { guid, file } of entries) {
    const other = seen.get(guid);
    if (other) {
      throw new Error(
        `${file} and ${other} have the same guid (${guid}). Feeds need one per post: delete the guid line in the copy (npm run new writes a fresh one).`,
      );
    }
    seen.set(guid, file);
  }
}

export const videoGuid = (video: { id: string; date: Date }, baseUrl: string) => tag(baseUrl, video.date, `/videos/${video.id}/`);

export function jobGuid(job: { id: string; datePosted: Date; personioId?: string | undefined }, baseUrl: string): string {
  return tag(baseUrl, job.datePosted, job.personioId ? `personio/${job.personioId}` : `/karriere/${job.id}/`);
}

/** Version 5 (SHA-1, name-based) UUID of `name` in the namespace `namespace` (RFC 9562, section 5.5). */
function uuidV5(namespace: string, name: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of an entry's version in another language, derived from the original's id: stable
 * exactly as long as the original's, and never equal to it or to another language's. A
 * reader subscribed to the German and the English feed (or an aggregator merging them) would
 * otherwise show only one of the two versions, or replace one with the other.
 *
 * - `urn:uuid:<u>` → `urn:uuid:<v5 of lang in the namespace u>`, still a plain UUID.
 * - `tag:<host>,<day>:/blog/x/` → `tag:<host>,<day>:/en/blog/x/` (the page's address rule);
 *   `tag:<host>,<day>:post/g` → `tag:<host>,<day>:en/post/g`.
 */
export function localizedGuid(guid: string, lang: string): string {
  const uuid = /^urn:uuid:(.+)$/.exec(guid)?.[1];
  if (uuid && UUID.test(uuid)) return `urn:uuid:${uuidV5(uuid, lang)}`;
  const tagged = /^(tag:[^:]+:)(.*)$/.exec(guid);
  if (tagged) {
    const [, authority = '', specific = ''] = tagged;
    return `${authority}${specific.startsWith('/') ? `/${lang}${specific}` : `${lang}/${specific}`}`;
  }
  throw new Error(`No language version of the feed id ${guid}: expected urn:uuid: or tag:`);
}
