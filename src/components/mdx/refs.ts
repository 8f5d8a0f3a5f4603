import { loadContent } from '../../data/load.ts';
import { getModel, type Job, type Person } from '../../data/model.ts';
import { translationOf } from '../../data/translations.ts';
import { DEFAULT_LANG, type Lang } from '../../i18n/index.ts';

/**
 * The people and jobs a kit component names by id. The model holds only people with
 * consent and open jobs, so a person without consent or an expired job is `undefined` and
 * the component leaves it out. An id that names no entry at all is an error (the content
 * check reports it first, with file and line; this is the last line of defence).
 *
 * On a page in another language (`lang`), the entry's translation where it has one (its
 * translated role or title, and its page in that language), else the German entry.
 */

/** The person `id` names, if they consented to being shown; `undefined` for no id. */
export async function kitPerson(
  id: string | undefined,
  tag: string,
  page: string,
  lang: Lang = DEFAULT_LANG,
): Promise<Person | undefined> {
  if (!id) return undefined;
  const model = await getModel();
  const person = model.people.find((candidate) => candidate.id === id);
  if (!person && !(await loadContent()).people.some((entry) => entry.id === id)) {
    throw new Error(`${tag} on ${page}: there is no content/people/${id}.md`);
  }
  if (!person || lang === DEFAULT_LANG) return person;
  return translationOf(model, lang, 'people', id) ?? person;
}

/** The job `id` names, if it is open (published and not expired). */
export async function kitJob(id: string, tag: string, page: string, lang: Lang = DEFAULT_LANG): Promise<Job | undefined> {
  const model = await getModel();
  const job = model.jobs.find((candidate) => candidate.id === id);
  if (!job && !(await loadContent()).jobs.some((entry) => entry.id === id)) {
    throw new Error(`${tag} on ${page}: there is no content/jobs/${id}.md`);
  }
  if (!job || lang === DEFAULT_LANG) return job;
  return translationOf(model, lang, 'jobs', id) ?? job;
}
