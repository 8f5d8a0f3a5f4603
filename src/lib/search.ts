/**
 * What the site search indexes and how results are filtered. Pages of these types mark
 * their main content for Pagefind (BaseLayout's `searchType`); every other page stays
 * out of the index, so results are always a post, a video, a job or a person.
 */

/** The content types a search can be narrowed to, in the order the filters show them. */
export const SEARCH_TYPES = ['post', 'video', 'job', 'person'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The Pagefind filter that carries the type (`data-pagefind-filter="type:post"`). */
export const SEARCH_FILTER = 'type';

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
