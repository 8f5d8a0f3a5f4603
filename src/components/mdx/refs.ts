import { loadContent } from '../../data/load.ts';
import { getModel, type Job, type Person } from '../../data/model.ts';

/**
 * The people and jobs a kit component names by id. The model holds only people with
 * consent and open jobs, so a person without consent or an expired job is `undefined` and
 * the component leaves it out. An id that names no entry at all is an error (the content
 * check reports it first, with file and line; this is the last line of defence).
 */

/** The person `id` names, if they consented to being shown; `undefined` for no id. */
export async function kitPerson(id: string | undefined, tag: string, page: string): Promise<Person | undefined> {
  if (!id) return undefined;
  const person = (await getModel()).people.find((candidate) => candidate.id === id);
  if (!person && !(await loadContent()).people.some((entry) => entry.id === id)) {
    throw new Error(`${tag} on ${page}: there is no content/people/${id}.md`);
  }
  return person;
}

/** The job `id` names, if it is open (published and not expired). */
export async function kitJob(id: string, tag: string, page: string): Promise<Job | undefined> {
  const job = (await getModel()).jobs.find((candidate) => candidate.id === id);
  if (!job && !(await loadContent()).jobs.some((entry) => entry.id === id)) {
    throw new Error(`${tag} on ${page}: there is no content/jobs/${id}.md`);
  }
  return job;
}
