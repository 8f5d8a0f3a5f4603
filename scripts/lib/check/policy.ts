import type { CheckedContent } from './references.ts';
import type { Finding } from './types.ts';

/**
 * The consent register and the editorial gate: rules about publishing, not about form.
 */

const hasConsent = (person: { data: Record<string, unknown> } | undefined) => person?.data['consent'] instanceof Date;

/** People without consent are shown nowhere: list every place that names them. */
export function checkConsent(content: CheckedContent): Finding[] {
  const people = new Map(content.people.map((person) => [person.source.id, person]));
  const findings: Finding[] = [];
  const flag = (
    entry: CheckedContent['posts'][number],
    field: string,
    path: Array<string | number>,
    id: string,
    kind: 'consentAuthor' | 'consentOther',
  ) => {
    const person = people.get(id);
    if (!person || hasConsent(person)) return;
    findings.push({
      severity: 'warning',
      file: entry.source.file,
      ...entry.source.locate(path),
      field,
      rule: 'no-consent',
      params: { value: `${String(person.data['name'])} (${id})`, hint: kind },
    });
  };
  for (const post of content.posts) {
    ((post.data['authors'] as string[]) ?? []).forEach((id, index) =>
      flag(post, `authors[${index}]`, ['authors', index], id, 'consentAuthor'),
    );
  }
  for (const team of content.teams) {
    ((team.data['members'] as string[]) ?? []).forEach((id, index) =>
      flag(team, `members[${index}]`, ['members', index], id, 'consentOther'),
    );
  }
  for (const video of content.videos) {
    ((video.data['people'] as string[]) ?? []).forEach((id, index) =>
      flag(video, `people[${index}]`, ['people', index], id, 'consentOther'),
    );
  }
  for (const job of content.jobs) {
    if (typeof job.data['contact'] === 'string') flag(job, 'contact', ['contact'], job.data['contact'], 'consentOther');
  }
  return findings;
}

/** A published post names who proofread it and when privacy was cleared (if site.yaml asks for it). */
export function checkEditorialGate(content: CheckedContent): Finding[] {
  const site = content.site[0]?.data;
  const editorial = site?.['editorial'] as { requireReview?: boolean } | undefined;
  if (!editorial?.requireReview) return [];
  const findings: Finding[] = [];
  for (const post of content.posts) {
    // An entry the schema rejected is already reported; its raw dates are not comparable.
    if (!post.valid || post.data['draft'] === true) continue;
    const review = (post.data['review'] ?? {}) as { proofreadBy?: string; privacyClearedOn?: Date };
    const department = post.data['department'] as string | undefined;
    const authors = new Set((post.data['authors'] as string[]) ?? []);
    const candidates = content.people
      .filter(
        (person) =>
          (department ? person.data['department'] === department : true) &&
          !authors.has(person.source.id) &&
          person.data['consent'] instanceof Date,
      )
      .map((person) => person.source.id)
      .slice(0, 6);
    const where = review.proofreadBy === undefined && post.data['review'] === undefined ? [] : ['review'];
    if (!review.proofreadBy) {
      findings.push({
        severity: 'error',
        file: post.source.file,
        ...post.source.locate(where),
        field: 'review.proofreadBy',
        rule: 'review-missing',
        params: { detail: 'proofreadBy', proofreaders: candidates.join(', ') },
      });
    }
    if (!(review.privacyClearedOn instanceof Date)) {
      findings.push({
        severity: 'error',
        file: post.source.file,
        ...post.source.locate(where),
        field: 'review.privacyClearedOn',
        rule: 'review-missing',
        params: { detail: 'privacyClearedOn' },
      });
    } else if (post.data['date'] instanceof Date && review.privacyClearedOn.getTime() > post.data['date'].getTime()) {
      findings.push({
        severity: 'error',
        file: post.source.file,
        ...post.source.locate(['review', 'privacyClearedOn']),
        field: 'review.privacyClearedOn',
        rule: 'review-late',
        params: { value: review.privacyClearedOn.toISOString().slice(0, 10) },
      });
    }
  }
  return findings;
}
