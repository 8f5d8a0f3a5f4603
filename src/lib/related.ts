/**
 * Posts that share the most tags (then the same department), newest first, then by id.
 * Every post page asks, over every post: one pass that keeps the best `limit` so far, not
 * a sort of all candidates (a full sort with `localeCompare` per post page was a
 * noticeable part of rendering a 1000-post site).
 */
export function relatedBy<T extends { id: string; date: Date; tags: string[]; department?: string | undefined }>(
  current: T,
  candidates: T[],
  limit = 3,
): T[] {
  if (limit <= 0) return [];
  const tags = new Set(current.tags);
  /** Negative when `a` ranks before `b`; never zero for two different ids. */
  const order = (a: Ranked<T>, b: Ranked<T>) =>
    b.score - a.score || b.time - a.time || a.candidate.id.localeCompare(b.candidate.id);
  const best: Array<Ranked<T>> = [];
  for (const candidate of candidates) {
    if (candidate.id === current.id) continue;
    let shared = 0;
    for (const tag of candidate.tags) if (tags.has(tag)) shared++;
    const score = shared * 2 + (current.department && candidate.department === current.department ? 1 : 0);
    if (score === 0) continue;
    const entry = { candidate, score, time: candidate.date.getTime() };
    const last = best[best.length - 1];
    if (best.length === limit && last && order(entry, last) >= 0) continue;
    let at = best.length;
    while (at > 0 && order(entry, best[at - 1] as Ranked<T>) < 0) at--;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map(({ candidate }) => candidate);
}

interface Ranked<T> {
  candidate: T;
  score: number;
  time: number;
}
