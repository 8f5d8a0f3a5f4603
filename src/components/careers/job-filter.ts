import {
  countWith,
  FACETS,
  filterPath,
  matches,
  parseQuery,
  sameState,
  toQuery,
  withValue,
  type Facet,
  type FilterableJob,
  type FilterState,
} from '../../lib/careers/filter.ts';

/**
 * The job filter in the browser (only on /karriere/ and its translations, /en/karriere/). The
 * page works without it: every filter link leads to a pre-rendered page of that selection.
 * With it, a click filters the list in place, the selection goes into the query string
 * (`?bereich=it`), and Back and Forward restore the previous selection. Matching and counting come from the same module
 * the build uses, so both ways show the same jobs with the same counts.
 */

const isFacet = (value: string | undefined): value is Facet => (FACETS as readonly string[]).includes(value ?? '');

/** Wires up the filter on the current page; does nothing where there is no job list. */
export function startJobFilter(): void {
  const items = [...document.querySelectorAll<HTMLElement>('[data-job]')];
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-job-filters] a[data-facet]')];
  const status = document.querySelector<HTMLElement>('[data-job-status]');
  const empty = document.querySelector<HTMLElement>('[data-job-empty]');
  const reset = document.querySelector<HTMLElement>('[data-job-reset]');
  // The selection pages of this page's language: `/en/karriere/auswahl/…` on English pages.
  const prefix = document.querySelector<HTMLElement>('[data-job-filters]')?.dataset['prefix'] ?? '';
  if (!status || items.length === 0) return;
  const jobs: FilterableJob[] = items.map(({ dataset }) => ({
    bereich: dataset['bereich'] ?? '',
    standort: (dataset['standort'] ?? '').split(' '),
    art: dataset['art'] ?? '',
    remote: dataset['remote'] ?? '',
  }));
  let state: FilterState = {};

  const render = (next: FilterState) => {
    state = next;
    let shown = 0;
    items.forEach((item, index) => {
      const hit = matches(jobs[index]!, state);
      item.hidden = !hit;
      if (hit) shown++;
    });
    for (const link of links) {
      const facet = link.dataset['facet'];
      if (!isFacet(facet)) continue;
      const value = link.dataset['value'] || undefined;
      const count = countWith(jobs, state, facet, value);
      const counter = link.querySelector('[data-count]');
      if (counter) counter.textContent = String(count);
      // The href stays the pre-rendered page, so "open in new tab" and copying the link work too.
      if (count > 0) link.href = `${prefix}${filterPath(withValue(state, facet, value))}`;
      else link.removeAttribute('href');
      if (state[facet] === value) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    const filtered = FACETS.some((facet) => state[facet] !== undefined);
    const template = status.dataset[`text${filtered ? 'Some' : 'All'}${shown === 1 ? 'One' : ''}`] ?? '';
    status.textContent = template.replace('{count}', String(shown)).replace('{total}', String(jobs.length));
    if (empty) empty.hidden = shown > 0;
    if (reset) reset.hidden = !filtered;
  };

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-facet]') : null;
    if (!link?.hasAttribute('href')) return;
    event.preventDefault();
    const facet = link.dataset['facet'];
    const next = isFacet(facet) ? withValue(state, facet, link.dataset['value'] || undefined) : {};
    if (sameState(next, state)) return;
    render(next);
    history.pushState(null, '', `${location.pathname}${toQuery(next)}`);
  });
  window.addEventListener('popstate', () => render(parseQuery(location.search, jobs)));

  const initial = parseQuery(location.search, jobs);
  render(initial);
  // Unknown values were dropped: show the address of what is actually shown.
  if (toQuery(initial) !== location.search)
    history.replaceState(null, '', `${location.pathname}${toQuery(initial)}${location.hash}`);
}
