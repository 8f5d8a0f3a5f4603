import { DEFAULT_LANG, LOCALES, t, type Lang } from '../../i18n/index.ts';
import { localizedPath } from '../../i18n/routes.ts';
import type { EmploymentType } from '../../schemas/jobs.ts';
import { EMPLOYMENT_TYPE_ORDER, EMPLOYMENT_TYPE_SLUGS, REMOTE_ORDER, REMOTE_SLUGS, type RemoteOption } from './employment.ts';
import { countWith, FACETS, filterPath, withValue, type Facet, type FilterableJob, type FilterState } from './filter.ts';

/** The parts of a job the filter looks at (structurally the `Job` view model). */
export interface JobFacts {
  department: { id: string; name: string };
  locations: ReadonlyArray<{ id: string; name: string }>;
  employmentType: EmploymentType;
  remote: RemoteOption;
}

/** The slugs the filter matches a job by. */
export const toFilterable = (job: JobFacts): FilterableJob => ({
  bereich: job.department.id,
  standort: job.locations.map((location) => location.id),
  art: EMPLOYMENT_TYPE_SLUGS[job.employmentType],
  remote: REMOTE_SLUGS[job.remote],
});

/** One value a facet offers. */
export interface FacetValue {
  value: string;
  label: string;
}

/** Labels for the values that are not content (employment types, remote options). */
export interface FacetLabels {
  type: (type: EmploymentType) => string;
  remote: (remote: RemoteOption) => string;
}

/** The site's labels in a language (German unless given). */
export const facetLabelsIn = (lang: Lang = DEFAULT_LANG): FacetLabels => ({
  type: (type) => t(`type.${type}`, {}, lang),
  remote: (remote) => t(`remote.${remote}`, {}, lang),
});

/** The site's German labels. */
export const facetLabels: FacetLabels = facetLabelsIn(DEFAULT_LANG);

/** Heading of each facet's group of links. */
export const facetLegend = (facet: Facet, lang: Lang = DEFAULT_LANG): string => t(`careers.filter.${facet}`, {}, lang);

/**
 * The values each facet offers: only those at least one open job has, departments and
 * locations alphabetically (in the labels' language), employment types and remote options
 * in their natural order.
 */
export function facetValues(
  jobs: readonly JobFacts[],
  labels: FacetLabels = facetLabels,
  lang: Lang = DEFAULT_LANG,
): Record<Facet, FacetValue[]> {
  const byLabel = (a: FacetValue, b: FacetValue) => a.label.localeCompare(b.label, LOCALES[lang]);
  const unique = (values: FacetValue[]) => [...new Map(values.map((value) => [value.value, value])).values()];
  const types = new Set(jobs.map((job) => job.employmentType));
  const remotes = new Set(jobs.map((job) => job.remote));
  return {
    bereich: unique(jobs.map((job) => ({ value: job.department.id, label: job.department.name }))).sort(byLabel),
    standort: unique(jobs.flatMap((job) => job.locations.map((location) => ({ value: location.id, label: location.name })))).sort(
      byLabel,
    ),
    art: EMPLOYMENT_TYPE_ORDER.filter((type) => types.has(type)).map((type) => ({
      value: EMPLOYMENT_TYPE_SLUGS[type],
      label: labels.type(type),
    })),
    remote: REMOTE_ORDER.filter((remote) => remotes.has(remote)).map((remote) => ({
      value: REMOTE_SLUGS[remote],
      label: labels.remote(remote),
    })),
  };
}

/** A filter link as rendered: `value` is `''` for "all". */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
  /** The pre-rendered page of the selection this link makes; none when it would show no job. */
  href: string | undefined;
  selected: boolean;
}

/**
 * The links of one facet for the current selection, "all" first, each with its count; they
 * lead to the selection pages in `lang` (`/en/karriere/auswahl/…` for English).
 */
export function facetOptions(
  jobs: readonly FilterableJob[],
  state: FilterState,
  facet: Facet,
  values: readonly FacetValue[],
  allLabel: string,
  lang: Lang = DEFAULT_LANG,
): FacetOption[] {
  return [{ value: '', label: allLabel }, ...values].map(({ value, label }) => {
    const target = value === '' ? undefined : value;
    const count = countWith(jobs, state, facet, target);
    return {
      value,
      label,
      count,
      href: count > 0 ? localizedPath(filterPath(withValue(state, facet, target)), lang) : undefined,
      selected: state[facet] === target,
    };
  });
}

/**
 * The selection in words, each value after its facet's name, e.g. `Bereich IT, Standort Hemer`.
 * A department and an employment type may share a name (Ausbildung); with the facet named,
 * their pages' titles differ.
 */
export function selectionText(state: FilterState, values: Record<Facet, FacetValue[]>, lang: Lang = DEFAULT_LANG): string {
  return FACETS.flatMap((facet) => {
    const found = values[facet].find((value) => value.value === state[facet]);
    return found ? [t('careers.selection.part', { facet: facetLegend(facet, lang), value: found.label }, lang)] : [];
  }).join(', ');
}
