/**
 * The video gallery's filters by kind and department. The build pre-renders one page per
 * selection that has videos, so filtering is a plain link and works without JavaScript.
 */

/** A selection: a kind id, a department id, both or neither ("all videos"). */
export interface VideoFilter {
  kind?: string | undefined;
  department?: string | undefined;
}

/** What the filter needs to know about a video. */
export interface FilterableVideo {
  kind: string;
  department?: { id: string } | undefined;
}

/** True when the video matches every part of the selection. */
export const matchesFilter = (video: FilterableVideo, filter: VideoFilter): boolean =>
  (filter.kind === undefined || video.kind === filter.kind) &&
  (filter.department === undefined || video.department?.id === filter.department);

/** The videos of a selection, in their given order. */
export const filterVideos = <V extends FilterableVideo>(videos: readonly V[], filter: VideoFilter): V[] =>
  videos.filter((video) => matchesFilter(video, filter));

/**
 * Every selection except "all" that has at least one video: each kind, each department,
 * and each kind-and-department pair, in the order of `kinds` and `departments`.
 */
export function filterSelections(
  videos: readonly FilterableVideo[],
  kinds: readonly string[],
  departments: readonly string[],
): VideoFilter[] {
  const selections: VideoFilter[] = [
    ...kinds.map((kind) => ({ kind })),
    ...departments.map((department) => ({ department })),
    ...kinds.flatMap((kind) => departments.map((department) => ({ kind, department }))),
  ];
  return selections.filter((filter) => videos.some((video) => matchesFilter(video, filter)));
}

/** One link in a filter group: its value (`undefined` = all), how many videos it shows, whether it is the current one. */
export interface FilterOption {
  value: string | undefined;
  count: number;
  current: boolean;
  filter: VideoFilter;
}

/**
 * The options of one filter group with the other group's choice kept, e.g. the kinds
 * among the videos of the current department. Options that would show nothing are left
 * out, so every link leads to a page that exists.
 */
export function filterOptions(
  videos: readonly FilterableVideo[],
  current: VideoFilter,
  group: keyof VideoFilter,
  values: readonly string[],
): FilterOption[] {
  return [undefined, ...values]
    .map((value) => {
      const filter = { ...current, [group]: value };
      return { value, filter, count: filterVideos(videos, filter).length, current: current[group] === value };
    })
    .filter((option) => option.count > 0 || option.current);
}
