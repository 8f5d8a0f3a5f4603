/** Posts that share the most tags (then the same department), newest first. */
export function relatedBy<T extends { id: string; date: Date; tags: string[]; department?: string | undefined }>(
  current: T,
  candidates: T[],
  limit = 3,
): T[] {
  const tags = new Set(current.tags);
  return candidates
    .filter((candidate) => candidate.id !== current.id)
    .map((candidate) => ({
      candidate,
      score:
        candidate.tags.filter((tag) => tags.has(tag)).length * 2 +
        (current.department && candidate.department === current.department ? 1 : 0),
    }))
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.candidate.date.getTime() - a.candidate.date.getTime() ||
        a.candidate.id.localeCompare(b.candidate.id),
    )
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
