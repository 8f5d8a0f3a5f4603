/**
 * Browser side of the search page. Pagefind's own script (and its WebAssembly) is
 * imported only when there is a query, so a visitor who never searches loads none of it.
 */
import {
  readSearchParams,
  SEARCH_FILTER,
  SEARCH_MAX_RESULTS,
  SEARCH_META,
  SEARCH_PARAMS,
  SEARCH_TYPES,
  type SearchType,
} from '../../lib/search.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface SearchResponse {
  results: { data: () => Promise<ResultData> }[];
  /** Matches per filter value within the current selection. */
  filters?: Record<string, Record<string, number> | undefined>;
  /** Matches per filter value for the query, ignoring the selected filters. */
  totalFilters?: Record<string, Record<string, number> | undefined>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number> | undefined>>;
  search: (query: string, options?: Record<string, unknown>) => Promise<SearchResponse | null>;
}

/** Where the build writes Pagefind (src/lib/search-index.ts). */
const PAGEFIND_URL = '/pagefind/pagefind.js';

/** Wires the search form: submit and filter changes update the URL and the results; Back works. */
export function setupSearch(form: HTMLFormElement): void {
  const messages = JSON.parse(form.dataset['messages'] ?? '{}') as Record<string, string>;
  const message = (key: string, params: Record<string, string | number> = {}) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match));
  const input = form.querySelector<HTMLInputElement>(`input[name="${SEARCH_PARAMS.query}"]`);
  const boxes = [...form.querySelectorAll<HTMLInputElement>(`input[name="${SEARCH_PARAMS.type}"]`)];
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const section = document.querySelector<HTMLElement>('[data-search-results]');
  const list = document.querySelector<HTMLOListElement>('[data-search-list]');
  if (!input || !status || !section || !list) return;

  let engine: Promise<Pagefind> | undefined;
  let latest = 0;
  const load = () =>
    (engine ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      // Pagefind counts hits per filter value only for filters it has loaded: without this,
      // every type would count 0.
      await pagefind.filters();
      return pagefind;
    }));

  const run = async (params: URLSearchParams) => {
    const { query, types } = readSearchParams(params);
    input.value = query;
    for (const box of boxes) box.checked = (types as string[]).includes(box.value);
    const id = (latest += 1);
    if (query === '') {
      section.hidden = true;
      list.replaceChildren();
      status.textContent = '';
      delete status.dataset['searchTotal'];
      return;
    }
    status.textContent = message('searching');
    delete status.dataset['searchTotal'];
    try {
      const pagefind = await load();
      const filters = types.length > 0 ? { filters: { [SEARCH_FILTER]: { any: types } } } : {};
      const search = await pagefind.search(query, filters);
      if (!search || id !== latest) return;
      const shown = await Promise.all(search.results.slice(0, SEARCH_MAX_RESULTS).map((result) => result.data()));
      if (id !== latest) return;
      list.replaceChildren(...shown.map((data) => renderResult(data, message)));
      section.hidden = shown.length === 0;
      // Hits per type for the query, whatever types are selected (totalFilters; without a
      // selection Pagefind may leave it empty, and the plain counts are the same then).
      const counts = search.totalFilters?.[SEARCH_FILTER] ?? search.filters?.[SEARCH_FILTER] ?? {};
      for (const type of SEARCH_TYPES) {
        const count = form.querySelector(`[data-search-count="${type}"]`);
        if (count) count.textContent = `(${counts[type] ?? 0})`;
      }
      const total = search.results.length;
      status.dataset['searchTotal'] = String(total);
      const key = total === 0 ? 'none' : total === 1 ? 'one' : 'other';
      // The status region is announced: it names the count per type too, which a screen
      // reader would otherwise only hear on moving to each filter.
      const perType = typeList(counts, message);
      status.textContent = [
        message(key, { count: total, query }),
        total > shown.length ? message('shown', { shown: shown.length }) : '',
        perType === '' ? '' : message(types.length > 0 ? 'byTypeAll' : 'byType', { list: perType }),
      ]
        .filter(Boolean)
        .join(' ');
    } catch {
      engine = undefined; // a failed load (offline for a moment) is tried again on the next search
      if (id === latest) status.textContent = message('error');
    }
  };

  const submit = () => {
    const params = new URLSearchParams();
    params.set(SEARCH_PARAMS.query, input.value.trim());
    for (const box of boxes) if (box.checked) params.append(SEARCH_PARAMS.type, box.value);
    const url = `${location.pathname}?${params.toString()}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void run(params);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  for (const box of boxes) box.addEventListener('change', () => input.value.trim() !== '' && submit());
  window.addEventListener('popstate', () => void run(new URLSearchParams(location.search)));
  void run(new URLSearchParams(location.search));
}

/** "11 Beiträge, 1 Stelle und 7 Menschen": the types with hits, in filter order. */
function typeList(counts: Record<string, number>, message: (key: string) => string): string {
  const parts = SEARCH_TYPES.filter((type) => (counts[type] ?? 0) > 0).map((type: SearchType) => {
    const count = counts[type] ?? 0;
    return `${count} ${message(count === 1 ? `kind.${type}` : `type.${type}`)}`;
  });
  return new Intl.ListFormat(document.documentElement.lang || 'de', { type: 'conjunction' }).format(parts);
}

/** The facts a result shows under its title: a job's locations and employment type, a person's role. */
function resultFacts(data: ResultData): string {
  const { location, employment, role } = SEARCH_META;
  return [data.meta[location], data.meta[employment], data.meta[role]].filter((fact) => fact?.trim()).join(' · ');
}

/** One result as a list item: type, linked title, facts, excerpt with the matched words marked. */
function renderResult(data: ResultData, message: (key: string) => string): HTMLLIElement {
  const item = document.createElement('li');
  const type = data.filters[SEARCH_FILTER]?.[0];
  if (type) {
    const kind = document.createElement('p');
    kind.className = 'kind';
    kind.textContent = message(`kind.${type}`);
    item.append(kind);
  }
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  // Only same-site paths: the index is ours, but a result never links elsewhere.
  link.href = data.url.startsWith('/') && !data.url.startsWith('//') ? data.url : '/';
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  item.append(heading);
  const facts = resultFacts(data);
  if (facts !== '') {
    const line = document.createElement('p');
    line.className = 'facts';
    line.textContent = facts;
    item.append(line);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

/** Pagefind's excerpt is HTML with <mark> around matches: keep the text and the marks, nothing else. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}
