/**
 * Ids the video components share: the anchor of the video section on the privacy page,
 * and element ids for players that are unique on a page even when one video appears
 * twice (in a post's text and below it) and stable from build to build.
 */

/** `/datenschutz/#videos`: where the player's notice links to. */
export const PRIVACY_VIDEO_ANCHOR = 'videos';

const counters = new Map<string, number>();

/**
 * `player-<video id>-<n>`: n counts the players of this video within one page render,
 * keyed by the page's path, so the same page gets the same ids in every build.
 */
export function playerId(pagePath: string, videoId: string): string {
  const key = `${pagePath}\u0000${videoId}`;
  const next = (counters.get(key) ?? 0) + 1;
  counters.set(key, next);
  return `player-${videoId}-${next}`;
}
