/**
 * What belongs to a department on the career hub: its open jobs, its stories, its videos
 * and its people. Generic over the view models so it stays free of the data layer.
 */

interface InDepartment {
  department: { id: string } | undefined;
}

interface Contactable {
  id: string;
}

export interface DepartmentSummary<D, J, P, V, Pe> {
  department: D;
  jobs: J[];
  posts: P[];
  videos: V[];
  /** Contact persons of its jobs first (also from other departments, e.g. recruiting), then its members. */
  people: Pe[];
  /** How many of its open jobs each contact person answers questions about, by person id. */
  contactFor: Map<string, number>;
}

/** Collects a department's jobs, posts, videos and people from lists that are already sorted. */
export function departmentSummary<
  D extends { id: string },
  J extends { department: { id: string }; contact: Contactable | undefined },
  P extends InDepartment,
  V extends InDepartment,
  Pe extends InDepartment & Contactable,
>(
  model: { jobs: readonly J[]; posts: readonly P[]; videos: readonly V[]; people: readonly Pe[] },
  department: D,
): DepartmentSummary<D, J, P, V, Pe> {
  const mine = (item: InDepartment) => item.department?.id === department.id;
  const jobs = model.jobs.filter((job) => job.department.id === department.id);
  const contactFor = new Map<string, number>();
  for (const job of jobs) {
    if (job.contact) contactFor.set(job.contact.id, (contactFor.get(job.contact.id) ?? 0) + 1);
  }
  const contacts = model.people.filter((person) => contactFor.has(person.id));
  const members = model.people.filter((person) => mine(person) && !contactFor.has(person.id));
  return {
    department,
    jobs,
    posts: model.posts.filter(mine),
    videos: model.videos.filter(mine),
    people: [...contacts, ...members],
    contactFor,
  };
}
