import { paths } from '../urls.ts';

/**
 * The job filter on /karriere/, shared by the build (which pre-renders a page for every
 * selection that has jobs, so filtering works without JavaScript) and the browser script
 * (which filters the same list instantly). One module, so both give the same results.
 * It knows only URL slugs, never labels: the browser bundle stays tiny.
 */

/** The filter's facets, in URL order; also the query parameter names. */
export const FACETS = ['bereich', 'standort', 'art', 'remote'] as const;
export type Facet = (typeof FACETS)[number];

/** A selection: at most one value (a slug) per facet; a missing facet means "all". */
export type FilterState = Partial<Record<Facet, string>>;

/** What the filter knows about one job: the slugs of its facet values. */
export interface FilterableJob {
  bereich: string;
  /** A job at several locations matches each of them. */
  standort: readonly string[];
  art: string;
  remote: string;
}

/** The job's values for one facet. */
export const jobValues = (job: FilterableJob, facet: Facet): readonly string[] =>
  facet === 'standort' ? job.standort : [job[facet]];

/** True when the job matches every facet the selection sets. */
export function matches(job: FilterableJob, state: FilterState): boolean {
  return FACETS.every((facet) => {
    const wanted = state[facet];
    return wanted === undefined || jobValues(job, facet).includes(wanted);
  });
}

/** The selection with one facet set to a value, or cleared with `undefined`. */
export function withValue(state: FilterState, facet: Facet, value: string | undefined): FilterState {
  const next: FilterState = { ...state };
  if (value === undefined) delete next[facet];
  else next[facet] = value;
  return next;
}

/** How many jobs the selection would show if this facet were set to the value (or cleared). */
export const countWith = (jobs: readonly FilterableJob[], state: FilterState, facet: Facet, value: string | undefined): number =>
  jobs.filter((job) => matches(job, withValue(state, facet, value))).length;

/** The selection's URL segments in facet order, e.g. `['bereich', 'it', 'art', 'vollzeit']`. */
export const segmentsOf = (state: FilterState): string[] =>
  FACETS.flatMap((facet) => (state[facet] === undefined ? [] : [facet, state[facet]]));

/** The pre-rendered page of a selection: `/karriere/` for none, `/karriere/auswahl/bereich/it/` and so on. */
export const filterPath = (state: FilterState): string => paths.jobFilter(segmentsOf(state));

/** The selection as a query string for the address bar: `?bereich=it&art=vollzeit`, or `''`. */
export function toQuery(state: FilterState): string {
  const query = new URLSearchParams();
  for (const facet of FACETS) {
    const value = state[facet];
    if (value !== undefined) query.set(facet, value);
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * Reads a selection from a query string. Values no open job has are dropped, so an old or
 * mistyped link shows the nearest valid list instead of an empty one.
 */
export function parseQuery(search: string, jobs: readonly FilterableJob[]): FilterState {
  const query = new URLSearchParams(search);
  let state: FilterState = {};
  for (const facet of FACETS) {
    const value = query.get(facet);
    if (value !== null && jobs.some((job) => jobValues(job, facet).includes(value))) {
      state = withValue(state, facet, value);
    }
  }
  return state;
}

/** True when two selections set the same values. */
export const sameState = (a: FilterState, b: FilterState): boolean => FACETS.every((facet) => a[facet] === b[facet]);

/**
 * Every selection with at least one facet set that matches at least one job: the pages
 * to pre-render. Selections without jobs get no page and no link.
 */
export function filterStates(jobs: readonly FilterableJob[]): FilterState[] {
  const found = new Map<string, FilterState>();
  for (const job of jobs) {
    for (let mask = 1; mask < 1 << FACETS.length; mask++) {
      let states: FilterState[] = [{}];
      FACETS.forEach((facet, index) => {
        if ((mask & (1 << index)) === 0) return;
        states = states.flatMap((state) => jobValues(job, facet).map((value) => withValue(state, facet, value)));
      });
      for (const state of states) found.set(toQuery(state), state);
    }
  }
  return [...found.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, state]) => state);
}
