/**
 * What the site search indexes and how results are filtered. Pages of these types carry
 * their type as a Pagefind filter (BaseLayout's `searchType`) and mark only their own
 * content as the body (`data-pagefind-body` on the title, the description and the text:
 * see SEARCH_WEIGHT), so notices, related lists, breadcrumbs, share and apply boxes never
 * match a query or give an excerpt. Every other page stays out of the index, so a result
 * is always one of these types.
 */

/** The content types a search can be narrowed to, in the order the filters show them. */
export const SEARCH_TYPES = ['post', 'video', 'job', 'person', 'team', 'department'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The Pagefind filter that carries the type (`data-pagefind-filter="type:post"`). */
export const SEARCH_FILTER = 'type';

/**
 * `data-pagefind-weight` of the parts of a page (body text is 1). Candidates search for a
 * job by what it is and where it is: a job's title weighs most and its locations more than
 * other titles (which weigh like Pagefind's own `<h1>`), so "Teilzeit Iserlohn" puts the
 * part-time jobs there first. A description weighs a little more than the text.
 */
export const SEARCH_WEIGHT = { jobTitle: 10, location: 8, title: 7, description: 2 } as const;

/**
 * Facts a result shows under its title, as Pagefind metadata (`data-pagefind-meta`): a
 * job's locations and employment type, a person's role. One key per element: Pagefind
 * reads `key:value` up to the end of the attribute, commas included.
 */
export const SEARCH_META = { location: 'location', employment: 'employment', role: 'role' } as const;

/** The value of a `data-pagefind-meta` attribute that sets `key` to `value` (not the element's text). */
export const searchMeta = (key: keyof typeof SEARCH_META, value: string): string => `${SEARCH_META[key]}:${value}`;

/** The query parameters of `/suche/`: `q` for the words, `typ` (repeatable) for the types. */
export const SEARCH_PARAMS = { query: 'q', type: 'typ' } as const;

/** Most results shown for one query; Pagefind loads each shown result separately. */
export const SEARCH_MAX_RESULTS = 30;

/** Whether a string is one of the search types (for values read from the URL). */
export const isSearchType = (value: string): value is SearchType => (SEARCH_TYPES as readonly string[]).includes(value);

/** The state of a search page URL: the trimmed query and the valid, de-duplicated types. */
export function readSearchParams(params: URLSearchParams): { query: string; types: SearchType[] } {
  const query = (params.get(SEARCH_PARAMS.query) ?? '').trim().slice(0, 200);
  const types = [...new Set(params.getAll(SEARCH_PARAMS.type).filter(isSearchType))];
  return { query, types };
}
