/**
 * Browser side of the search page. Pagefind's own script (and its WebAssembly) is
 * imported only when there is a query, so a visitor who never searches loads none of it.
 */
import { readSearchParams, SEARCH_FILTER, SEARCH_MAX_RESULTS, SEARCH_PARAMS, SEARCH_TYPES } from '../../lib/search.ts';

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
      return;
    }
    status.textContent = message('searching');
    try {
      const pagefind = await load();
      const filters = types.length > 0 ? { filters: { [SEARCH_FILTER]: { any: types } } } : {};
      const search = await pagefind.search(query, filters);
      if (!search || id !== latest) return;
      const shown = await Promise.all(search.results.slice(0, SEARCH_MAX_RESULTS).map((result) => result.data()));
      if (id !== latest) return;
      list.replaceChildren(...shown.map((data) => renderResult(data, message)));
      section.hidden = shown.length === 0;
      // Without a selected filter Pagefind leaves totalFilters empty; the plain counts are the same then.
      const counts = search.totalFilters?.[SEARCH_FILTER] ?? search.filters?.[SEARCH_FILTER] ?? {};
      for (const type of SEARCH_TYPES) {
        const count = form.querySelector(`[data-search-count="${type}"]`);
        if (count) count.textContent = `(${counts[type] ?? 0})`;
      }
      const total = search.results.length;
      const key = total === 0 ? 'none' : total === 1 ? 'one' : 'other';
      status.textContent = `${message(key, { count: total, query })}${total > shown.length ? ` ${message('shown', { shown: shown.length })}` : ''}`;
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

/** One result as a list item: type, linked title, excerpt with the matched words marked. */
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
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, excerpt);
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
